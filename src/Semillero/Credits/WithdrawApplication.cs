using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record WithdrawApplicationOutcome
{
    public sealed record Withdrawn : WithdrawApplicationOutcome;

    // Already decided or withdrawn.
    public sealed record Closed : WithdrawApplicationOutcome;

    public sealed record NotFound : WithdrawApplicationOutcome;
}

// The startup withdraws its open application: Retirada, and the open slot is freed so it may apply
// again. Conditional on still being open, so it cannot undo a decision taken meanwhile. A vouching
// code it used stays used.
public sealed class WithdrawApplication(SemilleroDb db, TimeProvider clock)
{
    public async Task<WithdrawApplicationOutcome> RunAsync(Guid applicationId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var companyId = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => (Guid?)a.CompanyId).FirstOrDefaultAsync(ct);
        if (companyId is not { } company || !CreditAccess.OwnsCompany(actor, company))
        {
            return new WithdrawApplicationOutcome.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        await Cohorts.CohortSeats.WithRetriesAsync(db, async () =>
            changed = await db.CreditApplications
                .Where(a => a.Id == applicationId && a.OpenCompanyId != null && (a.Status == ApplicationStatus.Enviada || a.Status == ApplicationStatus.EnRevision
                    || a.Status == ApplicationStatus.PorDecidir || a.Status == ApplicationStatus.ListaDeEspera))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, ApplicationStatus.Retirada)
                    .SetProperty(a => a.StatusChangedAt, now)
                    .SetProperty(a => a.WithdrawnAt, now)
                    .SetProperty(a => a.OpenCompanyId, (Guid?)null), ct), ct);
        return changed == 1 ? new WithdrawApplicationOutcome.Withdrawn() : new WithdrawApplicationOutcome.Closed();
    }
}
