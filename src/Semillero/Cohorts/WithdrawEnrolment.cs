using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Cohorts;

public abstract record WithdrawOutcome
{
    // Promoted: how many waitlisted people took the freed seat (0 or 1).
    public sealed record Withdrawn(EnrolmentView Enrolment, int Promoted) : WithdrawOutcome;

    // Already withdrawn: nothing changed (a double submit, or both sides at once).
    public sealed record AlreadyWithdrawn(EnrolmentView Enrolment) : WithdrawOutcome;

    // No such enrolment, or one the actor may not withdraw.
    public sealed record NotFound : WithdrawOutcome;
}

// Withdraws an enrolment: the person themself, the cohort's organisation (organizationScope) or an
// operator. A freed seat goes to the first person on the waitlist in the same transaction, who is
// told by email (docs/cohorts.md, "Withdrawal").
public sealed class WithdrawEnrolment(SemilleroDb db, CohortSeats seats, TimeProvider clock)
{
    public async Task<WithdrawOutcome> RunAsync(Guid cohortId, Guid registration, Actor actor, Guid? organizationScope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await db.CohortEnrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && e.Registration == registration)
            .Join(db.Cohorts, e => e.CohortId, c => c.Id, (e, c) => new { e.Id, e.LearnerId, c.OrganizationId })
            .FirstOrDefaultAsync(ct);
        var allowed = row is not null && (actor.Role == Roles.Operador
            || actor.IsSelf(row.LearnerId)
            || (organizationScope is { } scope && row.OrganizationId == scope));
        if (!allowed)
        {
            return new WithdrawOutcome.NotFound();
        }

        var id = row!.Id;
        var promoted = 0;
        var changed = false;
        await CohortSeats.WithRetriesAsync(db, async () =>
        {
            promoted = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The cohort's row first: every seat change of this cohort is ordered behind this one.
            await seats.LockAsync(cohortId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var by = CohortRules.Who(actor.Id);
            var wasSeated = await db.CohortEnrolments.Where(e => e.Id == id && e.Status == EnrolmentStatus.Inscrita)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrolmentStatus.Baja).SetProperty(e => e.WithdrawnAt, now).SetProperty(e => e.WithdrawnBy, by), ct) == 1;
            var wasWaiting = !wasSeated && await db.CohortEnrolments.Where(e => e.Id == id && e.Status == EnrolmentStatus.EnEspera)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrolmentStatus.Baja).SetProperty(e => e.WithdrawnAt, now).SetProperty(e => e.WithdrawnBy, by), ct) == 1;
            changed = wasSeated || wasWaiting;
            if (wasSeated)
            {
                await seats.ReleaseAsync(cohortId, ct);
                promoted = await seats.FillAsync(cohortId, ct);
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }, ct);

        var view = await ReadEnrolments.ViewAsync(db, id, ct) ?? throw new InvalidOperationException("enrolment vanished");
        return changed ? new WithdrawOutcome.Withdrawn(view, promoted) : new WithdrawOutcome.AlreadyWithdrawn(view);
    }
}
