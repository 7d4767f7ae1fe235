using Semillero.Dashboards;
using Semillero.Disclosure;
using Semillero.Geography;

namespace Semillero.Web.Dashboards;

// One published row: a null count or rate is suppressed (shown through SuppressedCell, written
// empty in downloads). Why says, per count, whether it is small ("<5") or withheld ("Reservado").
public sealed record PublicRow(string Key, string LabelEs, string LabelEn, IReadOnlyList<long?> Counts, double? Per100k = null, IReadOnlyList<Suppression>? Why = null)
{
    public bool AnySuppressed => Counts.Any(c => c is null);

    public IEnumerable<(long? Count, Suppression Why)> Cells =>
        Counts.Select((c, i) => (c, c is not null ? Suppression.None : Why?[i] ?? Suppression.Withheld));

    // A rate is hidden with its count.
    public Suppression RateWhy => Per100k is not null || Counts.Count == 0 || Counts[0] is not null ? Suppression.None : Cells.First().Why;
}

// Rows plus the total row, as published.
public sealed record PublicTable(IReadOnlyList<PublicRow> Rows, PublicRow Total)
{
    public bool AnySuppressed => Total.AnySuppressed || Rows.Any(r => r.AnySuppressed);
}

// The headline: null means the national figure itself is small and is not published.
public sealed record PublicHeadline(long? Registered, long? Active, long? Graduated, long? Placed, double? RegisteredPer100k);

public sealed record PublicProgressView(
    DateOnly Today,
    PublicHeadline Headline,
    PublicTable States,
    PublicTable Sexes,
    PublicTable Ages,
    PublicTable Months,
    IReadOnlyList<PublicRow>? Kinds = null,
    IReadOnlyList<PublicRow>? TopProviders = null);

// What the public /avance page and its open-data downloads may show of a KpiReport: every count of 1
// to 4 people hidden, and every cell that would give one back by subtraction (SmallCells). Pure, so
// tests can feed it crafted reports.
public static class PublicProgress
{
    public const string UnknownKey = "sin-dato";

    public const string TotalKey = "total";

    // The same national figures appear as the total row of several tables and in the headline; a
    // figure hidden in one place must be hidden in all, or another table would publish it.
    // Kinds of organisation, and providers shown among the top: how many verified providers' names
    // the page lists (verifiedNames: partner key → name; others are never named).
    public const int TopProviderCount = 10;

    public static PublicProgressView Build(KpiReport report, int months = 12, IReadOnlyDictionary<string, string>? verifiedNames = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var totals = report.Totals;
        long[] national = [totals.Registered, totals.Graduated, totals.Placed];

        var states = StateRows(report);
        var sexes = report.BySex.Select(r => Source(r.Key, SexEs(r.Key), SexEn(r.Key), r.Values)).ToList();
        var ages = AgeRows(report);

        // First pass: each table on its own; the union of what they hide in the national row is then
        // imposed on all of them (a fixed point, as each imposition may hide more).
        var forcedTotals = national.Select(n => SmallCells.IsSmall(n, SmallCells.Threshold)).ToArray();
        bool[,] stateFlags, sexFlags, ageFlags;
        while (true)
        {
            stateFlags = SmallCells.Columns(Matrix(states, national, 3), SmallCells.Threshold, forcedTotals);
            sexFlags = SmallCells.Columns(Matrix(sexes, national, 2), SmallCells.Threshold, forcedTotals);
            ageFlags = SmallCells.Columns(Matrix(ages, national, 2), SmallCells.Threshold, forcedTotals);
            var union = (bool[])forcedTotals.Clone();
            Union(union, stateFlags, states.Count);
            Union(union, sexFlags, sexes.Count);
            Union(union, ageFlags, ages.Count);
            if (union.SequenceEqual(forcedTotals))
            {
                break;
            }

            forcedTotals = union;
        }

        var headline = new PublicHeadline(
            forcedTotals[0] ? null : totals.Registered,
            SmallCells.IsSmall(totals.Active, SmallCells.Threshold) ? null : totals.Active,
            forcedTotals[1] ? null : totals.Graduated,
            forcedTotals[2] ? null : totals.Placed,
            forcedTotals[0] ? null : Per100k(totals.Registered, Entidades.All.Sum(e => (long)e.Poblacion2020)));

        return new PublicProgressView(
            report.Today,
            headline,
            Publish(states, national, stateFlags, 3, withRate: true, headline.RegisteredPer100k),
            Publish(sexes, national, sexFlags, 2, withRate: false, null),
            Publish(ages, national, ageFlags, 2, withRate: false, null),
            MonthRows(report, months, national, forcedTotals),
            KindRows(report),
            ProviderRows(report, verifiedNames ?? new Dictionary<string, string>()));
    }

