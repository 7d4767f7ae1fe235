using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Semillero.Access;
using Semillero.Data;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Validation;
using static Semillero.Bench.LearningRecords.Stats;

namespace Semillero.Bench.LearningRecords;

public sealed record XapiIngestOptions(
    int Statements, int SingleStatements, int Runs, IReadOnlyList<DatabaseProvider> Engines,
    IReadOnlyList<int> BatchSizes, int? BatchClients, int SingleClients)
{
    // SQLite lets one writer in at a time, and a second one waits in SQLite's busy handler, which
    // sleeps in steps of up to 100 ms: two raw writers are slower than one, which would flatter the
    // LRS. PostgreSQL writes concurrently, and partners' platforms post from several workers.
    public int BatchClientsFor(DatabaseProvider engine) => BatchClients ?? (engine == DatabaseProvider.Postgres ? 2 : 1);
}

// The xAPI ingest benchmark (BENCHMARKS.md, "xAPI ingest"). The real LRS (Semillero.Web in its own process, Kestrel on loopback,
// HTTP Basic with an `aliado` key, X-Experience-API-Version 1.0.3) against the raw floor for the
// same rows in the same run, on a fresh database per engine:
//   batches (100 and 1,000 statements per POST)  vs  one transaction per batch of binary COPY
//                                                    (PostgreSQL) or prepared INSERTs (SQLite);
//   one statement per POST, 8 clients            vs  one autocommitted INSERT per statement on
//                                                    8 connections.
// Both sides of a comparison run at the same concurrency and start from the same emptied tables;
// their order alternates between runs. One warm-up run, then medians of the runs.
public static class XapiIngestBench
{
    private const double BatchGoal = 0.40;
    private const double SingleGoal = 0.50;
    private const double SingleP99GoalMs = 25;
    private const int Seed = 2026;

    private sealed record IngestCase(string Name, int BatchSize, int Clients, IReadOnlyList<byte[]> Bodies, int Statements)
    {
        public bool IsSingle => BatchSize == 1;
    }

    private sealed record Pair(Measurement Raw, Measurement Http)
    {
        public double Ratio => Http.PerSecond / Raw.PerSecond;
    }

    public static async Task RunAsync(XapiIngestOptions o)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        // The raw SQLite writers block a thread each while they wait for the write lock or fsync.
        ThreadPool.SetMinThreads(Math.Max(64, o.SingleClients * 4), 64);

        var total = Math.Max(o.Statements, o.SingleStatements);
        var statements = StatementGenerator.Generate(total, Seed);
        var ids = statements.Select(s =>
        {
            using var d = JsonDocument.Parse(s);
            return d.RootElement.TryGetProperty("id", out var id) ? Guid.Parse(id.GetString()!) : (Guid?)null;
        }).ToList();
        var batches = o.BatchSizes.ToDictionary(size => size, size => statements.Take(o.Statements).Chunk(size).Select(XapiClient.Array).ToList());
        var singles = statements.Take(o.SingleStatements).ToList();

        var revision = Environment.GetEnvironmentVariable("SEMILLERO_BENCH_REVISION") ?? "unknown";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# xAPI ingest: {o.Statements:N0} statements per batch measurement, {o.SingleStatements:N0} per single-statement measurement; {o.Runs} runs after a warm-up, medians"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# statements: Moodle/Open edX shapes, {statements.Average(s => s.Length):N0} bytes on average (seed {Seed}), half with a client id"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# LRS: Semillero.Web {revision} in its own process (Release, Production), Kestrel on loopback, HTTP/1.1 keep-alive, Basic auth"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# {Environment.ProcessorCount} cores, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}"));
        Console.WriteLine();

        var results = new List<(DatabaseProvider Engine, IngestCase Case, List<Pair> Pairs)>();
        var floors = new Dictionary<DatabaseProvider, List<Measurement>>();
        var app = LrsHost.CopyApp();
        try
        {
            foreach (var engine in o.Engines)
            {
                var clients = o.BatchClientsFor(engine);
                var cases = o.BatchSizes
                    .Select(size => new IngestCase($"batches of {size:N0}, {clients} client{(clients == 1 ? "" : "s")}", size, clients, batches[size], o.Statements))
                    .Append(new IngestCase($"1 statement per POST, {o.SingleClients} clients", 1, o.SingleClients, singles, o.SingleStatements))
                    .ToList();
                var (measured, floor) = await RunEngineAsync(engine, o, app, statements, ids, cases);
                results.AddRange(measured.Select(x => (engine, x.Item1, x.Item2)));
                floors[engine] = floor;
            }
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }

