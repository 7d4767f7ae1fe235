using System.Globalization;
using Semillero.Dashboards;
using Semillero.Disclosure;
using Semillero.Geography;
using Semillero.CohortResults;

namespace Semillero.Web.CohortResults;

// One row of the funnel: people waiting, then seated (inscritas) and each later stage; a null count
// is suppressed (analysts). The completion rate is egresadas / inscritas, hidden with either.
public sealed record FunnelCells(long? Waiting, long? Enrolled, long? Active, long? CompletedCourse, long? Graduated, long? Badged, long? Placed)
{
    public double? CompletionRate => Enrolled is > 0 && Graduated is { } g ? Math.Round(g / (double)Enrolled.Value, 4) : null;
}

public sealed record FunnelRowView(string Key, string LabelEs, string LabelEn, FunnelCells Cells);

// What GET /api/organizations/{id}/results returns and /organizacion/resultados shows: the same
// object, so the two agree by construction.
public sealed record ResultsView(
    Guid OrganizationId,
    string Organization,
    string Kind,
    bool Suppressed,
    FunnelCells Totals,
    IReadOnlyList<FunnelRowView> ByCohort,
    IReadOnlyList<FunnelRowView> ByState,
    IReadOnlyList<FunnelRowView> BySex,
    IReadOnlyList<FunnelRowView> ByAgeBand);

// Counts the funnel from the people's outcomes: per cohort (a person once per cohort), and for the
// organisation as a whole and its breakdowns (a person once, at the furthest of each stage over
// their cohorts). Pure, so tests can feed it outcomes.
public static class FunnelTables
{
    public const int Stages = 7;

    public static ResultsView Build(OrganizationResults results, bool suppress)
    {
        ArgumentNullException.ThrowIfNull(results);
        var byCohort = results.Cohorts.Select(c => (c.Id.ToString("N"), c.Name, c.Name,
            Count(results.People.Where(p => p.CohortId == c.Id).Select(p => p.Outcome)))).ToList();
        var people = results.People.GroupBy(p => p.LearnerId).Select(g => (Person: g.First(), Flags: Merge(g.Select(p => p.Outcome)))).ToList();
        var totals = Sum(people.Select(p => p.Flags));

        var states = people.Select(p => p.Person.StateCode).Distinct().Order(StringComparer.Ordinal)
            .Select(s => (s, Entidades.NameOf(s, english: false), Entidades.NameOf(s, english: true), Sum(people.Where(p => p.Person.StateCode == s).Select(p => p.Flags)))).ToList();
        var sexes = KpiCube.Sexes.Select(x => (x, SexEs(x), SexEn(x), Sum(people.Where(p => p.Person.Sex == x).Select(p => p.Flags)))).ToList();
        var ages = AgeBands.All.Append(AgeBand.Unknown).Select(a => (AgeBands.Wire(a), AgeBands.Label(a), AgeEn(a),
            Sum(people.Where(p => AgeBands.At(p.Person.BirthDate, p.Person.RegisteredOn) == a).Select(p => p.Flags)))).ToList();

        ages = ages.Where(a => a.Item1 != AgeBands.Wire(AgeBand.Unknown) || a.Item4.Any(v => v > 0)).ToList();

        // The organisation's totals are the total row of three tables: a total one table withholds
        // is withheld in all and in the headline, or another would publish it (as on /avance).
        var forced = suppress ? totals.Select(v => SmallCells.IsSmall(v, SmallCells.Threshold)).ToArray() : new bool[Stages];
        bool[,] stateFlags, sexFlags, ageFlags;
        while (true)
        {
            stateFlags = Flags(states, totals, suppress, forced);
            sexFlags = Flags(sexes, totals, suppress, forced);
            ageFlags = Flags(ages, totals, suppress, forced);
            var union = (bool[])forced.Clone();
            for (var c = 0; c < Stages; c++)
            {
                union[c] |= stateFlags[states.Count, c] || sexFlags[sexes.Count, c] || ageFlags[ages.Count, c];
            }

            if (union.SequenceEqual(forced))
            {
                break;
            }

            forced = union;
        }

        return new ResultsView(
            results.OrganizationId,
            results.Name,
            results.Kind.ToString().ToLowerInvariant(),
            suppress,
            Cells(totals, forced),
            Alone(byCohort, suppress),
            Rows(states, stateFlags),
            Rows(sexes, sexFlags),
            Rows(ages, ageFlags));
    }

