using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Hiring;

// Per vacancy: people who applied or accepted an invitation (Applications), those still waiting
// for the employer's first look (New: Postulada) and invitations not answered yet (Invited).
public sealed record ApplicationCounts(int Applications, int New, int Invited);

// The counts a company's home shows beside each of its vacancies. Counts only: no person.
public sealed class CountApplications(SemilleroDb db)
{
    public async Task<IReadOnlyDictionary<Guid, ApplicationCounts>> ForCompanyAsync(Guid companyId, CancellationToken ct)
    {
        var rows = await db.Applications.AsNoTracking()
            .Where(a => db.Vacancies.Any(v => v.Id == a.VacancyId && v.CompanyId == companyId))
            .GroupBy(a => new { a.VacancyId, a.Stage })
            .Select(g => new { g.Key.VacancyId, g.Key.Stage, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.VacancyId).ToDictionary(
            g => g.Key,
            g => new ApplicationCounts(
                g.Where(r => r.Stage is not (ApplicationStage.Invitada or ApplicationStage.Declinada)).Sum(r => r.Count),
                g.Where(r => r.Stage == ApplicationStage.Postulada).Sum(r => r.Count),
                g.Where(r => r.Stage == ApplicationStage.Invitada).Sum(r => r.Count)));
    }
}
