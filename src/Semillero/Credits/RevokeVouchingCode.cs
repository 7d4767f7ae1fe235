using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Credits;

public abstract record RevokeVouchingCodeOutcome
{
    public sealed record Revoked(Guid CodeId, string Hint) : RevokeVouchingCodeOutcome;

    // A startup already used it: an application holds it, and revoking it would change nothing.
    public sealed record AlreadyUsed : RevokeVouchingCodeOutcome;

    public sealed record AlreadyRevoked : RevokeVouchingCodeOutcome;

    public sealed record NotAllowed(IdRejection Reason) : RevokeVouchingCodeOutcome;

    // Unknown organisation or code, or another organisation's.
    public sealed record NotFound : RevokeVouchingCodeOutcome;
}

// The organisation's administrators (or its keys) revoke a code nobody used yet. One conditional
// UPDATE (only if unused and not revoked), so a startup consuming the code at the same moment either
// gets it (and the revocation is refused as used) or finds it revoked.
public sealed class RevokeVouchingCode(SemilleroDb db, VouchingAccess access, TimeProvider clock)
{
    public async Task<RevokeVouchingCodeOutcome> RunAsync(Guid organizationId, Guid codeId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await access.ScopeAsync(organizationId, actor, ct) is not { } scope)
        {
            return new RevokeVouchingCodeOutcome.NotFound();
        }

        if (!scope.CanManage)
        {
            return new RevokeVouchingCodeOutcome.NotAllowed(VouchingScope.ManageRefusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = actor.Id.Length <= 100 ? actor.Id : actor.Id[..100];
        var changed = await db.VouchingCodes
            .Where(c => c.Id == codeId && c.OrganizationId == organizationId && c.UsedAt == null && c.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevokedBy, by), ct);
        var row = await db.VouchingCodes.AsNoTracking().Where(c => c.Id == codeId && c.OrganizationId == organizationId)
            .Select(c => new { c.Hint, c.UsedAt, c.RevokedAt }).FirstOrDefaultAsync(ct);
        return row switch
        {
            null => new RevokeVouchingCodeOutcome.NotFound(),
            _ when changed == 1 => new RevokeVouchingCodeOutcome.Revoked(codeId, row.Hint),
            { UsedAt: not null } => new RevokeVouchingCodeOutcome.AlreadyUsed(),
            _ => new RevokeVouchingCodeOutcome.AlreadyRevoked(),
        };
    }
}
