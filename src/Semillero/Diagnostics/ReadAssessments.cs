using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Disclosure;

namespace Semillero.Diagnostics;

public sealed record AssessmentListItem(Guid Id, Guid CompanyId, int BankVersion, AssessmentMode Mode, Guid? OrganizationId, string? OrganizationName, DateTime StartedAt,
    DateTime? SubmittedAt, int? Sequence, int? OverallScore, int? Level, bool AdvancedAi, int Respondents);

public sealed record RespondentView(Guid Id, bool Lead, string? Email, DateTime InvitedAt, DateTime? LastAnsweredAt, bool Revoked, int Answered);

// An assessment as its owner works on it: the bank it was taken with, who answers, the lead's own
// answers, and the score the answers so far would give.
public sealed record AssessmentView(AssessmentListItem Summary, string CompanyName, string CompanyRfc, QuestionBank Bank,
    IReadOnlyList<RespondentView> Respondents, IReadOnlyDictionary<string, int> LeadAnswers, MaturityResult Live, bool CanWrite)
{
    public bool Submitted => Summary.SubmittedAt is not null;
}

// What a colleague sees through their link.
public sealed record RespondentSheet(Guid RespondentId, Guid AssessmentId, string CompanyName, QuestionBank Bank, IReadOnlyDictionary<string, int> Answers, bool Closed);

public sealed record PathRecommendation(Guid PathId, string Code, string NameEs, string NameEn, int SkillsMatched)
{
    public string Name(bool english) => english ? NameEn : NameEs;
}

public sealed record DimensionRecommendation(string DimensionId, int Score, IReadOnlyList<PathRecommendation> Paths);

// Companies of the same size band and sector whose latest submitted assessment took the same bank
// version, the company itself left out. Below the small-cell threshold nothing is shown, not even how
// many there are.
public sealed record PeerComparison(int Companies, IReadOnlyDictionary<string, decimal> MedianByDimension, decimal? MedianOverall)
{
    public bool Shown => Companies >= SmallCells.Threshold;
}

// The company's first submitted assessment of the same version (T0), when this is a later one.
public sealed record Baseline(Guid AssessmentId, int Sequence, DateTime SubmittedAt, int Overall, IReadOnlyDictionary<string, int> Scores);

public sealed record AssessmentResult(AssessmentView View, MaturityResult Result, IReadOnlyList<DimensionRecommendation> Recommendations,
    PeerComparison Peers, Baseline? T0, SizeBand SizeBand, string SectorCode, string StateCode);

public sealed class ReadAssessments(SemilleroDb db, BankVersions banks, DiagnosticFiguresCache cache)
{
    public const int PathsPerDimension = 3;

    // Newest first. The company sees every assessment of itself; an organisation only those it runs.
    public async Task<IReadOnlyList<AssessmentListItem>> ListAsync(Guid companyId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.Assessments.AsNoTracking().Where(a => a.CompanyId == companyId);
        if (actor.Role == Roles.Aliado)
        {
            var org = actor.OrganizationId;
            query = query.Where(a => a.Mode == AssessmentMode.Acompanado && a.OrganizationId == org);
        }
        else if (!(actor.Role == Roles.Operador || (actor.Role == Roles.Empresa && actor.CompanyId == companyId)))
        {
            return [];
        }

        return await Items(query.OrderByDescending(a => a.StartedAt)).ToListAsync(ct);
    }

    public async Task<AssessmentView?> FindAsync(Guid assessmentId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var item = await Items(db.Assessments.AsNoTracking().Where(a => a.Id == assessmentId)).FirstOrDefaultAsync(ct);
        if (item is null || !AssessmentAccess.CanRead(actor, item.CompanyId, item.Mode, item.OrganizationId))
        {
            return null;
        }

        var canWrite = AssessmentAccess.CanWrite(actor, item.CompanyId, item.Mode, item.OrganizationId);
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == item.CompanyId).Select(c => new { c.TradeName, c.Rfc }).FirstAsync(ct);
        var bank = await banks.FindAsync(item.BankVersion, ct) ?? throw new InvalidOperationException($"Question bank version {item.BankVersion} is missing.");
        var people = await db.AssessmentRespondents.AsNoTracking().Where(r => r.AssessmentId == assessmentId)
            .OrderByDescending(r => r.Lead).ThenBy(r => r.InvitedAt)
            .Select(r => new RespondentView(r.Id, r.Lead, r.Email, r.InvitedAt, r.LastAnsweredAt, r.RevokedAt != null, r.Answers.Count))
            .ToListAsync(ct);
        var answers = await AssessmentAnswers.LoadAsync(db, assessmentId, ct);
        var lead = people.First(p => p.Lead).Id;

