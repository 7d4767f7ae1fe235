using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Data;

namespace Semillero.Credits;

public sealed record ExpiredCredit(Guid AwardId, Guid CompanyId, string CompanyName, string TierKey, long GrantedCents, DateOnly ExpiresOn, bool Delivered);

public sealed record ExpiredCredits(int Awards, long Cents, IReadOnlyList<ExpiredCredit> Items);

// Credits the program granted and nobody used: awards past ExpiresOn that the startup never marked
// as redeemed (delivered or not), for operators, with what they were worth.
public sealed class ReadExpiredCredits(SemilleroDb db, TimeProvider clock)
{
    public async Task<ExpiredCredits> RunAsync(CancellationToken ct)
    {
        var today = ProgramCalendar.Today(clock);
        var items = await db.CreditAwards.AsNoTracking()
            .Where(a => a.ExpiresOn < today && a.RedeemedAt == null)
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new ExpiredCredit(a.Id, a.CompanyId, c.TradeName, a.TierKey, a.GrantedCents, a.ExpiresOn, a.DeliveredAt != null))
            .ToListAsync(ct);
        items = [.. items.OrderByDescending(i => i.ExpiresOn).ThenBy(i => i.CompanyName, StringComparer.Ordinal)];
        return new ExpiredCredits(items.Count, items.Sum(i => i.GrantedCents), items);
    }
}
