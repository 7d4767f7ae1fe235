using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Access;

public abstract record CreateApiKeyOutcome
{
    // Token is ID.SECRET, the only time the secret exists outside the caller's hands.
    public sealed record Created(string Id, string Name, string Role, string Token) : CreateApiKeyOutcome;

    public sealed record Invalid(string Field, IdRejection Reason) : CreateApiKeyOutcome;
}

public sealed class CreateApiKey(SemilleroDb db, ICompanyLookup companies, TimeProvider clock)
{
    public Task<CreateApiKeyOutcome> RunAsync(string role, string name, CancellationToken ct) => RunAsync(role, name, companyRfc: null, ct);

    // An empresa key is bound to one company (by its RFC) and acts only for it.
    public async Task<CreateApiKeyOutcome> RunAsync(string role, string name, string? companyRfc, CancellationToken ct)
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

        if (ReservedOwners.IsReserved(trimmedName))
        {
            return new CreateApiKeyOutcome.Invalid("name", ReservedOwners.Rejection(trimmedName));
        }

        Guid? companyId = null;
        if (normalizedRole == Roles.Empresa)
        {
            var rfc = companyRfc?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(rfc))
            {
                return new CreateApiKeyOutcome.Invalid("companyRfc", new IdRejection("required",
                    "Una llave de empresa necesita el RFC de la empresa para la que actúa.", "A company key needs the RFC of the company it acts for."));
            }

            companyId = await companies.FindByRfcAsync(rfc, ct);
            if (companyId is null)
            {
                return new CreateApiKeyOutcome.Invalid("companyRfc", new IdRejection("unknown",
                    $"No hay una empresa registrada con el RFC {rfc}; regístrela primero (POST /api/companies).",
                    $"There is no company registered with RFC {rfc}; register it first (POST /api/companies)."));
            }
        }
        else if (!string.IsNullOrWhiteSpace(companyRfc))
        {
            return new CreateApiKeyOutcome.Invalid("companyRfc", new IdRejection("role",
                "Solo las llaves de empresa llevan RFC.", "Only company keys carry an RFC."));
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey
        {
            Id = id,
            Name = trimmedName,
            Role = normalizedRole,
            SecretHash = ApiKeySecret.Hash(secret),
            CompanyId = companyId,
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
