using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Vacancies;

namespace Semillero.Matching;

// Reads shared by the matching use cases.
internal static class MatchingData
{
    public static VacancyQuery QueryOf(Vacancy vacancy) =>
        new(vacancy.Skills.Select(s => new SkillNeed(s.SkillId, (int)s.Level, s.Required)).ToList(), vacancy.Modality, vacancy.StateCode);

    // Published paths and the skills they grant, to name the path that closes a gap.
    public static async Task<IReadOnlyList<PathOffer>> PublishedPathsAsync(SemilleroDb db, CancellationToken ct) =>
        (await db.LearningPaths.AsNoTracking().Where(p => p.Published)
            .Select(p => new { p.Id, p.Code, p.NameEs, p.NameEn, p.Level, Skills = p.Skills.Select(s => s.SkillId).ToList() })
            .ToListAsync(ct))
        .Select(p => new PathOffer(p.Id, p.Code, p.NameEs, p.NameEn, (int)p.Level, p.Skills))
        .ToList();

    // Open, public vacancies: published, not past their closing day, of a verified company.
    public static IQueryable<Vacancy> OpenPublic(SemilleroDb db, DateOnly today) =>
        db.Vacancies.Where(v => v.Status == VacancyStatus.Abierta && v.ClosesOn >= today
            && db.Companies.Any(c => c.Id == v.CompanyId && c.VerifiedAt != null));

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
