using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Vacancies;

public abstract record SaveVacancyOutcome
{
    public sealed record Saved(Vacancy Vacancy, bool Created) : SaveVacancyOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveVacancyOutcome;

    // The vacancy (or, on create, the company) does not exist or is another company's.
    public sealed record NotFound : SaveVacancyOutcome;
}

// Creates a vacancy (as a draft) or changes one. companyScope is the company an empresa account or
// key acts for; another company's vacancy is "not found", never "forbidden", so its existence does
// not leak. Operators pass null.
public sealed class SaveVacancy(SemilleroDb db, TimeProvider clock)
{
    public async Task<SaveVacancyOutcome> CreateAsync(Guid companyId, VacancyInput input, string createdBy, CancellationToken ct)
    {
        var (valid, errors) = VacancyRules.Validate(input, VacancyRules.TodayInMexicoCity(clock));
        if (!await db.Companies.AnyAsync(c => c.Id == companyId, ct))
        {
            return new SaveVacancyOutcome.NotFound();
        }

        if (valid is null)
        {
            return new SaveVacancyOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var vacancy = new Vacancy
        {
            Id = Guid.CreateVersion7(now),
            CompanyId = companyId,
            Title = valid.Title,
            Description = valid.Description,
            Status = VacancyStatus.Borrador,
            CreatedAt = now,
            CreatedBy = createdBy.Length <= 100 ? createdBy : createdBy[..100],
        };
        Apply(vacancy, valid, now);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(ct);
        return new SaveVacancyOutcome.Saved(vacancy, Created: true);
    }

    public async Task<SaveVacancyOutcome> UpdateAsync(Guid vacancyId, Guid? companyScope, VacancyInput input, CancellationToken ct)
    {
        var vacancy = await db.Vacancies.Include(v => v.Skills).FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null || (companyScope is { } scope && vacancy.CompanyId != scope))
        {
            return new SaveVacancyOutcome.NotFound();
        }

        var (valid, errors) = VacancyRules.Validate(input, VacancyRules.TodayInMexicoCity(clock));
        if (valid is null)
        {
            return new SaveVacancyOutcome.Invalid(errors);
        }

        Apply(vacancy, valid, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new SaveVacancyOutcome.Saved(vacancy, Created: false);
    }

    private static void Apply(Vacancy vacancy, ValidVacancy valid, DateTime now)
    {
        vacancy.Title = valid.Title;
        vacancy.Description = valid.Description;
        vacancy.Modality = valid.Modality;
        vacancy.StateCode = valid.State?.Clave;
        vacancy.SalaryMin = valid.SalaryMin;
        vacancy.SalaryMax = valid.SalaryMax;
        vacancy.Openings = valid.Openings;
        vacancy.ClosesOn = valid.ClosesOn;
        vacancy.UpdatedAt = now;

        // Changed in place: rows that stay keep their keys (matching may index them).
        vacancy.Skills.RemoveAll(s => valid.Skills.All(v => v.Skill.Id != s.SkillId));
        foreach (var skill in valid.Skills)
        {
            if (vacancy.Skills.Find(s => s.SkillId == skill.Skill.Id) is { } existing)
            {
                existing.Level = skill.Level;
                existing.Required = skill.Required;
            }
            else
            {
                vacancy.Skills.Add(new VacancySkill { VacancyId = vacancy.Id, SkillId = skill.Skill.Id, Level = skill.Level, Required = skill.Required });
            }
        }
    }
}