        // A missed goal is a finding to report, not a failure of the benchmark.
        PrintResults(results, floors);
        ProfileStages(statements.Take(o.Statements).ToList());
    }

    private static async Task<(List<(IngestCase, List<Pair>)> Cases, List<Measurement> Floor)> RunEngineAsync(
        DatabaseProvider engine, XapiIngestOptions o, string app, IReadOnlyList<byte[]> statements, List<Guid?> ids, IReadOnlyList<IngestCase> cases)
    {
        await using var database = await BenchDatabase.CreateAsync(engine);
        string token;
        await using (var db = DataModule.CreateDb(database.Options))
        {
            token = ((CreateApiKeyOutcome.Created)await new CreateApiKey(db, new Companies.CompanyLookup(db), new Organizations.OrganizationLookup(db), TimeProvider.System).RunAsync(Roles.Aliado, "Aliado de prueba (benchmark)", default)).Token;
        }

        await using var host = await LrsHost.StartAsync(app, database.Options);
        using var http = host.CreateClient(token);
        Progress($"{Name(engine)}: LRS up at {host.Address}");

        // One statement first, for a clear message if the LRS rejects the generator's shape.
        var echoed = await XapiClient.PostAsync(http, statements[0], 1);
        if (Guid.Parse(echoed[0]) != ids[0])
        {
            throw new InvalidOperationException($"the LRS answered id {echoed[0]} for statement {ids[0]}");
        }

        // Every statement through the LRS once: all must be accepted, and the rows it wrote are the
        // raw baseline's rows.
        await ResetAsync(database.Options);
        foreach (var chunk in statements.Chunk(1_000))
        {
            await XapiClient.PostAsync(http, XapiClient.Array(chunk), chunk.Length);
        }

        var raw = await RawStatements.CaptureAsync(database.Options);
        CheckCapture(raw, ids);
        Progress($"{Name(engine)}: {raw.Rows.Count:N0} statements accepted; raw rows captured ({raw.Columns.Count} columns: {string.Join(", ", raw.Columns)})");

        var cpu = new CpuMeter(host.Process, engine == DatabaseProvider.Postgres ? await PostmasterAsync(database.Options) : null);
        var pairs = cases.Select(_ => new List<Pair>()).ToList();
        for (var run = 0; run <= o.Runs; run++)
        {
            for (var k = 0; k < cases.Count; k++)
            {
                var c = cases[k];
                Measurement r, h;
                // Alternate the order so neither side always runs on a warmer (or busier) machine.
                if ((run + k) % 2 == 0)
                {
                    r = await MeasureAsync(database.Options, c.Statements, () => RawAsync(raw, c, cpu));
                    h = await MeasureAsync(database.Options, c.Statements, () => XapiClient.PostAllAsync(http, c.Bodies, c.BatchSize, c.Clients, cpu));
                }
                else
                {
                    h = await MeasureAsync(database.Options, c.Statements, () => XapiClient.PostAllAsync(http, c.Bodies, c.BatchSize, c.Clients, cpu));
                    r = await MeasureAsync(database.Options, c.Statements, () => RawAsync(raw, c, cpu));
                }

                var pair = new Pair(r, h);
                Progress($"{Name(engine)} {(run == 0 ? "warm-up" : $"run {run}")} {c.Name}: raw {r.PerSecond:N0}/s, LRS {h.PerSecond:N0}/s ({pair.Ratio * 100:F0}%), LRS p99 {h.Percentile(99):F1} ms");
                if (run > 0)
                {
                    pairs[k].Add(pair);
                }
            }
        }

        // The HTTP floor: what a request costs before any xAPI work (GET /xapi/about: Kestrel, the
        // middleware pipeline and authentication with the cached key; no body, no database).
        var floor = new List<Measurement>();
        for (var run = 0; run <= 3; run++)
        {
            var m = await Workers.RunAsync(o.SingleStatements, o.SingleClients, 1, cpu,
                () => Task.FromResult(http),
                async (client, _) =>
                {
                    using var response = await client.GetAsync("xapi/about");
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync();
                },
                _ => ValueTask.CompletedTask);
            if (run > 0)
            {
                floor.Add(m);
            }
        }

        return (cases.Zip(pairs).Select(x => (x.First, x.Second)).ToList(), floor);
    }

    private static Task<Measurement> RawAsync(RawStatements raw, IngestCase c, CpuMeter cpu) =>
        c.IsSingle ? raw.WriteSinglesAsync(c.Statements, c.Clients, cpu) : raw.WriteBatchesAsync(c.Statements, c.BatchSize, c.Clients, cpu);

    // Each measurement starts from empty statement tables and a checkpointed log.
    private static async Task<Measurement> MeasureAsync(DatabaseOptions database, int expected, Func<Task<Measurement>> measure)
    {
        await ResetAsync(database);
        var m = await measure();
        await using var connection = RawStatements.Open(database);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM xapi_statements";
        var stored = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        if (stored != expected)
        {
            throw new InvalidOperationException($"{stored} statements stored, {expected} expected");
        }

        return m;
    }

    internal static async Task ResetAsync(DatabaseOptions database)
    {
        var postgres = database.Provider == DatabaseProvider.Postgres;
        await using var connection = RawStatements.Open(database);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = postgres
                ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'xapi\\_%'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'xapi\\_%' ESCAPE '\\'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using var reset = connection.CreateCommand();
        reset.CommandText = postgres
            ? $"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE; CHECKPOINT;"
            : string.Concat(tables.Select(t => $"DELETE FROM {t}; ")) +
              "DELETE FROM sqlite_sequence WHERE name LIKE 'xapi\\_%' ESCAPE '\\'; VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
        await reset.ExecuteNonQueryAsync();
    }

    private static void CheckCapture(RawStatements raw, List<Guid?> ids)
    {
        if (raw.Rows.Count != ids.Count)
        {
            throw new InvalidOperationException($"{raw.Rows.Count} rows stored for {ids.Count} statements");
        }

        var id = raw.Column("id");
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is { } expected && Guid.Parse(Convert.ToString(raw.Rows[i][id], CultureInfo.InvariantCulture)!) != expected)
            {
                throw new InvalidOperationException($"row {i} is not statement {i}: the raw baseline would not write the same statements");
            }
        }
    }

    private static async Task<int?> PostmasterAsync(DatabaseOptions database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'", connection);
        if (await command.ExecuteScalarAsync() is not int checkpointer)
        {
            return null;
        }

        try
        {
            var stat = await File.ReadAllTextAsync($"/proc/{checkpointer}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void PrintResults(List<(DatabaseProvider Engine, IngestCase Case, List<Pair> Pairs)> results, Dictionary<DatabaseProvider, List<Measurement>> floors)
    {
        Console.WriteLine("| Database | Ingest | Raw baseline | LRS over HTTP | LRS ÷ raw | LRS request latency p50 / p95 / p99 (raw p99) | Goal |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (engine, c, pairs) in results)
        {
            var ratio = Median(pairs.Select(p => p.Ratio));
            var p99 = Median(pairs.Select(p => p.Http.Percentile(99)));
            var pass = c.IsSingle ? ratio >= SingleGoal && p99 <= SingleP99GoalMs : ratio >= BatchGoal;
            var rawKind = c.IsSingle ? "INSERT + commit" : engine == DatabaseProvider.Postgres ? "binary COPY" : "INSERT tx";
            var goal = c.IsSingle ? $"≥ {SingleGoal * 100:F0}%, p99 ≤ {SingleP99GoalMs} ms" : $"≥ {BatchGoal * 100:F0}%";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Name(engine)} | {c.Name} | {Median(pairs.Select(p => p.Raw.PerSecond)):N0}/s ({rawKind}) | {Median(pairs.Select(p => p.Http.PerSecond)):N0}/s | **{ratio * 100:F0}%** | " +
                $"{Median(pairs.Select(p => p.Http.Percentile(50))):F1} / {Median(pairs.Select(p => p.Http.Percentile(95))):F1} / {p99:F1} ms ({Median(pairs.Select(p => p.Raw.Percentile(99))):F1} ms) | {goal} {(pass ? "✅ PASS" : "❌ MISS")} |"));
        }

        Console.WriteLine();
        Console.WriteLine("CPU time per 1,000 statements (ms, medians; this machine has 2 cores, so 2,000 ms of CPU per second of wall time at most):");
        Console.WriteLine();
        Console.WriteLine("| Database | Ingest | Side | Wall | Client (this process) | LRS process | PostgreSQL |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (engine, c, pairs) in results)
        {
            foreach (var (side, pick) in new (string, Func<Pair, Measurement>)[] { ("raw", p => p.Raw), ("LRS", p => p.Http) })
            {
                double PerK(Func<Measurement, TimeSpan?> f) => Median(pairs.Select(p => pick(p)).Select(m => (f(m)?.TotalMilliseconds ?? double.NaN) * 1000 / m.Statements));
                var db = engine == DatabaseProvider.Postgres ? F(PerK(m => m.Cpu.Database), "F0") : "(in process)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Name(engine)} | {c.Name} | {side} | {PerK(m => m.Elapsed):F0} | {PerK(m => m.Cpu.Client):F0} | {(side == "raw" ? "—" : F(PerK(m => m.Cpu.Lrs), "F0"))} | {db} |"));
            }
        }

        Console.WriteLine();
        foreach (var (engine, floor) in floors)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HTTP floor, {Name(engine)} run (GET /xapi/about, {floor[0].Requests:N0} requests, same clients): {Median(floor.Select(m => m.PerSecond)):N0} requests/s, " +
                $"LRS CPU {Median(floor.Select(m => m.Cpu.Lrs.TotalMicroseconds / m.Requests)):F0} µs and client CPU {Median(floor.Select(m => m.Cpu.Client.TotalMicroseconds / m.Requests)):F0} µs per request, p99 {Median(floor.Select(m => m.Percentile(99))):F1} ms"));
        }

        Console.WriteLine();
        Console.WriteLine("Runs (statements/s, raw → LRS):");
        foreach (var (engine, c, pairs) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- {Name(engine)}, {c.Name}: {string.Join("; ", pairs.Select(p => $"{p.Raw.PerSecond:F0} → {p.Http.PerSecond:F0} ({p.Ratio * 100:F0}%)"))}"));
        }

        Console.WriteLine();
    }

    private static readonly DateTime StoredAt = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string Authority = """{"objectType":"Agent","name":"Bench","account":{"homePage":"https://semillero.example/aliados","name":"k1"}}""";

    // Where the LRS's CPU goes before the database: the pure steps of the ingest path, timed one
    // statement at a time on one thread in this process (best of 3 passes after a warm-up).
    private static void ProfileStages(List<byte[]> statements)
    {
        var docs = statements.Select(s => JsonDocument.Parse(s)).ToList();
        try
        {
            var stages = new (string Name, Action<int> Step)[]
            {
                ("parse (JsonDocument, kept for the request as the endpoint does; no Clone)", i =>
                {
                    using var d = JsonDocument.Parse(statements[i]);
                    _ = d.RootElement.ValueKind;
                }),
                ("validate (StatementValidator, 1.0.3)", i => _ = StatementValidator.Validate(docs[i].RootElement, XapiVersion.V1_0_3)),
                ("content hash (canonical JSON + SHA-256)", i => _ = StatementShape.ContentHash(docs[i].RootElement)),
                ("index keys (actor, activity, related agents/activities, …)", i =>
                {
                    var s = docs[i].RootElement;
                    _ = StatementShape.AgentKey(s.GetProperty("actor"));
                    _ = StatementShape.ActivityId(s);
                    _ = StatementShape.ObjectAgentKey(s);
                    _ = StatementShape.MemberAgents(s);
                    _ = StatementShape.RelatedAgents(s);
                    _ = StatementShape.RelatedActivities(s);
                    _ = StatementShape.Registration(s);
                    _ = StatementShape.StatementRefTarget(s);
                }),
                ("stored JSON (StoreStatements.StoredJson)", i => _ = StoreStatements.StoredJson(docs[i].RootElement, Guid.Empty, StoredAt, Authority, "1.0.0")),
            };

            Console.WriteLine($"CPU of the LRS's pure steps, µs per statement (one thread, {statements.Count:N0} statements, best of 3):");
            Console.WriteLine();
            Console.WriteLine("| Step | µs per statement |");
            Console.WriteLine("|---|---|");
            var sum = 0.0;
            foreach (var (name, step) in stages)
            {
                for (var i = 0; i < Math.Min(2_000, statements.Count); i++)
                {
                    step(i);
                }

                var best = double.MaxValue;
                for (var pass = 0; pass < 3; pass++)
                {
                    var sw = Stopwatch.StartNew();
                    for (var i = 0; i < statements.Count; i++)
                    {
                        step(i);
                    }

                    best = Math.Min(best, sw.Elapsed.TotalMicroseconds / statements.Count);
                }

                sum += best;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {best:F1} |"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **total** | **{sum:F1}** |"));
        }
        finally
        {
            docs.ForEach(d => d.Dispose());
        }
    }

    private static string Name(DatabaseProvider engine) => engine == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    private static void Progress(string line) => Console.Error.WriteLine(line);
}
