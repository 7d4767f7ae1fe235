using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.Dashboards;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Dashboards;

// GET /api/kpis and /operacion/avance: the same figures for the same filters, exact for operators,
// small cells withheld for the Ministry's analysts, exports of every table, bad filters refused.
public abstract partial class KpiWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : KpiWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KpiWebTests(DatabaseProvider.Postgres);

    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        await new KpiSeed(3).WriteAsync(db, 90);
        await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(null, default);
    }

    [Fact]
    public async Task TheWebApp_LoadsTheKpiCellsAsItStarts_BeforeAnyoneAsks()
    {
        long latest;
        await using (var db = Database.NewDb())
        {
            await new KpiSeed(4).WriteAsync(db, 30);
            await new KpiRollup(db, TimeProvider.System).RebuildAsync(null, default);
            latest = db.KpiCells.Max(c => c.Revision);
        }

        // No request is made: the host starting is what loads the copy.
        var cube = App.Services.GetRequiredService<KpiCube>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (cube.Revision < latest && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        Assert.Equal(latest, cube.Revision);
    }

    private static long? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    [Fact]
    public async Task Analyst_SeesOnThePage_TheFiguresTheApiGives_ForAStateAndPeriod_WithSmallCellsWithheld()
    {
        await SeedAsync();
        var analyst = await App.SignedInAsync(Roles.Analista);
        const string Query = "estado=09&desde=2025-03&hasta=2026-06";

        using var api = JsonDocument.Parse(await analyst.GetStringAsync("/api/kpis?" + Query));
        var root = api.RootElement;
        Assert.Equal("09", root.GetProperty("state").GetString());
        Assert.True(root.GetProperty("suppressed").GetBoolean());
        var totals = root.GetProperty("totals");
        Assert.True(Number(totals.GetProperty("registered")) > 0);

        var html = await analyst.GetStringAsync("/operacion/avance?" + Query);
        foreach (var (id, field) in new[] { ("inscritas", "registered"), ("activas", "active"), ("egresadas", "graduated"), ("colocadas", "placed") })
        {
            var shown = KpiValue(html, id);
            var expected = Number(totals.GetProperty(field));
            Assert.Equal(expected is { } n ? n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("es-MX")) : "Reservado", shown);
        }

        // Age bands of the state: some hold 1 to 4 people; they and a complement are null.
        var ages = root.GetProperty("byAgeBand").EnumerateArray().Select(r => Number(r.GetProperty("values").GetProperty("registered"))).ToList();
        Assert.DoesNotContain(ages, a => a is > 0 and < 5);
        Assert.True(ages.Count(a => a is null) is 0 or >= 2);

        var operatorClient = await App.SignedInAsync(Roles.Operador);
        using var exact = JsonDocument.Parse(await operatorClient.GetStringAsync("/api/kpis?" + Query));
        Assert.False(exact.RootElement.GetProperty("suppressed").GetBoolean());
        var exactAges = exact.RootElement.GetProperty("byAgeBand").EnumerateArray().Select(r => Number(r.GetProperty("values").GetProperty("registered"))).ToList();
        Assert.All(exactAges, a => Assert.NotNull(a));
        Assert.Equal(exactAges.Sum(), Number(exact.RootElement.GetProperty("totals").GetProperty("registered")));
        if (exactAges.Any(a => a is > 0 and < 5))
        {
            Assert.Contains(ages, a => a is null);
        }
    }

    [Fact]
    public async Task BadFilters_AreProblemDetails_NamingTheField_AndOnlyOperatorsAndAnalystsGetIn()
    {
        var analyst = await App.SignedInAsync(Roles.Analista);
        var bad = await analyst.GetAsync("/api/kpis?desde=2026-05&hasta=2026-02&estado=Atlantida");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"estado\"", body, StringComparison.Ordinal);

        var learner = await App.SignedInAsync(Roles.Aprendiz);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/kpis")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Browser().GetAsync("/api/kpis")).StatusCode);

        var page = await analyst.GetStringAsync("/operacion/avance?desde=2026-13");
        Assert.Contains("AAAA-MM", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryTable_DownloadsAsCsvWithBom_AndXlsx_WithThePagesFilters()
    {
        await SeedAsync();
        var operatorClient = await App.SignedInAsync(Roles.Operador);
        var csv = await operatorClient.GetAsync("/operacion/avance?handler=exportar&vista=estados&formato=csv&desde=2025-01");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("clave,nombre,inscritas,activas,egresadas,colocadas,inscritas_por_100_mil", text, StringComparison.Ordinal);
        Assert.Contains("09,Ciudad de México,", text, StringComparison.Ordinal);

        var xlsx = await operatorClient.GetAsync("/operacion/avance?handler=exportar&vista=meses&formato=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);

        var wrong = await operatorClient.GetAsync("/operacion/avance?handler=exportar&vista=nada&formato=csv");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    private static string KpiValue(string html, string id) =>
        WebUtility.HtmlDecode(KpiRegex().Matches(html).Single(m => m.Groups[1].Value == id).Groups[2].Value);

    [GeneratedRegex("data-kpi=\"([a-z]+)\">([^<]*)<")]
    private static partial Regex KpiRegex();
}
