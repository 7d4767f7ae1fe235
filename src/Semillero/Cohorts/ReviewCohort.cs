using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Cohorts;

public abstract record ReviewCohortOutcome
{
    public sealed record Reviewed(Cohort Cohort) : ReviewCohortOutcome;

    // Approving an approved cohort, or rejecting one people already enrolled in.
    public sealed record Refused(IdRejection Reason) : ReviewCohortOutcome;

    public sealed record Invalid(IdRejection Reason) : ReviewCohortOutcome;

    public sealed record NotFound : ReviewCohortOutcome;
}

// An operator approves a cohort (from then on it is public and people enrol) or says why not (the
// organisation reads the reason, corrects the cohort and it returns to the queue). Who and when
// stay on the cohort, as with companies' and organisations' verification.
public sealed class ReviewCohort(SemilleroDb db, TimeProvider clock)
{
    public const int MinReasonLength = 10;
    public const int MaxReasonLength = 1000;

    public async Task<ReviewCohortOutcome> ApproveAsync(Guid cohortId, Actor operatorActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operatorActor);
        var cohort = await db.Cohorts.Include(c => c.Paths).Include(c => c.States).FirstOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null)
        {
            return new ReviewCohortOutcome.NotFound();
        }

        if (cohort.Status is not (CohortStatus.Pendiente or CohortStatus.Rechazada))
        {
            return new ReviewCohortOutcome.Refused(new IdRejection(CohortRules.Codes.Locked,
                "La convocatoria ya estaba aprobada o está cancelada.", "The cohort was already approved or is cancelled."));
        }

        Stamp(cohort, operatorActor);
        cohort.Status = CohortStatus.Aprobada;
        cohort.RejectedReason = null;
        await db.SaveChangesAsync(ct);
        return new ReviewCohortOutcome.Reviewed(cohort);
    }

    public async Task<ReviewCohortOutcome> RejectAsync(Guid cohortId, string? reason, Actor operatorActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operatorActor);
        var text = reason?.Trim() ?? "";
        if (text.Length is < MinReasonLength or > MaxReasonLength)
        {
            return new ReviewCohortOutcome.Invalid(new IdRejection(Identity.IdRejectionCodes.Length,
                $"Escriba el motivo para la organización ({MinReasonLength} a {MaxReasonLength} caracteres): lo verá para corregir la convocatoria.",
                $"Write the reason for the organisation ({MinReasonLength} to {MaxReasonLength} characters): it will see it to correct the cohort."));
        }

        var cohort = await db.Cohorts.Include(c => c.Paths).Include(c => c.States).FirstOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null)
        {
            return new ReviewCohortOutcome.NotFound();
        }

        // Once approved, people may have enrolled on its terms: it is no longer rejected.
        if (cohort.Status is CohortStatus.Aprobada or CohortStatus.Cancelada)
        {
            return new ReviewCohortOutcome.Refused(new IdRejection(CohortRules.Codes.Locked,
                "Una convocatoria aprobada ya no se rechaza: las personas pudieron inscribirse en ella.",
                "An approved cohort can no longer be rejected: people may have enrolled in it."));
        }

        Stamp(cohort, operatorActor);
        cohort.Status = CohortStatus.Rechazada;
        cohort.RejectedReason = text;
        await db.SaveChangesAsync(ct);
        return new ReviewCohortOutcome.Reviewed(cohort);
    }

    private void Stamp(Cohort cohort, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var who = string.IsNullOrWhiteSpace(actor.Name) ? actor.Id : $"{actor.Name} ({actor.Id})";
        cohort.ReviewedAt = now;
        cohort.ReviewedBy = CohortRules.Who(who);
        cohort.UpdatedAt = now;
    }
}
