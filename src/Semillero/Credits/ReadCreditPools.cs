using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Credits;

public sealed record CreditPoolView(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, long AmountCents, long AwardedCents, DateTime CreatedAt, string Reason)
{
    public long LeftCents => AmountCents - AwardedCents;

    // Share of the amount already awarded, 0–100 with one decimal.
    public decimal PercentUsed => AmountCents == 0 ? 0 : Math.Round(AwardedCents * 100m / AmountCents, 1, MidpointRounding.AwayFromZero);

    public bool Holds(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

// One line of a pool's history, as the audit log keeps it: creation and every change of amount.
public sealed record CreditPoolChange(DateTime At, string ActorName, string What, string Why);

// The program's budget pools, newest period first, and each one's history.
public sealed class ReadCreditPools(SemilleroDb db)
{
    public async Task<IReadOnlyList<CreditPoolView>> ListAsync(CancellationToken ct) =>
        await db.CreditPools.AsNoTracking().OrderByDescending(p => p.StartsOn)
            .Select(p => new CreditPoolView(p.Id, p.Name, p.StartsOn, p.EndsOn, p.AmountCents, p.AwardedCents, p.CreatedAt, p.Reason))
            .ToListAsync(ct);

    public async Task<CreditPoolView?> FindAsync(Guid id, CancellationToken ct) =>
        await db.CreditPools.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new CreditPoolView(p.Id, p.Name, p.StartsOn, p.EndsOn, p.AmountCents, p.AwardedCents, p.CreatedAt, p.Reason))
            .FirstOrDefaultAsync(ct);

    // The pool whose period holds `day` (periods never overlap), if any.
    public async Task<CreditPoolView?> ForDayAsync(DateOnly day, CancellationToken ct) =>
        await db.CreditPools.AsNoTracking().Where(p => p.StartsOn <= day && p.EndsOn >= day)
            .Select(p => new CreditPoolView(p.Id, p.Name, p.StartsOn, p.EndsOn, p.AmountCents, p.AwardedCents, p.CreatedAt, p.Reason))
            .FirstOrDefaultAsync(ct);

    // Oldest first, for each of the pools asked for.
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<CreditPoolChange>>> HistoryAsync(IReadOnlyCollection<Guid> poolIds, CancellationToken ct)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == SaveCreditPool.AuditAction && poolIds.Contains(a.LearnerId))
            .OrderBy(a => a.Id)
            .Select(a => new { a.LearnerId, Change = new CreditPoolChange(a.At, a.ActorName, a.What, a.Why) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.LearnerId).ToDictionary(g => g.Key, g => (IReadOnlyList<CreditPoolChange>)g.Select(r => r.Change).ToList());
    }
}
