using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Semillero.Access;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Dashboards;

public abstract partial class KpiWebTests
{
    // A state chosen against a national target: the block says the target is national and what
    // the state contributes to it; the states table holds that state only (others would be zeros).
    [Fact]
    public async Task StateFilter_NationalTarget_SaysTheStatesShare_AndListsOnlyThatState()
    {
        await SeedAsync();
        var operatorApi = await App.ClientWithKeyAsync(Roles.Operador, "Metas");
        var created = await operatorApi.PostAsJsonAsync("/api/targets",
            new { metric = "inscritas", year = (int?)null, scope = "total", scopeValue = (string?)null, people = 100_000, dueOn = "2028-12-31", reason = "Meta nacional de prueba" });
        Assert.True(created.IsSuccessStatusCode);
        var operador = await App.SignedInAsync(Roles.Operador);

        using var national = JsonDocument.Parse(await operador.GetStringAsync("/api/kpis"));
        using var jalisco = JsonDocument.Parse(await operador.GetStringAsync("/api/kpis?estado=14"));
        var total = national.RootElement.GetProperty("totals").GetProperty("registered").GetInt64();
        var state = jalisco.RootElement.GetProperty("totals").GetProperty("registered").GetInt64();
        var mx = System.Globalization.CultureInfo.GetCultureInfo("es-MX");

        var html = System.Net.WebUtility.HtmlDecode(await operador.GetStringAsync("/operacion/avance?estado=14"));
        Assert.Contains("Esta meta es nacional: Jalisco no tiene una meta propia.", html, StringComparison.Ordinal);
        Assert.Contains($"Jalisco aporta {state.ToString("N0", mx)} de las {total.ToString("N0", mx)} personas", html, StringComparison.Ordinal);
        Assert.Equal(["14"], StateRows(html).ToList());

        // Without a state, the block has no such line and the table lists every state.
        var all = await operador.GetStringAsync("/operacion/avance");
        Assert.DoesNotContain("meta-aporte-estado", all, StringComparison.Ordinal);
        Assert.Equal(32, StateRows(all).Count());
    }

    private static IEnumerable<string> StateRows(string html)
    {
        var from = html.IndexOf("id=\"tabla-estados\"", StringComparison.Ordinal);
        var to = html.IndexOf("id=\"vista-sexo\"", StringComparison.Ordinal);
        return StateRowRegex().Matches(html[from..to]).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex("<tr data-clave=\"([0-9]{2})\"")]
    private static partial Regex StateRowRegex();
}
