using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Badges;
using Semillero.Badges.Credentials;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Tests.Completions;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Badges;

// The badge surface as verifiers, learners and operators use it: the public documents a verifier
// fetches, the credential download, the learner's list, revocation, and the verification pages'
// verdicts (valid, revoked, altered, pasted).
public abstract class BadgeWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : BadgeWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : BadgeWebTests(DatabaseProvider.Postgres);

    private CatalogFixture? _catalog;

    private sealed record Issued(Guid AwardId, Guid LearnerId, string Email, string Jwt, int StatusIndex);

    // A learner account that completed the catalog's path, and the badge issued for it.
    private async Task<Issued> IssuedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SemilleroDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        if (_catalog is null)
        {
            _catalog = await CatalogFixture.CreateAsync(db, now);
            var publish = services.GetRequiredService<PublishRule>();
            await publish.ForCourseAsync(_catalog.CourseA, new CourseRuleDraft([CatalogFixture.Completed], null, false), "Regla inicial del curso", "operador", default);
            await publish.ForCourseAsync(_catalog.CourseB, new CourseRuleDraft([CatalogFixture.Completed], null, false), "Regla inicial del curso", "operador", default);
            await publish.ForPathAsync(_catalog.PathId, new PathRuleDraft(null), "Regla de egreso de la ruta", "operador", default);
        }

        var user = await App.CreateAsync(Roles.Aprendiz);
        var learnerId = user.LearnerId!.Value;
        var award = services.GetRequiredService<AwardCourse>();
        var day = DateOnly.FromDateTime(now);
        await award.RunAsync(learnerId, _catalog.CourseA, day, "Taller presencial en Chiapas", "operador", default);
        await award.RunAsync(learnerId, _catalog.CourseB, day, "Taller presencial en Chiapas", "operador", default);
        // The host's background evaluator and issuer may get there first; both are idempotent.
        await services.GetRequiredService<EvaluatePaths>().RunPendingAsync(default);
        await services.GetRequiredService<IssueBadges>().RunPendingAsync(default);
        var row = await db.BadgeAwards.AsNoTracking().SingleAsync(a => a.LearnerId == learnerId);
        return new Issued(row.Id, learnerId, user.Email!, row.Credential, row.StatusIndex);
    }

    private static JsonObject Payload(string jwt) => (JsonObject)JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1]))!;

    private static string Tamper(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = Payload(jwt);
        payload["credentialSubject"]!["achievement"]!["name"] = "Doctorado en nube";
        return parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];
    }

    private static async Task<string> VerdictOfPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var marker = "data-veredicto=\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "no verdict on the page");
        return html[(at + marker.Length)..html.IndexOf('"', at + marker.Length)];
    }

    private static async Task<HttpResponseMessage> PasteAsync(HttpClient browser, string? jwt)
    {
        var form = await browser.GetStringAsync("/verificar");
        return await browser.PostAsync("/verificar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Credencial"] = jwt ?? "",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));
    }

    [Fact]
    public async Task PublicDocuments_JwksIssuerStatusListAndCredential_HaveTheirContentTypes()
    {
        var issued = await IssuedAsync();
        var anonymous = App.CreateClient();

        var jwks = await anonymous.GetAsync("/.well-known/jwks.json");
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
        Assert.Equal("application/jwk-set+json", jwks.Content.Headers.ContentType?.MediaType);
        var keys = JsonWebKeySet.Parse(await jwks.Content.ReadAsStringAsync());
        var kid = JsonNode.Parse(Base64Url.DecodeFromChars(issued.Jwt.Split('.')[0]))!["kid"]!.GetValue<string>();
        Assert.NotNull(keys.Find(kid));
        Assert.DoesNotContain("\"d\"", await jwks.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var issuer = await anonymous.GetAsync("/insignias/emisor");
        Assert.Equal("application/json", issuer.Content.Headers.ContentType?.MediaType);
        var profile = JsonNode.Parse(await issuer.Content.ReadAsStringAsync())!;
        Assert.Equal(Payload(issued.Jwt)["issuer"]!["id"]!.GetValue<string>(), profile["id"]!.GetValue<string>());
        Assert.Equal("Profile", profile["type"]![0]!.GetValue<string>());

        var status = await anonymous.GetAsync("/insignias/estado/1");
        Assert.Equal("application/vc+jwt", status.Content.Headers.ContentType?.MediaType);
        var statusJwt = await status.Content.ReadAsStringAsync();
        Assert.IsType<CredentialVerification.Valid>(new CredentialVerifier(TimeProvider.System).Verify(statusJwt, keys));

        var credential = await anonymous.GetAsync($"/api/badges/{issued.AwardId}/credential");
        Assert.Equal(HttpStatusCode.OK, credential.StatusCode);
        Assert.Equal("application/vc+jwt", credential.Content.Headers.ContentType?.MediaType);
        Assert.Equal(issued.Jwt, await credential.Content.ReadAsStringAsync());

        var json = await anonymous.GetAsync($"/api/badges/{issued.AwardId}/credential.json");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Nube: fundamentos", JsonNode.Parse(await json.Content.ReadAsStringAsync())!["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>());

        var missing = await anonymous.GetAsync($"/api/badges/{Guid.NewGuid()}/credential");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LearnerBadges_TheOperatorAndThePersonSeeThem_NobodyElse()
    {
        var issued = await IssuedAsync();
        var url = $"/api/learners/{issued.LearnerId}/badges";

        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador);
        var list = await operatorKey.GetFromJsonAsync<JsonArray>(url);
        Assert.Equal(issued.AwardId.ToString(), Assert.Single(list!)!["awardId"]!.GetValue<string>());

        var self = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await self.SignInAsync(issued.Email, People.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync(url)).StatusCode);

        var someoneElse = await App.SignedInAsync(Roles.Aprendiz);
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ClientWithKeyAsync(Roles.Aliado)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task RevocationApi_ValidatesTheReason_RevokesOnce_AndTheStatusListAndPageSayIt()
    {
        var issued = await IssuedAsync();
        var url = $"/api/badges/{issued.AwardId}/revocation";
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador);

        var bad = await operatorKey.PostAsJsonAsync(url, new { reason = "corto" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!["reason"]);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorKey.PostAsJsonAsync($"/api/badges/{Guid.NewGuid()}/revocation", new { reason = "Evidencia falsa del proveedor" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ClientWithKeyAsync(Roles.Aliado)).PostAsJsonAsync(url, new { reason = "Evidencia falsa del proveedor" })).StatusCode);
        Assert.Equal("valida", await VerdictOfPageAsync(await App.Browser().GetAsync($"/verificar/{issued.AwardId}")));

        var first = await operatorKey.PostAsJsonAsync(url, new { reason = "Evidencia falsa del proveedor" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(JsonNode.Parse(await first.Content.ReadAsStringAsync())!["alreadyRevoked"]!.GetValue<bool>());
        var second = await operatorKey.PostAsJsonAsync(url, new { reason = "Otra vez, con otro motivo" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.True(again["alreadyRevoked"]!.GetValue<bool>());
        Assert.Equal("Evidencia falsa del proveedor", again["reason"]!.GetValue<string>());

        var statusJwt = await App.CreateClient().GetStringAsync("/insignias/estado/1");
        var encoded = Payload(statusJwt)["credentialSubject"]!["encodedList"]!.GetValue<string>();
        Assert.True(BitstringStatusList.Decode(encoded)[issued.StatusIndex]);
        Assert.Equal("revocada", await VerdictOfPageAsync(await App.Browser().GetAsync($"/verificar/{issued.AwardId}")));
    }

    [Fact]
    public async Task AwardPage_ShowsTheVerdictAndWhatTheBadgeSays_InSpanishAndEnglish_AndAlteredStorageIsCaught()
    {
        var issued = await IssuedAsync();
        var browser = App.Browser();

        var page = await browser.GetAsync($"/verificar/{issued.AwardId}");
        Assert.Equal("valida", await VerdictOfPageAsync(page));
        // Attribute values are HTML-encoded ("+" as &#x2B;); compare what a browser reads.
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Insignia válida", html, StringComparison.Ordinal);
        Assert.Contains("Nube: fundamentos", html, StringComparison.Ordinal);
        Assert.Contains("Terminar los dos cursos.", html, StringComparison.Ordinal);
        Assert.Contains("Reconocimiento no oficial", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        Assert.Contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Nube%3A%20fundamentos", html, StringComparison.Ordinal);
        Assert.Contains($"certId={issued.AwardId}", html, StringComparison.Ordinal);
        Assert.Contains($"/api/badges/{issued.AwardId}/credential\"", html, StringComparison.Ordinal);
        Assert.Contains($"/api/badges/{issued.AwardId}/credential.json\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"http://localhost:5080/verificar/{issued.AwardId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.Email, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/operacion/insignias/", html, StringComparison.Ordinal);

        var english = await (await browser.GetAsync($"/verificar/{issued.AwardId}?culture=en")).Content.ReadAsStringAsync();
        Assert.Contains("Valid badge", english, StringComparison.Ordinal);
        Assert.Contains("Non-official recognition", english, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/verificar/{Guid.NewGuid()}")).StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            await db.BadgeAwards.Where(a => a.Id == issued.AwardId).ExecuteUpdateAsync(u => u.SetProperty(a => a.Credential, Tamper(issued.Jwt)));
        }

        var altered = await browser.GetAsync($"/verificar/{issued.AwardId}");
        Assert.Equal("alterada", await VerdictOfPageAsync(altered));
        Assert.DoesNotContain("Doctorado en nube", await altered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwardPage_UnknownAddress_SaysNotIssuedBySemillero_WithWhatToDo_AndKeeps404()
    {
        var browser = App.Browser();

        var page = await browser.GetAsync($"/verificar/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("data-veredicto=\"no-emitida\"", html, StringComparison.Ordinal);
        Assert.Contains("Esta insignia no fue emitida por Semillero", html, StringComparison.Ordinal);
        Assert.Contains("Pida a la persona", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No encontramos esta página", html, StringComparison.Ordinal);

        var english = await browser.GetAsync($"/verificar/{Guid.NewGuid()}?culture=en");
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        var englishHtml = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        Assert.Contains("This badge was not issued by Semillero", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Ask the holder", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwardPage_InEnglish_ShowsTheCatalogsEnglishWords_AndSaysTheSignedNameIsSpanish()
    {
        var issued = await IssuedAsync();
        var browser = App.Browser();

        var english = WebUtility.HtmlDecode(await (await browser.GetAsync($"/verificar/{issued.AwardId}?culture=en")).Content.ReadAsStringAsync());
        Assert.Contains("<h1>Cloud: fundamentals</h1>", english, StringComparison.Ordinal);
        Assert.Contains("Cloud computing concepts.", english, StringComparison.Ordinal);
        Assert.Contains("Complete both courses.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Terminar los dos cursos.", english, StringComparison.Ordinal);
        Assert.Contains("The signed credential names it in Spanish: “Nube: fundamentos”.", english, StringComparison.Ordinal);
        Assert.Contains(Semillero.Skills.SkillCatalog.Find("nube-computo")!.NameEn, english, StringComparison.Ordinal);

        // The same credential pasted reads the same in English; in Spanish nothing is added.
        var form = await browser.GetStringAsync("/verificar?culture=en");
        var paste = await browser.PostAsync("/verificar?culture=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Credencial"] = issued.Jwt,
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));
        var pasted = WebUtility.HtmlDecode(await paste.Content.ReadAsStringAsync());
        Assert.Contains("Cloud: fundamentals", pasted, StringComparison.Ordinal);
        var spanish = WebUtility.HtmlDecode(await (await browser.GetAsync($"/verificar/{issued.AwardId}")).Content.ReadAsStringAsync());
        Assert.Contains("<h1>Nube: fundamentos</h1>", spanish, StringComparison.Ordinal);
        Assert.Contains("Conceptos de cómputo en la nube.", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("nombre-firmado", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastePage_GivesEachVerdict_WithoutJavaScript()
    {
        var issued = await IssuedAsync();
        var browser = App.Browser();

        var valid = await PasteAsync(browser, issued.Jwt);
        Assert.Equal("valida", await VerdictOfPageAsync(valid));
        Assert.Contains($"href=\"/verificar/{issued.AwardId}\"", await valid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal("alterada", await VerdictOfPageAsync(await PasteAsync(browser, Tamper(issued.Jwt))));
        Assert.Equal("mal-formada", await VerdictOfPageAsync(await PasteAsync(browser, "esto no es una credencial")));

        // Signed well, but by a key this issuer never published.
        using var stranger = SigningKeyMaterial.Generate(JwsAlgorithm.ES256);
        var foreign = new CredentialSigner(TimeProvider.System).Sign(Payload(issued.Jwt), stranger);
        Assert.Equal("llave-desconocida", await VerdictOfPageAsync(await PasteAsync(browser, foreign)));

        var empty = await PasteAsync(browser, "  ");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Pegue la credencial para verificarla.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var operatorActor = new Actor("op", "Operadora", Roles.Operador);
            await scope.ServiceProvider.GetRequiredService<RevokeBadge>().RunAsync(issued.AwardId, "Evidencia falsa del proveedor", operatorActor, default);
        }

        Assert.Equal("revocada", await VerdictOfPageAsync(await PasteAsync(browser, issued.Jwt)));

        // Nothing about the person reaches the logs, whatever was verified or revoked.
        Assert.DoesNotContain(App.Logs, line => line.Contains(issued.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OperatorRevokePage_AsksForAReason_ThenRevokes_AndTheVerifyPageShowsIt()
    {
        var issued = await IssuedAsync();
        var operador = await App.SignedInAsync(Roles.Operador);
        var pageUrl = $"/operacion/insignias/{issued.AwardId}";

        var verify = await (await operador.GetAsync($"/verificar/{issued.AwardId}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{pageUrl}\"", verify, StringComparison.Ordinal);

        var form = await operador.GetStringAsync(pageUrl);
        var token = People.AntiforgeryToken(form);
        var tooShort = await operador.PostAsync(pageUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["motivo"] = "no", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("motivo-error", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await operador.PostAsync(pageUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["motivo"] = "Se emitió por un error de captura", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await operador.GetStringAsync(pageUrl);
        Assert.Contains("Se emitió por un error de captura", after, StringComparison.Ordinal);
        Assert.Equal("revocada", await VerdictOfPageAsync(await App.Browser().GetAsync($"/verificar/{issued.AwardId}")));

        // A learner cannot reach the revocation page.
        var learner = await App.SignedInAsync(Roles.Aprendiz);
        var denied = await learner.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/cuenta/acceso-denegado", denied.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
