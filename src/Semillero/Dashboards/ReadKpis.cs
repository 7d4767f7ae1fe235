using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Learners;

namespace Semillero.Dashboards;

// What a dashboard asks for: months From..To (first days of months, inclusive) and optional filters.
public sealed record KpiFilter(DateOnly From, DateOnly To, string? State = null, Segment? Segment = null, Guid? PathId = null, string? Provider = null);

public sealed record KpiValues(long Registered, long Active, long Graduated, long Placed)
{
    public static readonly KpiValues Zero = new(0, 0, 0, 0);
}

// Key: "2026-03" for months, the INEGI code for states, "H"/"M"/"X", the age band's wire name,
// the segment's wire name, the path's code, the provider's name.
public sealed record KpiRow(string Key, KpiValues Values);

public sealed record PathInfo(Guid Id, string Code, string NameEs, string NameEn);

// The KPIs for a filter. Registered, Graduated and Placed count people who reached them within the
// period; Active counts people with learning in the last 30 days when the period reaches the
// current month (ActiveLast30Days), otherwise in the period's last month. ByMonth's Active is each
// month's active people. Cumulative: the same counts from the program's start to the period's end.
public sealed record KpiReport(
    KpiFilter Filter,
    DateOnly Today,
    bool ActiveLast30Days,
    KpiValues Totals,
    KpiValues Cumulative,
    IReadOnlyList<KpiRow> ByMonth,
    IReadOnlyList<KpiRow> ByState,
    IReadOnlyList<KpiRow> BySex,
    IReadOnlyList<KpiRow> ByAgeBand,
    IReadOnlyList<KpiRow> BySegment,
    IReadOnlyList<KpiRow> ByPath,
    IReadOnlyList<KpiRow> ByProvider,
    IReadOnlyList<PathInfo> Paths);

public sealed class ReadKpis(SemilleroDb db, KpiCube cube, TimeProvider clock, IOptions<DashboardOptions> options)
{
    public DateOnly ProgramStart => new(options.Value.ProgramStart.Year, options.Value.ProgramStart.Month, 1);

    public DateOnly Today => KpiCalendar.Today(clock);

    public DateOnly CurrentMonth => new(Today.Year, Today.Month, 1);

    public KpiFilter DefaultFilter() => new(ProgramStart, CurrentMonth);

    public async Task<IReadOnlyList<PathInfo>> PathsAsync(CancellationToken ct) =>
        await db.LearningPaths.AsNoTracking().Where(p => p.Published).OrderBy(p => p.Code)
            .Select(p => new PathInfo(p.Id, p.Code, p.NameEs, p.NameEn)).ToListAsync(ct);

    public async Task<KpiReport> RunAsync(KpiFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await cube.RefreshAsync(db, ct);
        var paths = await PathsAsync(ct);
        var today = Today;
        var report = cube.Read(view => Compute(view, filter, today, paths));
        return report;
    }

    // People reaching `metric` in months from..to with these attributes (null: any), any path or
    // provider: what a target line measures.
    public async Task<long> CountAsync(KpiMetric metric, DateOnly from, DateOnly to, string? state, string? segment, string? sex, CancellationToken ct)
    {
        await cube.RefreshAsync(db, ct);
        var (lo, hi) = (LearnerMarks.Month(from), LearnerMarks.Month(to));
        return cube.Read(view =>
        {
            var seg = segment is null ? -1 : IndexOf(view.Segments, segment);
            var sx = sex is null ? -1 : IndexOf(KpiCube.Sexes, sex);
            var st = state is null ? -1 : int.Parse(state, System.Globalization.CultureInfo.InvariantCulture);
            if ((segment is not null && seg < 0) || (sex is not null && sx < 0))
            {
                return 0L;
            }

            long total = 0;
            if (view.Find(0, 0) is not { } group)
            {
                return 0L;
            }

            foreach (ref readonly var c in group.Span)
            {
                if (c.Metric == metric && c.Period >= lo && c.Period <= hi
                    && (st < 0 || c.State == st) && (seg < 0 || c.Segment == seg) && (sx < 0 || c.Sex == sx))
                {
                    total += c.People;
                }
            }

            return total;
        });
    }

