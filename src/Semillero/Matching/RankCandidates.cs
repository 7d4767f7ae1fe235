using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Vacancies;

namespace Semillero.Matching;

public sealed record BadgeName(string PathCode, string NameEs, string NameEn, int Level);

public sealed record VerifiedSkill(string SkillId, int Level, IReadOnlyList<BadgeName> Badges);

public sealed record DeclaredSkillView(string SkillId, int Level);

// What an employer sees of a candidate before the person accepts contact: a pseudonymous profile.
// Never a name, CURP, email, phone or the learner's id.
public sealed record CandidateView(
    int Rank,
    string Alias,
    int Score,
    string StateCode,
    Availability Availability,
    IReadOnlyList<WorkModality> Modalities,
    IReadOnlyList<VerifiedSkill> VerifiedSkills,
    IReadOnlyList<DeclaredSkillView> DeclaredSkills,
    MatchExplanation Explanation);

public sealed record VacancyHeader(Guid Id, Guid CompanyId, string Title, WorkModality Modality, string? StateCode, VacancyStatus Status, IReadOnlyList<SkillNeed> Skills);

// What an employer narrows the ranked list to. State and availability as the person gave them;
// MeetsRequired: holds every required skill at the level asked (proven or declared); VerifiedOnly:
// holds at least one of the vacancy's skills proven by a badge.
public sealed record CandidateFilter(string? StateCode = null, Availability? Availability = null, bool MeetsRequired = false, bool VerifiedOnly = false)
{
    public static CandidateFilter None { get; } = new();

    public bool Keeps(VacancyQuery vacancy, CandidateRecord candidate)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(candidate);
        return (StateCode is null || string.Equals(candidate.StateCode, StateCode, StringComparison.Ordinal))
            && (Availability is null || candidate.Availability == Availability)
            && (!MeetsRequired || vacancy.Skills.Where(s => s.Required).All(s => CandidateRanker.Meets(s, candidate.Holding(s.SkillId))))
            && (!VerifiedOnly || vacancy.Skills.Any(s => candidate.Holding(s.SkillId).Verified > 0));
    }
}

public abstract record RankCandidatesOutcome
{
    // Candidates: the page asked for (ranks count over the whole ranking). Matching: how many of
    // the people considered pass the filter; Capped: only the best MaxConsidered were considered.
    public sealed record Ranked(VacancyHeader Vacancy, IReadOnlyList<CandidateView> Candidates, int Visible, int Matching = 0, bool Capped = false) : RankCandidatesOutcome;

    // No such vacancy, or not one this actor may see (another company's): the same answer.
    public sealed record NotFound : RankCandidatesOutcome;

    // Its company is not verified yet: nobody is ranked for it.
    public sealed record CompanyNotVerified : RankCandidatesOutcome;

    // The index is still being built after a restart.
    public sealed record Warming : RankCandidatesOutcome;
}

// The best candidates for a vacancy, from the in-memory index, each with why they rank there.
// Every person shown is written to the access log (what an employer saw of them, and when).
public sealed class RankCandidates(SemilleroDb db, CandidateIndex index, AuditLog audit, TimeProvider clock)
{
    public const int DefaultTop = 20;
    public const int MaxTop = 100;

    // How deep the filtered, paged list on the employer's page reads into the ranking.
    public const int MaxConsidered = 500;
    public static readonly TimeSpan WarmingWait = TimeSpan.FromSeconds(10);

    public Task<RankCandidatesOutcome> RunAsync(Guid vacancyId, int top, Actor actor, CancellationToken ct)
    {
        var n = Math.Clamp(top, 1, MaxTop);
        return RunAsync(vacancyId, CandidateFilter.None, 0, n, n, actor, ct);
    }

    // One page of the ranking narrowed by the filter, reading the best MaxConsidered people. Only the
    // people on the page are shown, so only they are written to the access log.
    public Task<RankCandidatesOutcome> PageAsync(Guid vacancyId, CandidateFilter filter, int skip, int take, Actor actor, CancellationToken ct) =>
        RunAsync(vacancyId, filter, Math.Max(0, skip), Math.Clamp(take, 1, MaxTop), MaxConsidered, actor, ct);

