using System.Collections.Concurrent;
using Semillero.Privacy;
using Semillero.Vacancies;

namespace Semillero.Matching;

// A skill as the index holds it for one person: levels 0–3 proven by badges and declared.
public readonly record struct CandidateSkill(string SkillId, int Verified, int Declared);

// Everything ranking needs about one visible person, and nothing that identifies them.
public sealed record CandidateRecord(
    Guid LearnerId,
    string Alias,
    string StateCode,
    Availability Availability,
    bool Presencial,
    bool Hibrido,
    bool Remoto,
    DateOnly? LastActivity,
    IReadOnlyList<CandidateSkill> Skills)
{
    public CandidateContext Context(DateOnly today) =>
        new(StateCode, Availability, Presencial, Hibrido, Remoto, LastActivity is { } d ? today.DayNumber - d.DayNumber : null);

    public SkillHolding Holding(string skillId)
    {
        foreach (var s in Skills)
        {
            if (string.Equals(s.SkillId, skillId, StringComparison.Ordinal))
            {
                return new SkillHolding(s.Verified, s.Declared);
            }
        }

        return default;
    }
}

public sealed record RankedCandidate(CandidateRecord Candidate, int Score);

// The visible candidates in memory (docs/notes/matching.md, "Index"): per skill, a posting list of
// the people holding it and a byte per person with both levels, so a query reads only the postings
// of the vacancy's skills and keeps the best N in a bounded heap. One reader-writer lock: queries
// read concurrently; a change (a consent, a badge, a profile) waits for the running queries, which
// take milliseconds, and is visible to the next one.
public sealed class CandidateIndex(TimeProvider clock) : ILearnerChangeListener, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Learner → the change number of the last change a hook applied: a background load that began
    // before it must not overwrite it (it read the database before the change).
    private readonly Dictionary<Guid, long> _hookChanges = [];
    private long _changes;
    private Store _store = new();

    public bool IsReady => _ready.Task.IsCompleted;

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _store.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    // The change number a load started at; pass it back with what the load read.
    public long ChangeNumber => Interlocked.Read(ref _changes);

    public async Task<bool> WaitReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    // A full build: replaces everything. People a hook changed while the build was reading are left
    // out and returned, to be loaded again (the build's copy of them may predate the change).
    public IReadOnlyList<Guid> Replace(IEnumerable<CandidateRecord> records, long loadedAt)
    {
        var store = new Store();
        foreach (var r in records)
        {
            store.Upsert(r);
        }

        _lock.EnterWriteLock();
        try
        {
            var redo = _hookChanges.Where(h => h.Value > loadedAt).Select(h => h.Key).ToList();
            foreach (var id in redo)
            {
                store.Remove(id);
            }

            _store = store;
            return redo;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void MarkReady() => _ready.TrySetResult();

    // What a background load read for these people (absent from records: no longer visible); people
    // a hook changed after the load began keep the hook's version.
    public void Apply(IReadOnlyCollection<Guid> learnerIds, IReadOnlyList<CandidateRecord> records, long loadedAt)
    {
        var byId = records.ToDictionary(r => r.LearnerId);
        _lock.EnterWriteLock();
        try
        {
            foreach (var id in learnerIds)
            {
                if (_hookChanges.TryGetValue(id, out var at) && at > loadedAt)
                {
                    continue;
                }

                if (byId.TryGetValue(id, out var record))
                {
                    _store.Upsert(record);
                }
                else
                {
                    _store.Remove(id);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // After a change to one person in this process (consent, badge, profile): read them again and
    // apply it before the request that made the change returns.
    public async Task RefreshAsync(Data.SemilleroDb db, Guid learnerId, CancellationToken ct) =>
        Set(learnerId, await CandidateLoader.LoadOneAsync(db, learnerId, clock, ct));

    public Task LearnerChangedAsync(Data.SemilleroDb db, Guid learnerId, CancellationToken ct) => RefreshAsync(db, learnerId, ct);

    // Consent withdrawn or account cancelled: out at once, nothing to read.
    public void Withdraw(Guid learnerId) => Set(learnerId, null);

    // A change made in this process, applied before the request that made it returns.
    public void Set(Guid learnerId, CandidateRecord? record)
    {
        _lock.EnterWriteLock();
        try
        {
            _hookChanges[learnerId] = Interlocked.Increment(ref _changes);
            if (record is null)
            {
                _store.Remove(learnerId);
            }
            else
            {
                _store.Upsert(record);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // Hook marks older than every load still running are no longer needed.
    public void ForgetHookChangesBefore(long changeNumber)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var id in _hookChanges.Where(h => h.Value <= changeNumber).Select(h => h.Key).ToList())
            {
                _hookChanges.Remove(id);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public CandidateRecord? Find(Guid learnerId)
    {
        _lock.EnterReadLock();
        try
        {
            return _store.Find(learnerId);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public IReadOnlyList<RankedCandidate> Top(VacancyQuery vacancy, int n, DateOnly today)
    {
        _lock.EnterReadLock();
        try
        {
            return _store.Top(vacancy, n, today);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // Visible people holding the skill proven at the level: living in the state, or (state null)
    // accepting remote work.
    public int CountVerified(string skillId, int level, string? stateCode)
    {
        _lock.EnterReadLock();
        try
        {
            return _store.CountVerified(skillId, level, stateCode);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();

    private sealed class Store
    {
        private const byte InPostings = 0x80;
        private const byte LevelBits = 0x0F;
        private const int NoActivity = int.MinValue;

        private readonly Dictionary<Guid, int> _slotOf = [];
        private readonly Stack<int> _free = new();
        private readonly Dictionary<string, int> _skillIndex = new(StringComparer.Ordinal);
        private readonly List<string> _skillIds = [];
        private readonly List<byte[]> _levels = [];
        private readonly List<int[]> _postings = [];
        private readonly List<int> _postingCount = [];
        private readonly List<int> _stale = [];
        private readonly ConcurrentBag<Scratch> _scratch = [];

        private int _capacity;
        private int _slots;
        private Guid[] _learner = [];
        private string?[] _alias = [];
        private byte[] _state = [];
        private byte[] _flags = [];
        private int[] _lastDay = [];
        private int[]?[] _skillsOf = [];

        public int Count => _slotOf.Count;

        public void Upsert(CandidateRecord record)
        {
            if (_slotOf.TryGetValue(record.LearnerId, out var slot))
            {
                ClearSkills(slot);
            }
            else
            {
                slot = _free.Count > 0 ? _free.Pop() : _slots++;
                Grow(_slots);
                _slotOf[record.LearnerId] = slot;
            }

            _learner[slot] = record.LearnerId;
            _alias[slot] = record.Alias;
            _state[slot] = StateByte(record.StateCode);
            _flags[slot] = (byte)((record.Presencial ? 1 : 0) | (record.Hibrido ? 2 : 0) | (record.Remoto ? 4 : 0) | ((int)record.Availability << 4));
            _lastDay[slot] = record.LastActivity?.DayNumber ?? NoActivity;
            var held = new List<int>(record.Skills.Count);
            foreach (var skill in record.Skills)
            {
                var level = (byte)(Math.Clamp(skill.Verified, 0, 3) | (Math.Clamp(skill.Declared, 0, 3) << 2));
                if (level == 0)
                {
                    continue;
                }

                var k = SkillIndex(skill.SkillId);
                ref var cell = ref _levels[k][slot];
                if ((cell & InPostings) == 0)
                {
                    AppendPosting(k, slot);
                }
                else if ((cell & LevelBits) == 0)
                {
                    _stale[k]--;
                }

                cell = (byte)(InPostings | level);
                held.Add(k);
            }

            _skillsOf[slot] = [.. held];
        }

        public void Remove(Guid learnerId)
        {
            if (!_slotOf.Remove(learnerId, out var slot))
            {
                return;
            }

            ClearSkills(slot);
            _alias[slot] = null;
            _learner[slot] = Guid.Empty;
            _free.Push(slot);
        }

        public CandidateRecord? Find(Guid learnerId) => _slotOf.TryGetValue(learnerId, out var slot) ? Record(slot) : null;

        public List<RankedCandidate> Top(VacancyQuery vacancy, int n, DateOnly today)
        {
            if (n <= 0 || _slotOf.Count == 0)
            {
                return [];
            }

            var scratch = Rent();
            try
            {
                var epoch = scratch.Next();
                var touched = scratch.Touched;
                touched.Clear();
                foreach (var need in vacancy.Gating)
                {
                    if (!_skillIndex.TryGetValue(need.SkillId, out var k))
                    {
                        continue;
                    }

                    var table = PointsTable(need, required: true);
                    var levels = _levels[k];
                    var postings = _postings[k];
                    var count = _postingCount[k];
                    for (var i = 0; i < count; i++)
                    {
                        var slot = postings[i];
                        var level = levels[slot] & LevelBits;
                        if (level == 0)
                        {
                            continue;
                        }

                        if (scratch.Stamp[slot] != epoch)
                        {
                            scratch.Stamp[slot] = epoch;
                            scratch.Points[slot] = 0;
                            touched.Add(slot);
                        }

                        scratch.Points[slot] += table[level];
                    }
                }

                foreach (var need in vacancy.Others)
                {
                    if (!_skillIndex.TryGetValue(need.SkillId, out var k))
                    {
                        continue;
                    }

                    var table = PointsTable(need, required: false);
                    var levels = _levels[k];
                    var postings = _postings[k];
                    var count = _postingCount[k];
                    for (var i = 0; i < count; i++)
                    {
                        var slot = postings[i];
                        if (scratch.Stamp[slot] == epoch)
                        {
                            scratch.Points[slot] += table[levels[slot] & LevelBits];
                        }
                    }
                }

                var needMask = vacancy.Modality switch
                {
                    WorkModality.Presencial => 1,
                    WorkModality.Hibrido => 2,
                    _ => 4,
                };
                var vacancyState = vacancy.Modality == WorkModality.Remoto || vacancy.StateCode is null ? (byte)0 : StateByte(vacancy.StateCode);
                var otherState = vacancy.Modality == WorkModality.Presencial ? CandidateRanker.OtherStatePresencial : CandidateRanker.OtherStateHibrido;
                var todayDay = today.DayNumber;
                var heap = new PriorityQueue<int, (int Score, string Alias)>(n + 1, WorstFirst.Instance);
                foreach (var slot in touched)
                {
                    var flags = _flags[slot];
                    if ((flags & needMask) == 0)
                    {
                        continue;
                    }

                    var score = scratch.Points[slot]
                        + (vacancyState == 0 ? 0 : _state[slot] == vacancyState ? CandidateRanker.SameState : otherState)
                        + CandidateRanker.AvailabilityPoints((Availability)(flags >> 4))
                        + CandidateRanker.ActivityPoints(_lastDay[slot] == NoActivity ? null : todayDay - _lastDay[slot]);
                    var key = (score, _alias[slot]!);
                    if (heap.Count < n)
                    {
                        heap.Enqueue(slot, key);
                    }
                    else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(key, worst) > 0)
                    {
                        heap.DequeueEnqueue(slot, key);
                    }
                }

                var result = new List<RankedCandidate>(heap.Count);
                while (heap.TryDequeue(out var slot, out var key))
                {
                    result.Add(new RankedCandidate(Record(slot), key.Score));
                }

                result.Reverse();
                return result;
            }
            finally
            {
                _scratch.Add(scratch);
            }
        }

        public int CountVerified(string skillId, int level, string? stateCode)
        {
            if (!_skillIndex.TryGetValue(skillId, out var k))
            {
                return 0;
            }

            var state = stateCode is null ? (byte)0 : StateByte(stateCode);
            var levels = _levels[k];
            var postings = _postings[k];
            var total = 0;
            for (var i = 0; i < _postingCount[k]; i++)
            {
                var slot = postings[i];
                if ((levels[slot] & 3) >= level && _alias[slot] is not null
                    && (state == 0 ? (_flags[slot] & 4) != 0 : _state[slot] == state))
                {
                    total++;
                }
            }

            return total;
        }

        private CandidateRecord Record(int slot)
        {
            var flags = _flags[slot];
            var skills = (_skillsOf[slot] ?? []).Select(k =>
            {
                var level = _levels[k][slot];
                return new CandidateSkill(_skillIds[k], level & 3, (level >> 2) & 3);
            }).ToList();
            return new CandidateRecord(
                _learner[slot],
                _alias[slot]!,
                StateCode(_state[slot]),
                (Availability)(flags >> 4),
                (flags & 1) != 0,
                (flags & 2) != 0,
                (flags & 4) != 0,
                _lastDay[slot] == NoActivity ? null : DateOnly.FromDayNumber(_lastDay[slot]),
                skills);
        }

        // The points of each packed level byte (verified | declared << 2) for one need.
        private static int[] PointsTable(SkillNeed need, bool required)
        {
            var table = new int[16];
            for (var level = 1; level < 16; level++)
            {
                table[level] = CandidateRanker.SkillPoints(required, need.Level, level & 3, level >> 2);
            }

            return table;
        }

        private void ClearSkills(int slot)
        {
            foreach (var k in _skillsOf[slot] ?? [])
            {
                _levels[k][slot] = InPostings;
                _stale[k]++;
                if (_stale[k] > 64 && _stale[k] > _postingCount[k] / 4)
                {
                    Compact(k);
                }
            }

            _skillsOf[slot] = null;
        }

        // Drops the postings of people who no longer hold the skill.
        private void Compact(int k)
        {
            var levels = _levels[k];
            var postings = _postings[k];
            var kept = 0;
            for (var i = 0; i < _postingCount[k]; i++)
            {
                var slot = postings[i];
                if ((levels[slot] & LevelBits) == 0)
                {
                    levels[slot] = 0;
                }
                else
                {
                    postings[kept++] = slot;
                }
            }

            _postingCount[k] = kept;
            _stale[k] = 0;
        }

        private void AppendPosting(int k, int slot)
        {
            var postings = _postings[k];
            if (_postingCount[k] == postings.Length)
            {
                Array.Resize(ref postings, Math.Max(16, postings.Length * 2));
                _postings[k] = postings;
            }

            postings[_postingCount[k]++] = slot;
        }

        private int SkillIndex(string skillId)
        {
            if (!_skillIndex.TryGetValue(skillId, out var k))
            {
                k = _skillIds.Count;
                _skillIndex[skillId] = k;
                _skillIds.Add(skillId);
                _levels.Add(new byte[_capacity]);
                _postings.Add([]);
                _postingCount.Add(0);
                _stale.Add(0);
            }

            return k;
        }

        private void Grow(int slots)
        {
            if (slots <= _capacity)
            {
                return;
            }

            var capacity = Math.Max(1024, _capacity * 2);
            while (capacity < slots)
            {
                capacity *= 2;
            }

            Array.Resize(ref _learner, capacity);
            Array.Resize(ref _alias, capacity);
            Array.Resize(ref _state, capacity);
            Array.Resize(ref _flags, capacity);
            Array.Resize(ref _lastDay, capacity);
            Array.Resize(ref _skillsOf, capacity);
            for (var k = 0; k < _levels.Count; k++)
            {
                var levels = _levels[k];
                Array.Resize(ref levels, capacity);
                _levels[k] = levels;
            }

            _capacity = capacity;
        }

        private Scratch Rent()
        {
            while (_scratch.TryTake(out var s))
            {
                if (s.Stamp.Length >= _capacity)
                {
                    return s;
                }
            }

            return new Scratch(_capacity);
        }

        // INEGI codes "01".."32" as a byte; 0 means none.
        private static byte StateByte(string code) => byte.TryParse(code, out var b) ? b : (byte)0;

        private static string StateCode(byte b) => b == 0 ? "" : b.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    // Per-query working arrays, reused: the points so far of each slot, and which query wrote them.
    private sealed class Scratch(int capacity)
    {
        private int _epoch;

        public int[] Points { get; } = new int[capacity];

        public int[] Stamp { get; } = new int[capacity];

        public List<int> Touched { get; } = [];

        public int Next()
        {
            if (_epoch == int.MaxValue)
            {
                Array.Clear(Stamp);
                _epoch = 0;
            }

            return ++_epoch;
        }
    }

    // The heap's head is the weakest candidate kept: lowest score, then the later alias.
    private sealed class WorstFirst : IComparer<(int Score, string Alias)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Score, string Alias) x, (int Score, string Alias) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.Alias, x.Alias);
    }
}
