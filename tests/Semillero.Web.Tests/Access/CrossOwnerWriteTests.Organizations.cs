using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Web.Tests.Organizations;

namespace Semillero.Web.Tests.Access;

// Organisation × organisation: an administrator of A aims at B's data, people and keys, and A's
// staff at A's; nothing of B changes, and B's things answer as if they did not exist.
public abstract partial class CrossOwnerWriteTests
{
    // Everything of organisation `id` an administrator could change.
    private Task<string> OrganizationStateAsync(Guid id) => SnapshotAsync(async db => new
    {
        Organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id),
        People = await db.Users.AsNoTracking().Where(u => u.OrganizationId == id).OrderBy(u => u.Id).Select(u => new { u.Id, u.OrganizationRole }).ToListAsync(),
        Keys = await db.ApiKeys.AsNoTracking().Where(k => k.OrganizationId == id).OrderBy(k => k.Id).Select(k => new { k.Id, k.RevokedAt }).ToListAsync(),
    });

    private async Task<string> OrganizationKeyAsync(Guid organizationId, string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CreateApiKey>().RunAsync(Roles.Aliado, name, null, organizationId.ToString(), default);
        return Assert.IsType<CreateApiKeyOutcome.Created>(outcome).Id;
    }

    [Fact]
    [CrossOwner("POST /api/organizations/{id:guid}/keys")]
    [CrossOwner("DELETE /api/organizations/{id:guid}/keys/{keyId}")]
    public async Task OrganizationKeysApi_AnotherOrganisationsAdministrator_Gets404AsForAnUnknownOne_StaffGets403()
    {
        var a = await App.RegisterOrganizationAsync("Academia A", verified: true);
        var b = await App.RegisterOrganizationAsync("Academia B", verified: true);
        var (adminA, _) = await App.MemberAsync(a, OrganizationRoles.Administrador);
        var (staffB, _) = await App.MemberAsync(b, OrganizationRoles.Personal);
        var keyB = await OrganizationKeyAsync(b, "Open edX");
        var before = await OrganizationStateAsync(b);

        await AssertNotFoundAsForUnknownAsync(
            await adminA.PostAsJsonAsync($"/api/organizations/{b}/keys", new { name = "Intrusa" }),
            await adminA.PostAsJsonAsync($"/api/organizations/{Guid.NewGuid()}/keys", new { name = "Intrusa" }));
        await AssertNotFoundAsForUnknownAsync(
            await adminA.DeleteAsync($"/api/organizations/{b}/keys/{keyB}"),
            await adminA.DeleteAsync($"/api/organizations/{b}/keys/0000000000000000"));
        await AssertNotFoundAsForUnknownAsync(
            await adminA.DeleteAsync($"/api/organizations/{a}/keys/{keyB}"),
            await adminA.DeleteAsync($"/api/organizations/{a}/keys/0000000000000000"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staffB.PostAsJsonAsync($"/api/organizations/{b}/keys", new { name = "Personal" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staffB.DeleteAsync($"/api/organizations/{b}/keys/{keyB}")).StatusCode);

        Assert.Equal(before, await OrganizationStateAsync(b));
        Assert.Equal(HttpStatusCode.Created, (await adminA.PostAsJsonAsync($"/api/organizations/{a}/keys", new { name = "Moodle" })).StatusCode);
    }

    [Fact]
    [CrossOwner("PAGE /organizacion/llaves POST crear")]
    [CrossOwner("PAGE /organizacion/llaves POST revocar")]
    public async Task OrganizationKeysPage_AnAdministratorCannotRevokeAnotherOrganisationsKey_NorStaffCreateOne()
    {
        const string Page = "/organizacion/llaves";
        var a = await App.RegisterOrganizationAsync("Academia A", verified: true);
        var b = await App.RegisterOrganizationAsync("Academia B", verified: true);
        var (adminA, _) = await App.MemberAsync(a, OrganizationRoles.Administrador);
        var (staffB, _) = await App.MemberAsync(b, OrganizationRoles.Personal);
        var keyB = await OrganizationKeyAsync(b, "Open edX");
        var before = await OrganizationStateAsync(b);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(adminA, Page, Page + "?handler=revocar", new() { ["llave"] = keyB })).StatusCode);
        Assert.Contains("Esa llave no es de su organización.", WebUtility.HtmlDecode(await adminA.GetStringAsync(Page)), StringComparison.Ordinal);
        await PostFormAsync(staffB, Page, Page + "?handler=crear", new() { ["nombre"] = "Personal" });
        await PostFormAsync(staffB, Page, Page + "?handler=revocar", new() { ["llave"] = keyB });
        Assert.Equal(before, await OrganizationStateAsync(b));

        // An administrator's key is always its own organisation's.
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(adminA, Page, Page + "?handler=crear", new() { ["nombre"] = "Moodle" })).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(a, (await db.ApiKeys.SingleAsync(k => k.Name == "Moodle")).OrganizationId);
    }

    [Fact]
    [CrossOwner("PAGE /organizacion/miembros POST invitar")]
    [CrossOwner("PAGE /organizacion/miembros POST rol")]
    [CrossOwner("PAGE /organizacion/miembros POST quitar")]
    public async Task MembersPage_AnotherOrganisationsAdministratorCannotChangeOrRemoveItsPeople_StaffCannotInvite()
    {
        const string Page = "/organizacion/miembros";
        var a = await App.RegisterOrganizationAsync("Academia A", verified: false);
        var b = await App.RegisterOrganizationAsync("Academia B", verified: false);
        var (adminA, _) = await App.MemberAsync(a, OrganizationRoles.Administrador);
        var (staffB, staffBId) = await App.MemberAsync(b, OrganizationRoles.Personal);
        var (_, adminBId) = await App.MemberAsync(b, OrganizationRoles.Administrador);
        var before = await OrganizationStateAsync(b);

        await PostFormAsync(adminA, Page, Page + "?handler=quitar", new() { ["miembro"] = staffBId.ToString() });
        await PostFormAsync(adminA, Page, Page + "?handler=rol", new() { ["miembro"] = adminBId.ToString(), ["rol"] = OrganizationRoles.Personal });
        await PostFormAsync(staffB, Page, Page + "?handler=invitar", new() { ["nombre"] = "Intrusa", ["correo"] = "intrusa@example.com", ["rolNuevo"] = OrganizationRoles.Administrador });
        await PostFormAsync(staffB, Page, Page + "?handler=quitar", new() { ["miembro"] = adminBId.ToString() });
        await PostFormAsync(staffB, Page, Page + "?handler=rol", new() { ["miembro"] = staffBId.ToString(), ["rol"] = OrganizationRoles.Administrador });

        Assert.Equal(before, await OrganizationStateAsync(b));
        await using var db = Database.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "intrusa@example.com"));

        // An administrator's invitation joins its own organisation.
        await PostFormAsync(adminA, Page, Page + "?handler=invitar", new() { ["nombre"] = "Nueva Persona", ["correo"] = "nueva@example.com", ["rolNuevo"] = OrganizationRoles.Personal });
        Assert.Equal(a, (await db.Users.AsNoTracking().SingleAsync(u => u.Email == "nueva@example.com")).OrganizationId);
    }

    [Fact]
    [CrossOwner("PAGE /organizacion/datos POST")]
    public async Task DataPage_ChangesOnlyTheAdministratorsOwnOrganisation_StaffChangeNothing()
    {
        const string Page = "/organizacion/datos";
        var a = await App.RegisterOrganizationAsync("Academia A", verified: false);
        var b = await App.RegisterOrganizationAsync("Academia B", verified: false);
        var (adminA, _) = await App.MemberAsync(a, OrganizationRoles.Administrador);
        var (staffB, _) = await App.MemberAsync(b, OrganizationRoles.Personal);
        var before = await OrganizationStateAsync(b);
        static Dictionary<string, string> Data(string name) => new()
        {
            ["kind"] = "academia", ["name"] = name, ["legalName"] = name + ", A.C.", ["state"] = "21",
            ["contactName"] = "Persona de contacto", ["contactEmail"] = "contacto@example.com",
        };

        await PostFormAsync(staffB, Page, Page, Data("Academia B renombrada"));
        Assert.Equal(before, await OrganizationStateAsync(b));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(adminA, Page, Page, Data("Academia A renombrada"))).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal("Academia A renombrada", (await db.Organizations.SingleAsync(o => o.Id == a)).Name);
        Assert.Equal(before, await OrganizationStateAsync(b));
    }
}
