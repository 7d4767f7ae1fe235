using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Credits;

// Taking a vouching code at submission (docs/credits.md, "Applying"). ONE conditional UPDATE marks
// it used only if it is still unused, unrevoked and unexpired, inside the transaction that inserts
// the application: two startups typing the same code at once get it once, and a submission that
// fails afterwards rolls the code back to unused.
public static class VouchingCodeUse
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

    // True when this call took the code. Run inside the submission's transaction.
    public static async Task<bool> TryConsumeAsync(SemilleroDb db, Guid codeId, Guid companyId, Guid applicationId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.VouchingCodes
            .Where(c => c.Id == codeId && c.UsedAt == null && c.RevokedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.UsedAt, now)
                .SetProperty(c => c.UsedByCompanyId, companyId)
                .SetProperty(c => c.UsedByApplicationId, applicationId), ct) == 1;
    }
}
