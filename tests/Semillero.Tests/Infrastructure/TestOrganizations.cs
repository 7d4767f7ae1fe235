using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Organizations;

namespace Semillero.Tests.Infrastructure;

// Organisations for tests that need one: an aliado key must name a verified organisation.
public static class TestOrganizations
{
    // A persona moral's RFC with a valid check digit, different on every call.
    public static string NewRfc()
    {
        const string letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
        const string homoclave = "123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        var r = Random.Shared;
        var day = new DateOnly(1990, 1, 1).AddDays(r.Next(0, 12_000));
        var body = string.Concat(letters[r.Next(letters.Length)], letters[r.Next(letters.Length)], letters[r.Next(letters.Length)])
            + day.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            + homoclave[r.Next(homoclave.Length)] + homoclave[r.Next(homoclave.Length)];
        return body + Rfc.CheckDigit(body);
    }

    public static OrganizationInput Input(string name, OrganizationKind kind = OrganizationKind.Proveedor, string? rfc = null, string state = "14") =>
        new(OrganizationRules.Wire(kind), name, name + ", A.C.", rfc ?? NewRfc(), state, null, "Persona de contacto", "contacto@example.com", null);

    // The organisation called `name`, created verified if there is none yet.
    public static async Task<Guid> EnsureVerifiedAsync(SemilleroDb db, string name, OrganizationKind kind = OrganizationKind.Proveedor)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Organizations.Where(o => o.Name == name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }

        // Stored as is, not through the rules: tests name their keys freely ("Proveedor", "A").
        var now = TestClock.Now.UtcDateTime;
        var organization = new Organization
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Name = name,
            LegalName = name + ", A.C.",
            Rfc = NewRfc(),
            RfcCheckDigitMatches = true,
            StateCode = "14",
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = "prueba",
            VerifiedAt = now,
            VerifiedBy = "prueba",
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }

    // The verified organisation called `name` (created if there is none), through the services: the
    // partner directory forgets its names so pages show the new one at once.
    public static async Task<Guid> EnsureAsync(IServiceProvider services, string name, OrganizationKind kind = OrganizationKind.Proveedor)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var id = await EnsureVerifiedAsync(scope.ServiceProvider.GetRequiredService<SemilleroDb>(), name, kind);
        services.GetRequiredService<IPartnerDirectory>().Invalidate();
        return id;
    }

    // The partner key of the organisation called `name` (Access/PartnerKey), as the registry keeps it.
    public static async Task<string> KeyAsync(IServiceProvider services, string name) => PartnerKey.Of(await EnsureAsync(services, name));

    // A key of the role named `name`; an aliado key acts for the verified organisation of that name
    // (created if there is none), as operators create them.
    public static async Task<CreateApiKeyOutcome.Created> CreateKeyAsync(IServiceProvider services, string role, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        string? organization = null;
        if (role.Trim().Equals(Roles.Aliado, StringComparison.OrdinalIgnoreCase))
        {
            organization = (await EnsureAsync(services, name.Trim())).ToString();
        }

        var outcome = await services.GetRequiredService<CreateApiKey>().RunAsync(role, name, companyRfc: null, organization, default);
        return outcome as CreateApiKeyOutcome.Created ?? throw new InvalidOperationException(outcome.ToString());
    }

    // The same on a bare context, for tests that build the use case themselves.
    public static async Task<CreateApiKeyOutcome.Created> CreateKeyAsync(SemilleroDb db, TimeProvider clock, string role, string name)
    {
        ArgumentNullException.ThrowIfNull(db);
        string? organization = null;
        if (role.Trim().Equals(Roles.Aliado, StringComparison.OrdinalIgnoreCase))
        {
            organization = (await EnsureVerifiedAsync(db, name.Trim())).ToString();
        }

        var outcome = await new CreateApiKey(db, new Semillero.Companies.CompanyLookup(db), new OrganizationLookup(db), clock).RunAsync(role, name, null, organization, default);
        return outcome as CreateApiKeyOutcome.Created ?? throw new InvalidOperationException(outcome.ToString());
    }
}
