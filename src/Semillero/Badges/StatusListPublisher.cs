using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Semillero.Badges.Credentials;
using Semillero.Data;

namespace Semillero.Badges;

// The revocation list every credential points to (credentialStatus.statusListCredential): a
// BitstringStatusListCredential signed as VC-JWT with the active key, built from the revoked
// awards. Kept in memory briefly, since verifiers may fetch it for every check; a revocation in this
// process drops the copy at once.
public sealed class StatusListPublisher(
    SemilleroDb db, SigningKeyStore keys, CredentialSigner signer, BadgeAddresses addresses, IMemoryCache cache, IOptions<BadgeOptions> options, TimeProvider clock)
{
    // 2^20 bits (128 KiB before compression, about 130 bytes of GZIP when empty): room for the
    // program's whole run with indices drawn at random and few collisions. Indices are never reused.
    public const int Length = 1_048_576;

    private static readonly object CacheKey = new();

    public async Task<string> SignedAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
        {
            return cached;
        }

        var list = await CurrentAsync(ct);
        var now = clock.GetUtcNow();
        using var key = await keys.ActiveAsync(ct);
        var credential = list.ToCredential(addresses.StatusList, addresses.IssuerId, now);
        var jwt = signer.Sign(credential, key);
        cache.Set(CacheKey, jwt, TimeSpan.FromSeconds(Math.Max(1, options.Value.StatusListCacheSeconds)));
        return jwt;
    }

    // The list as the database says it is now, unsigned: what the verify pages read.
    public async Task<BitstringStatusList> CurrentAsync(CancellationToken ct)
    {
        var revoked = await db.BadgeAwards.AsNoTracking().Where(a => a.RevokedAt != null).Select(a => a.StatusIndex).ToListAsync(ct);
        var list = new BitstringStatusList(Length);
        foreach (var index in revoked)
        {
            list[index] = true;
        }

        return list;
    }

    public void Invalidate() => cache.Remove(CacheKey);
}
