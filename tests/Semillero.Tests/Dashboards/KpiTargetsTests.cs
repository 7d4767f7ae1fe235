using Microsoft.Extensions.Time.Testing;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Dashboards;

// Targets are versioned per line, never edited in place; a revision without a valid line, figure,
// date or reason is refused with the fields to fix.
public abstract class KpiTargetsTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : KpiTargetsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KpiTargetsTests(DatabaseProvider.Postgres);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 15, 18, 0, 0, TimeSpan.Zero));

    private static TargetInput Total(long people, string reason = "Meta anunciada por la Secretaría") =>
        new(KpiMetric.Registered, null, TargetScope.Total, null, people, new DateOnly(2028, 12, 31), reason);

    private async Task<ReviseTargetOutcome> ReviseAsync(TargetInput input)
    {
        await using var db = Database.NewDb();
        return await new KpiTargets(db, _clock).ReviseAsync(input, "Operadora de prueba", default);
    }

    private static KpiTarget Saved(ReviseTargetOutcome outcome) => Assert.IsType<ReviseTargetOutcome.Revised>(outcome).Target;

    private static List<string> Fields(ReviseTargetOutcome outcome) =>
        Assert.IsType<ReviseTargetOutcome.Invalid>(outcome).Errors.Select(e => e.Field).ToList();

    [Fact]
    public async Task Versions_CountPerLine_Independently()
    {
        Assert.Equal(1, Saved(await ReviseAsync(Total(495_000))).Version);
        var yearly = new TargetInput(KpiMetric.Registered, 2026, TargetScope.Total, null, 100_000, null, "Meta del año 2026");
        Assert.Equal(1, Saved(await ReviseAsync(yearly)).Version);
        var revised = Saved(await ReviseAsync(Total(450_000, "Ajuste por presupuesto")));
        Assert.Equal(2, revised.Version);
        Assert.Equal(2, Saved(await ReviseAsync(yearly with { People = 90_000 })).Version);
        Assert.Equal(3, Saved(await ReviseAsync(Total(480_000, "Segundo ajuste del año"))).Version);

        await using var db = Database.NewDb();
        var targets = new KpiTargets(db, _clock);
        var current = await targets.CurrentAsync(default);
        Assert.Equal(2, current.Count);
        var total = current[0];
        Assert.Null(total.Year);
        Assert.Equal((3, 480_000L), (total.Version, total.People));
        Assert.Equal((2, 90_000L), (current[1].Version, current[1].People));

        var history = await targets.HistoryAsync(total.Key, default);
        Assert.Equal([3, 2, 1], history.Select(h => h.Version));
        Assert.Equal(["Segundo ajuste del año", "Ajuste por presupuesto", "Meta anunciada por la Secretaría"], history.Select(h => h.Reason));
        Assert.All(history, h => Assert.Equal("Operadora de prueba", h.CreatedBy));
    }

    [Fact]
    public async Task YearlyTarget_DueDateDefaultsTo31December()
    {
        var target = Saved(await ReviseAsync(new TargetInput(KpiMetric.Graduated, 2027, TargetScope.Sex, "m", 40_000, null, "Meta de mujeres egresadas")));
        Assert.Equal(new DateOnly(2027, 12, 31), target.DueOn);
        Assert.Equal("M", target.ScopeValue);
        Assert.Equal("egresadas:2027:sexo:M", target.Key);
    }

    [Fact]
    public async Task StateByName_IsStoredAsItsInegiCode_SameLineAsTheCode()
    {
        var byName = Saved(await ReviseAsync(new TargetInput(KpiMetric.Registered, 2026, TargetScope.State, "Oaxaca", 5_000, null, "Meta estatal acordada")));
        Assert.Equal("20", byName.ScopeValue);
        Assert.Equal("Meta 2026 · Oaxaca · personas inscritas", KpiTargets.Describe(byName, english: false));
        Assert.Equal("2026 target · Oaxaca · registered people", KpiTargets.Describe(byName, english: true));

        var byCode = Saved(await ReviseAsync(new TargetInput(KpiMetric.Registered, 2026, TargetScope.State, "20", 6_000, null, "Revisión con la entidad")));
        Assert.Equal(byName.Key, byCode.Key);
        Assert.Equal(2, byCode.Version);
    }

    [Fact]
    public async Task InvalidInputs_NameTheirFields_AndSaveNothing()
    {
        Assert.Contains("year", Fields(await ReviseAsync(new TargetInput(KpiMetric.Registered, 2019, TargetScope.Total, null, 10, null, "Año fuera de rango"))));
        Assert.Contains("scopeValue", Fields(await ReviseAsync(new TargetInput(KpiMetric.Registered, 2026, TargetScope.State, "Atlántida", 10, null, "Entidad inexistente"))));
        Assert.Contains("people", Fields(await ReviseAsync(Total(0))));
        Assert.Contains("reason", Fields(await ReviseAsync(Total(10, "ok"))));
        Assert.Contains("dueOn", Fields(await ReviseAsync(Total(10) with { DueOn = null })));

        // Every error carries both languages.
        var invalid = Assert.IsType<ReviseTargetOutcome.Invalid>(await ReviseAsync(new TargetInput(KpiMetric.Registered, 2050, TargetScope.Segment, "marcianos", 0, null, "")));
        Assert.Equal(["year", "scopeValue", "people", "reason"], invalid.Errors.Select(e => e.Field));
        Assert.All(invalid.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Es) || string.IsNullOrWhiteSpace(e.En)));

        await using var db = Database.NewDb();
        Assert.Empty(await new KpiTargets(db, _clock).CurrentAsync(default));
    }
}
