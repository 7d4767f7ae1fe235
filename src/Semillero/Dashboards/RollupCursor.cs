using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Dashboards;

// Where the rollup has read its sources up to. A row can become visible after a newer one (its
// transaction took its sequence or timestamp first and committed later), so each round also looks
// back over a window behind the newest row seen and remembers which rows of it were handled: late
// rows are caught without recomputing the others every round. Persisted as the window's floor:
// after a restart the window is read again and its people recomputed, which changes nothing when
// they were already right.
public sealed class RollupCursor
{
    // How many statements behind the newest seen a late commit is looked for. Statement transactions
    // hold at most a batch (xAPI POSTs of up to a few thousand statements) open at a time.
    public const long SequenceWindow = 20_000;

    private bool _loaded;
    private long _sequenceTop;
    private readonly SortedSet<long> _seenSequences = [];
    private readonly Dictionary<string, DateTime> _timeTop = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<Guid, DateTime>> _seenRows = new(StringComparer.Ordinal);

    // The catalog (which course an activity belongs to, its provider, the published paths holding
    // it) every person's stored marks were computed with, as KpiCatalog.Fingerprint. When the
    // catalog changes, past learning means something else for paths and providers, so everyone is
    // recomputed (a sweep, a chunk per round) and the new fingerprint saved once all are done.
    public const string CatalogSource = "catalog";

    // People per round while a sweep runs: about a round of a few seconds, so new records keep
    // being rolled up between chunks.
    public const int SweepChunk = 5_000;

    private long? _catalogDone;
    private long? _sweepTarget;
    private Queue<Guid>? _sweep;

    public long SequenceTop => _sequenceTop;

    public long? CatalogDone => _catalogDone;

    public bool Sweeping => _sweep is not null;

    // People the running sweep has still to recompute.
    public int SweepRemaining => _sweep?.Count ?? 0;

    public bool Backlogged { get; private set; }

    public async Task LoadAsync(SemilleroDb db, CancellationToken ct)
    {
        if (_loaded)
        {
            return;
        }

        var states = await db.Set<KpiRollupState>().AsNoTracking().ToListAsync(ct);
        foreach (var state in states)
        {
            if (state.Source == "statements")
            {
                _sequenceTop = state.Position;
            }
            else if (state.Source == CatalogSource)
            {
                _catalogDone = state.Position;
            }
            else if (state.Source != "revision")
            {
                _timeTop[state.Source] = new DateTime(state.Position, DateTimeKind.Utc);
            }
        }

        _loaded = true;
        Backlogged = false;
    }

    // After a failed round: forget what was seen and start again from the last saved positions, so
    // the rows of the failed round are read and recomputed again.
    public void Reset()
    {
        _loaded = false;
        _sequenceTop = 0;
        _seenSequences.Clear();
        _timeTop.Clear();
        _seenRows.Clear();
        _catalogDone = null;
        _sweepTarget = null;
        _sweep = null;
        Backlogged = false;
    }

    // Whether the people must be recomputed for this catalog: not on the first sight of a catalog
    // (a database the rollup has not seen a catalog for is taken as computed with it, which is what
    // a rebuild leaves), nor while a sweep towards it already runs.
    public bool NeedsSweep(long fingerprint)
    {
        if (_catalogDone is null)
        {
            _catalogDone = fingerprint;
            return false;
        }

        return fingerprint != (_sweep is null ? _catalogDone : _sweepTarget);
    }

    // Starts (or starts again, when the catalog changed during one) recomputing these people.
    public void StartSweep(long fingerprint, IEnumerable<Guid> everyone)
    {
        _sweepTarget = fingerprint;
        _sweep = new Queue<Guid>(everyone);
    }

    // The next people of the sweep. Taking the last of them completes it: the fingerprint is saved
    // with the round (if the round fails, Reset starts the sweep again from the saved one).
    public IReadOnlyList<Guid> TakeSweep()
    {
        if (_sweep is null)
        {
            return [];
        }

        var chunk = new List<Guid>(Math.Min(SweepChunk, _sweep.Count));
        while (chunk.Count < SweepChunk && _sweep.TryDequeue(out var id))
        {
            chunk.Add(id);
        }

        if (_sweep.Count == 0)
        {
            _catalogDone = _sweepTarget;
            _sweep = null;
            _sweepTarget = null;
        }

        return chunk;
    }

    public long WindowFloor() => Math.Max(0, _sequenceTop - SequenceWindow);

