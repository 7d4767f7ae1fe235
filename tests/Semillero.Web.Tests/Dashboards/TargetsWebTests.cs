using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Dashboards;

// The program's targets as operators revise them (API and page, always with a reason) and analysts
// read them with their history.
public abstract class TargetsWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : TargetsWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : TargetsWebTests(DatabaseProvider.Postgres);

    private static object Total(long people, string? reason) =>
        new { metric = "inscritas", year = (int?)null, scope = "total", scopeValue = (string?)null, people, dueOn = "2028-12-31", reason };

    [Fact]
    public async Task Operator_RevisesTheTotal_AnalystsReadTheCurrentVersionAndItsHistory()
    {
        var operatorApi = await App.ClientWithKeyAsync(Roles.Operador, "Tablero de operación");
        var first = await operatorApi.PostAsJsonAsync("/api/targets", Total(495_000, "Meta anunciada en el lanzamiento"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var v1 = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        var key = v1.GetProperty("key").GetString()!;
        Assert.Equal("inscritas:total:total:", key);

        var second = await operatorApi.PostAsJsonAsync("/api/targets", Total(450_000, "Ajuste por el presupuesto 2026"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal($"/api/targets/history?key={Uri.EscapeDataString(key)}", second.Headers.Location?.ToString());

        var analyst = await App.SignedInAsync(Roles.Analista);
        var current = await analyst.GetFromJsonAsync<JsonElement>("/api/targets");
        var line = Assert.Single(current.EnumerateArray());
        Assert.Equal(2, line.GetProperty("version").GetInt32());
        Assert.Equal(450_000, line.GetProperty("people").GetInt64());
        Assert.Equal("Ajuste por el presupuesto 2026", line.GetProperty("reason").GetString());
        Assert.Equal("Tablero de operación", line.GetProperty("createdBy").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("year").ValueKind);
        Assert.Equal("2028-12-31", line.GetProperty("dueOn").GetString());
        Assert.Equal(0, line.GetProperty("achieved").GetInt64());
        Assert.Equal(0, line.GetProperty("percent").GetDouble());

        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/targets/history?key={Uri.EscapeDataString(key)}");
        Assert.Equal([2, 1], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["Ajuste por el presupuesto 2026", "Meta anunciada en el lanzamiento"], history.EnumerateArray().Select(v => v.GetProperty("reason").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/api/targets/history?key=egresadas:total:total:")).StatusCode);
    }

    [Fact]
    public async Task MissingReason_Is400WithTheField_InSpanishAndEnglish()
    {
        var operatorApi = await App.ClientWithKeyAsync(Roles.Operador);
        var response = await operatorApi.PostAsJsonAsync("/api/targets", Total(0, null));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Escriba el motivo", problem.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("people", out _));
        var reason = problem.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("field").GetString() == "reason");
        Assert.StartsWith("Write the reason", reason.GetProperty("en").GetString(), StringComparison.Ordinal);

        var badWire = await operatorApi.PostAsJsonAsync("/api/targets", new { metric = "vacantes", scope = "planeta", people = 10, dueOn = "31/12/2028", reason = "Motivo suficiente" });
        var fields = (await badWire.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(fields.TryGetProperty("metric", out _) && fields.TryGetProperty("scope", out _) && fields.TryGetProperty("dueOn", out _));

        await using var db = Database.NewDb();
        Assert.False(await db.KpiTargets.AnyAsync());
    }

    [Fact]
    public async Task OnlyOperatorsRevise_AnonymousIsTurnedAway()
    {
        var analyst = await App.SignedInAsync(Roles.Analista);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/targets", Total(10, "Intento de una analista"))).StatusCode);

        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/targets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/targets", Total(10, "Intento anónimo"))).StatusCode);
        var page = await App.Browser().GetAsync("/operacion/metas");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/cuenta/entrar", page.Headers.Location?.ToString(), StringComparison.Ordinal);

        var learner = await App.SignedInAsync(Roles.Aprendiz);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/targets")).StatusCode);

        await using var db = Database.NewDb();
        Assert.False(await db.KpiTargets.AnyAsync());
    }

    [Fact]
    public async Task EnglishPages_NameTheLineTheDateAndTheReasonInEnglish()
    {
        var operatorApi = await App.ClientWithKeyAsync(Roles.Operador);
        var total = new { metric = "inscritas", scope = "total", people = 495_000, dueOn = "2028-12-31", reason = "Cifra del anuncio conjunto", reasonEn = "Figure from the joint announcement" };
        Assert.Equal(HttpStatusCode.Created, (await operatorApi.PostAsJsonAsync("/api/targets", total)).StatusCode);
        var state = new { metric = "egresadas", year = 2026, scope = "entidad", scopeValue = "15", people = 5_000, reason = "Meta estatal sin traducción" };
        Assert.Equal(HttpStatusCode.Created, (await operatorApi.PostAsJsonAsync("/api/targets", state)).StatusCode);

        var analyst = await App.SignedInAsync(Roles.Analista);
        var lines = WebUtility.HtmlDecode(await analyst.GetStringAsync("/operacion/metas?culture=en"));
        Assert.Contains("Program total target · registered people", lines, StringComparison.Ordinal);
        Assert.Contains("2026 target · State of Mexico · graduated people", lines, StringComparison.Ordinal);
        Assert.Contains("Figure from the joint announcement", lines, StringComparison.Ordinal);
        Assert.DoesNotContain("Cifra del anuncio conjunto", lines, StringComparison.Ordinal);
        // No English reason written: the Spanish one is shown rather than nothing.
        Assert.Contains("Meta estatal sin traducción", lines, StringComparison.Ordinal);

        var dashboard = WebUtility.HtmlDecode(await analyst.GetStringAsync("/operacion/avance?culture=en"));
        Assert.Contains("December 31, 2028", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("de December", dashboard, StringComparison.Ordinal);
        Assert.Contains("Figure from the joint announcement", dashboard, StringComparison.Ordinal);

        var spanishReader = await App.SignedInAsync(Roles.Analista);
        var spanish = WebUtility.HtmlDecode(await spanishReader.GetStringAsync("/operacion/avance"));
        Assert.Contains("31 de diciembre de 2028", spanish, StringComparison.Ordinal);
        Assert.Contains("Cifra del anuncio conjunto", spanish, StringComparison.Ordinal);
        var spanishLines = WebUtility.HtmlDecode(await spanishReader.GetStringAsync("/operacion/metas"));
        Assert.Contains("Meta 2026 · Estado de México · personas egresadas", spanishLines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_OperatorRevisesWithTheForm_AnalystSeesHistoryButNoForm()
    {
        var operatorApi = await App.ClientWithKeyAsync(Roles.Operador);
        Assert.Equal(HttpStatusCode.Created, (await operatorApi.PostAsJsonAsync("/api/targets", Total(495_000, "Meta anunciada en el lanzamiento"))).StatusCode);

        var browser = await App.SignedInAsync(Roles.Operador);
        var url = "/operacion/metas?linea=inscritas:total:total:";
        var html = await browser.GetStringAsync(url);
        Assert.Contains("Meta total del programa · personas inscritas", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Reason\"", html, StringComparison.Ordinal);
        // Revising starts from the line's current values.
        Assert.Contains("value=\"495000\"", html, StringComparison.Ordinal);

        var token = People.AntiforgeryToken(html);
        Dictionary<string, string> Form(string reason) => new()
        {
            ["Form.Metric"] = "inscritas",
            ["Form.Year"] = "",
            ["Form.Scope"] = "total",
            ["Form.People"] = "450000",
            ["Form.DueOn"] = "2028-12-31",
            ["Form.Reason"] = reason,
            ["__RequestVerificationToken"] = token,
        };

        // No reason: the page comes back with the Spanish message next to the field, nothing saved.
        var invalid = await browser.PostAsync(url, new FormUrlEncodedContent(Form("")));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var errors = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("id=\"campo-reason-error\"", errors, StringComparison.Ordinal);
        Assert.Contains("Escriba el motivo de la meta o del cambio", errors, StringComparison.Ordinal);

        var saved = await browser.PostAsync(url, new FormUrlEncodedContent(Form("Ajuste por el presupuesto 2026")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await browser.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.Contains("Meta actualizada a la versión 2", after, StringComparison.Ordinal);
        Assert.Contains("id=\"tabla-historial\"", after, StringComparison.Ordinal);
        Assert.Contains("data-version=\"2\"", after, StringComparison.Ordinal);
        Assert.Contains("data-version=\"1\"", after, StringComparison.Ordinal);
        Assert.True(after.IndexOf("Ajuste por el presupuesto 2026", StringComparison.Ordinal) < after.IndexOf("Meta anunciada en el lanzamiento", StringComparison.Ordinal));

        var analyst = await App.SignedInAsync(Roles.Analista);
        var analystPage = await analyst.GetStringAsync(url);
        Assert.Contains("data-version=\"2\"", analystPage, StringComparison.Ordinal);
        Assert.Contains("Ajuste por el presupuesto 2026", analystPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Reason\"", analystPage, StringComparison.Ordinal);
        // Posting anyway (a token from the analyst's own session) is refused by the handler.
        var analystToken = People.AntiforgeryToken(analystPage);
        var refused = await analyst.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(Form("Intento de una analista")) { ["__RequestVerificationToken"] = analystToken }));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        await using var db = Database.NewDb();
        Assert.Equal([1, 2], await db.KpiTargets.OrderBy(t => t.Version).Select(t => t.Version).ToListAsync());
        Assert.Equal("Persona operador", await db.KpiTargets.Where(t => t.Version == 2).Select(t => t.CreatedBy).SingleAsync());
    }
}
