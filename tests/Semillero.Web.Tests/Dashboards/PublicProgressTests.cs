using Semillero.Dashboards;
using Semillero.Geography;
using Semillero.Web.Dashboards;

namespace Semillero.Web.Tests.Dashboards;

public sealed class PublicProgressTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    // A report whose states, sexes and ages carry the given (registered, graduated, placed) and
    // whose totals are their sums, as ReadKpis builds it.
    private static KpiReport Report(Dictionary<string, (long R, long G, long P)> states, IReadOnlyList<KpiRow>? months = null)
    {
        var byState = Entidades.All.Select(e => new KpiRow(e.Clave, states.TryGetValue(e.Clave, out var v) ? new KpiValues(v.R, 0, v.G, v.P) : KpiValues.Zero)).ToList();
        var totals = new KpiValues(byState.Sum(r => r.Values.Registered), 10, byState.Sum(r => r.Values.Graduated), byState.Sum(r => r.Values.Placed));
        var bySex = new List<KpiRow> { new("H", totals), new("M", KpiValues.Zero), new("X", KpiValues.Zero) };
        var byAge = AgeBands.All.Select((a, i) => new KpiRow(AgeBands.Wire(a), i == 1 ? totals : KpiValues.Zero)).ToList();
        return new KpiReport(
            new KpiFilter(new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 1)), Today, true, totals, totals,
            months ?? [], byState, bySex, byAge, [], [], [], []);
    }

    private static PublicRow State(PublicProgressView view, string clave) => view.States.Rows.Single(r => r.Key == clave);

    [Fact]
    public void StateWithThreePeople_IsHidden_WithAComplementInItsColumn()
    {
        var view = PublicProgress.Build(Report(new() { ["20"] = (3, 0, 0), ["14"] = (50, 12, 6), ["09"] = (20, 7, 5) }));

        var oaxaca = State(view, "20");
        Assert.Null(oaxaca.Counts[0]);
        // Column: the national 73 minus the published states would give 3 back; the smallest other
        // state (20, Ciudad de México) is withheld with it.
        Assert.Null(State(view, "09").Counts[0]);
        Assert.Equal(50, State(view, "14").Counts[0]);
        // Its zeros describe no one and stay published: the row has no total to subtract from.
        Assert.Equal([null, 0L, 0L], oaxaca.Counts);
        Assert.Equal(73, view.States.Total.Counts[0]);
        Assert.Equal(73, view.Headline.Registered);
    }

    [Fact]
    public void Zeros_AreShown_AndTotalsPublished_WhenNoCellIsSmall()
    {
        var view = PublicProgress.Build(Report(new() { ["14"] = (50, 12, 6), ["09"] = (20, 7, 0) }));

        Assert.Equal([0L, 0L, 0L], State(view, "01").Counts);
        Assert.Equal(0.0, State(view, "01").Per100k);
        Assert.Equal(0L, State(view, "09").Counts[2]);
        Assert.Equal([70L, 19L, 6L], view.States.Total.Counts);
        Assert.False(view.States.AnySuppressed);
        Assert.Equal([70L, 19L], view.Sexes.Total.Counts);
        Assert.Equal(0L, view.Sexes.Rows.Single(r => r.Key == "M").Counts[0]);
    }

    [Fact]
    public void RatePer100k_IsHiddenWithItsCount_AndShownOtherwise()
    {
        var view = PublicProgress.Build(Report(new() { ["20"] = (3, 0, 0), ["14"] = (50, 12, 6), ["09"] = (20, 7, 5) }));

        Assert.Null(State(view, "20").Per100k);
        Assert.Null(State(view, "09").Per100k);
        var jalisco = Entidades.ByCode("14")!;
        Assert.Equal(50 * 100_000.0 / jalisco.Poblacion2020, State(view, "14").Per100k!.Value, 6);
    }

    [Fact]
    public void SmallNationalTotal_IsHiddenInEveryTable_AndTheHeadline()
    {
        // Three placements nationally: hidden in the state table's total row and the headline, while
        // the other national figures stay published.
        var view = PublicProgress.Build(Report(new() { ["14"] = (50, 12, 3), ["09"] = (20, 7, 0) }));

        Assert.Null(view.Headline.Placed);
        Assert.Null(view.States.Total.Counts[2]);
        Assert.Null(State(view, "14").Counts[2]);
        Assert.Equal(70, view.Headline.Registered);
        Assert.Equal(19, view.Headline.Graduated);
        Assert.Equal([70L, 19L], view.Sexes.Total.Counts);
    }

    [Fact]
    public void Months_SuppressEachColumnWithItsTotal()
    {
        var months = Enumerable.Range(0, 12)
            .Select(i => new KpiRow($"2025-{i + 1:00}", new KpiValues(i == 3 ? 2 : 10 + i, 0, 0, 0))).ToList();
        var view = PublicProgress.Build(Report(new() { ["14"] = (200, 0, 0) }, months));

        Assert.Null(view.Months.Rows.Single(r => r.Key == "2025-04").Counts[0]);
        // The smallest other month (10, January) covers it.
        Assert.Null(view.Months.Rows.Single(r => r.Key == "2025-01").Counts[0]);
        Assert.Equal(11, view.Months.Rows.Single(r => r.Key == "2025-02").Counts[0]);
        Assert.NotNull(view.Months.Total.Counts[0]);
        Assert.Equal(0L, view.Months.Rows[0].Counts[1]);
    }
    [Fact]
    public void KindsAndLeadingProviders_WithholdSmallCells_AndNameOnlyVerifiedOrganisations()
    {
        var verified = Semillero.Access.PartnerKey.Of(Guid.NewGuid());
        var small = Semillero.Access.PartnerKey.Of(Guid.NewGuid());
        var unverified = Semillero.Access.PartnerKey.Of(Guid.NewGuid());
        var report = Report(new() { ["14"] = (50, 12, 6) }) with
        {
            ByProvider = [new(unverified, new KpiValues(40, 0, 9, 2)), new(verified, new KpiValues(30, 0, 8, 3)), new(small, new KpiValues(2, 0, 0, 0))],
            ByKind = [new("k:academia", new KpiValues(25, 0, 3, 0))],
        };

        var view = PublicProgress.Build(report, verifiedNames: new Dictionary<string, string> { [verified] = "Academia Norte", [small] = "Bootcamp Chico" });

        var academia = view.Kinds!.Single(r => r.Key == "k:academia");
        Assert.Equal([25L, null, 0L], academia.Counts);
        Assert.Equal(Semillero.Disclosure.Suppression.Small, academia.Cells.ElementAt(1).Why);
        Assert.Equal([0L, 0L, 0L], view.Kinds!.Single(r => r.Key == "k:gobierno").Counts);
        Assert.Equal(["Academia Norte", "Bootcamp Chico"], view.TopProviders!.Select(r => r.LabelEs));
        Assert.Equal([30L, 8L, null], view.TopProviders![0].Counts);
        Assert.Equal([null, 0L, 0L], view.TopProviders![1].Counts);
    }
}
