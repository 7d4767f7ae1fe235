using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Access;

public abstract record RevokeApiKeyOutcome
{
    public sealed record Revoked(ApiKeyView Key) : RevokeApiKeyOutcome;

    // Revoked before (by someone else, or a repeated form): nothing changed.
    public sealed record AlreadyRevoked(ApiKeyView Key) : RevokeApiKeyOutcome;

    public sealed record NotFound(string Id) : RevokeApiKeyOutcome;
}

// Revocation is final: there is no un-revoke, a partner gets a new key instead, so a leaked secret
// can never come back to life.
public sealed class RevokeApiKey(SemilleroDb db, ApiKeyCache cache, TimeProvider clock)
{
    public Task<RevokeApiKeyOutcome> RunAsync(string id, CancellationToken ct) => RunAsync(id, organizationId: null, ct);

    // With an organisation: only that organisation's keys; another's is not found.
    public async Task<RevokeApiKeyOutcome> RunAsync(string id, Guid? organizationId, CancellationToken ct)
    {
        var keyId = id.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = organizationId is { } owner ? db.ApiKeys.Where(k => k.OrganizationId == owner) : db.ApiKeys;
        // One conditional UPDATE: two operators revoking at once both succeed, one of them is told
        // it was already done, and the first revocation time is kept.
        var changed = await keys.Where(k => k.Id == keyId && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), ct);
        cache.Evict(keyId);

        var key = await keys.AsNoTracking().Where(k => k.Id == keyId)
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Role, k.CreatedAt, k.RevokedAt))
            .FirstOrDefaultAsync(ct);
        return key is null ? new RevokeApiKeyOutcome.NotFound(keyId)
            : changed > 0 ? new RevokeApiKeyOutcome.Revoked(key)
            : new RevokeApiKeyOutcome.AlreadyRevoked(key);
    }
}
