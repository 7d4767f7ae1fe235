using Microsoft.EntityFrameworkCore;
using Semillero.Cohorts;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record VouchingConsumeOutcome
{
    public sealed record Consumed(Guid OrganizationId, Guid CodeId) : VouchingConsumeOutcome;

    public sealed record Unknown : VouchingConsumeOutcome;

    public sealed record Expired : VouchingConsumeOutcome;

    public sealed record Revoked : VouchingConsumeOutcome;

    public sealed record AlreadyUsed : VouchingConsumeOutcome;
}

// Taking a vouching code for an application. For the application's submission: call it inside the
// transaction that writes the application, so a refusal further on gives the code back by rolling
// back.
public static class VouchingCodes
{
    public sealed record Found(Guid Id, Guid OrganizationId, bool Usable);

    // Read-only look-up, to tell the startup why a code is refused before anything is written.
    public static async Task<Found?> FindAsync(SemilleroDb db, string code, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = CreditRules.HashCode(code);
        return await db.VouchingCodes.AsNoTracking().Where(c => c.CodeHash == hash)
            .Select(c => new Found(c.Id, c.OrganizationId, c.UsedAt == null && c.RevokedAt == null && c.ExpiresAt > now))
            .FirstOrDefaultAsync(ct);
    }

    // One conditional UPDATE takes the code, so however many submissions enter the same code at once
    // exactly one gets it; a refusal is then explained by reading the row. Outside a transaction,
    // SQLite's busy writers are retried.
    public static async Task<VouchingConsumeOutcome> TryConsumeAsync(SemilleroDb db, string code, Guid companyId, Guid applicationId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(code) || CreditRules.NormalizeCode(code).Length == 0)
        {
            return new VouchingConsumeOutcome.Unknown();
        }

        var hash = CreditRules.HashCode(code);
        var changed = 0;
        async Task Take() => changed = await db.VouchingCodes
            .Where(c => c.CodeHash == hash && c.UsedAt == null && c.RevokedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(c => c.UsedAt, now)
                .SetProperty(c => c.UsedByCompanyId, companyId)
                .SetProperty(c => c.UsedByApplicationId, applicationId), ct);

        if (db.Database.CurrentTransaction is null)
        {
            await CohortSeats.WithRetriesAsync(db, Take, ct);
        }
        else
        {
            await Take();
        }

        var row = await db.VouchingCodes.AsNoTracking().Where(c => c.CodeHash == hash)
            .Select(c => new { c.Id, c.OrganizationId, c.UsedAt, c.UsedByApplicationId, c.RevokedAt, c.ExpiresAt }).FirstOrDefaultAsync(ct);
        return row switch
        {
            null => new VouchingConsumeOutcome.Unknown(),
            _ when changed == 1 => new VouchingConsumeOutcome.Consumed(row.OrganizationId, row.Id),
            { UsedAt: not null } => new VouchingConsumeOutcome.AlreadyUsed(),
            { RevokedAt: not null } => new VouchingConsumeOutcome.Revoked(),
            _ => new VouchingConsumeOutcome.Expired(),
        };
    }
}
