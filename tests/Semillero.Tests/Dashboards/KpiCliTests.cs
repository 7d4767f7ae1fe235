using Microsoft.EntityFrameworkCore;
using Semillero.Cli;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Dashboards;

// `semillero kpis rebuild|verify|rollup`: an operator can rebuild the KPIs from the raw records and
// check that what the dashboards serve equals a count from the raw rows.
public abstract class KpiCliTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : KpiCliTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KpiCliTests(DatabaseProvider.Postgres);

    private async Task<(int Exit, string Out)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await SemilleroCli.RunAsync(args, output, new StringWriter(), Database.Configuration);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Verify_PassesAfterARebuild_FailsWhenACellDrifts_AndRebuildRepairsIt()
    {
        await using (var db = Database.NewDb())
        {
            await new KpiSeed(13).WriteAsync(db, 30);
        }

        var rebuild = await RunAsync("kpis", "rebuild");
        Assert.Equal(0, rebuild.Exit);
        Assert.Contains("Indicadores reconstruidos: 30 personas", rebuild.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("kpis", "verify")).Exit);

        // A cell that no longer matches the people behind it (e.g. edited by hand).
        await using (var db = Database.NewDb())
        {
            var cell = await db.KpiCells.Where(c => c.Metric == KpiMetric.Registered && c.PathKey == "" && c.Provider == "" && c.People > 0).OrderBy(c => c.Period).FirstAsync();
            cell.People += 3;
            cell.Revision += 1_000;
            await db.SaveChangesAsync();
        }

        var drifted = await RunAsync("kpis", "verify");
        Assert.Equal(1, drifted.Exit);
        Assert.Contains("NO coinciden", drifted.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("kpis", "rebuild")).Exit);
        Assert.Equal(0, (await RunAsync("kpis", "verify")).Exit);
        var rollup = await RunAsync("kpis", "rollup");
        Assert.Equal(0, rollup.Exit);
        Assert.Contains("Personas recalculadas", rollup.Out, StringComparison.Ordinal);
    }
}
