using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Credits;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Credits;

// The credits' figures on the web: the public summary (anonymous, small groups withheld), the
// operators' pipeline (operators only, problem+json otherwise), the operators' credits hub and the
// startups' section of /avance, in Spanish and English, with and without awards.
public abstract class CreditFiguresWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CreditFiguresWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditFiguresWebTests(DatabaseProvider.Postgres);

    // Six startups in Nuevo León (19) and one in Yucatán (31), all in sector 54.
    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var pool = await CreditCodesData.PoolAsync(db, name: "2026-H2");
        for (var i = 0; i < 7; i++)
        {
            var state = i < 6 ? "19" : "31";
            var company = await CreditCodesData.StartupAsync(db, state, "54", $"Startup {i}");
            await CreditCodesData.AwardAsync(db, company.Id, pool.Id, 10_000_00, state: state, sector: "54");
        }
    }

    [Fact]
    public async Task Summary_Anonymous_WithNoAwards_IsZero()
    {
        var response = await App.CreateClient().GetAsync("/api/credits/summary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("startups").GetProperty("value").GetInt64());
        Assert.Empty(body.GetProperty("byState").EnumerateArray());
    }

    [Fact]
    public async Task Summary_Anonymous_WithholdsASmallStateAndItsComplement()
    {
        await SeedAsync();

        var body = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/credits/summary");

        Assert.Equal(7, body.GetProperty("startups").GetProperty("value").GetInt64());
        Assert.Equal(70_000_00, body.GetProperty("cents").GetProperty("value").GetInt64());
        var states = body.GetProperty("byState").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal(JsonValueKind.Null, states["31"].GetProperty("startups").GetProperty("value").ValueKind);
        Assert.Equal("pequena", states["31"].GetProperty("startups").GetProperty("suppressed").GetString());
        Assert.Equal(JsonValueKind.Null, states["19"].GetProperty("startups").GetProperty("value").ValueKind);
        Assert.Equal("reservada", states["19"].GetProperty("startups").GetProperty("suppressed").GetString());
        Assert.Equal(JsonValueKind.Null, states["31"].GetProperty("cents").GetProperty("value").ValueKind);
        Assert.Equal(7, body.GetProperty("bySector")[0].GetProperty("startups").GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task Pipeline_IsForOperators_OthersGetProblemJson()
    {
        await SeedAsync();
        var anonymous = await App.CreateClient().GetAsync("/api/credits/pipeline");
        var partner = await (await App.ClientWithKeyAsync(Roles.Aliado, "Aliado de prueba")).GetAsync("/api/credits/pipeline");
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador);

        var body = await operatorKey.GetFromJsonAsync<JsonElement>("/api/credits/pipeline");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, partner.StatusCode);
        Assert.Equal("application/problem+json", partner.Content.Headers.ContentType?.MediaType);
        Assert.Equal(7, body.GetProperty("awards").GetInt32());
        Assert.Equal(70_000_00, body.GetProperty("grantedCents").GetInt64());
        Assert.Equal(7, body.GetProperty("pipeline").EnumerateArray().Single(p => p.GetProperty("status").GetString() == nameof(ApplicationStatus.Aprobada)).GetProperty("applications").GetInt32());
    }

    [Fact]
    public async Task Hub_WithNoAwards_SaysSo_InSpanishAndEnglish_AndLinksTheCodesPage()
    {
        var browser = await App.SignedInAsync(Roles.Operador);

        var spanish = await browser.GetStringAsync("/operacion/creditos");
        var english = await browser.InEnglish().GetStringAsync("/operacion/creditos");
        var home = await browser.GetStringAsync("/operacion");

        Assert.Contains("Todavía no se ha otorgado ningún crédito.", spanish, StringComparison.Ordinal);
        Assert.Contains("href=\"/operacion/creditos/codigos\"", spanish, StringComparison.Ordinal);
        Assert.Contains("No credits have been granted yet.", english, StringComparison.Ordinal);
        Assert.Contains("Applications by status", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/operacion/creditos\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_WithAwards_ShowsThemByTierStateSectorAndStage_AndThePool()
    {
        await SeedAsync();
        var browser = await App.SignedInAsync(Roles.Operador);

        var html = await browser.GetStringAsync("/operacion/creditos");

        Assert.Contains("7 otorgamientos a 7 startups por USD 70,000.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"tabla-por-etapa\"", html, StringComparison.Ordinal);
        Assert.Contains("data-clave=\"31\"", html, StringComparison.Ordinal);
        Assert.Contains("2026-H2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Avance_HasTheStartupsSection_WithSuppression_AndWithNoAwardsSaysSo()
    {
        var visitor = App.CreateClient();
        var empty = await visitor.GetStringAsync("/avance");
        await SeedAsync();

        var spanish = await visitor.GetStringAsync("/avance");
        var english = await App.CreateClient().InEnglish().GetStringAsync("/avance");

        Assert.Contains("id=\"creditos-startups\"", empty, StringComparison.Ordinal);
        Assert.Contains("Todavía no se han otorgado créditos de nube", empty, StringComparison.Ordinal);
        Assert.Contains("id=\"creditos-apoyadas\">7<", spanish, StringComparison.Ordinal);
        Assert.Contains("USD 70,000", spanish, StringComparison.Ordinal);
        Assert.Contains("Cloud credits for startups", english, StringComparison.Ordinal);
        Assert.DoesNotContain("USD 60,000", spanish, StringComparison.Ordinal);
    }
}
