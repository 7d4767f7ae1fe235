using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Access;

// OrganizationId is the organisation the key was issued to; the key acts for it only while it is
// verified (the web's ApiKeyAuthenticationHandler asks IPartnerDirectory on every request).
public sealed record ApiCaller(string KeyId, string Name, string Role, Guid? CompanyId = null, Guid? OrganizationId = null);

// Why a token was refused, for the failure log and the throttle (never shown to the caller, who
// only learns that the key is not valid).
public enum ApiKeyRefusal
{
    Malformed,
    UnknownKey,
    Revoked,
    WrongSecret,
}

public abstract record ApiKeyCheck
{
    public sealed record Verified(ApiCaller Caller) : ApiKeyCheck;

    // KeyId is the id the token named, when it names one; KeyExists says whether such a key exists.
    public sealed record Refused(string? KeyId, ApiKeyRefusal Reason) : ApiKeyCheck
    {
        public bool KeyExists => Reason is ApiKeyRefusal.Revoked or ApiKeyRefusal.WrongSecret;
    }
}

public sealed class ApiKeyVerifier(SemilleroDb db, ApiKeyCache cache)
{
    // Ids are made by CreateApiKey from hex digits; anything else (a NUL or other control character
    // from a crafted Basic header) is refused before it reaches the database.
    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("0123456789abcdefABCDEFghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ-_");

    public static bool IsWellFormedId(string id) => id.Length is > 0 and <= 32 && !id.AsSpan().ContainsAnyExcept(IdCharacters);

    public async Task<ApiCaller?> VerifyAsync(string token, CancellationToken ct) =>
        await CheckAsync(token, ct) is ApiKeyCheck.Verified v ? v.Caller : null;

    public async Task<ApiKeyCheck> CheckAsync(string token, CancellationToken ct)
    {
        if (!ApiKeySecret.TrySplit(token, out var id, out var secret) || !IsWellFormedId(id))
        {
            return new ApiKeyCheck.Refused(null, ApiKeyRefusal.Malformed);
        }

        if (cache.TryGet(token, out var known))
        {
            return new ApiKeyCheck.Verified(known);
        }

        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return new ApiKeyCheck.Refused(id, ApiKeyRefusal.UnknownKey);
        }

        if (key.RevokedAt is not null)
        {
            return new ApiKeyCheck.Refused(id, ApiKeyRefusal.Revoked);
        }

        // Constant-time so response timing tells nothing about how much of the secret matched.
        if (!CryptographicOperations.FixedTimeEquals(ApiKeySecret.Hash(secret), key.SecretHash))
        {
            return new ApiKeyCheck.Refused(id, ApiKeyRefusal.WrongSecret);
        }

        var caller = new ApiCaller(key.Id, key.Name, key.Role, key.CompanyId, key.OrganizationId);
        cache.Remember(token, caller);
        return new ApiKeyCheck.Verified(caller);
    }
}
