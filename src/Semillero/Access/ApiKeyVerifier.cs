using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Access;

public sealed record ApiCaller(string KeyId, string Name, string Role, Guid? CompanyId = null);

public sealed class ApiKeyVerifier(SemilleroDb db, ApiKeyCache cache)
{
    public async Task<ApiCaller?> VerifyAsync(string token, CancellationToken ct)
    {
        if (!ApiKeySecret.TrySplit(token, out var id, out var secret) || id.Length > 32)
        {
            return null;
        }

        if (cache.TryGet(token, out var known))
        {
            return known;
        }

        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || key.RevokedAt is not null)
        {
            return null;
        }

        // Constant-time so response timing tells nothing about how much of the secret matched.
        if (!CryptographicOperations.FixedTimeEquals(ApiKeySecret.Hash(secret), key.SecretHash))
        {
            return null;
        }

        var caller = new ApiCaller(key.Id, key.Name, key.Role, key.CompanyId);
        cache.Remember(token, caller);
        return caller;
    }
}
