using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Credits;

public sealed record StockLine(long ValueCents, int Codes, long Cents);

public sealed record BatchLine(Guid Id, string Name, DateTime ImportedAt, string ImportedBy, int Codes, long TotalCents, int Delivered);

public sealed record WaitingAward(Guid AwardId, Guid CompanyId, string CompanyName, string TierKey, long GrantedCents, DateTime AwardedAt);

public sealed record CreditCodeStock(IReadOnlyList<StockLine> Available, int AvailableCodes, long AvailableCents, IReadOnlyList<BatchLine> Batches,
    IReadOnlyList<WaitingAward> Waiting, long WaitingCents);

// What operators need to keep codes flowing: the codes in stock by value, the batches imported and
// the awards still waiting for codes. Counts and amounts only: no code is decrypted here.
public sealed class ReadCreditCodeStock(SemilleroDb db)
{
    public const int BatchesShown = 100;

    public async Task<CreditCodeStock> RunAsync(CancellationToken ct)
    {
        var available = (await db.CreditCodes.AsNoTracking().Where(c => c.AwardId == null)
            .GroupBy(c => c.ValueCents).Select(g => new { Value = g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => new StockLine(g.Value, g.Count, g.Value * g.Count)).OrderByDescending(l => l.ValueCents).ToList();
        var batches = await db.CreditCodeBatches.AsNoTracking().OrderByDescending(b => b.ImportedAt).Take(BatchesShown)
            .Select(b => new BatchLine(b.Id, b.Name, b.ImportedAt, b.ImportedBy, b.Codes, b.TotalCents, db.CreditCodes.Count(c => c.BatchId == b.Id && c.AwardId != null)))
            .ToListAsync(ct);
        var waiting = (await db.CreditAwards.AsNoTracking().Where(a => a.DeliveredAt == null)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new WaitingAward(a.Id, a.CompanyId, c.TradeName, a.TierKey, a.GrantedCents, a.AwardedAt))
            .ToListAsync(ct)).OrderBy(w => w.AwardedAt).ToList();
        return new CreditCodeStock(available, available.Sum(l => l.Codes), available.Sum(l => l.Cents), batches, waiting, waiting.Sum(w => w.GrantedCents));
    }
}
