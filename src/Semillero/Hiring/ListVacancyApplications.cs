using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Vacancies;

namespace Semillero.Hiring;

// Who the candidate is, shown to the company only once the person accepted contact.
public sealed record CandidateContact(string Name, string? Email);

public sealed record PipelineItem(
    Guid ApplicationId,
    string Alias,
    ApplicationStage Stage,
    ApplicationOrigin Origin,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ContactAcceptedAt,
    CandidateContact? Contact,
    string? StateCode,
    int Badges);

public sealed record VacancyPipeline(
    Guid VacancyId,
    string Title,
    Guid CompanyId,
    string CompanyName,
    VacancyStatus Status,
    DateOnly ClosesOn,
    bool AcceptsCandidates,
    IReadOnlyList<PipelineItem> Items);

// The employer's pipeline for one vacancy. Every candidate appears by alias; the name and email
// only after the person accepted contact (applied, or accepted the invitation), and reading them
// is recorded in the audit log as an access to personal data. CURP and anything else never appear.
public sealed class ListVacancyApplications(SemilleroDb db, AuditLog audit, TimeProvider clock)
{
    // Null when the vacancy does not exist or is not the actor's to see.
    public async Task<VacancyPipeline?> RunAsync(Guid vacancyId, Actor actor, string where, CancellationToken ct)
    {
        var vacancy = await HiringScope.Vacancies(db, actor).AsNoTracking()
            .Where(v => v.Id == vacancyId)
            .Join(db.Companies, v => v.CompanyId, c => c.Id, (v, c) => new { v.Id, v.Title, v.CompanyId, c.TradeName, v.Status, v.ClosesOn, c.VerifiedAt })
            .FirstOrDefaultAsync(ct);
        if (vacancy is null)
        {
            return null;
        }

        var rows = await (
            from a in db.Applications.AsNoTracking()
            where a.VacancyId == vacancyId
            join l in db.Learners on a.LearnerId equals l.Id
            join p in db.TalentProfiles on a.LearnerId equals p.LearnerId into profiles
            from p in profiles.DefaultIfEmpty()
            select new
            {
                a.Id,
                a.LearnerId,
                Alias = p == null ? null : p.Alias,
                a.Stage,
                a.Origin,
                a.CreatedAt,
                a.UpdatedAt,
                a.ContactAcceptedAt,
                l.GivenNames,
                l.FirstSurname,
                l.SecondSurname,
                l.Email,
                l.StateCode,
                l.AnonymizedAt,
                Badges = db.BadgeAwards.Count(b => b.LearnerId == a.LearnerId && b.RevokedAt == null),
            }).ToListAsync(ct);

        var items = rows
            .OrderBy(r => r.Stage).ThenByDescending(r => r.UpdatedAt)
            .Select(r => new PipelineItem(r.Id, r.Alias ?? "—", r.Stage, r.Origin, r.CreatedAt, r.UpdatedAt, r.ContactAcceptedAt,
                ContactOf(r.ContactAcceptedAt, r.AnonymizedAt, r.GivenNames, r.FirstSurname, r.SecondSurname, r.Email),
                r.AnonymizedAt is null ? r.StateCode : null, r.Badges))
            .ToList();

        var shown = rows.Where(r => r.ContactAcceptedAt is not null && r.AnonymizedAt is null).Select(r => r.LearnerId).ToList();
        await audit.RecordAsync(actor, shown, "consulta", $"{where}: nombre, correo", ContactWhy, ct);
        return new VacancyPipeline(vacancy.Id, vacancy.Title, vacancy.CompanyId, vacancy.TradeName, vacancy.Status, vacancy.ClosesOn,
            HiringRules.AcceptsCandidates(vacancy.Status, vacancy.ClosesOn, vacancy.VerifiedAt, HiringCalendar.Today(clock)), items);
    }

    public const string ContactWhy = "proceso de selección; la persona aceptó el contacto";

    internal static CandidateContact? ContactOf(DateTime? acceptedAt, DateTime? anonymizedAt, string givenNames, string firstSurname, string? secondSurname, string? email) =>
        acceptedAt is null || anonymizedAt is not null
            ? null
            : new CandidateContact(string.Join(' ', new[] { givenNames, firstSurname, secondSurname }.Where(s => !string.IsNullOrWhiteSpace(s))), email);
}