    // Stage flags of one outcome, in FunnelCells' order.
    public static bool[] Flags(CohortOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return [o.Waiting, o.Counted, o.Counted && o.Active, o.CourseCompletedAt is not null, o.GraduatedAt is not null, o.BadgedAt is not null, o.PlacedOn is not null];
    }

    private static bool[] Merge(IEnumerable<CohortOutcome> outcomes)
    {
        var merged = new bool[Stages];
        foreach (var flags in outcomes.Select(Flags))
        {
            for (var i = 0; i < Stages; i++)
            {
                merged[i] |= flags[i];
            }
        }

        return merged;
    }

    private static long[] Count(IEnumerable<CohortOutcome> outcomes) => Sum(outcomes.Select(Flags));

    private static long[] Sum(IEnumerable<bool[]> flags)
    {
        var sums = new long[Stages];
        foreach (var f in flags)
        {
            for (var i = 0; i < Stages; i++)
            {
                sums[i] += f[i] ? 1 : 0;
            }
        }

        return sums;
    }

    private static FunnelCells Cells(long[] v, bool[] hidden) => new(
        hidden[0] ? null : v[0], hidden[1] ? null : v[1], hidden[2] ? null : v[2], hidden[3] ? null : v[3],
        hidden[4] ? null : v[4], hidden[5] ? null : v[5], hidden[6] ? null : v[6]);

    // Cohorts: a person can be in several, so the rows do not add up to a published figure and
    // each cell stands alone (as paths and providers do on the dashboards).
    private static List<FunnelRowView> Alone(List<(string Key, string Es, string En, long[] Values)> rows, bool suppress) =>
        rows.Select(r => new FunnelRowView(r.Key, r.Es, r.En,
            Cells(r.Values, suppress ? [.. r.Values.Select(v => SmallCells.IsSmall(v, SmallCells.Threshold))] : new bool[Stages]))).ToList();

    // States, sexes and age bands add up to the organisation's totals: each stage's column with its
    // total is a line, so a small cell's complement is withheld too (Disclosure/SmallCells, as on /avance).
    private static bool[,] Flags(List<(string Key, string Es, string En, long[] Values)> rows, long[] totals, bool suppress, bool[] forcedTotals)
    {
        if (!suppress)
        {
            return new bool[rows.Count + 1, Stages];
        }

        var cells = new long[rows.Count + 1, Stages];
        for (var c = 0; c < Stages; c++)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                cells[r, c] = rows[r].Values[c];
            }

            cells[rows.Count, c] = totals[c];
        }

        return SmallCells.Columns(cells, SmallCells.Threshold, forcedTotals);
    }

    private static List<FunnelRowView> Rows(List<(string Key, string Es, string En, long[] Values)> rows, bool[,] hidden) =>
        rows.Select((r, i) => new FunnelRowView(r.Key, r.Es, r.En,
            Cells(r.Values, [.. Enumerable.Range(0, Stages).Select(c => hidden[i, c])]))).ToList();

    public static string SexEs(string key) => key switch { "H" => "Hombres", "M" => "Mujeres", _ => "No binario (X)" };

    public static string SexEn(string key) => key switch { "H" => "Men", "M" => "Women", _ => "Non-binary (X)" };

    public static string AgeEn(AgeBand band) => band switch
    {
        AgeBand.Under18 => "Under 18",
        AgeBand.From18To24 => "18 to 24",
        AgeBand.From25To34 => "25 to 34",
        AgeBand.From35To44 => "35 to 44",
        AgeBand.From45To59 => "45 to 59",
        AgeBand.From60 => "60 and over",
        _ => "Unknown",
    };

    public static string Rate(double? rate) => rate is { } r ? r.ToString("P1", CultureInfo.CurrentCulture) : "—";
}

// One table of the results page, with the organisation its download links name (operators and analysts).
public sealed record TablaEmbudo(string Id, string Title, IReadOnlyList<FunnelRowView> Rows, Guid? Organization);
