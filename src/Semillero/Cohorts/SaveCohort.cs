using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Validation;
using static System.FormattableString;

namespace Semillero.Cohorts;

public abstract record SaveCohortOutcome
{
    public sealed record Saved(Cohort Cohort, bool Created) : SaveCohortOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveCohortOutcome;

    // The organisation may not open cohorts (not verified, or a kind that does not teach), or the
    // cohort may no longer be changed this way (approved or cancelled).
    public sealed record Refused(IdRejection Reason) : SaveCohortOutcome;

    // The cohort (or, on create, the organisation) does not exist or is another organisation's.
    public sealed record NotFound : SaveCohortOutcome;
}

// Opens a cohort (pending the operators' review) or changes one. organizationScope is the
// organisation a member or key acts for; another organisation's cohort is "not found", never
// "forbidden", so its existence does not leak. Operators pass null.
//
// A cohort is changed freely while Pendiente or Rechazada (a change puts it back in the review
// queue). Once approved people rely on its dates and terms, so the only change is more seats
// (IncreaseCapacityAsync), which the waitlist fills at once (docs/cohorts.md).
public sealed class SaveCohort(SemilleroDb db, TimeProvider clock, CohortSeats seats)
{
    public async Task<SaveCohortOutcome> CreateAsync(Guid organizationId, CohortInput input, string createdBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Kind, o.VerifiedAt }).FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return new SaveCohortOutcome.NotFound();
        }

        if (organization.VerifiedAt is null)
        {
            return new SaveCohortOutcome.Refused(new IdRejection(CohortRules.Codes.NotVerified,
                "Su organización aún no está verificada por el equipo del programa; podrá abrir convocatorias en cuanto lo esté.",
                "The organisation is not yet verified by the program team; it can open cohorts once it is."));
        }

        if (!CohortRules.MayOpenCohorts(organization.Kind))
        {
            return new SaveCohortOutcome.Refused(new IdRejection(CohortRules.Codes.KindNotAllowed,
                "Abren convocatorias las organizaciones que imparten formación (proveedores, academia, cámaras y gobiernos); aceleradoras e inversionistas apoyan a los emprendimientos de otra forma.",
                "Cohorts are opened by organisations that teach (providers, academia, chambers and governments); accelerators and investors support ventures in other ways."));
        }

        var (valid, errors) = await ValidateAsync(input, ct);
        if (valid is null)
        {
            return new SaveCohortOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var cohort = new Cohort
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Name = valid.Name,
            Status = CohortStatus.Pendiente,
            CreatedAt = now,
            CreatedBy = CohortRules.Who(createdBy),
        };
        Apply(cohort, valid, now);
        cohort.Capacity = valid.Capacity;
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        return new SaveCohortOutcome.Saved(cohort, Created: true);
    }

    public async Task<SaveCohortOutcome> UpdateAsync(Guid cohortId, Guid? organizationScope, CohortInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cohort = await db.Cohorts.Include(c => c.Paths).Include(c => c.States).FirstOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null || (organizationScope is { } scope && cohort.OrganizationId != scope))
        {
            return new SaveCohortOutcome.NotFound();
        }

        if (cohort.Status is CohortStatus.Aprobada or CohortStatus.Cancelada)
        {
            return new SaveCohortOutcome.Refused(new IdRejection(CohortRules.Codes.Locked,
                "Una convocatoria aprobada ya no cambia: las personas se inscribieron con esas fechas y condiciones. Solo puede aumentar su cupo.",
                "An approved cohort no longer changes: people enrolled on those dates and terms. Only its capacity can grow."));
        }

        var (valid, errors) = await ValidateAsync(input, ct);
        if (valid is null)
        {
            return new SaveCohortOutcome.Invalid(errors);
        }

        Apply(cohort, valid, clock.GetUtcNow().UtcDateTime);
        cohort.Capacity = valid.Capacity;
        // A corrected cohort goes back to the operators' queue.
        cohort.Status = CohortStatus.Pendiente;
        await db.SaveChangesAsync(ct);
        return new SaveCohortOutcome.Saved(cohort, Created: false);
    }

    // More seats for an approved (or not yet approved) cohort; the waitlist takes them in arrival
    // order in the same transaction. Fewer seats are refused: people already hold them.
    public async Task<SaveCohortOutcome> IncreaseCapacityAsync(Guid cohortId, Guid? organizationScope, int? capacity, CancellationToken ct)
    {
        var current = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.OrganizationId, c.Capacity, c.Status }).FirstOrDefaultAsync(ct);
        if (current is null || (organizationScope is { } scope && current.OrganizationId != scope))
        {
            return new SaveCohortOutcome.NotFound();
        }

        if (capacity is not { } wanted || wanted <= current.Capacity || wanted > CohortRules.MaxCapacity)
        {
            return new SaveCohortOutcome.Invalid([new FieldError(CohortRules.Fields.Capacity, new IdRejection(CohortRules.Codes.Range,
                Invariant($"El nuevo cupo debe ser mayor que el actual ({current.Capacity:N0}) y a lo más {CohortRules.MaxCapacity:N0}."),
                Invariant($"The new capacity must be greater than the current one ({current.Capacity:N0}) and at most {CohortRules.MaxCapacity:N0}.")))]);
        }

        if (current.Status == CohortStatus.Cancelada)
        {
            return new SaveCohortOutcome.Refused(new IdRejection(CohortRules.Codes.Locked,
                "La convocatoria está cancelada.", "The cohort is cancelled."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await CohortSeats.WithRetriesAsync(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Conditional: two increases at once keep the larger.
            await db.Cohorts.Where(c => c.Id == cohortId && c.Capacity < wanted)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Capacity, wanted).SetProperty(c => c.UpdatedAt, now), ct);
            await seats.FillAsync(cohortId, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, ct);

        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Paths).Include(c => c.States).FirstAsync(c => c.Id == cohortId, ct);
        return new SaveCohortOutcome.Saved(cohort, Created: false);
    }

    private async Task<(ValidCohort? Cohort, IReadOnlyList<FieldError> Errors)> ValidateAsync(CohortInput input, CancellationToken ct)
    {
        var codes = (input.Paths ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct().Take(CohortRules.MaxPaths + 1).ToList();
        var published = await db.LearningPaths.AsNoTracking()
            .Where(p => p.Published && codes.Contains(p.Code))
            .Select(p => new { p.Code, p.Id })
            .ToListAsync(ct);
        var byCode = published.ToDictionary(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase);
        return CohortRules.Validate(input, byCode, ProgramCalendar.Today(clock));
    }

    private static void Apply(Cohort cohort, ValidCohort valid, DateTime now)
    {
        cohort.Name = valid.Name;
        cohort.Description = valid.Description;
        cohort.Modality = valid.Modality;
        cohort.StartsOn = valid.StartsOn;
        cohort.EndsOn = valid.EndsOn;
        cohort.EnrolmentOpensOn = valid.EnrolmentOpensOn;
        cohort.EnrolmentClosesOn = valid.EnrolmentClosesOn;
        cohort.EnrolmentMode = valid.EnrolmentMode;
        cohort.EligibleSegments = CohortRules.SegmentsText(valid.Segments);
        cohort.MinAge = valid.MinAge;
        cohort.MaxAge = valid.MaxAge;
        cohort.UpdatedAt = now;

        // Changed in place: rows that stay keep their keys.
        cohort.Paths.RemoveAll(p => !valid.PathIds.Contains(p.PathId));
        foreach (var id in valid.PathIds.Where(id => cohort.Paths.TrueForAll(p => p.PathId != id)))
        {
            cohort.Paths.Add(new CohortPath { CohortId = cohort.Id, PathId = id });
        }

        cohort.States.RemoveAll(s => !valid.StateCodes.Contains(s.StateCode));
        foreach (var code in valid.StateCodes.Where(code => cohort.States.TrueForAll(s => s.StateCode != code)))
        {
            cohort.States.Add(new CohortState { CohortId = cohort.Id, StateCode = code });
        }
    }
}
