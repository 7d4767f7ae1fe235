using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Learners;

namespace Semillero.Dashboards;

// The web process's copy of kpi_cells, kept current by asking the database only for the cells
// changed since the revision it holds: a dashboard request then sums memory instead of querying.
//
// The copy is dense, not a list of cells: for each (path, provider) group, each metric and each
// month (or, for LastActive, each day of the 30-day window) one fixed-size block holds every
// state × segment × sex × age band. A request therefore reads a number of blocks set by its
// period and the catalog, and each block's size is set by the dimensions, never by how many
// statements or people there are: the same request costs the same at 1M statements as at 10M
// (BENCHMARKS.md, "Dashboards"; ADR 0006). Each block also keeps its state × segment totals, so
// the path and provider rows, the cumulative figures and the monthly series never walk the sex ×
// age detail. Blocks exist only where some cell does, a block's state slices only for states with
// a cell, and LastActive days that leave the window are dropped, so memory is bounded by groups ×
// months, not by activity.
public sealed class KpiCube(TimeProvider? clock = null) : IDisposable
{
    // State 0 is "no state" (INEGI codes are 01–32); segment 0 is "none", 1..n the program's
    // segments in SegmentNames order; sex as in Sexes; age as the AgeBand value.
    public const int States = 33;
    public const int SexCount = 3;
    public const int AgeCount = 7;
    public static readonly int Segments = SegmentNames.WireNames.Count + 1;

    internal sealed class Block
    {
        public const int SliceLength = SexCount * AgeCount;

        // [state][segment, sex, age]: people in the exact cell. A state's slice exists once it has a
        // cell: a block of a narrow group (a path with one provider, one day) holds few states.
        public readonly int[]?[] People = new int[]?[States];

        // [state, segment]: people summed over sex and age.
        public readonly long[] Totals = new long[States * Segments];

        public long Sum;

        public static int At(int segment, int sex, int age) => (((segment * SexCount) + sex) * AgeCount) + age;

        // People in the block for a state (-1: any) and segment (-1: any).
        public long Filtered(int state, int segment)
        {
            if (state < 0 && segment < 0)
            {
                return Sum;
            }

            if (state >= 0 && segment >= 0)
            {
                return Totals[(state * Segments) + segment];
            }

            long total = 0;
            if (state >= 0)
            {
                for (var s = 0; s < Segments; s++)
                {
                    total += Totals[(state * Segments) + s];
                }
            }
            else
            {
                for (var st = 0; st < States; st++)
                {
                    total += Totals[(st * Segments) + segment];
                }
            }

            return total;
        }
    }

    internal sealed class Group(short path, short provider)
    {
        public short Path { get; } = path;

        public short Provider { get; } = provider;

        public readonly Dictionary<(KpiMetric Metric, int Period), Block> Blocks = [];

        public Block? Find(KpiMetric metric, int period) => Blocks.GetValueOrDefault((metric, period));
    }

    // LastActive days kept: the 30-day window plus a margin for a process that runs past midnight.
    public const int LastActiveDaysKept = 35;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly Dictionary<(short Path, short Provider), Group> _groups = [];
    private readonly List<Group> _groupList = [];
    private readonly List<string> _paths = [""];
    private readonly Dictionary<string, short> _pathIds = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string> _providers = [""];
    private readonly Dictionary<string, short> _providerIds = new(StringComparer.Ordinal) { [""] = 0 };
    private long _revision = -1;

    public static IReadOnlyList<string> Sexes { get; } = ["H", "M", "X"];

    public long Revision => Interlocked.Read(ref _revision);

    // Blocks held, for the benchmark's memory figures.
    public int BlockCount => Read(view => view.Groups.Sum(g => g.Blocks.Count));

    public void Dispose()
    {
        _lock.Dispose();
        _refreshing.Dispose();
    }

