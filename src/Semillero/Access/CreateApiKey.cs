using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Access;

public abstract record CreateApiKeyOutcome
{
    // Token is ID.SECRET, the only time the secret exists outside the caller's hands.
    public sealed record Created(string Id, string Name, string Role, string Token, Guid? OrganizationId = null) : CreateApiKeyOutcome;

    public sealed record Invalid(string Field, IdRejection Reason) : CreateApiKeyOutcome;
}

public sealed class CreateApiKey(SemilleroDb db, ICompanyLookup companies, IOrganizationLookup organizations, TimeProvider clock)
{
    public Task<CreateApiKeyOutcome> RunAsync(string role, string name, CancellationToken ct) => RunAsync(role, name, companyRfc: null, organization: null, ct);

    public Task<CreateApiKeyOutcome> RunAsync(string role, string name, string? companyRfc, CancellationToken ct) => RunAsync(role, name, companyRfc, organization: null, ct);

    // An empresa key is bound to one company (by its RFC) and acts only for it; an aliado key to one
    // verified organisation (by its id or exact name), whose partner key its records are kept under.
    public async Task<CreateApiKeyOutcome> RunAsync(string role, string name, string? companyRfc, string? organization, CancellationToken ct)
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

        if (PartnerKey.TryParse(trimmedName, out _))
        {
            // Operators' keys are kept under their name where partners are kept as strings; 32 hex
            // digits would read as an organisation's partner key (PartnerKey).
            return new CreateApiKeyOutcome.Invalid("name", new IdRejection("format",
                "El nombre de la llave no puede ser 32 dígitos hexadecimales: se leería como la clave de una organización.",
                "The key's name cannot be 32 hexadecimal digits: it would read as an organisation's key."));
        }

        Guid? organizationId = null;
        if (normalizedRole == Roles.Aliado)
        {
            var wanted = organization?.Trim();
            if (string.IsNullOrEmpty(wanted))
            {
                return new CreateApiKeyOutcome.Invalid("organization", new IdRejection("required",
                    "Una llave de aliado necesita la organización para la que actúa (su id o su nombre exacto).",
                    "A partner key needs the organisation it acts for (its id or exact name)."));
            }

            var found = await organizations.FindAsync(wanted, ct);
            if (found is null)
            {
                return new CreateApiKeyOutcome.Invalid("organization", new IdRejection("unknown",
                    $"No hay una organización «{wanted}»; regístrela primero (POST /api/organizations o /aliados/registro).",
                    $"There is no organisation «{wanted}»; register it first (POST /api/organizations or /aliados/registro)."));
            }

            if (!found.Verified)
            {
                return new CreateApiKeyOutcome.Invalid("organization", new IdRejection("unverified",
                    $"«{found.Name}» aún no está verificada: una organización tiene llaves cuando el equipo del programa la verifica.",
                    $"«{found.Name}» is not verified yet: an organisation gets keys once the program team verifies it."));
            }

            organizationId = found.Id;
        }
        else if (!string.IsNullOrWhiteSpace(organization))
        {
            return new CreateApiKeyOutcome.Invalid("organization", new IdRejection("role",
                "Solo las llaves de aliado llevan organización.", "Only partner keys carry an organisation."));
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
            OrganizationId = organizationId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return new CreateApiKeyOutcome.Created(id, trimmedName, normalizedRole, $"{id}.{secret}", organizationId);
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
