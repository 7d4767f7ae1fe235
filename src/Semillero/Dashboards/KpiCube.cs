using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Dashboards;

// The web process's copy of kpi_cells, kept current by asking the database only for the cells
// changed since the revision it holds: a dashboard request then sums in-memory cells instead of
// querying, whatever the number of statements.
//
// Cells are grouped by (path, provider) key, so a request reads only the groups it needs (the
// "any path, any provider" group for totals and breakdowns, one group per path or provider for
// those breakdowns) and never the path × provider combinations unless it filters by both. Days of
// LastActive older than the 30-day window are not kept: only the window is ever read (BENCHMARKS.md,
// "Dashboards": they were more than half of all cells). Keys are small interned numbers, not the
// table's strings, so a cell costs tens of bytes.
public sealed class KpiCube(TimeProvider? clock = null) : IDisposable
{
    internal struct Cell
    {
        public int Period;
        public int People;
        public KpiMetric Metric;
        public byte State;
        public byte Sex;
        public AgeBand Age;
        public byte Segment;
    }

    internal readonly record struct Key(int Period, KpiMetric Metric, byte State, byte Sex, AgeBand Age, byte Segment);

    internal sealed class Group(short path, short provider)
    {
        public short Path { get; } = path;

        public short Provider { get; } = provider;

        public Cell[] Cells = new Cell[64];

        public int Count;

        public readonly Dictionary<Key, int> Index = [];

        public ReadOnlySpan<Cell> Span => Cells.AsSpan(0, Count);
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
    private readonly List<string> _segments = [];
    private readonly Dictionary<string, byte> _segmentIds = new(StringComparer.Ordinal);
    private long _revision = -1;

    public static IReadOnlyList<string> Sexes { get; } = ["H", "M", "X"];

    public long Revision => Interlocked.Read(ref _revision);

    public void Dispose()
    {
        _lock.Dispose();
        _refreshing.Dispose();
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

            var today = KpiCalendar.Today(_clock);
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

        var cell = new Cell
        {
            Period = period,
            People = people,
            Metric = metric,
            State = byte.TryParse(stateCode, out var state) ? state : (byte)0,
            Sex = (byte)Math.Max(0, IndexOf(Sexes, sex)),
            Age = age,
            Segment = InternSegment(segment),
        };
        var key = new Key(cell.Period, cell.Metric, cell.State, cell.Sex, cell.Age, cell.Segment);
        if (group.Index.TryGetValue(key, out var at))
        {
            group.Cells[at].People = people;
            return;
        }

        if (group.Count == group.Cells.Length)
        {
            Array.Resize(ref group.Cells, group.Cells.Length * 2);
        }

        group.Cells[group.Count] = cell;
        group.Index[key] = group.Count++;
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

    private static short Intern(Dictionary<string, short> ids, List<string> names, string name)
    {
        if (!ids.TryGetValue(name, out var id))
        {
            id = (short)names.Count;
            names.Add(name);
            ids[name] = id;
        }

        return id;
    }

    private byte InternSegment(string segment)
    {
        if (!_segmentIds.TryGetValue(segment, out var id))
        {
            id = (byte)_segments.Count;
            _segments.Add(segment);
            _segmentIds[segment] = id;
        }

        return id;
    }

    // Runs `visit` over the groups under a read lock, with the names the small ids stand for.
    internal T Read<T>(Func<CubeView, T> visit)
    {
        _lock.EnterReadLock();
        try
        {
            return visit(new CubeView(_groupList, _paths, _providers, _segments));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    internal sealed record CubeView(IReadOnlyList<Group> Groups, IReadOnlyList<string> Paths, IReadOnlyList<string> Providers, IReadOnlyList<string> Segments)
    {
        public Group? Find(short path, short provider)
        {
            foreach (var g in Groups)
            {
                if (g.Path == path && g.Provider == provider)
                {
                    return g;
                }
            }

            return null;
        }
    }
}
