using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.Dashboards;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Dashboards;

// The progress journey in real Chromium: a Ministry analyst signs in, filters the dashboard by a state
// and a period, and reads the same figures the API gives for those filters; the public progress
// page withholds cells of fewer than five people.
[Collection(BrowserGroup.Name)]
public sealed class ProgressJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Analyst_FiltersByStateAndPeriod_SeesTheApisFigures_AndThePublicPageHidesSmallCells()
    {
        await using (var scope = _server.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            await new KpiSeed(5).WriteAsync(db, 120);
            await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(null, default);
        }

        var analyst = await _server.Factory.CreateAsync(Roles.Analista);
        var page = await browser.NewPageAsync(_server);
        await page.SignInAsync(analyst.Email!);
        // Analysts land on the dashboard they come for.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/operacion/avance");

        await page.SelectOptionAsync("#estado", "14");
        await page.FillAsync("#desde", "2025-09");
        await page.FillAsync("#hasta", "2026-06");
        await page.ClickAsync("#aplicar");
        await page.WaitForURLAsync(url => url.Contains("estado=14", StringComparison.Ordinal));
        Assert.Contains("desde=2025-09", page.Url, StringComparison.Ordinal);

        // The API as the same signed-in browser reads it.
        var apiPage = await page.Context.NewPageAsync();
        var api = await apiPage.GotoAsync("/api/kpis?estado=14&desde=2025-09&hasta=2026-06");
        Assert.Equal(200, api!.Status);
        using var json = JsonDocument.Parse(await api.TextAsync());
        var totals = json.RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("registered").ValueKind == JsonValueKind.Number && totals.GetProperty("registered").GetInt64() > 0);
        foreach (var (id, field) in new[] { ("inscritas", "registered"), ("activas", "active"), ("egresadas", "graduated"), ("colocadas", "placed") })
        {
            var value = totals.GetProperty(field);
            var expected = value.ValueKind == JsonValueKind.Null ? "Reservado" : value.GetInt64().ToString("N0", CultureInfo.GetCultureInfo("es-MX"));
            Assert.Equal(expected, (await page.Locator($"[data-kpi={id}]").InnerTextAsync()).Trim());
        }

        // The state table of the filtered view agrees with the API row by row.
        var jalisco = json.RootElement.GetProperty("byState").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "14");
        var registered = jalisco.GetProperty("values").GetProperty("registered");
        Assert.Equal(
            registered.ValueKind == JsonValueKind.Null ? "Reservado" : registered.GetInt64().ToString("N0", CultureInfo.GetCultureInfo("es-MX")),
            (await page.Locator("#tabla-estados tr[data-clave='14'] td[data-col=inscritas]").InnerTextAsync()).Trim());

        // The public page: no cell shows 1 to 4 people; the seeded program (six states, a few hires
        // in each) has such cells, so some show "<5" or "Reservado" (docs/texts.md, suppressed cells).
        var visitor = await browser.NewPageAsync(_server);
        await visitor.GotoAsync("/avance");
        var cells = (await visitor.Locator("#tabla-entidades tbody td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            if (long.TryParse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                Assert.False(n is > 0 and < 5, $"a cell of {n} people is shown on the public page");
            }
        }

        Assert.Contains(cells, c => c.StartsWith("<5", StringComparison.Ordinal) || c.StartsWith("Reservado", StringComparison.Ordinal));
    }
}
