using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Badges.Credentials;
using Semillero.Data;

namespace Semillero.Badges;

// The issuer's signing keys in badge_signing_keys: the private key as PKCS#8 protected with the
// Data Protection key ring (kept in the database, so the web host and the CLI read each other's),
// the public JWK in the clear for the JWKS. Exactly one key is active (RetiredAt null); the first
// use creates it.
public sealed class SigningKeyStore(SemilleroDb db, IDataProtectionProvider protection, IOptions<BadgeOptions> options, TimeProvider clock)
{
    // Changing it makes every stored private key unreadable: it names what the protected bytes are.
    public const string ProtectorPurpose = "Semillero.Badges.SigningKey.v1";

    // Any constant: PostgreSQL transaction-level advisory lock that serialises key creation and
    // rotation across processes.
    private const long KeyLock = 0x5E_B1_11_E0_0B_AD_6E;

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    // The key that signs new credentials, created on first use. The caller disposes it.
    public async Task<SigningKeyMaterial> ActiveAsync(CancellationToken ct)
    {
        if (await ReadActiveAsync(ct) is { } active)
        {
            return Unprotect(active);
        }

        var created = await InsertAsync(options.Value.DefaultAlgorithm(), retireActive: false, ct);
        if (created is not null)
        {
            return created;
        }

        // Another process created it between our read and our insert; use theirs.
        return Unprotect(await ReadActiveAsync(ct) ?? throw new InvalidOperationException("No active signing key after creating one."));
    }

    // Every key ever used, retired ones included: the credentials they signed must keep verifying.
    public async Task<JsonWebKeySet> KeySetAsync(CancellationToken ct)
    {
        var jwks = await db.SigningKeys.AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.PublicJwk).ToListAsync(ct);
        return new JsonWebKeySet(jwks.Select(j => PublicSigningKey.FromJwk((JsonObject)JsonNode.Parse(j)!)));
    }

    public async Task<IReadOnlyList<SigningKeyView>> ListAsync(CancellationToken ct) =>
        await db.SigningKeys.AsNoTracking().OrderBy(k => k.CreatedAt)
            .Select(k => new SigningKeyView(k.Kid, k.Algorithm, k.CreatedAt, k.RetiredAt))
            .ToListAsync(ct);

    // Retires the active key (if any) and makes a new one active, in one transaction.
    public async Task<SigningKeyMaterial> RotateAsync(JwsAlgorithm? algorithm, CancellationToken ct) =>
        await InsertAsync(algorithm ?? options.Value.DefaultAlgorithm(), retireActive: true, ct)
            ?? throw new InvalidOperationException("Rotation wrote no key.");

    // Creates a key and makes it the active one; with retireActive, the active key is retired in the
    // same transaction, otherwise nothing is written when a key is already active. Null: nothing written.
    private async Task<SigningKeyMaterial?> InsertAsync(JwsAlgorithm algorithm, bool retireActive, CancellationToken ct)
    {
        var material = SigningKeyMaterial.Generate(algorithm);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // Protected before the transaction: the key ring may write its own first key, and on
            // SQLite that write would wait for our transaction's writer lock for ever (see KeyRing).
            var row = new SigningKey
            {
                Kid = material.KeyId,
                Algorithm = PublicSigningKey.AlgorithmName(algorithm),
                PublicJwk = material.PublicKey.ToJwk().ToJsonString(),
                ProtectedPrivateKey = Convert.ToBase64String(_protector.Protect(material.ExportPkcs8())),
                CreatedAt = now,
            };

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [KeyLock], ct);
            }

            if (retireActive)
            {
                await db.SigningKeys.Where(k => k.RetiredAt == null).ExecuteUpdateAsync(u => u.SetProperty(k => k.RetiredAt, now), ct);
            }

            // One statement, so on SQLite the check and the insert happen under the writer lock; on
            // PostgreSQL the advisory lock above orders concurrent creators.
            var inserted = await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO badge_signing_keys (kid, algorithm, public_jwk, protected_private_key, created_at) " +
                "SELECT {0}, {1}, {2}, {3}, {4} WHERE NOT EXISTS (SELECT 1 FROM badge_signing_keys WHERE retired_at IS NULL)",
                [row.Kid, row.Algorithm, row.PublicJwk, row.ProtectedPrivateKey, row.CreatedAt],
                ct);
            await transaction.CommitAsync(ct);
            if (inserted == 0)
            {
                material.Dispose();
                return null;
            }

            return material;
        }
        catch
        {
            material.Dispose();
            throw;
        }
    }

    private Task<SigningKey?> ReadActiveAsync(CancellationToken ct) =>
        db.SigningKeys.AsNoTracking().Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(ct);

    private SigningKeyMaterial Unprotect(SigningKey key)
    {
        try
        {
            return SigningKeyMaterial.ImportPkcs8(_protector.Unprotect(Convert.FromBase64String(key.ProtectedPrivateKey)));
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"The signing key {key.Kid} cannot be unprotected: the Data Protection key ring in the database is not the one it was protected with.", e);
        }
    }
}

public sealed record SigningKeyView(string Kid, string Algorithm, DateTime CreatedAt, DateTime? RetiredAt);
