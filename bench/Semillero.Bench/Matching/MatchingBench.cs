using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Semillero.Bench.LearningRecords;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Learners;
using Semillero.Matching;
using Semillero.Skills;
using Semillero.Vacancies;

namespace Semillero.Bench.Matching;

// Top: how many candidates a query asks for: 20 for the API's default, 500 for the employer's page,
// which filters and pages within the best 500.
public sealed record MatchingBenchOptions(int Profiles, int Queries, int Runs, int SqlQueries, bool WebMemory, bool Postgres, int Top = 20);

// The matching benchmark (BENCHMARKS.md, "Matching"): top-20 candidates among N synthetic
// profiles, from the index against a brute-force scan of the same data with the same ranker, and
// against the same score computed in SQL on PostgreSQL; the index's build time and memory; and the
// web process's RSS with N profiles indexed.
public static class MatchingBench
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    public static async Task RunAsync(MatchingBenchOptions o)
    {
        var top = o.Top;
        Console.WriteLine($"Matching benchmark: {o.Profiles:N0} profiles, {o.Queries} queries × {o.Runs} runs, SQL on {(o.Postgres ? o.SqlQueries + " queries" : "— (no PostgreSQL)")}, revision {Environment.GetEnvironmentVariable("SEMILLERO_BENCH_REVISION") ?? "unknown"}");
        var skills = SkillCatalog.All.Select(s => s.Id).ToArray();
        var random = new Random(20261201);
        var people = Generate(o.Profiles, skills, random);
        var queries = Enumerable.Range(0, o.Queries).Select(_ => Query(skills, random)).ToList();
        Console.WriteLine($"Generated: {people.Sum(p => p.Skills.Count) / (double)people.Count:F1} skills per person on average.");

        // Build: time and memory.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        var wsBefore = Process.GetCurrentProcess().WorkingSet64;
        var watch = Stopwatch.StartNew();
        var index = new CandidateIndex(TimeProvider.System);
        index.Replace(people, index.ChangeNumber);
        var buildMs = watch.Elapsed.TotalMilliseconds;
        var heapAfter = GC.GetTotalMemory(true);
        var wsAfter = Process.GetCurrentProcess().WorkingSet64;
        Console.WriteLine($"Index build: {buildMs:F0} ms; managed heap +{(heapAfter - heapBefore) / 1048576.0:F0} MB; working set +{(wsAfter - wsBefore) / 1048576.0:F0} MB (the records it was built from excluded: they stay alive here).");

        var brute = new BruteForce(people, skills);
        // Warm-up (JIT, caches), not measured.
        foreach (var q in queries.Take(20))
        {
            index.Top(q, top, Today);
            brute.Top(q, top);
        }

        var indexTimes = new List<double>();
        var bruteTimes = new List<double>();
        for (var run = 0; run < o.Runs; run++)
        {
            foreach (var q in queries)
            {
                watch.Restart();
                var fromIndex = index.Top(q, top, Today);
                indexTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var fromScan = brute.Top(q, top);
                bruteTimes.Add(watch.Elapsed.TotalMilliseconds);
                Same("brute force", fromIndex.Select(r => (r.Candidate.Alias, r.Score)).ToList(), fromScan);
            }
        }

        Report($"index top-{top}", indexTimes);
        Report("brute-force scan", bruteTimes);
        Console.WriteLine($"Ratio index p95 ÷ brute-force p95: {P(indexTimes, 95) / P(bruteTimes, 95):F2}× (goal ≤ 2×)");

        if (!o.Postgres || (o.SqlQueries == 0 && !o.WebMemory))
        {
            Console.WriteLine(o.Postgres ? "SQL baseline and web memory skipped (--sql-queries 0 --web-memory false)." : "SQL baseline and web memory skipped: SEMILLERO_BENCH_POSTGRES not set (run through scripts/bench.sh).");
            return;
        }

        await using (var sql = await SqlBaseline.CreateAsync(people))
        {
            var sqlTimes = new List<double>();
            foreach (var q in queries.Take(o.SqlQueries))
            {
                watch.Restart();
                var fromSql = await sql.TopAsync(q, top);
                sqlTimes.Add(watch.Elapsed.TotalMilliseconds);
                Same("SQL", index.Top(q, top, Today).Select(r => (r.Candidate.Alias, r.Score)).ToList(), fromSql);
            }

            Report("SQL scoring (PostgreSQL)", sqlTimes);
            Console.WriteLine($"Ratio SQL p95 ÷ index p95: {P(sqlTimes, 95) / P(indexTimes, 95):F1}× (goal ≥ 30×)");
        }

        if (o.WebMemory)
        {
            await WebMemoryAsync(people);
        }
    }

    // Most people hold 2–10 skills, popular skills far more often (Zipf-like); about 40% of held
    // skills are proven by a badge; states by 2020 population.
    private static List<CandidateRecord> Generate(int n, string[] skills, Random random)
    {
        var weights = skills.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var cumulative = Cumulative(weights);
        var states = Entidades.All.ToArray();
        var stateCumulative = Cumulative(states.Select(s => (double)s.Poblacion2020).ToArray());
        var people = new List<CandidateRecord>(n);
        for (var i = 0; i < n; i++)
        {
            var count = 2 + (int)Math.Min(8, -Math.Log(1 - random.NextDouble()) * 2.5);
            var held = new Dictionary<string, CandidateSkill>(StringComparer.Ordinal);
            while (held.Count < count)
            {
                var s = skills[Pick(cumulative, random)];
                var verified = random.Next(10) < 4 ? 1 + random.Next(3) : 0;
                var declared = verified == 0 || random.Next(2) == 0 ? 1 + random.Next(3) : 0;
                held[s] = new CandidateSkill(s, verified, declared);
            }

            var presencial = random.Next(10) < 7;
            var hibrido = random.Next(10) < 8;
            var remoto = random.Next(10) < 8 || (!presencial && !hibrido);
            people.Add(new CandidateRecord(
                Guid.NewGuid(),
                "C-" + i.ToString("D7", CultureInfo.InvariantCulture),
                states[Pick(stateCumulative, random)].Clave,
                (Availability)(1 + random.Next(3)),
                presencial, hibrido, remoto,
                random.Next(4) == 0 ? null : Today.AddDays(-random.Next(365)),
                [.. held.Values]));
        }

        return people;
    }

    // 3–8 required skills, 0–3 nice to have, mixed modalities; skills drawn like the profiles'.
    private static VacancyQuery Query(string[] skills, Random random)
    {
        var weights = skills.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var cumulative = Cumulative(weights);
        var needs = new Dictionary<string, SkillNeed>(StringComparer.Ordinal);
        var required = 3 + random.Next(6);
        var nice = random.Next(4);
        while (needs.Count < required + nice)
        {
            var s = skills[Pick(cumulative, random)];
            needs.TryAdd(s, new SkillNeed(s, 1 + random.Next(3), needs.Count < required));
        }

        var modality = (WorkModality)(1 + random.Next(3));
        var state = modality == WorkModality.Remoto ? null : Entidades.All[random.Next(Entidades.All.Count)].Clave;
        return new VacancyQuery([.. needs.Values], modality, state);
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var running = 0.0;
        return weights.Select(w => running += w / total).ToArray();
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static void Same(string what, List<(string Alias, int Score)> index, List<(string Alias, int Score)> other)
    {
        if (!index.SequenceEqual(other))
        {
            throw new InvalidOperationException($"The index and the {what} disagree: [{string.Join(", ", index.Take(5))}] vs [{string.Join(", ", other.Take(5))}]");
        }
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static void Report(string what, List<double> times) =>
        Console.WriteLine($"{what,-28} p50 {P(times, 50),8:F2} ms   p95 {P(times, 95),8:F2} ms   p99 {P(times, 99),8:F2} ms   ({times.Count} queries)");

    // The baseline: every candidate's levels in plain arrays (candidate-major), each scored with the
    // ranker's functions, no posting lists; the best N kept in the same kind of heap.
    private sealed class BruteForce
    {
        private readonly int _skillCount;
        private readonly Dictionary<string, int> _skill;
        private readonly byte[] _levels;
        private readonly CandidateContext[] _context;
        private readonly string[] _alias;

        public BruteForce(List<CandidateRecord> people, string[] skills)
        {
            _skillCount = skills.Length;
            _skill = skills.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
            _levels = new byte[people.Count * _skillCount];
            _context = new CandidateContext[people.Count];
            _alias = new string[people.Count];
            for (var i = 0; i < people.Count; i++)
            {
                foreach (var s in people[i].Skills)
                {
                    _levels[(i * _skillCount) + _skill[s.SkillId]] = (byte)(s.Verified | (s.Declared << 2));
                }

                _context[i] = people[i].Context(Today);
                _alias[i] = people[i].Alias;
            }
        }

        public List<(string Alias, int Score)> Top(VacancyQuery q, int n)
        {
            var needs = q.Skills.Select(s => (Offset: _skill[s.SkillId], s.Level, Required: q.Gating.Contains(s))).ToArray();
            var heap = new PriorityQueue<int, (int Score, string Alias)>(n + 1, Comparer<(int Score, string Alias)>.Create((x, y) =>
                x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.Alias, x.Alias)));
            for (var i = 0; i < _alias.Length; i++)
            {
                var context = CandidateRanker.ContextPoints(q, _context[i]);
                if (context is null)
                {
                    continue;
                }

                var row = i * _skillCount;
                var gated = false;
                var points = context.Value;
                foreach (var need in needs)
                {
                    var level = _levels[row + need.Offset];
                    gated |= need.Required && level != 0;
                    points += CandidateRanker.SkillPoints(need.Required, need.Level, level & 3, level >> 2);
                }

                if (!gated)
                {
                    continue;
                }

                var key = (points, _alias[i]);
                if (heap.Count < n)
                {
                    heap.Enqueue(i, key);
                }
                else if (heap.TryPeek(out _, out var worst) && heap.Comparer.Compare(key, worst) > 0)
                {
                    heap.DequeueEnqueue(i, key);
                }
            }

            var result = new List<(string, int)>();
            while (heap.TryDequeue(out _, out var key))
            {
                result.Add((key.Alias, key.Score));
            }

            result.Reverse();
            return result;
        }
    }

    // The same profiles as rows in PostgreSQL and the same score as one SQL query.
    private sealed class SqlBaseline : IAsyncDisposable
    {
        private readonly BenchDatabase _database;
        private readonly NpgsqlDataSource _source;

        private SqlBaseline(BenchDatabase database)
        {
            _database = database;
            _source = NpgsqlDataSource.Create(database.Options.ConnectionString!);
        }

        public static async Task<SqlBaseline> CreateAsync(List<CandidateRecord> people)
        {
            var baseline = new SqlBaseline(await BenchDatabase.CreateAsync(DatabaseProvider.Postgres));
            await using var c = await baseline._source.OpenConnectionAsync();
            await using (var create = new NpgsqlCommand(
                "CREATE TABLE bench_candidates (slot int PRIMARY KEY, alias text NOT NULL, state smallint NOT NULL, flags smallint NOT NULL, last_day int);" +
                "CREATE TABLE bench_skills (slot int NOT NULL, skill text NOT NULL, v smallint NOT NULL, d smallint NOT NULL);", c))
            {
                await create.ExecuteNonQueryAsync();
            }

            var watch = Stopwatch.StartNew();
            await using (var w = await c.BeginBinaryImportAsync("COPY bench_candidates (slot, alias, state, flags, last_day) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < people.Count; i++)
                {
                    var p = people[i];
                    await w.StartRowAsync();
                    await w.WriteAsync(i, NpgsqlDbType.Integer);
                    await w.WriteAsync(p.Alias, NpgsqlDbType.Text);
                    await w.WriteAsync(short.Parse(p.StateCode, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint);
                    await w.WriteAsync((short)((p.Presencial ? 1 : 0) | (p.Hibrido ? 2 : 0) | (p.Remoto ? 4 : 0) | ((int)p.Availability << 4)), NpgsqlDbType.Smallint);
                    if (p.LastActivity is { } last)
                    {
                        await w.WriteAsync(last.DayNumber, NpgsqlDbType.Integer);
                    }
                    else
                    {
                        await w.WriteNullAsync();
                    }
                }

                await w.CompleteAsync();
            }

            await using (var w = await c.BeginBinaryImportAsync("COPY bench_skills (slot, skill, v, d) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < people.Count; i++)
                {
                    foreach (var s in people[i].Skills)
                    {
                        await w.StartRowAsync();
                        await w.WriteAsync(i, NpgsqlDbType.Integer);
                        await w.WriteAsync(s.SkillId, NpgsqlDbType.Text);
                        await w.WriteAsync((short)s.Verified, NpgsqlDbType.Smallint);
                        await w.WriteAsync((short)s.Declared, NpgsqlDbType.Smallint);
                    }
                }

                await w.CompleteAsync();
            }

            await using (var index = new NpgsqlCommand("CREATE INDEX ON bench_skills (skill, slot) INCLUDE (v, d); ANALYZE bench_candidates; ANALYZE bench_skills;", c))
            {
                await index.ExecuteNonQueryAsync();
            }

            Console.WriteLine($"SQL baseline loaded with COPY in {watch.Elapsed.TotalSeconds:F1} s.");
            return baseline;
        }

        // The ranker's weights, written out in SQL (CandidateRanker's constants).
        private const string Query = """
            WITH needs AS (SELECT * FROM unnest(@skills::text[], @levels::int[], @required::bool[]) AS n(skill, lvl, req)),
            scored AS (
                SELECT s.slot,
                       SUM(GREATEST(
                           CASE WHEN s.v = 0 THEN 0 WHEN s.v >= n.lvl THEN (CASE WHEN n.req THEN 30 ELSE 10 END) ELSE (CASE WHEN n.req THEN 15 ELSE 5 END) END,
                           CASE WHEN s.d = 0 THEN 0 WHEN s.d >= n.lvl THEN (CASE WHEN n.req THEN 12 ELSE 4 END) ELSE (CASE WHEN n.req THEN 4 ELSE 1 END) END)) AS pts,
                       bool_or(n.req AND (s.v > 0 OR s.d > 0)) AS gated
                FROM bench_skills s JOIN needs n ON n.skill = s.skill
                GROUP BY s.slot)
            SELECT c.alias,
                   (sc.pts
                    + CASE WHEN @state = 0 THEN 0 WHEN c.state = @state THEN 15 ELSE @other END
                    + CASE c.flags >> 4 WHEN 1 THEN 6 WHEN 2 THEN 3 ELSE 0 END
                    + CASE WHEN c.last_day IS NULL THEN 0 WHEN @today - c.last_day <= 30 THEN 5 WHEN @today - c.last_day <= 90 THEN 3
                           WHEN @today - c.last_day <= 180 THEN 1 ELSE 0 END)::int AS score
            FROM scored sc JOIN bench_candidates c ON c.slot = sc.slot
            WHERE sc.gated AND (c.flags & @mask) <> 0
            ORDER BY score DESC, c.alias COLLATE "C"
            LIMIT @top
            """;

        public async Task<List<(string Alias, int Score)>> TopAsync(VacancyQuery q, int n)
        {
            await using var command = _source.CreateCommand(Query);
            var gating = q.Gating.ToHashSet();
            command.Parameters.AddWithValue("skills", q.Skills.Select(s => s.SkillId).ToArray());
            command.Parameters.AddWithValue("levels", q.Skills.Select(s => s.Level).ToArray());
            command.Parameters.AddWithValue("required", q.Skills.Select(gating.Contains).ToArray());
            command.Parameters.AddWithValue("state", (short)(q.Modality == WorkModality.Remoto || q.StateCode is null ? 0 : short.Parse(q.StateCode, CultureInfo.InvariantCulture)));
            command.Parameters.AddWithValue("other", q.Modality == WorkModality.Presencial ? CandidateRanker.OtherStatePresencial : CandidateRanker.OtherStateHibrido);
            command.Parameters.AddWithValue("today", Today.DayNumber);
            command.Parameters.AddWithValue("mask", (short)(q.Modality switch { WorkModality.Presencial => 1, WorkModality.Hibrido => 2, _ => 4 }));
            command.Parameters.AddWithValue("top", n);
            var result = new List<(string, int)>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                result.Add((reader.GetString(0), reader.GetInt32(1)));
            }

            return result;
        }

        public async ValueTask DisposeAsync()
        {
            await _source.DisposeAsync();
            await _database.DisposeAsync();
        }
    }

    // The web process with every profile indexed: learners, talent profiles, declared skills and
    // the visible_empleadores consent bulk-loaded with COPY (verified skills are stored as declared
    // ones: the index holds both in the same byte per skill, so the memory is the same).
    private static async Task WebMemoryAsync(List<CandidateRecord> people)
    {
        await using var database = await BenchDatabase.CreateAsync(DatabaseProvider.Postgres);
        var watch = Stopwatch.StartNew();
        await using (var c = new NpgsqlConnection(database.Options.ConnectionString))
        {
            await c.OpenAsync();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var segment = SegmentNames.ToWire(Segment.Estudiante);
            await using (var w = await c.BeginBinaryImportAsync("COPY learners (id, curp, given_names, first_surname, birth_date, sex, state_code, segment, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < people.Count; i++)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(people[i].LearnerId, NpgsqlDbType.Uuid);
                    await w.WriteAsync("BNCH" + i.ToString("D14", CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                    await w.WriteAsync("Perfil", NpgsqlDbType.Varchar);
                    await w.WriteAsync("Sintético", NpgsqlDbType.Varchar);
                    await w.WriteAsync(new DateOnly(1998, 1, 1), NpgsqlDbType.Date);
                    await w.WriteAsync("H", NpgsqlDbType.Varchar);
                    await w.WriteAsync(people[i].StateCode, NpgsqlDbType.Varchar);
                    await w.WriteAsync(segment, NpgsqlDbType.Varchar);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }

                await w.CompleteAsync();
            }

            await using (var w = await c.BeginBinaryImportAsync("COPY talent_profiles (learner_id, alias, availability, accepts_presencial, accepts_hibrido, accepts_remoto, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var p in people)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(p.LearnerId, NpgsqlDbType.Uuid);
                    await w.WriteAsync(p.Alias, NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.Availability.ToString(), NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.Presencial, NpgsqlDbType.Boolean);
                    await w.WriteAsync(p.Hibrido, NpgsqlDbType.Boolean);
                    await w.WriteAsync(p.Remoto, NpgsqlDbType.Boolean);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }

                await w.CompleteAsync();
            }

            await using (var w = await c.BeginBinaryImportAsync("COPY declared_skills (learner_id, skill_id, level) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var p in people)
                {
                    foreach (var s in p.Skills)
                    {
                        await w.StartRowAsync();
                        await w.WriteAsync(p.LearnerId, NpgsqlDbType.Uuid);
                        await w.WriteAsync(s.SkillId, NpgsqlDbType.Varchar);
                        await w.WriteAsync(Math.Max(s.Verified, s.Declared), NpgsqlDbType.Integer);
                    }
                }

                await w.CompleteAsync();
            }

            await using (var w = await c.BeginBinaryImportAsync("COPY consent_records (learner_id, purpose, notice_version, granted, at, source) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var p in people)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(p.LearnerId, NpgsqlDbType.Uuid);
                    await w.WriteAsync(Semillero.Privacy.Purposes.VisibleEmpleadores, NpgsqlDbType.Varchar);
                    await w.WriteAsync(1, NpgsqlDbType.Integer);
                    await w.WriteAsync(true, NpgsqlDbType.Boolean);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync("bench", NpgsqlDbType.Varchar);
                }

                await w.CompleteAsync();
            }
        }

        Console.WriteLine($"Web memory database seeded with COPY in {watch.Elapsed.TotalSeconds:F1} s.");
        var app = LrsHost.CopyApp();
        await using var host = await LrsHost.StartAsync(app, database.Options);
        watch.Restart();
        while (!host.Output.Contains("Candidate index built", StringComparison.Ordinal))
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException("The web process did not report its candidate index built within 10 minutes.");
            }

            await Task.Delay(250);
        }

        var built = host.Output.Split('\n').First(l => l.Contains("Candidate index built", StringComparison.Ordinal)).Trim();
        await Task.Delay(2000);
        var rss = Rss(host.Process.Id);
        Console.WriteLine($"Web process: {built}");
        Console.WriteLine($"Web process RSS with {people.Count:N0} profiles indexed: {rss / 1048576.0:F0} MB (goal ≤ 1024 MB)");
    }

    private static long Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
