using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.FollowUp;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Dashboards;

// The public progress page and its open-data downloads, read anonymously after a rollup.
public abstract class AvancePageTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : AvancePageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : AvancePageTests(DatabaseProvider.Postgres);

    // 3 people in Oaxaca (20), 6 in Ciudad de México (09), 8 in Jalisco (14).
    private async Task SeedAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        foreach (var (state, people) in new[] { ("20", 3), ("09", 6), ("14", 8) })
        {
            for (var i = 0; i < people; i++)
            {
                await FollowUpSeed.LearnerAsync(db, now, state: state, consent: null);
            }
        }

        await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(null, default);
    }

    private static string RowOf(string html, string clave)
    {
        var start = html.IndexOf($"<tr data-clave=\"{clave}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"row {clave} not found");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Anonymous_SeesProgress_WithSmallStatesSuppressed()
    {
        await SeedAsync();
        var response = await App.Browser().GetAsync("/avance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Avance del programa", html, StringComparison.Ordinal);
        Assert.Contains("Cada persona se cuenta una vez (CURP)", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"stat__value\" id=\"inscritas\">17</dd>", html, StringComparison.Ordinal);

        // Oaxaca's 3 are "<5" with the words for screen readers, as on the home page (docs/texts.md).
        var oaxaca = RowOf(html, "20");
        Assert.Contains("<span class=\"suppressed\" aria-hidden=\"true\">&lt;5</span><span class=\"visually-hidden\">menos de 5</span>", oaxaca, StringComparison.Ordinal);
        Assert.DoesNotContain(">3<", oaxaca, StringComparison.Ordinal);
        Assert.DoesNotContain("—", oaxaca, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">8</td>", RowOf(html, "14"), StringComparison.Ordinal);
        Assert.Contains("«<5»: menos de 5 personas. «Reservado»:", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Oaxaca: menos de 5", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_NamesTheCurrentTargetVersion_AndTheYearlyGap()
    {
        await SeedAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var targets = scope.ServiceProvider.GetRequiredService<KpiTargets>();
            await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 450_000, new DateOnly(2028, 12, 31), "Meta del anuncio"), "prueba", default);
            await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 495_000, new DateOnly(2028, 12, 31), "Ajuste al presupuesto"), "prueba", default);
            var year = TimeProvider.System.GetUtcNow().Year;
            await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, year, TargetScope.Total, null, 100, null, "Meta del año"), "prueba", default);
        }

        var html = await App.Browser().GetStringAsync("/avance");

        Assert.Contains("Meta v2: 495,000 personas inscritas al 31", html, StringComparison.Ordinal);
        Assert.Contains("motivo: Ajuste al presupuesto", html, StringComparison.Ordinal);
        Assert.DoesNotContain("450,000", html, StringComparison.Ordinal);
        Assert.Contains("id=\"meta-porcentaje\"", html, StringComparison.Ordinal);
        Assert.Contains("17 de 100 personas (meta anual v1); faltan 83", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_ReadsTargetDateReasonStatesAndSmallCellsInEnglish_StateNamesFromTheCatalogue()
    {
        await SeedAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var targets = scope.ServiceProvider.GetRequiredService<KpiTargets>();
            await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 495_000, new DateOnly(2028, 12, 31), "Cifra del anuncio", "Figure from the announcement"), "prueba", default);
        }

        var english = WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/avance?culture=en"));
        Assert.Contains("495,000 people registered by December 31, 2028 — reason: Figure from the announcement", english, StringComparison.Ordinal);
        Assert.DoesNotContain("de December", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Cifra del anuncio", english, StringComparison.Ordinal);
        Assert.Contains(">Mexico City<", RowOf(english, "09"), StringComparison.Ordinal);
        Assert.Contains("fewer than 5", RowOf(english, "20"), StringComparison.Ordinal);

        var spanish = WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/avance"));
        Assert.Contains("495,000 personas inscritas al 31 de diciembre de 2028 — motivo: Cifra del anuncio", spanish, StringComparison.Ordinal);
        Assert.Contains("de la meta alcanzada", spanish, StringComparison.Ordinal);
        Assert.Contains(">Estado de México<", RowOf(spanish, "15"), StringComparison.Ordinal);
        Assert.Contains(">Michoacán<", RowOf(spanish, "16"), StringComparison.Ordinal);
        Assert.Contains(">Veracruz<", RowOf(spanish, "30"), StringComparison.Ordinal);

        var csv = await App.Browser().GetStringAsync("/avance?handler=csv&vista=estados");
        Assert.Contains("\r\n15,Estado de México,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\n30,Veracruz,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvDownload_HasBom_AndSuppressedCellsEmpty()
    {
        await SeedAsync();
        var response = await App.Browser().GetAsync("/avance?handler=csv&vista=estados");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("clave,nombre,inscritas,egresadas,colocadas,inscritas_por_100k", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("20,Oaxaca,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("14,Jalisco,8,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("total,Total nacional,17,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("uso libre con atribución", StringComparison.Ordinal));
    }

    [Fact]
    public async Task XlsxDownload_IsASpreadsheet()
    {
        await SeedAsync();
        var response = await App.Browser().GetAsync("/avance?handler=xlsx&vista=sexo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }
}
