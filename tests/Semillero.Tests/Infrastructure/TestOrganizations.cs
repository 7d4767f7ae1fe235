using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Organizations;

namespace Semillero.Tests.Infrastructure;

// Partners act for organisations: a test that names a partner gets a verified organisation of that
// name, created the first time it is named.
public static class TestOrganizations
{
    public static async Task<Guid> EnsureAsync(IServiceProvider services, string name, OrganizationKind kind = OrganizationKind.Proveedor, bool verified = true)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var existing = await db.Organizations.Where(o => o.Name == name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var now = TestClock.Now.UtcDateTime;
        var organization = new Organization
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Name = name,
            LegalName = $"{name}, A.C.",
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = "prueba",
            VerifiedAt = verified ? now : null,
            VerifiedBy = verified ? "prueba" : null,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        services.GetRequiredService<IPartnerDirectory>().Invalidate();
        return organization.Id;
    }

    // The partner key of the organisation with this name (created as EnsureAsync does).
    public static async Task<string> KeyAsync(IServiceProvider services, string name) => PartnerKey.Of(await EnsureAsync(services, name));

    // Binds an API key to the named organisation, as an organisation's administrator creates it.
    public static async Task BindKeyAsync(IServiceProvider services, string keyId, string organizationName)
    {
        var organization = await EnsureAsync(services, organizationName);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(s => s.SetProperty(k => k.OrganizationId, organization));
    }
}