    // People per kind of organisation (learnt with one of its organisations or in their cohorts). A
    // person can be counted under several kinds, so the rows add up to no published figure and each
    // cell stands alone: a small one is withheld.
    private static List<PublicRow> KindRows(KpiReport report) =>
        Enum.GetValues<Semillero.Organizations.OrganizationKind>()
            .Select(k => (Kind: k, Key: LearnerMarks.KindKey(k.ToString().ToLowerInvariant())))
            .Select(k => Standalone(k.Key, KindEs(k.Kind), KindEn(k.Kind), (report.ByKind ?? []).FirstOrDefault(r => r.Key == k.Key)?.Values ?? KpiValues.Zero))
            .ToList();

    // The providers with most people, verified organisations only, by name; each cell alone.
    private static List<PublicRow> ProviderRows(KpiReport report, IReadOnlyDictionary<string, string> names) =>
        report.ByProvider.Where(r => names.ContainsKey(r.Key))
            .OrderByDescending(r => r.Values.Registered).ThenBy(r => names[r.Key], StringComparer.Ordinal)
            .Take(TopProviderCount)
            .Select(r => Standalone(r.Key, names[r.Key], names[r.Key], r.Values))
            .ToList();

    private static PublicRow Standalone(string key, string es, string en, KpiValues v)
    {
        long[] counts = [v.Registered, v.Graduated, v.Placed];
        var hidden = counts.Select(c => SmallCells.IsSmall(c, SmallCells.Threshold)).ToArray();
        return new PublicRow(key, es, en,
            [.. counts.Select((c, i) => hidden[i] ? (long?)null : c)],
            Why: [.. counts.Select((c, i) => Suppressions.Of(c, hidden[i]))]);
    }

    public static string KindEs(Semillero.Organizations.OrganizationKind kind) => kind switch
    {
        Semillero.Organizations.OrganizationKind.Proveedor => "Proveedores de formación",
        Semillero.Organizations.OrganizationKind.Academia => "Academia",
        Semillero.Organizations.OrganizationKind.Aceleradora => "Aceleradoras e incubadoras",
        Semillero.Organizations.OrganizationKind.Inversion => "Fondos e inversionistas",
        Semillero.Organizations.OrganizationKind.Camara => "Cámaras empresariales",
        _ => "Gobiernos",
    };

    public static string KindEn(Semillero.Organizations.OrganizationKind kind) => kind switch
    {
        Semillero.Organizations.OrganizationKind.Proveedor => "Training providers",
        Semillero.Organizations.OrganizationKind.Academia => "Academia",
        Semillero.Organizations.OrganizationKind.Aceleradora => "Accelerators and incubators",
        Semillero.Organizations.OrganizationKind.Inversion => "Funds and investors",
        Semillero.Organizations.OrganizationKind.Camara => "Business chambers",
        _ => "Governments",
    };

    public static double? Per100k(long count, long population) =>
        population <= 0 ? null : count * 100_000.0 / population;

    public static string SexEs(string key) => key switch { "H" => "Hombres", "M" => "Mujeres", _ => "No binario u otro" };

    public static string SexEn(string key) => key switch { "H" => "Men", "M" => "Women", _ => "Non-binary or other" };

    private sealed record SourceRow(string Key, string LabelEs, string LabelEn, long[] Counts, long Population);

    private static SourceRow Source(string key, string es, string en, KpiValues v, long population = 0) =>
        new(key, es, en, [v.Registered, v.Graduated, v.Placed], population);

    // The 32 states, and the people without a registered state when there are any, so the column
    // adds up to the national total (otherwise the difference would be an unprotected cell).
    private static List<SourceRow> StateRows(KpiReport report)
    {
        var rows = report.ByState.Select(r =>
        {
            var e = Entidades.ByCode(r.Key);
            return Source(r.Key, Entidades.NameOf(r.Key, english: false), Entidades.NameOf(r.Key, english: true), r.Values, e?.Poblacion2020 ?? 0);
        }).ToList();
        AddRemainder(rows, report.Totals, "Sin entidad registrada", "No state on record");
        return rows;
    }

    private static List<SourceRow> AgeRows(KpiReport report)
    {
        var rows = AgeBands.All.Select(a =>
        {
            var wire = AgeBands.Wire(a);
            var values = report.ByAgeBand.FirstOrDefault(r => r.Key == wire)?.Values ?? KpiValues.Zero;
            return Source(wire, AgeBands.Label(a), AgeEn(a), values);
        }).ToList();
        AddRemainder(rows, report.Totals, "Sin dato", "Unknown");
        return rows;
    }

