using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Matching;
using Semillero.Privacy;
using Semillero.Vacancies;

namespace Semillero.Hiring;

public sealed record CandidateBadge(Guid AwardId, string PathCode, string PathNameEs, string PathNameEn, DateTime IssuedAt);

public sealed record CandidateSkill(string SkillId, SkillLevel Level);

// What employers see of everyone: no name, no contact, no CURP.
public sealed record CandidateProfile(
    string Alias,
    string? StateCode,
    Availability? Availability,
    string? Summary,
    IReadOnlyList<CandidateSkill> DeclaredSkills,
    IReadOnlyList<CandidateBadge> Badges);

public sealed record ApplicationHistoryEntry(ApplicationStage Stage, HiringParty By, string? Note, DateTime At);

public sealed record ApplicationDetail(
    Guid Id,
    Guid VacancyId,
    string VacancyTitle,
    Guid CompanyId,
    string CompanyName,
    ApplicationOrigin Origin,
    ApplicationStage Stage,
    string? Message,
    DateTime CreatedAt,
    DateTime? ContactAcceptedAt,
    CandidateContact? Contact,
    CandidateProfile Profile,
    IReadOnlyList<ApplicationHistoryEntry> History,
    IReadOnlyList<ApplicationStage> Moves,
    bool CanHire,
    PlacementView? Placement);

// One candidacy as the employer sees it: the pseudonymous profile always; the name and email once
// the person accepted contact (an audited read); the history; the moves the employer can make.
public sealed class ReadApplication(SemilleroDb db, AuditLog audit)
{
    public async Task<ApplicationDetail?> RunAsync(Guid applicationId, Actor actor, string where, CancellationToken ct)
    {
        var row = await (
            from x in HiringScope.Applications(db, actor).AsNoTracking()
            where x.Id == applicationId
            join v in db.Vacancies on x.VacancyId equals v.Id
            join c in db.Companies on v.CompanyId equals c.Id
            join l in db.Learners on x.LearnerId equals l.Id
            select new { a = x, v.Title, v.CompanyId, c.TradeName, l.GivenNames, l.FirstSurname, l.SecondSurname, l.Email, l.StateCode, l.AnonymizedAt })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var a = row.a;
        var profile = await db.TalentProfiles.AsNoTracking().Include(p => p.Skills).FirstOrDefaultAsync(p => p.LearnerId == a.LearnerId, ct);
        var badges = await db.BadgeAwards.AsNoTracking()
            .Where(b => b.LearnerId == a.LearnerId && b.RevokedAt == null)
            .Join(db.LearningPaths, b => b.PathId, p => p.Id, (b, p) => new CandidateBadge(b.Id, p.Code, p.NameEs, p.NameEn, b.IssuedAt))
            .ToListAsync(ct);
        var events = await db.ApplicationEvents.AsNoTracking()
            .Where(e => e.ApplicationId == a.Id)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Stage, e.By, e.Note, e.At })
            .ToListAsync(ct);
        var contact = ListVacancyApplications.ContactOf(a.ContactAcceptedAt, row.AnonymizedAt, row.GivenNames, row.FirstSurname, row.SecondSurname, row.Email);
        if (contact is not null)
        {
            await audit.RecordAsync(actor, [a.LearnerId], "consulta", $"{where}: nombre, correo", ListVacancyApplications.ContactWhy, ct);
        }

        var candidate = new CandidateProfile(
            profile?.Alias ?? "—",
            row.AnonymizedAt is null ? row.StateCode : null,
            profile?.Availability,
            profile?.Summary,
            profile is null ? [] : [.. profile.Skills.OrderBy(s => s.SkillId, StringComparer.Ordinal).Select(s => new CandidateSkill(s.SkillId, s.Level))],
            [.. badges.OrderBy(b => b.IssuedAt)]);
        return new ApplicationDetail(
            a.Id, a.VacancyId, row.Title, row.CompanyId, row.TradeName, a.Origin, a.Stage, a.Message, a.CreatedAt, a.ContactAcceptedAt, contact, candidate,
            [.. events.Select(e => new ApplicationHistoryEntry(e.Stage, HiringRules.PartyOfBy(e.By), e.Note, e.At))],
            HiringRules.MovesFrom(a.Stage, HiringParty.Empresa),
            HiringRules.CanHireFrom(a.Stage),
            await RecordPlacement.ViewAsync(db, a.Id, ct));
    }
}
