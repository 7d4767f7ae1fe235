using System.Buffers.Text;
using System.Security.Cryptography;
using Semillero.Data;
using Semillero.Identity;

namespace Semillero.Access;

public abstract record CreateApiKeyOutcome
{
    // Token is ID.SECRET, the only time the secret exists outside the caller's hands.
    public sealed record Created(string Id, string Name, string Role, string Token) : CreateApiKeyOutcome;

    public sealed record Invalid(string Field, IdRejection Reason) : CreateApiKeyOutcome;
}

public sealed class CreateApiKey(SemilleroDb db, TimeProvider clock)
{
    public async Task<CreateApiKeyOutcome> RunAsync(string role, string name, CancellationToken ct)
    {
        var normalizedRole = role.Trim().ToLowerInvariant();
        if (!Roles.ForApiKeys.Contains(normalizedRole))
        {
            var allowed = string.Join(", ", Roles.ForApiKeys);
            return new CreateApiKeyOutcome.Invalid("role", new IdRejection("role",
                $"Rol «{role}» no válido para una llave; use {allowed}.", $"Role «{role}» is not valid for a key; use {allowed}."));
        }

        var trimmedName = name.Trim();
        if (trimmedName.Length is 0 or > 100)
        {
            return new CreateApiKeyOutcome.Invalid("name", new IdRejection("required",
                "La llave necesita un nombre (1 a 100 caracteres) que diga de quién es.", "The key needs a name (1 to 100 characters) saying whose it is."));
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey
        {
            Id = id,
            Name = trimmedName,
            Role = normalizedRole,
            SecretHash = ApiKeySecret.Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return new CreateApiKeyOutcome.Created(id, trimmedName, normalizedRole, $"{id}.{secret}");
    }
}

public static class ApiKeySecret
{
    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    public static bool TrySplit(string token, out string id, out string secret)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            id = secret = "";
            return false;
        }

        id = token[..dot];
        secret = token[(dot + 1)..];
        return true;
    }
}
