using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Vacancies;

public abstract record ChangeVacancyOutcome
{
    public sealed record Changed(Vacancy Vacancy) : ChangeVacancyOutcome;

    // Already in the asked-for state: nothing changed (a repeated click or retry is harmless).
    public sealed record Unchanged(Vacancy Vacancy) : ChangeVacancyOutcome;

    public sealed record Invalid(IdRejection Reason) : ChangeVacancyOutcome;

    public sealed record NotFound : ChangeVacancyOutcome;
}

// Borrador → Abierta. An open vacancy of an unverified company stays out of the public listing
// until an operator verifies the company.
public sealed class PublishVacancy(SemilleroDb db, TimeProvider clock)
{
    public async Task<ChangeVacancyOutcome> RunAsync(Guid vacancyId, Guid? companyScope, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.Include(v => v.Skills).FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null || (companyScope is { } scope && vacancy.CompanyId != scope))
        {
            return new ChangeVacancyOutcome.NotFound();
        }

        switch (vacancy.Status)
        {
            case VacancyStatus.Abierta:
                return new ChangeVacancyOutcome.Unchanged(vacancy);
            case VacancyStatus.Cerrada:
                return new ChangeVacancyOutcome.Invalid(new IdRejection("closed",
                    "La vacante ya se cerró y no se vuelve a abrir: publique una nueva.",
                    "The vacancy is closed and does not reopen: publish a new one."));
        }

        var today = VacancyRules.TodayInMexicoCity(clock);
        if (vacancy.ClosesOn < today)
        {
            return new ChangeVacancyOutcome.Invalid(new IdRejection(VacancyRules.Codes.Past,
                string.Create(CultureInfo.InvariantCulture, $"Su fecha de cierre ({vacancy.ClosesOn:yyyy-MM-dd}) ya pasó: cámbiela antes de publicar."),
                string.Create(CultureInfo.InvariantCulture, $"Its closing date ({vacancy.ClosesOn:yyyy-MM-dd}) has passed: change it before publishing.")));
        }

        if (!vacancy.Skills.Any(s => s.Required))
        {
            return new ChangeVacancyOutcome.Invalid(new IdRejection(VacancyRules.Codes.NoRequired,
                "La vacante necesita al menos una habilidad requerida antes de publicarse.",
                "The vacancy needs at least one required skill before it is published."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        vacancy.Status = VacancyStatus.Abierta;
        vacancy.PublishedAt = now;
        vacancy.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new ChangeVacancyOutcome.Changed(vacancy);
    }
}