    private async Task<RankCandidatesOutcome> RunAsync(Guid vacancyId, CandidateFilter filter, int skip, int take, int considered, Actor actor, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Skills).FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null || !MayRank(actor, vacancy.CompanyId))
        {
            return new RankCandidatesOutcome.NotFound();
        }

        if (!await db.Companies.AnyAsync(c => c.Id == vacancy.CompanyId && c.VerifiedAt != null, ct))
        {
            return new RankCandidatesOutcome.CompanyNotVerified();
        }

        if (!await index.WaitReadyAsync(WarmingWait, ct))
        {
            return new RankCandidatesOutcome.Warming();
        }

        var query = MatchingData.QueryOf(vacancy);
        var today = MatchingData.Today(clock);
        var all = index.Top(query, considered, today);
        var kept = all.Select((r, i) => (r.Candidate, r.Score, Rank: i + 1)).Where(r => filter.Keeps(query, r.Candidate)).ToList();
        var ranked = kept.Skip(skip).Take(take).ToList();
        var paths = await MatchingData.PublishedPathsAsync(db, ct);
        var learnerIds = ranked.Select(r => r.Candidate.LearnerId).ToList();
        var badges = (await db.BadgeAwards.AsNoTracking()
                .Where(a => learnerIds.Contains(a.LearnerId) && a.RevokedAt == null)
                .Join(db.LearningPaths, a => a.PathId, p => p.Id, (a, p) => new { a.LearnerId, p.Code, p.NameEs, p.NameEn, p.Level, Skills = p.Skills.Select(s => s.SkillId).ToList() })
                .ToListAsync(ct))
            .ToLookup(b => b.LearnerId);
        var views = ranked.Select(r =>
        {
            var c = r.Candidate;
            var held = badges[c.LearnerId].ToList();
            return new CandidateView(
                r.Rank,
                c.Alias,
                r.Score,
                c.StateCode,
                c.Availability,
                Modalities(c),
                c.Skills.Where(s => s.Verified > 0).OrderBy(s => s.SkillId, StringComparer.Ordinal)
                    .Select(s => new VerifiedSkill(s.SkillId, s.Verified, held.Where(b => b.Skills.Contains(s.SkillId))
                        .Select(b => new BadgeName(b.Code, b.NameEs, b.NameEn, (int)b.Level)).OrderBy(b => b.PathCode, StringComparer.Ordinal).ToList()))
                    .ToList(),
                c.Skills.Where(s => s.Declared > 0).OrderBy(s => s.SkillId, StringComparer.Ordinal).Select(s => new DeclaredSkillView(s.SkillId, s.Declared)).ToList(),
                CandidateRanker.Explain(query, c.Context(today), c.Holding, paths));
        }).ToList();

        if (learnerIds.Count > 0)
        {
            await audit.RecordAsync(actor, learnerIds, "consulta-candidatos", $"perfil seudónimo, vacante {vacancy.Id:D}", vacancy.Title, ct);
        }

        return new RankCandidatesOutcome.Ranked(
            new VacancyHeader(vacancy.Id, vacancy.CompanyId, vacancy.Title, vacancy.Modality, vacancy.StateCode, vacancy.Status, query.Skills),
            views,
            index.Count,
            kept.Count,
            all.Count == considered && index.Count > considered);
    }

    // Operators see every vacancy's candidates; an employer only its own company's.
    public static bool MayRank(Actor actor, Guid companyId) =>
        actor.Role == Roles.Operador || (actor.Role == Roles.Empresa && actor.CompanyId == companyId);

    public static IReadOnlyList<WorkModality> Modalities(CandidateRecord c) =>
        [.. new[] { (c.Presencial, WorkModality.Presencial), (c.Hibrido, WorkModality.Hibrido), (c.Remoto, WorkModality.Remoto) }.Where(m => m.Item1).Select(m => m.Item2)];
}
