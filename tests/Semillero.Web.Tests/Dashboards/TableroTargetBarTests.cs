using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.FollowUp;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Dashboards;

// The target bar of /operacion/avance. Its width is a class (w-0 … w-100) because the site's CSP
// refuses inline style attributes: with `style="width: 3.4%"` the browser dropped the width and the
// bar showed full at 3 %.
public abstract partial class TableroTargetBarTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : TableroTargetBarTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : TableroTargetBarTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task TargetBar_17Of500Registered_IsANamedProgressbar_3PercentWide_WithoutInlineStyle()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 17; i++)
            {
                await FollowUpSeed.LearnerAsync(db, now, consent: null);
            }

            await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(null, default);
            await scope.ServiceProvider.GetRequiredService<KpiTargets>().ReviseAsync(
                new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 500, new DateOnly(2028, 12, 31), "Meta de prueba"), "prueba", default);
        }

        var analyst = await App.SignedInAsync(Roles.Analista);
        var html = await analyst.GetStringAsync("/operacion/avance");

        var bar = BarRegex().Match(html);
        Assert.True(bar.Success, "no target bar");
        Assert.Contains("role=\"progressbar\"", bar.Value, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"avance-meta\"", bar.Value, StringComparison.Ordinal);
        Assert.Contains("aria-valuenow=\"3.4\"", bar.Value, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tablero-progreso__fill w-3\"></span>", bar.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", bar.Value, StringComparison.Ordinal);
        Assert.Contains("id=\"avance-meta\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"tablero-progreso\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex BarRegex();
}
