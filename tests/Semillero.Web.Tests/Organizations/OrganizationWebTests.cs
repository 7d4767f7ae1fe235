using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.ApiResponses;

namespace Semillero.Web.Tests.Organizations;

// Organisations through the API and the pages, as operators, the public and an organisation's own
// people use them; every write is tried by another organisation's administrator too.
public abstract class OrganizationWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : OrganizationWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : OrganizationWebTests(DatabaseProvider.Postgres);

    private static object Body(string name, string kind = "academia", string? rfc = null, bool verified = false, string state = "21") => new
    {
        kind,
        name,
        legalName = name + ", A.C.",
        rfc = rfc ?? TestOrganizations.NewRfc(),
        state,
        website = "itsierra.example.mx",
        contactName = "Laura Pérez",
        contactEmail = "laura@itsierra.example.mx",
        contactPhone = "222 123 4567",
        verified,
    };

    private static async Task<string> PostFormAsync(HttpClient client, string page, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(await client.GetStringAsync(page));
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostOrganizations_Operator_201_400ForAPersonaFisica_409ForTheSameRfcOrName_AndOnlyVerifiedOnesArePublic()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var rfc = TestOrganizations.NewRfc();

        var created = await operador.PostAsJsonAsync("/api/organizations", Body("Instituto Tecnológico de la Sierra", rfc: rfc));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var organization = await JsonAsync(created);
        var id = organization.GetProperty("id").GetString();
        Assert.Equal($"/api/organizations/{id}", created.Headers.Location?.ToString());
        Assert.Equal(("pendiente", "academia", "https://itsierra.example.mx"), (organization.GetProperty("status").GetString(), organization.GetProperty("kind").GetProperty("code").GetString(), organization.GetProperty("website").GetString()));

        var sameRfc = await ProblemAsync(await operador.PostAsJsonAsync("/api/organizations", Body("Otro nombre", rfc: rfc)), HttpStatusCode.Conflict);
        Assert.Equal("rfc", sameRfc.GetProperty("field").GetString());
        var sameName = await ProblemAsync(await operador.PostAsJsonAsync("/api/organizations", Body("instituto tecnológico de la sierra")), HttpStatusCode.Conflict);
        Assert.Equal("name", sameName.GetProperty("field").GetString());
        var fisica = await ProblemAsync(await operador.PostAsJsonAsync("/api/organizations", Body("Persona", rfc: "GOMA800101AB" + Rfc.CheckDigit("GOMA800101AB"))), HttpStatusCode.BadRequest);
        Assert.Contains("persona física", fisica.GetProperty("errors").GetProperty("rfc")[0].GetString(), StringComparison.Ordinal);

        // Pending: not in the public list nor readable by anyone else; verified: both.
        var anonymous = App.CreateClient();
        Assert.Equal(0, (await JsonAsync(await anonymous.GetAsync("/api/organizations"))).GetArrayLength());
        await ProblemAsync(await anonymous.GetAsync($"/api/organizations/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await operador.PostAsync($"/api/organizations/{id}/verify", null)).StatusCode);
        await operador.PostAsJsonAsync("/api/organizations", Body("Fondo Semilla", kind: "inversion", verified: true, state: "19"));

        var all = await JsonAsync(await anonymous.GetAsync("/api/organizations"));
        Assert.Equal(["Fondo Semilla", "Instituto Tecnológico de la Sierra"], all.EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var academia = await JsonAsync(await anonymous.GetAsync("/api/organizations?kind=academia&state=21"));
        Assert.Equal(id, Assert.Single(academia.EnumerateArray()).GetProperty("id").GetString());
        var publicView = await JsonAsync(await anonymous.GetAsync($"/api/organizations/{id}"));
        Assert.False(publicView.TryGetProperty("rfc", out _));
        Assert.False(publicView.TryGetProperty("contactEmail", out _));
        await ProblemAsync(await anonymous.GetAsync("/api/organizations?kind=banco"), HttpStatusCode.BadRequest);

        var rejected = await operador.PostAsJsonAsync($"/api/organizations/{id}/reject", new { reason = "La constancia no coincide con la razón social." });
        Assert.Equal("rechazada", (await JsonAsync(rejected)).GetProperty("status").GetString());
        Assert.Single((await JsonAsync(await anonymous.GetAsync("/api/organizations"))).EnumerateArray());
    }

    [Fact]
    public async Task PostKeys_AliadoKeyWithoutAVerifiedOrganisation_Is400NamingTheField()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var pending = await App.RegisterOrganizationAsync("Academia Pendiente", verified: false);

        var without = await ProblemAsync(await operador.PostAsJsonAsync("/api/keys", new { role = "aliado", name = "Moodle" }), HttpStatusCode.BadRequest);
        var unverified = await ProblemAsync(await operador.PostAsJsonAsync("/api/keys", new { role = "aliado", name = "Moodle", organization = pending.ToString() }), HttpStatusCode.BadRequest);
        var verified = await App.RegisterOrganizationAsync("Academia Verificada", verified: true);
        var ok = await operador.PostAsJsonAsync("/api/keys", new { role = "aliado", name = "Moodle", organization = "Academia Verificada" });

        Assert.True(without.GetProperty("errors").TryGetProperty("organization", out _));
        Assert.Contains("verificada", unverified.GetProperty("errors").GetProperty("organization")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(verified, (await db.ApiKeys.SingleAsync(k => k.Role == Roles.Aliado)).OrganizationId);
    }

    [Fact]
    public async Task Registro_ThenOperatorVerifies_TheHubShowsEachStatus_AndTheDirectoryListsIt()
    {
        var visitor = App.Browser();
        var rfc = TestOrganizations.NewRfc();
        var registered = await PostFormAsync(visitor, "/aliados/registro", "/aliados/registro", new()
        {
            ["kind"] = "aceleradora",
            ["name"] = "Impulso Bajío",
            ["legalName"] = "Impulso Emprendedor del Bajío, A.C.",
            ["rfc"] = rfc,
            ["state"] = "22",
            ["contactName"] = "Laura Pérez",
            ["contactEmail"] = "laura@impulso.example",
            ["password"] = "una-frase-bastante-larga",
            ["aviso"] = "true",
        });
        Assert.Contains("Confirme su correo", registered, StringComparison.Ordinal);

        // The persona física RFC is refused on the form with the reason.
        var fisica = await PostFormAsync(App.Browser(), "/aliados/registro", "/aliados/registro", new() { ["rfc"] = "GOMA800101AB" + Rfc.CheckDigit("GOMA800101AB") });
        Assert.Contains("es el RFC de una persona física", fisica, StringComparison.Ordinal);

        Guid id;
        await using (var db = Database.NewDb())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "laura@impulso.example");
            user.EmailConfirmed = true;
            await db.SaveChangesAsync();
            id = user.OrganizationId!.Value;
        }

        var admin = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("laura@impulso.example", "una-frase-bastante-larga")).StatusCode);
        Assert.Contains("Su organización espera la verificación", WebUtility.HtmlDecode(await admin.GetStringAsync("/organizacion")), StringComparison.Ordinal);
        Assert.DoesNotContain("Impulso Bajío", WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/aliados")), StringComparison.Ordinal);

        var operador = await App.SignedInAsync(Roles.Operador);
        var queue = WebUtility.HtmlDecode(await operador.GetStringAsync("/operacion/aliados"));
        Assert.Contains("Impulso Bajío", queue, StringComparison.Ordinal);
        var rejected = await PostFormAsync(operador, "/operacion/aliados", "/operacion/aliados?handler=rechazar", new() { ["organizacion"] = id.ToString(), ["motivo"] = "La razón social no coincide con la constancia." });
        Assert.Contains("no verificada", rejected, StringComparison.Ordinal);
        var hub = WebUtility.HtmlDecode(await admin.GetStringAsync("/organizacion"));
        Assert.Contains("Su organización no fue verificada", hub, StringComparison.Ordinal);
        Assert.Contains("La razón social no coincide con la constancia.", hub, StringComparison.Ordinal);

        var verified = await PostFormAsync(operador, $"/operacion/aliados/{id}", "/operacion/aliados?handler=verificar", new() { ["organizacion"] = id.ToString(), ["volver"] = "detalle" });
        Assert.Contains("ya aparece en el directorio", verified, StringComparison.Ordinal);
        Assert.Contains("Organización verificada", WebUtility.HtmlDecode(await admin.GetStringAsync("/organizacion")), StringComparison.Ordinal);
        var directory = WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/aliados?tipo=aceleradora&estado=22"));
        Assert.Contains($"/aliados/{id}", directory, StringComparison.Ordinal);
        Assert.DoesNotContain($"/aliados/{id}", WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/aliados?tipo=academia")), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await App.Browser().GetStringAsync($"/aliados/{id}"));
        Assert.Contains("Impulso Bajío", page, StringComparison.Ordinal);
        Assert.DoesNotContain(rfc, page, StringComparison.Ordinal);
        Assert.DoesNotContain("laura@impulso.example", page, StringComparison.Ordinal);
    }
}