    private static void AddRemainder(List<SourceRow> rows, KpiValues totals, string es, string en)
    {
        long[] rest =
        [
            totals.Registered - rows.Sum(r => r.Counts[0]),
            totals.Graduated - rows.Sum(r => r.Counts[1]),
            totals.Placed - rows.Sum(r => r.Counts[2]),
        ];
        if (rest.Any(x => x > 0))
        {
            rows.Add(new SourceRow(UnknownKey, es, en, [.. rest.Select(x => Math.Max(0, x))], 0));
        }
    }

    private static string AgeEn(AgeBand band) => band switch
    {
        AgeBand.Under18 => "Under 18",
        AgeBand.From18To24 => "18 to 24",
        AgeBand.From25To34 => "25 to 34",
        AgeBand.From35To44 => "35 to 44",
        AgeBand.From45To59 => "45 to 59",
        AgeBand.From60 => "60 and over",
        _ => "Unknown",
    };

    // Rows then the national total row last, the first `columns` measures.
    private static long[,] Matrix(List<SourceRow> rows, long[] national, int columns)
    {
        var m = new long[rows.Count + 1, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                m[r, c] = rows[r].Counts[c];
            }
        }

        for (var c = 0; c < columns; c++)
        {
            m[rows.Count, c] = national[c];
        }

        return m;
    }

    private static void Union(bool[] totals, bool[,] flags, int totalRow)
    {
        for (var c = 0; c < flags.GetLength(1); c++)
        {
            totals[c] |= flags[totalRow, c];
        }
    }

    private static PublicTable Publish(List<SourceRow> rows, long[] national, bool[,] flags, int columns, bool withRate, double? nationalRate)
    {
        var published = rows.Select((row, r) =>
        {
            var counts = Enumerable.Range(0, columns).Select(c => flags[r, c] ? (long?)null : row.Counts[c]).ToList();
            var why = Enumerable.Range(0, columns).Select(c => Suppressions.Of(row.Counts[c], flags[r, c])).ToList();
            // A rate is its count divided by a published population: hiding one and showing the other
            // would give the count back.
            var rate = withRate && counts[0] is { } registered ? Per100k(registered, row.Population) : null;
            return new PublicRow(row.Key, row.LabelEs, row.LabelEn, counts, rate, why);
        }).ToList();
        var totalCounts = Enumerable.Range(0, columns).Select(c => flags[rows.Count, c] ? (long?)null : national[c]).ToList();
        var totalWhy = Enumerable.Range(0, columns).Select(c => Suppressions.Of(national[c], flags[rows.Count, c])).ToList();
        return new PublicTable(published, new PublicRow(TotalKey, "Total nacional", "National total", totalCounts, withRate ? nationalRate : null, totalWhy));
    }

    // New registrations, graduations and placements in each of the last `months` months of the
    // report; each column with its 12-month total is one line.
    private static PublicTable MonthRows(KpiReport report, int months, long[] national, bool[] forcedTotals)
    {
        var last = report.ByMonth.Skip(Math.Max(0, report.ByMonth.Count - months)).ToList();
        var sums = new long[3];
        var columns = new List<bool[]>();
        for (var c = 0; c < 3; c++)
        {
            var values = last.Select(r => Measure(r.Values, c)).ToList();
            sums[c] = values.Sum();
            values.Add(sums[c]);
            // When the window covers the whole program its total is the national figure, hidden or
            // not as the other tables decided.
            var hidden = new bool[values.Count];
            hidden[^1] = sums[c] == national[c] && forcedTotals[c];
            columns.Add(SmallCells.Line(values, SmallCells.Threshold, hidden));
        }

        var rows = last.Select((r, i) => new PublicRow(
            r.Key, r.Key, r.Key,
            [.. Enumerable.Range(0, 3).Select(c => columns[c][i] ? (long?)null : Measure(r.Values, c))],
            Why: [.. Enumerable.Range(0, 3).Select(c => Suppressions.Of(Measure(r.Values, c), columns[c][i]))])).ToList();
        var total = new PublicRow(TotalKey, "Total 12 meses", "12-month total",
            [.. Enumerable.Range(0, 3).Select(c => columns[c][last.Count] ? (long?)null : sums[c])],
            Why: [.. Enumerable.Range(0, 3).Select(c => Suppressions.Of(sums[c], columns[c][last.Count]))]);
        return new PublicTable(rows, total);
    }

    private static long Measure(KpiValues v, int column) => column switch
    {
        0 => v.Registered,
        1 => v.Graduated,
        _ => v.Placed,
    };
}
