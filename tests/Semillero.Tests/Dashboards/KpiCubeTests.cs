using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Semillero.Calendar;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Dashboards;

// The web process's copy of the cells: it follows changed counts (not adding them twice), and what
// it holds is set by months, days of the window and groups, never by how many people are counted,
// so a dashboard request costs the same however much learning there is.
public abstract class KpiCubeTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : KpiCubeTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KpiCubeTests(DatabaseProvider.Postgres);

    private static KpiCell Cell(KpiMetric metric, int period, string state, int people, long revision, string provider = "") => new()
    {
        Metric = metric,
        Period = period,
        StateCode = state,
        Sex = "M",
        AgeBand = AgeBand.From25To34,
        Segment = "estudiante",
        PathKey = "",
        Provider = provider,
        People = people,
        Revision = revision,
    };

    private async Task WriteAsync(params KpiCell[] cells)
    {
        await using var db = Database.NewDb();
        foreach (var cell in cells)
        {
            var stored = await db.KpiCells.FindAsync(cell.Metric, cell.Period, cell.StateCode, cell.Sex, cell.AgeBand, cell.Segment, cell.PathKey, cell.Provider);
            if (stored is null)
            {
                db.KpiCells.Add(cell);
            }
            else
            {
                stored.People = cell.People;
                stored.Revision = cell.Revision;
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task<KpiReport> ReadAsync(KpiCube cube, TimeProvider clock)
    {
        await using var db = Database.NewDb();
        var read = new ReadKpis(db, cube, clock, Options.Create(new DashboardOptions()));
        return await read.RunAsync(new KpiFilter(new DateOnly(2026, 1, 1), ProgramCalendar.Today(clock) is var t ? new DateOnly(t.Year, t.Month, 1) : default), default);
    }

    [Fact]
    public async Task ChangedCounts_ReplaceTheOldOnes_MoreLearningTakesNoMoreBlocks_AndDaysLeavingTheWindowAreDropped()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 18, 0, 0, TimeSpan.Zero));
        using var cube = new KpiCube(clock);
        await WriteAsync(
            Cell(KpiMetric.Registered, 202601, "09", 5, 1),
            Cell(KpiMetric.LastActive, 20260110, "09", 2, 1),
            Cell(KpiMetric.LastActive, 20260301, "09", 3, 1));

        var first = await ReadAsync(cube, clock);
        Assert.Equal(5, first.Totals.Registered);
        Assert.Equal(3, first.Totals.Active);

        // January 10 was outside the window when the cube loaded: never held.
        Assert.Equal(2, cube.BlockCount);

        // A hundred times the people in the same cells, and a second state: the counts follow, the
        // blocks do not grow.
        await WriteAsync(
            Cell(KpiMetric.Registered, 202601, "09", 500, 2),
            Cell(KpiMetric.Registered, 202601, "14", 7, 2),
            Cell(KpiMetric.LastActive, 20260301, "14", 300, 2));
        var more = await ReadAsync(cube, clock);
        Assert.Equal(507, more.Totals.Registered);
        Assert.Equal(303, more.Totals.Active);
        Assert.Equal(500, more.ByState.Single(r => r.Key == "09").Values.Registered);
        Assert.Equal(507, more.BySex.Single(r => r.Key == "M").Values.Registered);
        Assert.Equal(2, cube.BlockCount);

        // A count that falls (a person moved away) is replaced, not added.
        await WriteAsync(Cell(KpiMetric.Registered, 202601, "09", 499, 3));
        Assert.Equal(506, (await ReadAsync(cube, clock)).Totals.Registered);

        // Five weeks later March 1 has left the window: its day is dropped with the next change.
        clock.Advance(TimeSpan.FromDays(36));
        await WriteAsync(Cell(KpiMetric.LastActive, 20260419, "09", 4, 4));
        var later = await ReadAsync(cube, clock);
        Assert.Equal(4, later.Totals.Active);
        Assert.Equal(2, cube.BlockCount);
    }
}
