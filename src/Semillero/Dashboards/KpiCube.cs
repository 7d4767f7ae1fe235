using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Dashboards;

// The web process's copy of kpi_cells, kept current by asking the database only for the cells
// changed since the revision it holds: a dashboard request then sums a few hundred thousand
// in-memory cells (a few milliseconds) instead of querying, whatever the number of statements.
public sealed class KpiCube : IDisposable
{
    internal struct Cell
    {
        public int Period;
        public int People;
        public short Path;
        public short Provider;
        public KpiMetric Metric;
        public byte State;
        public byte Sex;
        public AgeBand Age;
        public byte Segment;
    }

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly Dictionary<CellKey, int> _index = [];
    private readonly List<string> _paths = [""];
    private readonly Dictionary<string, short> _pathIds = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string> _providers = [""];
    private readonly Dictionary<string, short> _providerIds = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string> _segments = [];
    private readonly Dictionary<string, byte> _segmentIds = new(StringComparer.Ordinal);
    private Cell[] _cells = new Cell[1024];
    private int _count;
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

            var changed = await db.KpiCells.AsNoTracking().Where(c => c.Revision > since).ToListAsync(ct);
            _lock.EnterWriteLock();
            try
            {
                foreach (var cell in changed)
                {
                    Apply(cell);
                }

                Interlocked.Exchange(ref _revision, Math.Max(latest, changed.Count == 0 ? latest : changed.Max(c => c.Revision)));
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

    private void Apply(KpiCell cell)
    {
        var key = new CellKey(cell.Metric, cell.Period, cell.StateCode, cell.Sex, cell.AgeBand, cell.Segment, cell.PathKey, cell.Provider);
        if (_index.TryGetValue(key, out var at))
        {
            _cells[at].People = cell.People;
            return;
        }

        if (_count == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        _cells[_count] = new Cell
        {
            Period = cell.Period,
            People = cell.People,
            Path = Intern(_pathIds, _paths, cell.PathKey),
            Provider = Intern(_providerIds, _providers, cell.Provider),
            Metric = cell.Metric,
            State = byte.TryParse(cell.StateCode, out var state) ? state : (byte)0,
            Sex = (byte)Math.Max(0, IndexOf(Sexes, cell.Sex)),
            Age = cell.AgeBand,
            Segment = InternSegment(cell.Segment),
        };
        _index[key] = _count++;
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

    // Runs `visit` over every cell under a read lock, with the names the small ids stand for.
    internal T Read<T>(Func<CubeView, T> visit)
    {
        _lock.EnterReadLock();
        try
        {
            return visit(new CubeView(new ReadOnlySpanOwner(_cells, _count), _paths, _providers, _segments));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    internal readonly record struct ReadOnlySpanOwner(Cell[] Cells, int Count)
    {
        public ReadOnlySpan<Cell> Span => Cells.AsSpan(0, Count);
    }

    internal sealed record CubeView(ReadOnlySpanOwner Cells, IReadOnlyList<string> Paths, IReadOnlyList<string> Providers, IReadOnlyList<string> Segments);
}
