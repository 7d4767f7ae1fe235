using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using Semillero.Web.Tests.Organizations;
using static Semillero.Web.Tests.Infrastructure.ApiResponses;

namespace Semillero.Web.Tests.Credits;

// The program's rules, budget pools and vouching codes over HTTP: the operators' pages and the
// organisations' page in Spanish and English, the forms without JavaScript, and the API's answers
// (problem+json for every refusal).
public abstract partial class CreditProgramWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CreditProgramWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditProgramWebTests(DatabaseProvider.Postgres);

    private const string ProgramPage = "/operacion/creditos/programa";
    private const string PoolsPage = "/operacion/creditos/bolsas";
    private const string VouchPage = "/organizacion/avales";

    private static async Task<string> EnglishAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // Posts a page's form as a browser would, with the page's antiforgery token.
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var content = fields.Append(new("__RequestVerificationToken", People.AntiforgeryToken(html))).ToList();
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(content));
    }

    private static List<KeyValuePair<string, string>> ProgramForm(string cap, string? reason, params (string Key, string Value)[] overrides)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("tope", cap), new("vigencia", "24"), new("diasCodigo", "90"), new("antiguedad", "5"),
            new("etapas", "Idea"), new("etapas", "PreSemilla"), new("etapas", "Semilla"),
            new("egresado", "true"),
            new("nivel-base-monto", "5,000"),
            new("nivel-aliado-monto", "100,000"), new("nivel-aliado-revision", "true"), new("nivel-aliado-aval", "true"),
            new("margen", "15"),
        };
        if (reason is not null)
        {
            fields.Add(new("motivo", reason));
        }

        foreach (var (key, value) in overrides)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return fields;
    }

    private async Task<(Guid Id, HttpClient Admin)> AcceleratorAsync(string name, OrganizationKind kind = OrganizationKind.Aceleradora, string role = OrganizationRoles.Administrador)
    {
        var id = await TestOrganizations.EnsureAsync(App.Services, name, kind);
        return (id, (await App.MemberAsync(id, role)).Browser);
    }

    private static string[] Codes(string html) => [.. CodeRegex().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<code class=\"vouch-code\"[^>]*>([A-Z0-9-]+)</code>")]
    private static partial Regex CodeRegex();

    [Fact]
    public async Task ProgramPage_Operator_ShowsTheRulesInForce_InSpanishAndEnglish()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var es = await operador.GetStringAsync(ProgramPage);
        var en = await EnglishAsync(operador, ProgramPage);

        Assert.Contains("Reglas del programa de créditos", es, StringComparison.Ordinal);
        Assert.Contains("USD 100,000", es, StringComparison.Ordinal);
        Assert.Contains("USD 5,000", es, StringComparison.Ordinal);
        Assert.Contains("Pre-semilla", es, StringComparison.Ordinal);
        Assert.Contains("Equipo y formación", es, StringComparison.Ordinal);
        Assert.Contains("más de 20 puntos", es, StringComparison.Ordinal);
        Assert.Contains("Credit program rules", en, StringComparison.Ordinal);
        Assert.Contains("Team and training", en, StringComparison.Ordinal);
        Assert.Contains("Pre-seed", en, StringComparison.Ordinal);
        Assert.Contains("more than 20 points", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/operacion/creditos/programa\"", await operador.GetStringAsync("/operacion"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramPage_EditForm_PublishesTheNextVersionBuiltFromTheCurrentOne()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var response = await PostFormAsync(operador, ProgramPage, "editar", ProgramForm("120,000", "Tope mayor y sin Serie A"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var program = JsonNode.Parse(await App.CreateClient().GetStringAsync("/api/credits/program"))!;
        Assert.Equal(2, (int)program["version"]!);
        Assert.Equal(12_000_000, (long)program["lifetimeCapCents"]!);
        Assert.Equal(15, (int)program["review"]!["thirdReviewerMargin"]!);
        Assert.Equal<string>(["Idea", "PreSemilla", "Semilla"], program["eligibility"]!["stages"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(5, program["review"]!["rubric"]!.AsArray().Count);
        var page = await operador.GetStringAsync(ProgramPage);
        Assert.Contains("USD 120,000", page, StringComparison.Ordinal);
        Assert.Contains("Tope mayor y sin Serie A", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramPage_EditForm_WithoutReasonOrWithATierAboveTheCap_ShowsTheProblems_AndPublishesNothing()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var noReason = await PostFormAsync(operador, ProgramPage, "editar", ProgramForm("120,000", null));
        var aboveCap = await PostFormAsync(operador, ProgramPage, "editar", ProgramForm("50,000", "Tope menor", ("nivel-aliado-monto", "100,000")));

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Indique el motivo del cambio", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var html = await aboveCap.Content.ReadAsStringAsync();
        Assert.Contains("La versión no se publicó", html, StringComparison.Ordinal);
        Assert.Contains("no exceder el tope por empresa", html, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False(await db.CreditProgramVersions.AnyAsync());
    }

    [Fact]
    public async Task ProgramPage_JsonForm_PublishesAWholeProgram_AndRefusesABrokenOne()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        var json = JsonNode.Parse(CreditPrograms.ShippedJson)!;
        json["version"] = 2;
        json["review"]!["rubric"]![0]!["nameEs"] = "Equipo fundador";

        var broken = await PostFormAsync(operador, ProgramPage, "json", [new("programa", "{ \"version\": 2 "), new("motivoJson", "Rúbrica")]);
        var published = await PostFormAsync(operador, ProgramPage, "json", [new("programa", json.ToJsonString()), new("motivoJson", "Nombre del criterio de equipo")]);

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("JSON no válido", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Equipo fundador", await operador.GetStringAsync(ProgramPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramApi_AnyoneReadsTheRules_OperatorsPublish_AndRefusalsAreProblems()
    {
        var anonymous = App.CreateClient();
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var aliado = await App.ClientWithKeyAsync(Roles.Aliado, "Aceleradora Norte");
        var current = await anonymous.GetStringAsync("/api/credits/program");
        var next = JsonNode.Parse(current)!;
        next["version"] = 2;
        next["awardValidityMonths"] = 18;

        var refused = await operador.PostAsJsonAsync("/api/credits/program/versions", new { program = next, reason = "" });
        var forbidden = await aliado.PostAsJsonAsync("/api/credits/program/versions", new { program = next, reason = "Intento" });
        var created = await operador.PostAsJsonAsync("/api/credits/program/versions", new { program = next, reason = "Vigencia de 18 meses" });
        var asString = await operador.PostAsJsonAsync("/api/credits/program/versions", new { program = next.ToJsonString(), reason = "Otra vez 2" });

        Assert.Equal(1, (int)JsonNode.Parse(current)!["version"]!);
        var problem = await ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("motivo", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/credits/program/versions/2", created.Headers.Location?.OriginalString);
        Assert.Equal("Vigencia de 18 meses", (await JsonAsync(created)).GetProperty("reason").GetString());
        await ProblemAsync(asString, HttpStatusCode.BadRequest);
        Assert.Equal(18, (int)JsonNode.Parse(await anonymous.GetStringAsync("/api/credits/program/versions/2"))!["awardValidityMonths"]!);
        Assert.Equal(24, (int)JsonNode.Parse(await anonymous.GetStringAsync("/api/credits/program/versions/1"))!["awardValidityMonths"]!);
        await ProblemAsync(await anonymous.GetAsync("/api/credits/program/versions/9"), HttpStatusCode.NotFound);
        Assert.Equal(2, (await JsonAsync(await anonymous.GetAsync("/api/credits/program/versions"))).GetArrayLength());
    }

    [Fact]
    public async Task PoolsPage_OpeningAndChangingAPool_ShowsAmountAwardedLeftAndUse_InSpanishAndEnglish()
    {
        var operador = await App.SignedInAsync(Roles.Operador);

        var created = await PostFormAsync(operador, PoolsPage, "crear",
            [new("name", "2026-H1"), new("startsOn", "2026-01-01"), new("endsOn", "2026-06-30"), new("amount", "500,000"), new("reason", "Presupuesto del primer semestre")]);
        Guid id;
        await using (var db = Database.NewDb())
        {
            id = (await db.CreditPools.SingleAsync()).Id;
            await db.CreditPools.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.AwardedCents, 12_500_000));
        }

        var below = await PostFormAsync(operador, PoolsPage, "monto", [new("bolsa", id.ToString()), new("montoNuevo", "100,000"), new("motivoCambio", "Recorte")]);
        var raised = await PostFormAsync(operador, PoolsPage, "monto", [new("bolsa", id.ToString()), new("montoNuevo", "625,000"), new("motivoCambio", "Ampliación de la Secretaría")]);
        var es = await operador.GetStringAsync(PoolsPage);
        var en = await EnglishAsync(operador, PoolsPage);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, below.StatusCode);
        Assert.Contains("La bolsa ya otorgó USD 125,000", await below.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.Contains("USD 625,000", es, StringComparison.Ordinal);
        Assert.Contains("USD 500,000", es, StringComparison.Ordinal);
        Assert.Contains("20 %", es, StringComparison.Ordinal);
        Assert.Contains("Ampliación de la Secretaría", es, StringComparison.Ordinal);
        Assert.Contains("Bolsas de presupuesto", es, StringComparison.Ordinal);
        Assert.Contains("Budget pools", en, StringComparison.Ordinal);
        Assert.Contains("20%", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoolsApi_CreateOverlapAndBelowAwarded_AreAnsweredWithProblems()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        var created = await operador.PostAsJsonAsync("/api/credits/pools", new { name = "2026-H1", startsOn = "2026-01-01", endsOn = "2026-06-30", amount = "500000", reason = "Semestre" });
        var overlap = await operador.PostAsJsonAsync("/api/credits/pools", new { name = "2026-Q2", startsOn = "2026-04-01", endsOn = "2026-06-30", amount = "1000", reason = "Traslape" });
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();
        await using (var db = Database.NewDb())
        {
            await db.CreditPools.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.AwardedCents, 100_000));
        }

        var below = await operador.PutAsJsonAsync($"/api/credits/pools/{id}", new { amount = "999.99", reason = "Recorte" });
        var changed = await operador.PutAsJsonAsync($"/api/credits/pools/{id}", new { amount = "1,000", reason = "Recorte" });
        var unknown = await operador.PutAsJsonAsync($"/api/credits/pools/{Guid.NewGuid()}", new { amount = "1,000", reason = "Recorte" });
        var list = await JsonAsync(await operador.GetAsync("/api/credits/pools"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("USD 500,000", (await JsonAsync(created)).GetProperty("amount").GetString());
        var problem = await ProblemAsync(overlap, HttpStatusCode.BadRequest);
        Assert.Equal("periodo_traslapado", problem.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(100_000, (await ProblemAsync(below, HttpStatusCode.Conflict)).GetProperty("awardedCents").GetInt64());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await ProblemAsync(unknown, HttpStatusCode.NotFound);
        var pool = Assert.Single(list.EnumerateArray());
        Assert.Equal((100_000L, 100_000L, 0L, 100m), (pool.GetProperty("amountCents").GetInt64(), pool.GetProperty("awardedCents").GetInt64(),
            pool.GetProperty("leftCents").GetInt64(), pool.GetProperty("percentUsed").GetDecimal()));
    }

    [Fact]
    public async Task VouchPage_AnAcceleratorsAdministrator_AcceptsTheTerms_SeesTheCodesOnce_AndRevokesOne()
    {
        var (_, admin) = await AcceleratorAsync("Aceleradora del Bajío");

        var hub = await admin.GetStringAsync("/organizacion");
        var page = await admin.GetStringAsync(VouchPage);
        var withoutTerms = await PostFormAsync(admin, VouchPage, "generar", [new("count", "2")]);
        var generated = await PostFormAsync(admin, VouchPage, "generar", [new("count", "2"), new("notes", "Para Nube del Sur\nPara DataMAV"), new("acceptTerms", "1")]);
        var html = await generated.Content.ReadAsStringAsync();
        var codes = Codes(html);
        var later = await admin.GetStringAsync(VouchPage);

        Assert.Contains("href=\"/organizacion/avales\"", hub, StringComparison.Ordinal);
        Assert.Contains("Términos del aval", page, StringComparison.Ordinal);
        Assert.Contains("responsabilidad de su organización", page, StringComparison.Ordinal);
        Assert.Contains("90 días", page, StringComparison.Ordinal);
        Assert.Contains("Acepte los términos del aval", await withoutTerms.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(2, codes.Length);
        Assert.All(codes, c => Assert.DoesNotContain(c, later, StringComparison.Ordinal));
        Assert.Contains("Para Nube del Sur", later, StringComparison.Ordinal);
        Assert.Contains("…" + codes[0][^4..], later, StringComparison.Ordinal);

        Guid codeId;
        await using (var db = Database.NewDb())
        {
            var hash = CreditRules.HashCode(codes[0]);
            codeId = (await db.VouchingCodes.SingleAsync(c => c.CodeHash == hash)).Id;
        }

        var revoked = await PostFormAsync(admin, VouchPage, "revocar", [new("codigo", codeId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await admin.GetStringAsync(VouchPage);
        Assert.Contains("Se revocó el código que termina en " + codes[0][^4..], after, StringComparison.Ordinal);
        Assert.Contains($"data-codigo=\"{codeId}\" data-estado=\"revocado\"", after, StringComparison.Ordinal);
        var en = await EnglishAsync(admin, VouchPage);
        Assert.Contains("Vouching codes", en, StringComparison.Ordinal);
        Assert.Contains("Revoked on", en, StringComparison.Ordinal);
        Assert.Contains("is your organisation&#x27;s responsibility", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VouchPage_ATrainingProviderOrStaff_CannotGenerate_AndTheHubDoesNotLinkIt()
    {
        var (_, provider) = await AcceleratorAsync("Proveedor de Nube", OrganizationKind.Proveedor);
        var (_, staff) = await AcceleratorAsync("Fondo Semilla", OrganizationKind.Inversion, OrganizationRoles.Personal);

        Assert.DoesNotContain("href=\"/organizacion/avales\"", await provider.GetStringAsync("/organizacion"), StringComparison.Ordinal);
        var providerPage = await provider.GetStringAsync(VouchPage);
        Assert.Contains("avales-no-aplica", providerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=generar", providerPage, StringComparison.Ordinal);
        Assert.Contains("avales-solo-administradores", await staff.GetStringAsync(VouchPage), StringComparison.Ordinal);
        var attempt = await PostFormAsync(provider, VouchPage, "generar", [new("count", "1"), new("acceptTerms", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, attempt.StatusCode);
        await using var db = Database.NewDb();
        Assert.False(await db.VouchingCodes.AnyAsync());
    }

    [Fact]
    public async Task VouchingApi_TheOrganisationsKey_GeneratesListsAndRevokes_AndRefusalsAreProblems()
    {
        var org = await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Sur", OrganizationKind.Aceleradora);
        var key = await App.ClientWithKeyAsync(Roles.Aliado, "Aceleradora Sur");
        var url = $"/api/organizations/{org}/vouching-codes";

        var noTerms = await key.PostAsJsonAsync(url, new { count = 2 });
        var tooMany = await key.PostAsJsonAsync(url, new { count = 21, acceptTerms = 1 });
        var created = await key.PostAsJsonAsync(url, new { count = 2, notes = new List<string> { "Startup Uno" }, acceptTerms = 1 });
        var body = await JsonAsync(created);
        var first = body.GetProperty("codes")[0];
        var codeId = first.GetProperty("id").GetGuid();
        var revoked = await key.DeleteAsync($"{url}/{codeId}");
        var again = await key.DeleteAsync($"{url}/{codeId}");
        var listed = await key.GetStringAsync(url);

        Assert.Equal("acceptTerms", (await ProblemAsync(noTerms, HttpStatusCode.BadRequest)).GetProperty("reasons")[0].GetProperty("field").GetString());
        await ProblemAsync(tooMany, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, body.GetProperty("codes").GetArrayLength());
        Assert.Equal("Startup Uno", first.GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal("codigo_revocado", (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.DoesNotContain(first.GetProperty("code").GetString()!, listed, StringComparison.Ordinal);
        var items = JsonDocument.Parse(listed).RootElement;
        Assert.Equal(2, items.GetArrayLength());
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("id").GetGuid() == codeId && i.GetProperty("status").GetString() == "revocado");
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("status").GetString() == "vigente");

        var providerOrg = await TestOrganizations.EnsureAsync(App.Services, "Proveedor Uno", OrganizationKind.Proveedor);
        var providerKey = await App.ClientWithKeyAsync(Roles.Aliado, "Proveedor Uno");
        var notVouching = await providerKey.PostAsJsonAsync($"/api/organizations/{providerOrg}/vouching-codes", new { count = 1, acceptTerms = 1 });
        Assert.Equal("organizacion_no_avala", (await ProblemAsync(notVouching, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
    }
}
