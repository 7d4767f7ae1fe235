using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Credits;

// One delivered code as the startup sees it: Code is null until it asks to see its codes.
public sealed record CompanyCreditCode(Guid Id, long ValueCents, DateOnly? ProviderExpiresOn, string? Code);

public sealed record CompanyCreditAward(Guid Id, string TierKey, long GrantedCents, long TotalCents, DateTime AwardedAt, DateOnly ExpiresOn,
    DateTime? DeliveredAt, DateTime? RedeemedAt, IReadOnlyList<CompanyCreditCode> Codes);

public sealed record CompanyCreditCodes(Guid CompanyId, string CompanyName, bool Revealed, IReadOnlyList<CompanyCreditAward> Awards);

public abstract record ReadCreditCodesOutcome
{
    public sealed record Found(CompanyCreditCodes Codes) : ReadCreditCodesOutcome;

    public sealed record NotFound : ReadCreditCodesOutcome;
}

public abstract record MarkRedeemedOutcome
{
    public sealed record Redeemed(DateTime At) : MarkRedeemedOutcome;

    // The codes have not been delivered yet: there is nothing to redeem.
    public sealed record NotDelivered : MarkRedeemedOutcome;

    public sealed record NotFound : MarkRedeemedOutcome;
}

// A startup's credits and their codes (docs/credits.md, "Delivery of credit codes"). Only the
// company's own people see them: an empresa account of that company (company accounts have no
// administrator role of their own, so every account of the company counts as its administrator) or,
// through the API, the company's own key. Anyone else, operators included, gets what an unknown
// company gets. Codes are masked until the startup asks to see them; each time it does, the
// decryption is recorded in the access log (AuditLog), with the company's id where a person's would be.
public sealed class ReadCreditCodes(SemilleroDb db, CreditCodeVault vault, AuditLog audit, TimeProvider clock)
{
    public const string RevealAction = "revelar-codigos";

    public static bool MaySee(Actor actor, Guid companyId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == Roles.Empresa && actor.CompanyId == companyId;
    }

    public Task<ReadCreditCodesOutcome> ListAsync(Guid companyId, Actor actor, CancellationToken ct) => ReadAsync(companyId, actor, false, ct);

    public Task<ReadCreditCodesOutcome> RevealAsync(Guid companyId, Actor actor, CancellationToken ct) => ReadAsync(companyId, actor, true, ct);

    private async Task<ReadCreditCodesOutcome> ReadAsync(Guid companyId, Actor actor, bool reveal, CancellationToken ct)
    {
        if (!MaySee(actor, companyId))
        {
            return new ReadCreditCodesOutcome.NotFound();
        }

        var name = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.TradeName).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return new ReadCreditCodesOutcome.NotFound();
        }

        var awards = await db.CreditAwards.AsNoTracking().Where(a => a.CompanyId == companyId).OrderByDescending(a => a.AwardedAt).ToListAsync(ct);
        var ids = awards.Select(a => a.Id).ToList();
        var codes = await db.CreditCodes.AsNoTracking().Where(c => c.AwardId != null && ids.Contains(c.AwardId.Value))
            .OrderByDescending(c => c.ValueCents).ThenBy(c => c.Id).ToListAsync(ct);
        var revealed = reveal && codes.Count > 0;
        if (revealed)
        {
            await audit.RecordAsync(actor, [companyId], RevealAction,
                $"códigos de crédito de la empresa {companyId:D} ({codes.Count} códigos)", "la startup consulta sus créditos para canjearlos", ct);
        }

        var byAward = codes.ToLookup(c => c.AwardId!.Value);
        var view = awards.Select(a => new CompanyCreditAward(a.Id, a.TierKey, a.GrantedCents, a.TotalCents, a.AwardedAt, a.ExpiresOn, a.DeliveredAt, a.RedeemedAt,
            byAward[a.Id].Select(c => new CompanyCreditCode(c.Id, c.ValueCents, c.ProviderExpiresOn, revealed ? vault.Unprotect(c.Encrypted) : null)).ToList())).ToList();
        return new ReadCreditCodesOutcome.Found(new CompanyCreditCodes(companyId, name, revealed, view));
    }

    // The startup says it redeemed the award's codes with the provider: no more reminders, and the
    // credits no longer count as expired unused. Saying it twice keeps the first time.
    public async Task<MarkRedeemedOutcome> MarkRedeemedAsync(Guid companyId, Guid awardId, Actor actor, CancellationToken ct)
    {
        if (!MaySee(actor, companyId))
        {
            return new MarkRedeemedOutcome.NotFound();
        }

        var award = await db.CreditAwards.AsNoTracking().Where(a => a.Id == awardId && a.CompanyId == companyId)
            .Select(a => new { a.DeliveredAt, a.RedeemedAt }).FirstOrDefaultAsync(ct);
        if (award is null)
        {
            return new MarkRedeemedOutcome.NotFound();
        }

        if (award.DeliveredAt is null)
        {
            return new MarkRedeemedOutcome.NotDelivered();
        }

        if (award.RedeemedAt is { } at)
        {
            return new MarkRedeemedOutcome.Redeemed(at);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.CreditAwards.Where(a => a.Id == awardId && a.RedeemedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RedeemedAt, now), ct);
        return updated == 1
            ? new MarkRedeemedOutcome.Redeemed(now)
            : new MarkRedeemedOutcome.Redeemed(await db.CreditAwards.AsNoTracking().Where(a => a.Id == awardId).Select(a => a.RedeemedAt!.Value).FirstAsync(ct));
    }
}
