using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Calendar;
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
    IReadOnlyList<PathInfo> Paths,
    IReadOnlyList<CohortKpiRow>? ByCohort = null,
    IReadOnlyList<KpiRow>? ByKind = null);

public sealed record CohortInfo(Guid Id, string Name, Guid OrganizationId);

// A cohort's figures from the program's start to the period's end (a cohort's rate is over its whole
// life, not a month's): people seated, and of them those who learnt (Registered: first attributed
// learning), are active now, graduated and were hired as Attribution counts them. Completion rate =
// Graduated / Enrolled.
public sealed record CohortKpiRow(string Key, string Name, Guid OrganizationId, long Enrolled, KpiValues Values)
{
    public double? CompletionRate => Enrolled > 0 ? Math.Round(Values.Graduated / (double)Enrolled, 4) : null;
}

public sealed class ReadKpis(SemilleroDb db, KpiCube cube, TimeProvider clock, IOptions<DashboardOptions> options)
{
    public DateOnly ProgramStart => new(options.Value.ProgramStart.Year, options.Value.ProgramStart.Month, 1);

    public DateOnly Today => ProgramCalendar.Today(clock);

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
        var cohorts = await CohortsAsync(db, ct);
        var today = Today;
        var report = cube.Read(view => Compute(view, filter, today, paths));
        return report with { ByCohort = cube.Read(view => CohortRows(view, filter, today, cohorts)) };
    }

    public static async Task<IReadOnlyList<CohortInfo>> CohortsAsync(SemilleroDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Cohorts.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new CohortInfo(c.Id, c.Name, c.OrganizationId)).ToListAsync(ct);
    }

    // The cohorts a filter's table lists: all without a provider filter, the one a cohort key names,
    // an organisation's for its key, none under a path or another provider (cohorts have no path marks).
    public static IEnumerable<CohortInfo> CohortsFor(KpiFilter filter, IReadOnlyList<CohortInfo> cohorts)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(cohorts);
        if (filter.PathId is not null)
        {
            return [];
        }

        return filter.Provider switch
        {
            null => cohorts,
            var key when LearnerMarks.IsCohortKey(key) => cohorts.Where(c => LearnerMarks.CohortKey(c.Id) == key),
            var key when Access.PartnerKey.TryParse(key, out var org) => cohorts.Where(c => c.OrganizationId == org),
            _ => [],
        };
    }

    private static List<CohortKpiRow> CohortRows(KpiCube.CubeView view, KpiFilter filter, DateOnly today, IReadOnlyList<CohortInfo> cohorts)
    {
        var to = LearnerMarks.Month(filter.To);
        var last30 = to >= LearnerMarks.Month(today);
        var wantState = filter.State is null ? -1 : int.Parse(filter.State, System.Globalization.CultureInfo.InvariantCulture);
        var wantSegment = filter.Segment is { } s ? KpiCube.SegmentIndex(SegmentNames.ToWire(s)) : -1;
        var dayFrom = LearnerMarks.Day(today.AddDays(-29).ToDateTime(TimeOnly.MinValue));
        var dayTo = LearnerMarks.Day(today.ToDateTime(TimeOnly.MinValue));
        var rows = new List<CohortKpiRow>();
        foreach (var cohort in CohortsFor(filter, cohorts))
        {
            var provider = view.ProviderIndex(LearnerMarks.CohortKey(cohort.Id));
            var group = provider < 0 ? null : view.Find(0, (short)provider);
            var sums = new long[5];
            long enrolled = 0;
            foreach (var ((metric, period), block) in group?.Blocks ?? [])
            {
                var people = block.Filtered(wantState, wantSegment);
                switch (metric)
                {
                    case KpiMetric.Enrolled when period <= to:
                        enrolled += people;
                        break;
                    case KpiMetric.Registered or KpiMetric.Graduated or KpiMetric.Placed when period <= to:
                        sums[Column(metric)] += people;
                        break;
                    case KpiMetric.LastActive when last30 && period >= dayFrom && period <= dayTo:
                    case KpiMetric.Active when !last30 && period == to:
                        sums[1] += people;
                        break;
                }
            }

            if (enrolled > 0 || sums.Any(x => x > 0))
            {
                rows.Add(new CohortKpiRow(LearnerMarks.CohortKey(cohort.Id), cohort.Name, cohort.OrganizationId, enrolled, Values(sums)));
            }
        }

        return rows;
    }

    // People reaching `metric` in months from..to with these attributes (null: any), any path or
    // provider: what a target line measures.
    public async Task<long> CountAsync(KpiMetric metric, DateOnly from, DateOnly to, string? state, string? segment, string? sex, CancellationToken ct)
    {
        var series = await SeriesAsync(metric, from, to, state, segment, sex, ct);
        return series.Sum(m => m.People);
    }

    // New people per month for a target line, for the forecast: one refresh, one block per month.
    public async Task<IReadOnlyList<MonthlyCount>> SeriesAsync(KpiMetric metric, DateOnly from, DateOnly to, string? state, string? segment, string? sex, CancellationToken ct)
    {
        await cube.RefreshAsync(db, ct);
        var st = state is null ? -1 : int.Parse(state, System.Globalization.CultureInfo.InvariantCulture);
        var seg = segment is null ? -1 : KpiCube.SegmentIndex(segment);
        var sx = sex is null ? -1 : KpiCube.SexIndex(sex);
        var known = (segment is null || seg > 0) && (sex is null || sx >= 0) && st is >= -1 and < KpiCube.States;
        return cube.Read(view =>
        {
            var group = known ? view.Find(0, 0) : null;
            var months = new List<MonthlyCount>();
            for (var m = from; m <= to; m = m.AddMonths(1))
            {
                var block = group?.Find(metric, LearnerMarks.Month(m));
                months.Add(new MonthlyCount(m, block is null ? 0 : sx < 0 ? block.Filtered(st, seg) : BySex(block, st, seg, sx)));
            }

            return months;
        });

        static long BySex(KpiCube.Block block, int state, int segment, int sex)
        {
            long total = 0;
            for (var s = Math.Max(0, state); s <= (state < 0 ? KpiCube.States - 1 : state); s++)
            {
                if (block.People[s] is not { } slice)
                {
                    continue;
                }

                for (var g = Math.Max(0, segment); g <= (segment < 0 ? KpiCube.Segments - 1 : segment); g++)
                {
                    var at = KpiCube.Block.At(g, sex, 0);
                    for (var a = 0; a < KpiCube.AgeCount; a++)
                    {
                        total += slice[at + a];
                    }
                }
            }

            return total;
        }
    }

    // Providers with any record, for the dashboard's filter list: the names the cube already holds.
    public async Task<IReadOnlyList<string>> ProvidersAsync(CancellationToken ct)
    {
        await cube.RefreshAsync(db, ct);
        return cube.Read(view => view.Providers.Where(LearnerMarks.IsProvider).Order(StringComparer.Ordinal).ToList());
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

    private static readonly KpiMetric[] Reached = [KpiMetric.Registered, KpiMetric.Graduated, KpiMetric.Placed];

    private static readonly KpiMetric[] Monthly = [KpiMetric.Registered, KpiMetric.Active, KpiMetric.Graduated, KpiMetric.Placed];

    private static int Column(KpiMetric metric) => metric switch
    {
        KpiMetric.Registered => 0,
        KpiMetric.Active or KpiMetric.LastActive => 1,
        KpiMetric.Graduated => 2,
        _ => 3,
    };

    // Sums blocks, never cells: what a request costs depends on its months and the catalog's paths
    // and providers, not on how much learning there is (KpiCube).
    private static KpiReport Compute(KpiCube.CubeView view, KpiFilter filter, DateOnly today, IReadOnlyList<PathInfo> paths)
    {
        var from = LearnerMarks.Month(filter.From);
        var to = LearnerMarks.Month(filter.To);
        var currentMonth = LearnerMarks.Month(today);
        var last30 = to >= currentMonth;

        var pathKey = filter.PathId is { } p ? PathKeys.Of(p) : "";
        var wantPath = (short)IndexOf(view.Paths, pathKey);
        var wantProvider = (short)view.ProviderIndex(filter.Provider ?? "");
        var wantState = filter.State is null ? -1 : int.Parse(filter.State, System.Globalization.CultureInfo.InvariantCulture);
        var wantSegment = filter.Segment is { } s ? KpiCube.SegmentIndex(SegmentNames.ToWire(s)) : -1;
        var months = new List<int>();
        for (var m = filter.From; m <= filter.To; m = m.AddMonths(1))
        {
            months.Add(LearnerMarks.Month(m));
        }

        // The blocks the headline figures sum: people reaching each metric in the period's months,
        // and for Active the window's days (or the period's last month when it ends in the past).
        var headline = new List<(KpiMetric Metric, int Period)>();
        foreach (var metric in Reached)
        {
            headline.AddRange(months.Select(m => (metric, m)));
        }

        if (last30)
        {
            for (var d = today.AddDays(-29); d <= today; d = d.AddDays(1))
            {
                headline.Add((KpiMetric.LastActive, LearnerMarks.Day(d.ToDateTime(TimeOnly.MinValue))));
            }
        }
        else
        {
            headline.Add((KpiMetric.Active, to));
        }

        var totals = new long[5];
        var cumulative = new long[5];
        var byMonth = new long[months.Count, 5];
        var byState = new long[KpiCube.States, 5];
        var bySex = new long[KpiCube.SexCount, 5];
        var byAge = new long[KpiCube.AgeCount, 5];
        var bySegment = new long[KpiCube.Segments, 5];
        var byPath = new long[view.Paths.Count, 5];
        var byProvider = new long[view.Providers.Count, 5];
        var filteredOut = (filter.PathId is not null && wantPath < 0) || (filter.Provider is not null && wantProvider < 0)
            || wantState >= KpiCube.States || wantSegment == 0;

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

                foreach (var (metric, period) in headline)
                {
                    if (group.Find(metric, period) is not { } block)
                    {
                        continue;
                    }

                    var column = Column(metric);
                    var people = block.Filtered(wantState, wantSegment);
                    if (exactKey)
                    {
                        totals[column] += people;
                        AddBreakdowns(block, column, wantState, wantSegment, byState, bySex, byAge, bySegment);
                    }

                    if (pathRow)
                    {
                        byPath[group.Path, column] += people;
                    }

                    if (providerRow)
                    {
                        byProvider[group.Provider, column] += people;
                    }
                }

                if (!exactKey)
                {
                    continue;
                }

                foreach (var ((metric, period), block) in group.Blocks)
                {
                    if (metric is KpiMetric.Registered or KpiMetric.Graduated or KpiMetric.Placed && period <= to)
                    {
                        cumulative[Column(metric)] += block.Filtered(wantState, wantSegment);
                    }
                }

                for (var i = 0; i < months.Count; i++)
                {
                    foreach (var metric in Monthly)
                    {
                        if (group.Find(metric, months[i]) is { } block)
                        {
                            byMonth[i, Column(metric)] += block.Filtered(wantState, wantSegment);
                        }
                    }
                }
            }
        }

        cumulative[1] = totals[1];
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
            SegmentNames.WireNames.Select((w, i) => new KpiRow(w, Row(bySegment, i + 1))).ToList(),
            paths.Where(x => filter.PathId is null || x.Id == filter.PathId)
                .Select(x => new KpiRow(x.Code, IndexOf(view.Paths, PathKeys.Of(x.Id)) is var i and >= 0 ? Row(byPath, i) : KpiValues.Zero)).ToList(),
            view.Providers.Select((name, i) => (name, i)).Where(x => x.i > 0 && LearnerMarks.IsProvider(x.name) && (filter.Provider is null || x.name == filter.Provider))
                .Select(x => new KpiRow(x.name, Row(byProvider, x.i)))
                .Where(r => r.Values != KpiValues.Zero)
                .OrderByDescending(r => r.Values.Registered).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            paths,
            ByKind: view.Providers.Select((name, i) => (name, i)).Where(x => x.i > 0 && LearnerMarks.IsKindKey(x.name) && (filter.Provider is null || x.name == filter.Provider))
                .Select(x => new KpiRow(x.name, Row(byProvider, x.i)))
                .Where(r => r.Values != KpiValues.Zero)
                .OrderBy(r => r.Key, StringComparer.Ordinal).ToList());
    }

    // Adds one headline block to the state, sex, age and segment tables, within the filter.
    private static void AddBreakdowns(KpiCube.Block block, int column, int wantState, int wantSegment, long[,] byState, long[,] bySex, long[,] byAge, long[,] bySegment)
    {
        for (var state = Math.Max(0, wantState); state <= (wantState < 0 ? KpiCube.States - 1 : wantState); state++)
        {
            if (block.People[state] is not { } people)
            {
                continue;
            }

            for (var segment = Math.Max(0, wantSegment); segment <= (wantSegment < 0 ? KpiCube.Segments - 1 : wantSegment); segment++)
            {
                var subtotal = block.Totals[(state * KpiCube.Segments) + segment];
                if (subtotal == 0)
                {
                    continue;
                }

                byState[state, column] += subtotal;
                bySegment[segment, column] += subtotal;
                var at = KpiCube.Block.At(segment, 0, 0);
                for (var sex = 0; sex < KpiCube.SexCount; sex++)
                {
                    for (var age = 0; age < KpiCube.AgeCount; age++)
                    {
                        var n = people[at++];
                        bySex[sex, column] += n;
                        byAge[age, column] += n;
                    }
                }
            }
        }
    }

    private static KpiValues Values(long[] v) => new(v[0], v[1], v[2], v[3]);

    private static KpiValues Row(long[,] table, int i) => new(table[i, 0], table[i, 1], table[i, 2], table[i, 3]);
}