    // New people per month for a target line, for the forecast: one refresh and one pass, however
    // many months.
    public async Task<IReadOnlyList<MonthlyCount>> SeriesAsync(KpiMetric metric, DateOnly from, DateOnly to, string? state, string? segment, string? sex, CancellationToken ct)
    {
        await cube.RefreshAsync(db, ct);
        var (lo, hi) = (LearnerMarks.Month(from), LearnerMarks.Month(to));
        var counts = cube.Read(view =>
        {
            var byMonth = new Dictionary<int, long>();
            var seg = segment is null ? -1 : IndexOf(view.Segments, segment);
            var sx = sex is null ? -1 : IndexOf(KpiCube.Sexes, sex);
            var st = state is null ? -1 : int.Parse(state, System.Globalization.CultureInfo.InvariantCulture);
            if ((segment is not null && seg < 0) || (sex is not null && sx < 0) || view.Find(0, 0) is not { } group)
            {
                return byMonth;
            }

            foreach (ref readonly var c in group.Span)
            {
                if (c.Metric == metric && c.Period >= lo && c.Period <= hi
                    && (st < 0 || c.State == st) && (seg < 0 || c.Segment == seg) && (sx < 0 || c.Sex == sx))
                {
                    byMonth[c.Period] = byMonth.GetValueOrDefault(c.Period) + c.People;
                }
            }

            return byMonth;
        });

        var months = new List<MonthlyCount>();
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            months.Add(new MonthlyCount(m, counts.GetValueOrDefault(LearnerMarks.Month(m))));
        }

