using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Vacancies;

// The company (or an operator) closes a vacancy: filled, cancelled or no longer needed. It leaves
// the public listing at once; its applications stay.
public sealed class CloseVacancy(SemilleroDb db, TimeProvider clock)
{
    public async Task<ChangeVacancyOutcome> RunAsync(Guid vacancyId, Guid? companyScope, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.Include(v => v.Skills).FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null || (companyScope is { } scope && vacancy.CompanyId != scope))
        {
            return new ChangeVacancyOutcome.NotFound();
        }

        if (vacancy.Status == VacancyStatus.Cerrada)
        {
            return new ChangeVacancyOutcome.Unchanged(vacancy);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        vacancy.Status = VacancyStatus.Cerrada;
        vacancy.ClosedAt = now;
        vacancy.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new ChangeVacancyOutcome.Changed(vacancy);
    }
}
