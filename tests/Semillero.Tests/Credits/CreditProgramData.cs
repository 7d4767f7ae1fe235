using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Cohorts;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Credits;

// Rows and actors the tests of the program's rules, pools and vouching codes start from.
public static class CreditProgramData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    // An organisation's API key, as WebAccess builds its actor.
    public static Actor Key(Guid organizationId, string keyId = "abc123") => new($"llave:{keyId}", "Sistema de la aceleradora", Roles.Aliado, null, PartnerKey.Of(organizationId));

    // A signed-in person of the organisation (OrganizationAccess reads their account row).
    public static Actor Person(Guid userId, Guid organizationId) => new(userId.ToString(), "Coordinadora", Roles.Aliado, null, PartnerKey.Of(organizationId));

    // The shipped program renumbered, optionally changed by `edit`.
    public static string ProgramJson(int version, Action<JsonNode>? edit = null)
    {
        var json = JsonNode.Parse(CreditPrograms.ShippedJson)!;
        json["version"] = version;
        edit?.Invoke(json);
        return json.ToJsonString();
    }

    public static async Task<Guid> OrganizationAsync(SemilleroDb db, OrganizationKind kind = OrganizationKind.Aceleradora, bool verified = true, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organization = new Organization
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Name = name ?? $"Organización {Guid.NewGuid():N}"[..30],
            LegalName = "Organización de prueba, A.C.",
            Rfc = TestOrganizations.NewRfc(),
            RfcCheckDigitMatches = true,
            StateCode = "14",
            CreatedAt = Now,
            UpdatedAt = Now,
            CreatedBy = "prueba",
            VerifiedAt = verified ? Now : null,
            VerifiedBy = verified ? "prueba" : null,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    // An account in the organisation with the role (administrador or personal); its id.
    public static async Task<Guid> MemberAsync(SemilleroDb db, Guid organizationId, string role = OrganizationRoles.Administrador)
    {
        ArgumentNullException.ThrowIfNull(db);
        var email = $"aliado-{Guid.NewGuid():N}@example.com";
        var user = new User
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = "Persona de la organización",
            OrganizationId = organizationId,
            OrganizationRole = role,
            CreatedAt = Now,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static async Task<Guid> PoolAsync(SemilleroDb db, string name, DateOnly starts, DateOnly ends, long amountCents, long awardedCents = 0)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pool = new CreditPool
        {
            Id = Guid.NewGuid(),
            Name = name,
            StartsOn = starts,
            EndsOn = ends,
            AmountCents = amountCents,
            AwardedCents = awardedCents,
            CreatedAt = Now,
            CreatedBy = "prueba",
            Reason = "Presupuesto de prueba",
        };
        db.CreditPools.Add(pool);
        await db.SaveChangesAsync();
        return pool.Id;
    }

    // What an approval does to the pool (CreditLedger's conditional UPDATE), for the concurrency tests.
    public static async Task<bool> AwardAsync(SemilleroDb db, Guid poolId, long cents)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = 0;
        await CohortSeats.WithRetriesAsync(db, async () =>
            changed = await db.CreditPools.Where(p => p.Id == poolId && p.AwardedCents + cents <= p.AmountCents)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.AwardedCents, p => p.AwardedCents + cents)), default);
        return changed == 1;
    }
}
