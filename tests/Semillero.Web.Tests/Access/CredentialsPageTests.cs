using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// /operacion/credenciales as an operator uses it to connect a partner's Moodle or Open edX: create a
// key, paste the settings shown once, and revoke it when the partner leaves or the secret leaks.
public abstract partial class CredentialsPageTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CredentialsPageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CredentialsPageTests(DatabaseProvider.Postgres);

    private const string Page = "/operacion/credenciales";

    // A Moodle logstore_xapi-shaped statement: what a freshly configured partner sends first.
    private const string Statement = """
        {
          "actor": { "name": "Usuario 41", "account": { "homePage": "https://moodle.universidad.example", "name": "41" } },
          "verb": { "id": "http://id.tincanapi.com/verb/viewed", "display": { "en": "viewed" } },
          "object": { "id": "https://moodle.universidad.example/mod/page/view.php?id=7", "objectType": "Activity" }
        }
        """;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(html);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    // An aliado key names the verified organisation it acts for (one of the same name, made here).
    private async Task<HttpResponseMessage> CreateKeyAsync(HttpClient operador, string name, string role = Roles.Aliado)
    {
        var fields = new Dictionary<string, string> { ["NewKey.Role"] = role, ["NewKey.Name"] = name };
        if (role == Roles.Aliado && !string.IsNullOrWhiteSpace(name))
        {
            await using var db = Database.NewDb();
            fields["NewKey.Organization"] = (await Semillero.Tests.Infrastructure.TestOrganizations.EnsureVerifiedAsync(db, name)).ToString();
        }

        return await PostFormAsync(operador, Page + "?handler=crear", Page, fields);
    }

    private static (string Username, string Password) Shown(string html) =>
        (WebUtility.HtmlDecode(UsernameRegex().Match(html).Groups[1].Value), WebUtility.HtmlDecode(PasswordRegex().Match(html).Groups[1].Value));

    private HttpClient Lrs(string username, string password) => App.CreateClient().WithXapiCredentials(username, password);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Create_ShowsTheSecretOnce_AndItWorksAsBasicAuthForTheLrs()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var response = await CreateKeyAsync(operador, "Moodle Universidad Veracruzana");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        var (username, password) = Shown(html);
        Assert.Matches("^[0-9a-f]{16}$", username);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", password);
        // The ready-to-paste settings for Moodle and Open edX carry the endpoint and both halves.
        Assert.Contains("endpoint: http://localhost:5080/xapi/", html, StringComparison.Ordinal);
        Assert.Contains("Route URL: http://localhost:5080/xapi/", html, StringComparison.Ordinal);
        Assert.Contains($"password: {password}", html, StringComparison.Ordinal);

        var posted = await Lrs(username, password).PostAsync("/xapi/statements", Json(Statement));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        await using var db = Database.NewDb();
        // The statement is stored under the key's organisation, named by its id.
        var organization = await db.Organizations.SingleAsync(o => o.Name == "Moodle Universidad Veracruzana");
        Assert.Equal(PartnerKey.Of(organization.Id), (await db.Statements.SingleAsync()).Partner);

        // Never again: the list shows the key's id but not its secret.
        var later = await operador.GetStringAsync(Page);
        Assert.Contains(username, later, StringComparison.Ordinal);
        Assert.DoesNotContain(password, later, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Logs, line => line.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_UsesThePublicUrlForTheEndpoint()
    {
        await using var app = new SemilleroWebFactory(Database, new Dictionary<string, string?> { ["Site:PublicUrl"] = "https://semillero.example.gob.mx/" });
        var operador = await app.SignedInAsync(Roles.Operador);

        var html = await (await CreateKeyAsync(operador, "Open edX Proveedor")).Content.ReadAsStringAsync();

        Assert.Contains("Route URL: https://semillero.example.gob.mx/xapi/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutAName_ShowsTheErrorAndCreatesNothing()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var response = await CreateKeyAsync(operador, "   ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("1 a 100 caracteres", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cred-secreto", html, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task Create_OperatorRole_IsAnOperatorKey()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var (username, _) = Shown(await (await CreateKeyAsync(operador, "Tablero del programa", Roles.Operador)).Content.ReadAsStringAsync());

        await using var db = Database.NewDb();
        Assert.Equal(Roles.Operador, (await db.ApiKeys.SingleAsync(k => k.Id == username)).Role);
    }

    [Fact]
    public async Task Revoke_AfterConfirming_TheKeyGets401AtOnce()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        var (username, password) = Shown(await (await CreateKeyAsync(operador, "Moodle Universidad")).Content.ReadAsStringAsync());
        var lrs = Lrs(username, password);
        // Verified once: the key is now in the minute-long cache of verified keys.
        Assert.Equal(HttpStatusCode.OK, (await lrs.PostAsync("/xapi/statements", Json(Statement))).StatusCode);

        var confirm = await operador.GetStringAsync($"{Page}?revocar={username}");
        Assert.Contains("¿Revocar la credencial de «Moodle Universidad»?", confirm, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            // Asking is not revoking.
            Assert.Null((await db.ApiKeys.SingleAsync()).RevokedAt);
        }

        var revoked = await PostFormAsync(operador, Page + "?handler=revocar", $"{Page}?revocar={username}", new() { ["llave"] = username });

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await lrs.PostAsync("/xapi/statements", Json(Statement));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var list = await operador.GetStringAsync(Page);
        Assert.Contains($"Credencial de «Moodle Universidad» revocada ({username})", list, StringComparison.Ordinal);
        Assert.Contains("Revocada el", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"revocar={username}", list, StringComparison.Ordinal);
        await using var check = Database.NewDb();
        Assert.Equal(1, await check.Statements.CountAsync());
    }

    [Fact]
    public async Task Revoke_UnknownKey_SaysSoAndChangesNothing()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        var (username, password) = Shown(await (await CreateKeyAsync(operador, "Moodle Universidad")).Content.ReadAsStringAsync());

        var response = await PostFormAsync(operador, Page + "?handler=revocar", Page, new() { ["llave"] = "0000000000000000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("No existe esa credencial", await operador.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Lrs(username, password).PostAsync("/xapi/statements", Json(Statement))).StatusCode);
    }

    [Fact]
    public async Task Revoke_WithoutAntiforgeryToken_IsRejected()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        var (username, _) = Shown(await (await CreateKeyAsync(operador, "Moodle Universidad")).Content.ReadAsStringAsync());

        var response = await operador.PostAsync(Page + "?handler=revocar", new FormUrlEncodedContent(new Dictionary<string, string> { ["llave"] = username }));

        // Refused (the site renders its error page), never carried out.
        Assert.True((int)response.StatusCode >= 400, response.StatusCode.ToString());
        await using var db = Database.NewDb();
        Assert.Null((await db.ApiKeys.SingleAsync()).RevokedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Aprendiz)]
    [InlineData(Roles.Aliado)]
    [InlineData(Roles.Empresa)]
    [InlineData(Roles.Analista)]
    public async Task Page_OnlyOperators(string? role)
    {
        var client = role is null ? App.Browser() : await App.SignedInAsync(role);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(role is null ? "/cuenta/entrar" : "/cuenta/acceso-denegado", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_AnAliadoKey_CannotCreateKeysThroughIt()
    {
        var key = await App.ClientWithKeyAsync(Roles.Aliado);

        var response = await key.PostAsync(Page + "?handler=crear", new FormUrlEncodedContent(new Dictionary<string, string> { ["NewKey.Role"] = Roles.Operador, ["NewKey.Name"] = "x" }));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task OperationTabs_LinkToCredentialsAndLearningRecords()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var hub = await operador.GetStringAsync("/operacion");

        Assert.Contains("href=\"/operacion/credenciales\"", hub, StringComparison.Ordinal);
        Assert.Contains("href=\"/operacion/aprendizaje\"", hub, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code id=\"cred-usuario\">([^<]*)</code>")]
    private static partial Regex UsernameRegex();

    [GeneratedRegex("<code id=\"cred-secreto\">([^<]*)</code>")]
    private static partial Regex PasswordRegex();
}