    public int SeenBetween(long floorExclusive, long topInclusive) =>
        _seenSequences.GetViewBetween(floorExclusive + 1, Math.Max(floorExclusive + 1, topInclusive)).Count;

    public DateTime TimeFloor(string source) =>
        _timeTop.TryGetValue(source, out var top) && top > DateTime.MinValue + KpiRollup.Overlap ? top - KpiRollup.Overlap : DateTime.MinValue;

    // True the first time a statement is seen.
    public bool FirstSight(long sequence) => _seenSequences.Add(sequence);

    // True the first time a row is seen with this timestamp (a learner row seen again with a newer
    // UpdatedAt changed again).
    public bool FirstSight(string source, Guid row, DateTime at)
    {
        if (!_seenRows.TryGetValue(source, out var seen))
        {
            _seenRows[source] = seen = [];
        }

        if (seen.TryGetValue(row, out var seenAt) && seenAt == at)
        {
            return false;
        }

        seen[row] = at;
        return true;
    }

    public void AdvanceSequence()
    {
        if (_seenSequences.Count > 0)
        {
            _sequenceTop = Math.Max(_sequenceTop, _seenSequences.Max);
        }

        var floor = WindowFloor();
        while (_seenSequences.Count > 0 && _seenSequences.Min <= floor)
        {
            _seenSequences.Remove(_seenSequences.Min);
        }
    }

    public void AdvanceTime(string source, DateTime? newest, int read)
    {
        var top = _timeTop.GetValueOrDefault(source, DateTime.MinValue);
        if (newest is { } at && at > top)
        {
            _timeTop[source] = top = at;
        }

        Backlogged |= read >= KpiRollup.RoundLimit;
        if (_seenRows.TryGetValue(source, out var seen))
        {
            var floor = TimeFloor(source);
            foreach (var old in seen.Where(s => s.Value < floor).Select(s => s.Key).ToList())
            {
                seen.Remove(old);
            }
        }
    }

    public async Task SaveAsync(SemilleroDb db, DateTime now, CancellationToken ct)
    {
        await SaveStatesAsync(db, states =>
        {
            Set(db, states, "statements", WindowFloor(), now);
            foreach (var source in _timeTop.Keys)
            {
                Set(db, states, source, TimeFloor(source).Ticks, now);
            }

            if (_catalogDone is { } catalog)
            {
                Set(db, states, CatalogSource, catalog, now);
            }
        }, ct);
        Backlogged = false;
    }

    // Moves the saved positions up to these tops (never back), keeping the same look-back window a
    // round keeps, so a row that commits late behind them is still seen.
    // The catalog's fingerprint is saved as given: the people were just computed with it.
    public static async Task RaiseAsync(SemilleroDb db, long sequenceTop, IReadOnlyDictionary<string, DateTime?> timeTops, long catalog, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(timeTops);
        await SaveStatesAsync(db, states =>
        {
            Raise(states, "statements", Math.Max(0, sequenceTop - SequenceWindow));
            foreach (var (source, top) in timeTops)
            {
                if (top is { } at && at > DateTime.MinValue + KpiRollup.Overlap)
                {
                    Raise(states, source, (at - KpiRollup.Overlap).Ticks);
                }
            }

            Set(db, states, CatalogSource, catalog, now);
        }, ct);

        void Raise(Dictionary<string, KpiRollupState> states, string source, long position)
        {
            if (!states.TryGetValue(source, out var state) || state.Position < position)
            {
                Set(db, states, source, position, now);
            }
        }
    }

    // A rebuild (`kpis rebuild`) and the web host's background round may both insert the first row of
    // a source at the same moment; SQLite has no advisory lock to keep them apart. The loser reads
    // the rows again and applies its positions on top (positions only move as each caller decides).
    private static async Task SaveStatesAsync(SemilleroDb db, Action<Dictionary<string, KpiRollupState>> apply, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var states = await db.Set<KpiRollupState>().Where(s => s.Source != "revision").ToDictionaryAsync(s => s.Source, ct);
            apply(states);
            try
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && Catalog.CatalogWrites.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static void Set(SemilleroDb db, Dictionary<string, KpiRollupState> states, string source, long position, DateTime now)
    {
        if (!states.TryGetValue(source, out var state))
        {
            db.Add(new KpiRollupState { Source = source, Position = position, UpdatedAt = now });
        }
        else if (state.Position != position)
        {
            state.Position = position;
            state.UpdatedAt = now;
        }
    }
}
