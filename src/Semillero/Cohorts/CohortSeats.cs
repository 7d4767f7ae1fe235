using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Cohorts;

// The seat counter and the waitlist. A seat is taken only by one conditional UPDATE
// (SET enrolled = enrolled + 1 WHERE enrolled < capacity), inside the transaction that writes the
// enrolment, so however many people enrol at once no more than Capacity hold a seat, on either
// database (docs/cohorts.md, "Capacity and waitlist").
//
// Every transaction that changes seats locks the cohort's row first (an UPDATE of it), so on
// PostgreSQL an enrolment that finds the cohort full and a withdrawal that frees a seat cannot pass
// each other: whichever comes second sees the other's work. SQLite runs one writer at a time
// (transactions begin IMMEDIATE), which orders them the same way.
public sealed class CohortSeats(SemilleroDb db, TimeProvider clock, CohortMessages messages)
{
    // Takes a seat if one is free; false leaves the counter as it was. Run inside a transaction.
    public async Task<bool> TryTakeAsync(Guid cohortId, CancellationToken ct) =>
        await db.Cohorts.Where(c => c.Id == cohortId && c.Enrolled < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + 1), ct) == 1;

    // Locks the cohort's row without changing it, so what follows in the transaction is ordered
    // against every other seat change of the cohort.
    public async Task LockAsync(Guid cohortId, CancellationToken ct) =>
        await db.Cohorts.Where(c => c.Id == cohortId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled), ct);

    public async Task ReleaseAsync(Guid cohortId, CancellationToken ct) =>
        await db.Cohorts.Where(c => c.Id == cohortId && c.Enrolled > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled - 1), ct);

    // Gives free seats to the waitlist, first come first served (CohortEnrolment.Id). Each step is
    // conditional: a seat is taken only if free, and a person is promoted only if still waiting, so
    // two withdrawals at once never promote the same person twice nor overfill the cohort. The
    // promoted people's emails are added to the context; the caller saves them with the change.
    public async Task<int> FillAsync(Guid cohortId, CancellationToken ct)
    {
        var promoted = 0;
        while (true)
        {
            var next = await db.CohortEnrolments.AsNoTracking()
                .Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.EnEspera)
                .OrderBy(e => e.Id)
                .Select(e => (long?)e.Id)
                .FirstOrDefaultAsync(ct);
            if (next is not { } id || !await TryTakeAsync(cohortId, ct))
            {
                return promoted;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var changed = await db.CohortEnrolments
                .Where(e => e.Id == id && e.Status == EnrolmentStatus.EnEspera)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrolmentStatus.Inscrita).SetProperty(e => e.SeatedAt, now), ct);
            if (changed == 0)
            {
                // The person withdrew meanwhile: give the seat back and look again.
                await ReleaseAsync(cohortId, ct);
                continue;
            }

            promoted++;
            await messages.PromotedAsync(id, ct);
        }
    }

    // SQLite reports a writer that waited past busy_timeout as SQLITE_BUSY (5) or SQLITE_LOCKED (6);
    // the whole transaction is run again. PostgreSQL waits on the row lock instead.
    public static async Task WithRetriesAsync(SemilleroDb db, Func<Task> run, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await run();
                return;
            }
            catch (Exception e) when (attempt < 20 && IsBusy(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attempt), ct);
            }
        }
    }

    private static bool IsBusy(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        { InnerException: { } inner } => IsBusy(inner),
        _ => false,
    };
}