    // The block index of a segment's wire name: 1..n, or 0 for none or an unknown name.
    public static int SegmentIndex(string segment)
    {
        var names = SegmentNames.WireNames;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], segment, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static int SexIndex(string sex)
    {
        for (var i = 0; i < Sexes.Count; i++)
        {
            if (string.Equals(Sexes[i], sex, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Brings the copy up to the database's latest revision.
    public async Task RefreshAsync(SemilleroDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.KpiCells.AsNoTracking().MaxAsync(c => (long?)c.Revision, ct) ?? 0;
        if (latest <= Revision)
        {
            return;
        }

        await _refreshing.WaitAsync(ct);
        try
        {
            var since = Revision;
            if (latest <= since)
            {
                return;
            }

            var today = ProgramCalendar.Today(_clock);
            var oldestDay = LearnerMarks.Day(today.AddDays(-LastActiveDaysKept).ToDateTime(TimeOnly.MinValue));
            var changed = await db.KpiCells.AsNoTracking()
                .Where(c => c.Revision > since && (c.Metric != KpiMetric.LastActive || c.Period >= oldestDay))
                .Select(c => new { c.Metric, c.Period, c.StateCode, c.Sex, c.AgeBand, c.Segment, c.PathKey, c.Provider, c.People, c.Revision })
                .ToListAsync(ct);
            _lock.EnterWriteLock();
            try
            {
                long top = latest;
                foreach (var c in changed)
                {
                    Apply(c.Metric, c.Period, c.StateCode, c.Sex, c.AgeBand, c.Segment, c.PathKey, c.Provider, c.People);
                    top = Math.Max(top, c.Revision);
                }

                DropDaysBefore(oldestDay);

                // Let the rows go now, not when the finished task that holds this method's locals
                // is collected: on a cold load at 1M statements they are 1.6M objects, ~500 MB,
                // several times the blocks themselves (BENCHMARKS.md, "Dashboards").
                changed.Clear();
                changed.TrimExcess();
                Interlocked.Exchange(ref _revision, top);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private void Apply(KpiMetric metric, int period, string stateCode, string sex, AgeBand age, string segment, string pathKey, string provider, int people)
    {
        var path = Intern(_pathIds, _paths, pathKey);
        var prov = Intern(_providerIds, _providers, provider);
        if (!_groups.TryGetValue((path, prov), out var group))
        {
            group = new Group(path, prov);
            _groups[(path, prov)] = group;
            _groupList.Add(group);
        }

        var state = byte.TryParse(stateCode, out var code) && code < States ? code : 0;
        var seg = SegmentIndex(segment);
        var at = Block.At(seg, Math.Max(0, SexIndex(sex)), (int)age is >= 0 and < AgeCount ? (int)age : 0);
        if (!group.Blocks.TryGetValue((metric, period), out var block))
        {
            if (people == 0)
            {
                return;
            }

            block = new Block();
            group.Blocks[(metric, period)] = block;
        }

        var slice = block.People[state];
        if (slice is null)
        {
            if (people == 0)
            {
                return;
            }

            slice = block.People[state] = new int[Segments * Block.SliceLength];
        }

        // The database sends a changed cell's new count; the block keeps sums, so apply the change.
        var delta = people - slice[at];
        slice[at] = people;
        block.Totals[(state * Segments) + seg] += delta;
        block.Sum += delta;
    }

    private void DropDaysBefore(int oldestDay)
    {
        foreach (var group in _groupList)
        {
            foreach (var key in group.Blocks.Keys)
            {
                if (key.Metric == KpiMetric.LastActive && key.Period < oldestDay)
                {
                    group.Blocks.Remove(key);
                }
            }
        }
    }

    // Paths and providers are small ids so a group's key stays small. Providers include every
    // organisation, cohort and kind of organisation, so a long-running program could reach the
    // limit: past it the cube refuses loudly rather than wrap into another key's counts.
    internal static short Intern(Dictionary<string, short> ids, List<string> names, string name)
    {
        if (!ids.TryGetValue(name, out var id))
        {
            if (names.Count > short.MaxValue)
            {
                throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The KPI cube holds at most {short.MaxValue + 1:N0} keys per dimension (paths, or providers with organisations, cohorts and kinds); it already holds {names.Count:N0}."));
            }

            id = (short)names.Count;
            names.Add(name);
            ids[name] = id;
        }

        return id;
    }

    // Runs `visit` over the groups under a read lock, with the names the small ids stand for.
    internal T Read<T>(Func<CubeView, T> visit)
    {
        _lock.EnterReadLock();
        try
        {
            return visit(new CubeView(_groupList, _paths, _providers, _groups, _providerIds));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // Lookups by key, not by walking the lists: a report reads one group per cohort, and a program
    // holds thousands of cohorts, each its own provider key (BENCHMARKS.md, "Dashboards").
    internal sealed record CubeView(
        IReadOnlyList<Group> Groups,
        IReadOnlyList<string> Paths,
        IReadOnlyList<string> Providers,
        IReadOnlyDictionary<(short Path, short Provider), Group> GroupsByKey,
        IReadOnlyDictionary<string, short> ProviderIds)
    {
        public Group? Find(short path, short provider) => GroupsByKey.GetValueOrDefault((path, provider));

        public int ProviderIndex(string key) => ProviderIds.TryGetValue(key, out var id) ? id : -1;
    }
}
