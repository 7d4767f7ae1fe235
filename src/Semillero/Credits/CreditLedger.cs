using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record LedgerOutcome
{
    // Granted: what moved (the difference above the last award); Total: the company's new level.
    public sealed record Drawn(Guid PoolId, long GrantedCents, long TotalCents) : LedgerOutcome;

    // No pool's period holds the day of the decision.
    public sealed record NoPool : LedgerOutcome;

    public sealed record PoolExhausted(Guid PoolId, long LeftCents) : LedgerOutcome;

    // The company's lifetime cap would be passed; Left is what remains under it.
    public sealed record CapExceeded(long LeftCents) : LedgerOutcome;

    // The total is not above the company's last award: a top-up grants only the difference.
    public sealed record NothingToGrant(long LastAwardCents) : LedgerOutcome;

    // Another approval for the same company committed between reading its last award and moving
    // its account: the caller rolls its transaction back and runs it again.
    public sealed record Stale : LedgerOutcome;
}

// The only code that moves credit money (docs/credits.md, "Decisions, the cap and the pool"). It runs
// inside the caller's transaction, so the decision, the award and both counters commit or roll back
// together. Each counter moves by ONE conditional UPDATE that checks its own limit, so however many
// approvals run at once on either database, no pool is overdrawn and no company passes its cap.
// Lock order is always pool first, then account: two approvals never wait on each other crosswise.
public sealed class CreditLedger(SemilleroDb db)
{
    public async Task<LedgerOutcome> DrawAsync(Guid companyId, long totalCents, long capCents, DateOnly day, CancellationToken ct)
    {
        // The account row exists before anything is locked: a concurrent insert of the same company
        // waits here (PostgreSQL) or is serialised (SQLite) and then does nothing.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO credit_accounts (company_id, granted_cents, last_award_cents) VALUES ({companyId}, {0L}, {0L}) ON CONFLICT (company_id) DO NOTHING", ct);
        var account = await db.CreditAccounts.AsNoTracking().Where(a => a.CompanyId == companyId)
            .Select(a => new { a.GrantedCents, a.LastAwardCents }).SingleAsync(ct);
        var grant = CreditRules.Grant(totalCents, account.LastAwardCents);
        if (grant <= 0)
        {
            return new LedgerOutcome.NothingToGrant(account.LastAwardCents);
        }

        if (totalCents > capCents || account.GrantedCents + grant > capCents)
        {
            return new LedgerOutcome.CapExceeded(Math.Max(0, capCents - account.GrantedCents));
        }

        var pool = await db.CreditPools.AsNoTracking().Where(p => p.StartsOn <= day && p.EndsOn >= day)
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Name).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (pool is not { } poolId)
        {
            return new LedgerOutcome.NoPool();
        }

        var drawn = await db.CreditPools.Where(p => p.Id == poolId && p.AwardedCents + grant <= p.AmountCents)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.AwardedCents, p => p.AwardedCents + grant), ct);
        if (drawn == 0)
        {
            var left = await db.CreditPools.AsNoTracking().Where(p => p.Id == poolId).Select(p => p.AmountCents - p.AwardedCents).SingleAsync(ct);
            return new LedgerOutcome.PoolExhausted(poolId, left);
        }

        // Conditional on the last award read above: a top-up that committed meanwhile changes it, and
        // this grant (computed from the old level) must not move.
        var last = account.LastAwardCents;
        var moved = await db.CreditAccounts
            .Where(a => a.CompanyId == companyId && a.LastAwardCents == last && a.GrantedCents + grant <= capCents)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.GrantedCents, a => a.GrantedCents + grant).SetProperty(a => a.LastAwardCents, totalCents), ct);
        if (moved == 1)
        {
            return new LedgerOutcome.Drawn(poolId, grant, totalCents);
        }

        var now = await db.CreditAccounts.AsNoTracking().Where(a => a.CompanyId == companyId)
            .Select(a => new { a.GrantedCents, a.LastAwardCents }).SingleAsync(ct);
        return now.LastAwardCents != last
            ? new LedgerOutcome.Stale()
            : new LedgerOutcome.CapExceeded(Math.Max(0, capCents - now.GrantedCents));
    }

    // Runs `attempt` (which opens and commits its own transaction) again while the ledger reports a
    // stale read, and while SQLite reports a busy writer.
    public static async Task<T> WithRetriesAsync<T>(SemilleroDb db, Func<Task<(T Result, bool Stale)>> attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var round = 1; ; round++)
        {
            T result = default!;
            var stale = false;
            await Cohorts.CohortSeats.WithRetriesAsync(db, async () => (result, stale) = await attempt(), ct);
            if (!stale || round >= 10)
            {
                return result;
            }

            db.ChangeTracker.Clear();
        }
    }
}