        return months;
    }

    // Providers with any record, for the dashboard's filter list: the names the cube already holds.
    public async Task<IReadOnlyList<string>> ProvidersAsync(CancellationToken ct)
    {
        await cube.RefreshAsync(db, ct);
        return cube.Read(view => view.Providers.Where(p => p.Length > 0).Order(StringComparer.Ordinal).ToList());
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static KpiReport Compute(KpiCube.CubeView view, KpiFilter filter, DateOnly today, IReadOnlyList<PathInfo> paths)
    {
        var from = LearnerMarks.Month(filter.From);
        var to = LearnerMarks.Month(filter.To);
        var currentMonth = LearnerMarks.Month(today);
        var last30 = to >= currentMonth;
        var dayFrom = LearnerMarks.Day(today.AddDays(-29).ToDateTime(TimeOnly.MinValue));
        var dayTo = LearnerMarks.Day(today.ToDateTime(TimeOnly.MinValue));

        var pathKey = filter.PathId is { } p ? PathKeys.Of(p) : "";
        var wantPath = (short)IndexOf(view.Paths, pathKey);
        var wantProvider = (short)IndexOf(view.Providers, filter.Provider ?? "");
        var wantState = filter.State is null ? -1 : int.Parse(filter.State, System.Globalization.CultureInfo.InvariantCulture);
        var wantSegment = filter.Segment is { } s ? IndexOf(view.Segments, SegmentNames.ToWire(s)) : -1;
        var months = new List<int>();
        for (var m = filter.From; m <= filter.To; m = m.AddMonths(1))
        {
            months.Add(LearnerMarks.Month(m));
        }

        var totals = new long[5];
        var cumulative = new long[5];
        var byMonth = new long[months.Count, 5];
        var byState = new long[33, 5];
        var bySex = new long[3, 5];
        var byAge = new long[7, 5];
        var bySegment = new long[Math.Max(1, view.Segments.Count), 5];
        var byPath = new long[view.Paths.Count, 5];
        var byProvider = new long[view.Providers.Count, 5];
        var filteredOut = (filter.PathId is not null && wantPath < 0) || (filter.Provider is not null && wantProvider < 0)
            || (filter.Segment is not null && wantSegment < 0);

        if (!filteredOut)
        {
            foreach (var group in view.Groups)
            {
                // Which of the report's parts this group feeds: the filtered key itself (totals and
                // breakdowns), a path's row (same provider filter), a provider's row (same path filter).
                var exactKey = group.Path == wantPath && group.Provider == wantProvider;
                var pathRow = group.Provider == wantProvider && group.Path != 0 && (wantPath == 0 || group.Path == wantPath);
                var providerRow = group.Path == wantPath && group.Provider != 0 && (wantProvider == 0 || group.Provider == wantProvider);
                if (!exactKey && !pathRow && !providerRow)
                {
                    continue;
                }

                long groupTotal0 = 0, groupTotal1 = 0, groupTotal2 = 0, groupTotal3 = 0;
                foreach (ref readonly var c in group.Span)
                {
                    if (c.People == 0 || (wantState >= 0 && c.State != wantState) || (wantSegment >= 0 && c.Segment != wantSegment))
                    {
                        continue;
                    }

                    int column;
                    bool inHeadline;
                    switch (c.Metric)
                    {
                        case KpiMetric.LastActive:
                            column = 1;
                            inHeadline = last30 && c.Period >= dayFrom && c.Period <= dayTo;
                            break;
                        case KpiMetric.Active:
                            column = 1;
                            inHeadline = !last30 && c.Period == to;
                            break;
                        default:
                            column = c.Metric switch { KpiMetric.Registered => 0, KpiMetric.Graduated => 2, _ => 3 };
                            inHeadline = c.Period >= from && c.Period <= to;
                            break;
                    }

                    if (inHeadline)
                    {
                        switch (column)
                        {
                            case 0: groupTotal0 += c.People; break;
                            case 1: groupTotal1 += c.People; break;
                            case 2: groupTotal2 += c.People; break;
                            default: groupTotal3 += c.People; break;
                        }
                    }

                    if (!exactKey)
                    {
                        continue;
                    }

                    if (inHeadline)
                    {
                        byState[c.State, column] += c.People;
                        bySex[c.Sex, column] += c.People;
                        byAge[(int)c.Age, column] += c.People;
                        bySegment[c.Segment, column] += c.People;
                    }

                    if (c.Metric is KpiMetric.Registered or KpiMetric.Graduated or KpiMetric.Placed && c.Period <= to)
                    {
                        cumulative[column] += c.People;
                    }

                    if (c.Metric != KpiMetric.LastActive && c.Period >= from && c.Period <= to)
                    {
                        byMonth[MonthIndex(filter.From, c.Period), column] += c.People;
                    }
                }

                long[] sums = [groupTotal0, groupTotal1, groupTotal2, groupTotal3];
                for (var column = 0; column < 4; column++)
                {
                    if (exactKey)
                    {
                        totals[column] += sums[column];
                    }

                    if (pathRow)
                    {
                        byPath[group.Path, column] += sums[column];
                    }

                    if (providerRow)
                    {
                        byProvider[group.Provider, column] += sums[column];
                    }
                }
            }
        }

        cumulative[1] = totals[1];
        var pathById = paths.ToDictionary(x => PathKeys.Of(x.Id), StringComparer.Ordinal);
        var segmentIndex = view.Segments.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

        return new KpiReport(
            filter,
            today,
            last30,
            Values(totals),
            Values(cumulative),
            months.Select((m, i) => new KpiRow($"{m / 100:0000}-{m % 100:00}", Row(byMonth, i))).ToList(),
            Entidades.All.Select(e => new KpiRow(e.Clave, Row(byState, int.Parse(e.Clave, System.Globalization.CultureInfo.InvariantCulture)))).ToList(),
            KpiCube.Sexes.Select((x, i) => new KpiRow(x, Row(bySex, i))).ToList(),
            AgeBands.All.Select(a => new KpiRow(AgeBands.Wire(a), Row(byAge, (int)a))).ToList(),
            SegmentNames.WireNames.Select(w => new KpiRow(w, segmentIndex.TryGetValue(w, out var i) ? Row(bySegment, i) : KpiValues.Zero)).ToList(),
            paths.Where(x => filter.PathId is null || x.Id == filter.PathId)
                .Select(x => new KpiRow(x.Code, IndexOf(view.Paths, PathKeys.Of(x.Id)) is var i and >= 0 ? Row(byPath, i) : KpiValues.Zero)).ToList(),
            view.Providers.Select((name, i) => (name, i)).Where(x => x.i > 0 && (filter.Provider is null || x.name == filter.Provider))
                .Select(x => new KpiRow(x.name, Row(byProvider, x.i)))
                .Where(r => r.Values != KpiValues.Zero)
                .OrderByDescending(r => r.Values.Registered).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            paths);

        static int MonthIndex(DateOnly from, int period) => ((period / 100) - from.Year) * 12 + (period % 100) - from.Month;
    }

    private static KpiValues Values(long[] v) => new(v[0], v[1], v[2], v[3]);

    private static KpiValues Row(long[,] table, int i) => new(table[i, 0], table[i, 1], table[i, 2], table[i, 3]);
}