        // Colleagues' addresses are the owner's business; whoever only reads sees how many answered.
        var shown = canWrite ? people : people.Select(p => p with { Email = null }).ToList();
        return new AssessmentView(item, company.TradeName, company.Rfc, bank, shown,
            answers.FirstOrDefault(a => a.RespondentId == lead)?.Scores ?? new Dictionary<string, int>(),
            MaturityScoring.Score(bank, answers), canWrite);
    }

    public async Task<RespondentSheet?> SheetAsync(Guid respondentId, CancellationToken ct)
    {
        var row = await db.AssessmentRespondents.AsNoTracking().Where(r => r.Id == respondentId && !r.Lead)
            .Join(db.Assessments, r => r.AssessmentId, a => a.Id, (r, a) => new { r.AssessmentId, r.RevokedAt, a.SubmittedAt, a.BankVersion, a.CompanyId })
            .Join(db.Companies, x => x.CompanyId, c => c.Id, (x, c) => new { x.AssessmentId, x.RevokedAt, x.SubmittedAt, x.BankVersion, c.TradeName })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var bank = await banks.FindAsync(row.BankVersion, ct) ?? throw new InvalidOperationException($"Question bank version {row.BankVersion} is missing.");
        var answers = await db.AssessmentAnswers.AsNoTracking().Where(a => a.RespondentId == respondentId)
            .ToDictionaryAsync(a => a.QuestionId, a => a.Score, StringComparer.Ordinal, ct);
        return new RespondentSheet(respondentId, row.AssessmentId, row.TradeName, bank, answers, row.RevokedAt is not null || row.SubmittedAt is not null);
    }

    // The result of a submitted assessment: scores, the weakest dimensions with the paths that close
    // them, peers, and the change since T0.
    public async Task<AssessmentResult?> ResultAsync(Guid assessmentId, Actor actor, CancellationToken ct)
    {
        var view = await FindAsync(assessmentId, actor, ct);
        if (view is null || !view.Submitted)
        {
            return null;
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == view.Summary.CompanyId)
            .Select(c => new { c.SizeBand, c.SectorCode, c.StateCode }).FirstAsync(ct);
        var result = view.Live;
        var recommendations = await RecommendAsync(view.Bank, MaturityScoring.Weakest(result), ct);
        var peers = await PeersAsync(view.Summary.CompanyId, view.Bank, company.SizeBand, company.SectorCode, ct);
        var t0 = await BaselineAsync(view.Summary, ct);
        return new AssessmentResult(view, result, recommendations, peers, t0, company.SizeBand, company.SectorCode, company.StateCode);
    }

    public async Task<IReadOnlyList<DimensionRecommendation>> RecommendAsync(QuestionBank bank, IReadOnlyList<DimensionScore> weakest, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(weakest);
        var skills = weakest.SelectMany(w => bank.FindDimension(w.DimensionId)!.Skills).Distinct(StringComparer.Ordinal).ToList();
        var grants = await db.PathSkills.AsNoTracking().Where(s => skills.Contains(s.SkillId))
            .Join(db.LearningPaths.Where(p => p.Published), s => s.PathId, p => p.Id, (s, p) => new { p.Id, p.Code, p.NameEs, p.NameEn, s.SkillId })
            .ToListAsync(ct);
        return weakest.Select(w =>
        {
            var wanted = bank.FindDimension(w.DimensionId)!.Skills;
            var paths = grants.Where(g => wanted.Contains(g.SkillId))
                .GroupBy(g => g.Id)
                .Select(g => new PathRecommendation(g.Key, g.First().Code, g.First().NameEs, g.First().NameEn, g.Count()))
                .OrderByDescending(p => p.SkillsMatched).ThenBy(p => p.Code, StringComparer.Ordinal)
                .Take(PathsPerDimension)
                .ToList();
            return new DimensionRecommendation(w.DimensionId, w.Score!.Value, paths);
        }).ToList();
    }

    private async Task<PeerComparison> PeersAsync(Guid companyId, QuestionBank bank, SizeBand band, string sector, CancellationToken ct)
    {
        var all = await PeerScoresAsync(bank.Version, band, sector, ct);
        var peers = all.Where(p => p.CompanyId != companyId).ToList();
        if (peers.Count < SmallCells.Threshold)
        {
            return new PeerComparison(peers.Count, new Dictionary<string, decimal>(), null);
        }

        var medians = bank.Dimensions.ToDictionary(d => d.Id,
            d => MaturityScoring.Median(peers.Select(p => p.Scores.GetValueOrDefault(d.Id)).ToList()), StringComparer.Ordinal);
        return new PeerComparison(peers.Count, medians, MaturityScoring.Median(peers.Select(p => p.Overall).ToList()));
    }

    private sealed record PeerScores(Guid CompanyId, int Overall, IReadOnlyDictionary<string, int> Scores);

    // The latest assessment's scores of every company of a size band and sector (one bank version),
    // kept by DiagnosticFiguresCache: a group can hold thousands of companies.
    private Task<List<PeerScores>> PeerScoresAsync(int version, SizeBand band, string sector, CancellationToken ct) =>
        cache.GetAsync(db.Database.GetConnectionString(), string.Create(CultureInfo.InvariantCulture, $"pares:{version}:{band}:{sector}"), async () =>
        {
            var latest = db.Assessments.AsNoTracking()
                .Where(a => a.Latest && a.BankVersion == version)
                .Join(db.Companies.Where(c => c.SizeBand == band && c.SectorCode == sector), a => a.CompanyId, c => c.Id, (a, c) => a);
            var heads = await latest.Select(a => new { a.Id, a.CompanyId, a.OverallScore }).ToListAsync(ct);
            var scores = (await latest.Join(db.AssessmentScores, a => a.Id, s => s.AssessmentId, (a, s) => new { s.AssessmentId, s.DimensionId, s.Score }).ToListAsync(ct))
                .ToLookup(s => s.AssessmentId);
            return heads.Select(h => new PeerScores(h.CompanyId, h.OverallScore!.Value,
                scores[h.Id].ToDictionary(s => s.DimensionId, s => s.Score, StringComparer.Ordinal))).ToList();
        });

    private async Task<Baseline?> BaselineAsync(AssessmentListItem current, CancellationToken ct)
    {
        var first = await db.Assessments.AsNoTracking()
            .Where(a => a.CompanyId == current.CompanyId && a.BankVersion == current.BankVersion && a.SubmittedAt != null && a.Sequence < current.Sequence)
            .OrderBy(a => a.Sequence)
            .Select(a => new { a.Id, a.Sequence, a.SubmittedAt, a.OverallScore })
            .FirstOrDefaultAsync(ct);
        if (first is null)
        {
            return null;
        }

        var scores = await db.AssessmentScores.AsNoTracking().Where(s => s.AssessmentId == first.Id)
            .ToDictionaryAsync(s => s.DimensionId, s => s.Score, StringComparer.Ordinal, ct);
        return new Baseline(first.Id, first.Sequence!.Value, first.SubmittedAt!.Value, first.OverallScore!.Value, scores);
    }

    private IQueryable<AssessmentListItem> Items(IQueryable<Assessment> query) =>
        query.Select(a => new AssessmentListItem(a.Id, a.CompanyId, a.BankVersion, a.Mode, a.OrganizationId,
            a.OrganizationId == null ? null : db.Organizations.Where(o => o.Id == a.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            a.StartedAt, a.SubmittedAt, a.Sequence, a.OverallScore, a.Level, a.AdvancedAi, a.Respondents));
}
