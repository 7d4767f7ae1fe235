using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Credits;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using Semillero.Web.Tests.Organizations;

namespace Semillero.Web.Tests.Access;

// Accelerator × accelerator on vouching codes, and everyone but operators on the program's rules and
// budget pools (operator-only: the test shows the other roles are turned away and change nothing,
// and that an operator's same write goes through).
public abstract partial class CrossOwnerWriteTests
{
    private Task<string> VouchingStateAsync(Guid organizationId) => SnapshotAsync(async db => new
    {
        Codes = await db.VouchingCodes.AsNoTracking().Where(c => c.OrganizationId == organizationId).OrderBy(c => c.Id).ToListAsync(),
    });

    private Task<string> ProgramAndPoolsStateAsync() => SnapshotAsync(async db => new
    {
        Versions = await db.CreditProgramVersions.AsNoTracking().OrderBy(v => v.Version).ToListAsync(),
        Pools = await db.CreditPools.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
    });

    private static string NextProgramJson(int version)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(CreditPrograms.ShippedJson)!;
        json["version"] = version;
        return json.ToJsonString();
    }

    [Fact]
    [CrossOwner("POST /api/organizations/{id:guid}/vouching-codes")]
    [CrossOwner("DELETE /api/organizations/{id:guid}/vouching-codes/{codeId:guid}")]
    public async Task VouchingCodesApi_AnotherOrganisationsKey_IsNotFound_AndChangesNothing()
    {
        var a = await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Uno", OrganizationKind.Aceleradora);
        await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Dos", OrganizationKind.Aceleradora);
        var keyA = await App.ClientWithKeyAsync(Semillero.Access.Roles.Aliado, "Aceleradora Uno");
        var keyB = await App.ClientWithKeyAsync(Semillero.Access.Roles.Aliado, "Aceleradora Dos");
        var created = await keyA.PostAsJsonAsync($"/api/organizations/{a}/vouching-codes", new { count = 1, acceptTerms = 1 });
        var codeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes")[0].GetProperty("id").GetGuid();
        var unknown = Guid.NewGuid();
        var before = await VouchingStateAsync(a);

        await AssertNotFoundAsForUnknownAsync(
            await keyB.PostAsJsonAsync($"/api/organizations/{a}/vouching-codes", new { count = 1, acceptTerms = 1 }),
            await keyB.PostAsJsonAsync($"/api/organizations/{unknown}/vouching-codes", new { count = 1, acceptTerms = 1 }));
        await AssertNotFoundAsForUnknownAsync(
            await keyB.DeleteAsync($"/api/organizations/{a}/vouching-codes/{codeId}"),
            await keyB.DeleteAsync($"/api/organizations/{a}/vouching-codes/{unknown}"));
        await AssertNotFoundAsForUnknownAsync(
            await keyB.GetAsync($"/api/organizations/{a}/vouching-codes"),
            await keyB.GetAsync($"/api/organizations/{unknown}/vouching-codes"));
        Assert.Equal(before, await VouchingStateAsync(a));

        // The owner can.
        Assert.Equal(HttpStatusCode.NoContent, (await keyA.DeleteAsync($"/api/organizations/{a}/vouching-codes/{codeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await keyA.PostAsJsonAsync($"/api/organizations/{a}/vouching-codes", new { count = 1, acceptTerms = 1 })).StatusCode);
    }

    [Fact]
    [CrossOwner("PAGE /organizacion/avales POST generar")]
    [CrossOwner("PAGE /organizacion/avales POST revocar")]
    public async Task VouchingPage_AnotherOrganisationsAdministrator_CannotRevokeOrGenerateForIt()
    {
        var a = await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Uno", OrganizationKind.Aceleradora);
        var b = await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Dos", OrganizationKind.Aceleradora);
        var (adminA, _) = await App.MemberAsync(a, Semillero.Access.OrganizationRoles.Administrador);
        var (adminB, _) = await App.MemberAsync(b, Semillero.Access.OrganizationRoles.Administrador);
        var created = await adminA.PostAsJsonAsync($"/api/organizations/{a}/vouching-codes", new { count = 1, acceptTerms = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var codeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes")[0].GetProperty("id").GetGuid();
        var before = await VouchingStateAsync(a);

        // B's administrator names A's code: as for a code that does not exist.
        var revoke = await PostFormAsync(adminB, "/organizacion/avales", "/organizacion/avales?handler=revocar", new() { ["codigo"] = codeId.ToString() });
        var revokeUnknown = await PostFormAsync(adminB, "/organizacion/avales", "/organizacion/avales?handler=revocar", new() { ["codigo"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(revokeUnknown.StatusCode, revoke.StatusCode);

        // Generating acts on the administrator's own organisation only: the form names no other.
        var generate = await PostFormAsync(adminB, "/organizacion/avales", "/organizacion/avales?handler=generar", new() { ["count"] = "1", ["acceptTerms"] = "1" });
        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        Assert.Equal(before, await VouchingStateAsync(a));
        await using (var db = Database.NewDb())
        {
            Assert.Equal(1, await db.VouchingCodes.CountAsync(c => c.OrganizationId == b));
        }

        // A's administrator can.
        var own = await PostFormAsync(adminA, "/organizacion/avales", "/organizacion/avales?handler=revocar", new() { ["codigo"] = codeId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.NotEqual(before, await VouchingStateAsync(a));
    }

    [Fact]
    [CrossOwner("POST /api/credits/program/versions")]
    [CrossOwner("POST /api/credits/pools")]
    [CrossOwner("PUT /api/credits/pools/{id:guid}")]
    public async Task CreditProgramApi_OtherRolesThanOperators_AreTurnedAway_AndChangeNothing()
    {
        var operador = await App.ClientWithKeyAsync(Semillero.Access.Roles.Operador);
        var pool = await operador.PostAsJsonAsync("/api/credits/pools", new { name = "2026-H1", startsOn = "2026-01-01", endsOn = "2026-06-30", amount = "500000", reason = "Semestre" });
        var poolId = (await pool.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Uno", OrganizationKind.Aceleradora);
        var intruders = new[] { await App.ClientWithKeyAsync(Semillero.Access.Roles.Aliado, "Aceleradora Uno") };
        var before = await ProgramAndPoolsStateAsync();

        foreach (var intruder in intruders)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await intruder.PostAsJsonAsync("/api/credits/program/versions", new { program = NextProgramJson(2), reason = "Intento" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await intruder.PostAsJsonAsync("/api/credits/pools", new { name = "2027-H1", startsOn = "2027-01-01", endsOn = "2027-06-30", amount = "1", reason = "Intento" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await intruder.PutAsJsonAsync($"/api/credits/pools/{poolId}", new { amount = "1", reason = "Intento" })).StatusCode);
        }

        Assert.Equal(before, await ProgramAndPoolsStateAsync());

        // An operator can.
        Assert.Equal(HttpStatusCode.Created, (await operador.PostAsJsonAsync("/api/credits/program/versions", new { program = NextProgramJson(2), reason = "Revisión" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operador.PutAsJsonAsync($"/api/credits/pools/{poolId}", new { amount = "600000", reason = "Ampliación" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await operador.PostAsJsonAsync("/api/credits/pools", new { name = "2026-H2", startsOn = "2026-07-01", endsOn = "2026-12-31", amount = "1", reason = "Semestre" })).StatusCode);
    }

    [Fact]
    [CrossOwner("PAGE /operacion/creditos/programa POST editar")]
    [CrossOwner("PAGE /operacion/creditos/programa POST json")]
    [CrossOwner("PAGE /operacion/creditos/bolsas POST crear")]
    [CrossOwner("PAGE /operacion/creditos/bolsas POST monto")]
    public async Task CreditProgramPages_OtherRolesThanOperators_AreTurnedAway_AndChangeNothing()
    {
        var org = await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Uno", OrganizationKind.Aceleradora);
        var (aliado, _) = await App.MemberAsync(org, Semillero.Access.OrganizationRoles.Administrador);
        var analyst = await App.SignedInAsync(Semillero.Access.Roles.Analista);
        var operador = await App.SignedInAsync(Semillero.Access.Roles.Operador);
        var seeded = await PostFormAsync(operador, "/operacion/creditos/bolsas", "/operacion/creditos/bolsas?handler=crear",
            new() { ["name"] = "2026-H1", ["startsOn"] = "2026-01-01", ["endsOn"] = "2026-06-30", ["amount"] = "500000", ["reason"] = "Semestre" });
        Assert.Equal(HttpStatusCode.Redirect, seeded.StatusCode);
        Guid poolId;
        await using (var db = Database.NewDb())
        {
            poolId = (await db.CreditPools.SingleAsync()).Id;
        }

        var forms = new (string Action, Dictionary<string, string> Fields)[]
        {
            ("/operacion/creditos/programa?handler=editar", new() { ["tope"] = "1", ["motivo"] = "Intento" }),
            ("/operacion/creditos/programa?handler=json", new() { ["programa"] = NextProgramJson(2), ["motivoJson"] = "Intento" }),
            ("/operacion/creditos/bolsas?handler=crear", new() { ["name"] = "2027-H1", ["startsOn"] = "2027-01-01", ["endsOn"] = "2027-06-30", ["amount"] = "1", ["reason"] = "Intento" }),
            ("/operacion/creditos/bolsas?handler=monto", new() { ["bolsa"] = poolId.ToString(), ["montoNuevo"] = "1", ["motivoCambio"] = "Intento" }),
        };
        var before = await ProgramAndPoolsStateAsync();
        foreach (var (browser, tokenPage) in new[] { (aliado, "/organizacion"), (analyst, "/operacion/avance") })
        {
            foreach (var (action, fields) in forms)
            {
                AssertTurnedAway(await PostFormAsync(browser, tokenPage, action, fields));
            }
        }

        Assert.Equal(before, await ProgramAndPoolsStateAsync());

        // An operator can.
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(operador, "/operacion/creditos/bolsas", forms[3].Action,
            new() { ["bolsa"] = poolId.ToString(), ["montoNuevo"] = "600000", ["motivoCambio"] = "Ampliación" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(operador, "/operacion/creditos/bolsas", forms[2].Action, forms[2].Fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(operador, "/operacion/creditos/programa", forms[1].Action,
            new() { ["programa"] = NextProgramJson(2), ["motivoJson"] = "Revisión" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(operador, "/operacion/creditos/programa", forms[0].Action, EditFields("Tope mayor"))).StatusCode);
    }

    // The edit form as the page fills it, with the cap raised and a reason.
    private static Dictionary<string, string> EditFields(string reason) => new()
    {
        ["tope"] = "150,000", ["vigencia"] = "24", ["diasCodigo"] = "90", ["antiguedad"] = "5", ["etapas"] = "Semilla", ["egresado"] = "true",
        ["nivel-base-monto"] = "5,000", ["nivel-aliado-monto"] = "100,000", ["nivel-aliado-revision"] = "true", ["nivel-aliado-aval"] = "true",
        ["margen"] = "20", ["motivo"] = reason,
    };
}
