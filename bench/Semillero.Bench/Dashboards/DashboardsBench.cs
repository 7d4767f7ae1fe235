using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Semillero.Access;
using Semillero.Bench.LearningRecords;
using Semillero.Calendar;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Learners;
using static Semillero.Bench.LearningRecords.Stats;

namespace Semillero.Bench.Dashboards;

public sealed record DashboardsBenchOptions(int Learners, IReadOnlyList<long> Statements, int Requests, int RawRequests, int Runs, bool Postgres, double CohortShare = 0.3);

// The dashboards benchmark (BENCHMARKS.md, "Dashboards"): what a dashboard request costs when it is served
// from the KPI rollup (ReadKpis over the in-memory mirror of kpi_cells), with 500k learners and 1M
// and 10M statements, against the same headline KPIs counted from the raw tables in SQL, in the same
// run over the same data. Each statement count gets a fresh database: bulk-loaded raw records, then
// KpiRollup.RebuildAsync (timed: the cost of building the rollup from scratch).
public static class DashboardsBench
{
    private const int Seed = 20261202;
    private const int WarmUp = 21;

    private enum FilterKind
    {
        AllTime,
        State,
        StatePeriod,
        Segment,
        Path,
        Provider,
        PathProvider,
        Organization,
        Cohort,
    }

    private static readonly FilterKind[] Kinds = Enum.GetValues<FilterKind>();

    // What the raw SQL baseline can count: an organisation's or a cohort's figures follow the
    // attribution rule (docs/cohorts-results.md), which is not one GROUP BY.
    private static readonly FilterKind[] RawKinds = Kinds.Where(k => k is not (FilterKind.Organization or FilterKind.Cohort)).ToArray();

    private sealed record SizeResult(
        long Statements, SeedResult Seed, TimeSpan Rebuild, long Cells, long Marks, double CubeMb, TimeSpan CubeLoad,
        List<double[]> Rollup, List<double[]> Raw, List<double[]> Http, Dictionary<FilterKind, (List<double> Rollup, List<double> Raw)> PerKind);

    public static async Task RunAsync(DashboardsBenchOptions o)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (!o.Postgres)
        {
            await Console.Error.WriteLineAsync("SEMILLERO_BENCH_POSTGRES not set: the dashboards benchmark needs PostgreSQL (run it through scripts/bench.sh).");
            return;
        }

        var revision = Environment.GetEnvironmentVariable("SEMILLERO_BENCH_REVISION") ?? "unknown";
        Progress($"Dashboards benchmark: {o.Learners:N0} learners, {o.CohortShare:P0} of them in cohorts; statements {string.Join(", ", o.Statements.Select(s => s.ToString("N0", CultureInfo.InvariantCulture)))}; {o.Requests} rollup and {o.RawRequests} raw requests × {o.Runs} runs; revision {revision}");
        var results = new List<SizeResult>();
        var app = LrsHost.CopyApp();
        try
        {
            foreach (var statements in o.Statements)
            {
                results.Add(await RunSizeAsync(o, statements, app));

                // After each database, so a long run leaves its figures so far (the last block is the full one).
                Print(o, results, revision);
            }
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    private static async Task<SizeResult> RunSizeAsync(DashboardsBenchOptions o, long statements, string app)
    {
        await using var database = await BenchDatabase.CreateAsync(DatabaseProvider.Postgres);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        Progress($"[{statements:N0}] generating and loading raw records …");
        var seed = await DashboardData.SeedAsync(database.Options, o.Learners, statements, Seed, now, o.CohortShare);
        Progress($"[{statements:N0}] loaded in {seed.Total.TotalSeconds:F0} s (learners {seed.LearnersTime.TotalSeconds:F0} s, statements COPY {seed.StatementsTime.TotalSeconds:F0} s, their indexes {seed.IndexTime.TotalSeconds:F0} s): {seed.Learners:N0} learners, {seed.Statements:N0} statements, {seed.PathCompletions:N0} path completions, {seed.Placements:N0} placements ({seed.PlacementBadges:N0} with a badge), {seed.Cohorts:N0} cohorts with {seed.Enrolments:N0} enrolments");

        await using var services = Services(database.Options);

        // The rollup from scratch, as `semillero kpis rebuild` runs it.
        var watch = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var lastReport = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(done =>
            {
                if (lastReport.Elapsed > TimeSpan.FromSeconds(30))
                {
                    Progress($"[{statements:N0}] rebuild: {done:N0} people in {watch.Elapsed.TotalSeconds:F0} s");
                    lastReport.Restart();
                }
            }, default);
        }

        var rebuild = watch.Elapsed;
        long cells, marks, learners;
        await using (var db = DataModule.CreateDb(database.Options))
        {
            cells = await db.KpiCells.LongCountAsync();
            marks = await db.KpiLearnerMarks.LongCountAsync();
            learners = await db.Learners.LongCountAsync();
            var byMetric = await db.KpiCells.GroupBy(c => c.Metric).Select(g => new { g.Key, Count = g.LongCount() }).OrderBy(x => x.Key).ToListAsync();
            Progress($"[{statements:N0}] kpi_cells by metric: {string.Join(", ", byMetric.Select(m => $"{m.Key} {m.Count:N0}"))}");
        }

        Progress($"[{statements:N0}] rollup rebuilt in {rebuild.TotalSeconds:F0} s ({statements / rebuild.TotalSeconds:N0} statements/s): {cells:N0} kpi_cells, {marks:N0} kpi_learner_marks");

        var (cubeMb, cubeLoad) = await CubeColdLoadAsync(database.Options);
        Progress($"[{statements:N0}] cube: {cubeMb:F1} MB managed heap, cold load {cubeLoad.TotalMilliseconds:F0} ms");

        // The figures must be the registry's: every learner registered once, all-time.
        await using (var scope = services.CreateAsyncScope())
        {
            var read = scope.ServiceProvider.GetRequiredService<ReadKpis>();
            var all = await read.RunAsync(read.DefaultFilter(), default);
            if (all.Totals.Registered != learners || all.Cumulative.Registered != learners)
            {
                throw new InvalidOperationException($"The rollup counts {all.Totals.Registered:N0} registered people; the registry holds {learners:N0}.");
            }
        }

        var filters = Filters(seed.Catalog, o.Requests + WarmUp, TimeProvider.System);
        await using var source = NpgsqlDataSource.Create(database.Options.ConnectionString!);
        var raw = new RawKpiSql(source);

        // Warm-up: JIT, EF's compiled queries, the pool, the cube's first load.
        foreach (var (_, filter) in filters.Take(WarmUp))
        {
            await RequestAsync(services, filter);
        }

        var rollupRuns = new List<double[]>();
        var rawRuns = new List<double[]>();
        var perKind = Kinds.ToDictionary(k => k, _ => (Rollup: new List<double>(), Raw: new List<double>()));
        var checkedKinds = new HashSet<FilterKind>();
        for (var run = 1; run <= o.Runs; run++)
        {
            var times = new List<double>();
            foreach (var (kind, filter) in filters.Skip(WarmUp).Take(o.Requests))
            {
                var t = Stopwatch.StartNew();
                await RequestAsync(services, filter);
                var ms = t.Elapsed.TotalMilliseconds;
                times.Add(ms);
                perKind[kind].Rollup.Add(ms);
            }

            var rawTimes = new List<double>();
            foreach (var (kind, filter) in filters.Skip(WarmUp).Where(f => RawKinds.Contains(f.Kind)).Take(o.RawRequests))
            {
                var today = ProgramCalendar.Today(TimeProvider.System);
                var t = Stopwatch.StartNew();
                var counted = await raw.RunAsync(filter, today);
                var ms = t.Elapsed.TotalMilliseconds;
                rawTimes.Add(ms);
                perKind[kind].Raw.Add(ms);

                // Every raw answer is checked against the rollup's for the same filter (untimed).
                RawKpiSql.AssertSame(await RequestAsync(services, filter), counted, $"{kind} {Describe(filter)}");
                checkedKinds.Add(kind);
            }

            rollupRuns.Add([P(times, 50), P(times, 95), P(times, 99)]);
            rawRuns.Add([P(rawTimes, 50), P(rawTimes, 95), P(rawTimes, 99)]);
            Progress($"[{statements:N0}] run {run}: rollup p50 {P(times, 50):F2} / p95 {P(times, 95):F2} / p99 {P(times, 99):F2} ms; raw SQL p50 {P(rawTimes, 50):F0} / p95 {P(rawTimes, 95):F0} ms");
        }

        Progress($"[{statements:N0}] raw SQL equal to the rollup for: {string.Join(", ", checkedKinds.Order())}");
        var httpRuns = await MeasureHttpAsync(o, statements, app, database.Options, seed.Catalog, filters, learners);
        return new SizeResult(statements, seed, rebuild, cells, marks, cubeMb, cubeLoad, rollupRuns, rawRuns, httpRuns, perKind);
    }

    // The same requests as an API client makes them: GET /api/kpis on the real web app in its own
    // process (Release, Production, Kestrel on loopback), with an operator's API key (keys are for
    // operators and partners; analysts sign in), the filters as query parameters, the JSON read to
    // the end. This adds routing, authentication, the access rule, labels and serialization to the
    // in-process figure; analysts' small-cell suppression is the only step it leaves out.
    private static async Task<List<double[]>> MeasureHttpAsync(
        DashboardsBenchOptions o, long statements, string app, DatabaseOptions database, BenchCatalog catalog,
        List<(FilterKind Kind, KpiFilter Filter)> filters, long learners)
    {
        string token;
        await using (var db = DataModule.CreateDb(database))
        {
            token = ((CreateApiKeyOutcome.Created)await new CreateApiKey(db, new Companies.CompanyLookup(db), new Organizations.OrganizationLookup(db), TimeProvider.System).RunAsync(Roles.Operador, "Operación (benchmark)", default)).Token;

            // A steady state: the web app's background workers find nothing to do (a backlog of
            // badges to issue would compete with the requests for the machine's two cores).
            var unbadged = await db.PathCompletions.CountAsync(c => !db.BadgeAwards.Any(a => a.PathCompletionId == c.Id));
            if (unbadged > 0)
            {
                throw new InvalidOperationException($"{unbadged:N0} path completions have no badge; the web app would issue them during the measurement.");
            }
        }

        await using var host = await LrsHost.StartAsync(app, database);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10), UseCookies = false })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromMinutes(5),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var codes = catalog.Paths.ToDictionary(p => p.Id, p => p.Code);
        string Url(KpiFilter f) =>
            $"api/kpis?desde={f.From:yyyy-MM}&hasta={f.To:yyyy-MM}"
            + (f.State is null ? "" : $"&estado={f.State}")
            + (f.Segment is null ? "" : $"&segmento={SegmentNames.ToWire(f.Segment.Value)}")
            + (f.PathId is null ? "" : $"&ruta={Uri.EscapeDataString(codes[f.PathId.Value])}")
            + (f.Provider is null ? ""
                : PartnerKey.TryParse(f.Provider, out var organization) ? $"&organizacion={organization}"
                : f.Provider.StartsWith('c') && Guid.TryParseExact(f.Provider[1..], "N", out var cohort) ? $"&convocatoria={cohort}"
                : $"&proveedor={Uri.EscapeDataString(f.Provider)}");

        async Task<string> GetAsync(KpiFilter f)
        {
            using var response = await http.GetAsync(Url(f));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {Url(f)}: {(int)response.StatusCode} {body}");
            }

            return body;
        }

        // The first request loads the web process's cube; the all-time figure must be the registry's.
        var loading = Stopwatch.StartNew();
        using (var all = JsonDocument.Parse(await GetAsync(filters[0].Filter)))
        {
            var registered = all.RootElement.GetProperty("totals").GetProperty("registered").GetInt64();
            if (filters[0].Kind != FilterKind.AllTime || registered != learners)
            {
                throw new InvalidOperationException($"GET /api/kpis counts {registered:N0} registered people; the registry holds {learners:N0}.");
            }
        }

        Progress($"[{statements:N0}] web app up at {host.Address}; first GET /api/kpis (cube load) {loading.Elapsed.TotalSeconds:F1} s");
        foreach (var (_, filter) in filters.Take(WarmUp))
        {
            await GetAsync(filter);
        }

        var runs = new List<double[]>();
        for (var run = 1; run <= o.Runs; run++)
        {
            var times = new List<double>();
            foreach (var (_, filter) in filters.Skip(WarmUp).Take(o.Requests))
            {
                var t = Stopwatch.StartNew();
                await GetAsync(filter);
                times.Add(t.Elapsed.TotalMilliseconds);
            }

            runs.Add([P(times, 50), P(times, 95), P(times, 99)]);
            Progress($"[{statements:N0}] HTTP run {run}: GET /api/kpis p50 {P(times, 50):F2} / p95 {P(times, 95):F2} / p99 {P(times, 99):F2} ms");
        }

        return runs;
    }

    // The web app's services for the dashboards: pooled contexts, the singleton cube, scoped ReadKpis
    // and KpiRollup; the background rollup is off (nothing changes during the measurement).
    private static ServiceProvider Services(DatabaseOptions database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Semillero"] = database.ConnectionString,
            ["Dashboards:RollupEvery"] = "00:00:00",
        }).Build();
        return new ServiceCollection()
            .AddSemilleroData(configuration)
            .AddDashboards(configuration)
            .AddLogging()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    // One dashboard request as the web app serves it: a request scope with its own (pooled)
    // SemilleroDb, the cube brought up to date, the report computed.
    private static async Task<KpiReport> RequestAsync(ServiceProvider services, KpiFilter filter)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadKpis>().RunAsync(filter, default);
    }

    // A second cube loaded after a first one warmed EF up: how long a web process's cold start
    // takes to load the mirror of kpi_cells, and what it holds on the managed heap.
    private static async Task<(double Mb, TimeSpan Load)> CubeColdLoadAsync(DatabaseOptions database)
    {
        await WarmCubeAsync(database);
        var before = Heap();
        var (cube, load) = await LoadCubeAsync(database);
        var after = Heap();
        Progress($"cube blocks: {cube.BlockCount:N0} ({KpiCube.States} states × {KpiCube.Segments} segments × {KpiCube.SexCount} sexes × {KpiCube.AgeCount} age bands each)");
        GC.KeepAlive(cube);
        cube.Dispose();
        return ((after - before) / 1048576.0, load);
    }

    // EF's model and the cube's two queries compiled, without loading any cell.
    private static async Task WarmCubeAsync(DatabaseOptions database)
    {
        await using var db = DataModule.CreateDb(database);
        var none = long.MaxValue;
        _ = await db.KpiCells.AsNoTracking().MaxAsync(c => (long?)c.Revision);
        _ = await db.KpiCells.AsNoTracking().Where(c => c.Revision > none).ToListAsync();
    }

    private static async Task<(KpiCube Cube, TimeSpan Load)> LoadCubeAsync(DatabaseOptions database)
    {
        await using var db = DataModule.CreateDb(database);
        var cube = new KpiCube();
        var t = Stopwatch.StartNew();
        await cube.RefreshAsync(db, default);
        return (cube, t.Elapsed);
    }

    // Live managed bytes after full, compacting collections (pools trimmed, finalizers run), so two
    // readings differ by what stayed reachable in between.
    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(true);
    }

    // The mix of dashboard views, each kind in turn, each with a different value each time: all
    // time; a state; a state over a past quarter; a segment; a path; a provider; a path with one
    // of its providers; and with cohorts, a teaching organisation and a cohort.
    private static List<(FilterKind Kind, KpiFilter Filter)> Filters(BenchCatalog catalog, int count, TimeProvider clock)
    {
        var kinds = catalog.Cohorts.Count > 0 ? Kinds : RawKinds;
        var start = new DateOnly(DashboardData.ProgramStartUtc.Year, DashboardData.ProgramStartUtc.Month, 1);
        var today = ProgramCalendar.Today(clock);
        var month = new DateOnly(today.Year, today.Month, 1);
        var states = Entidades.All.Select(e => e.Clave).ToArray();
        var segments = Enum.GetValues<Segment>();
        var list = new List<(FilterKind, KpiFilter)>();
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i % kinds.Length];
            var n = i / kinds.Length;
            var path = catalog.Paths[n % catalog.Paths.Count];
            var quarterEnd = month.AddMonths(-1 - (n % 6));
            list.Add((kind, kind switch
            {
                FilterKind.AllTime => new KpiFilter(start, month),
                FilterKind.State => new KpiFilter(start, month, State: states[(n * 7) % states.Length]),
                FilterKind.StatePeriod => new KpiFilter(quarterEnd.AddMonths(-2), quarterEnd, State: states[(n * 11) % states.Length]),
                FilterKind.Segment => new KpiFilter(start, month, Segment: segments[n % segments.Length]),
                FilterKind.Path => new KpiFilter(start, month, PathId: path.Id),
                FilterKind.Provider => new KpiFilter(start, month, Provider: catalog.Providers[n % catalog.Providers.Count]),
                FilterKind.PathProvider => new KpiFilter(start, month, PathId: path.Id, Provider: catalog.Providers[catalog.Courses[path.Courses[n % path.Courses.Length]].Provider]),
                FilterKind.Organization => new KpiFilter(start, month, Provider: catalog.Organizations[(n * 7) % catalog.Organizations.Count]),
                _ => new KpiFilter(start, month, Provider: LearnerMarks.CohortKey(catalog.Cohorts[(n * 37) % catalog.Cohorts.Count])),
            }));
        }

        return list;
    }

    private static string Describe(KpiFilter f) =>
        $"{f.From:yyyy-MM}..{f.To:yyyy-MM}{(f.State is null ? "" : " state " + f.State)}{(f.Segment is null ? "" : " segment " + f.Segment)}{(f.PathId is null ? "" : " path " + f.PathId)}{(f.Provider is null ? "" : " provider " + f.Provider)}";

    private static void Print(DashboardsBenchOptions o, List<SizeResult> results, string revision)
    {
        Console.WriteLine();
        var seeded = results[0].Seed;
        Console.WriteLine($"# Dashboards: {o.Learners:N0} learners ({seeded.Enrolments:N0} enrolments in {seeded.Cohorts:N0} cohorts); {o.Requests} dashboard requests (ReadKpis, a DI scope and pooled SemilleroDb each) over {(seeded.Cohorts > 0 ? Kinds.Length : RawKinds.Length)} filter kinds and {o.RawRequests} raw SQL requests over {RawKinds.Length} per run, {o.Runs} runs after {WarmUp} warm-up requests; medians of the runs' percentiles");
        Console.WriteLine($"# Revision {revision}; {Environment.ProcessorCount} cores, .NET {Environment.Version}, PostgreSQL (scripts/bench.sh), {TimeProvider.System.GetUtcNow():yyyy-MM-dd}; load average at the end {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Statements | Dashboard request p50 / p95 / p99 | Raw SQL p50 / p95 / p99 | Speed-up (raw ÷ rollup) p50 / p95 | Goal p95 ≤ 50 ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var r in results)
        {
            var (a, b) = (Medians(r.Rollup), Medians(r.Raw));
            Console.WriteLine($"| {r.Statements:N0} | {a[0]:F2} / **{a[1]:F2}** / {a[2]:F2} ms | {b[0]:N0} / {b[1]:N0} / {b[2]:N0} ms | {b[0] / a[0]:N0}× / **{b[1] / a[1]:N0}×** | {(a[1] <= 50 ? "✅ PASS" : "❌ MISS")} |");
        }

        Console.WriteLine();
        Console.WriteLine("Over HTTP: `GET /api/kpis` on the real web app in its own process, an operator's API key, same filters (routing, authentication, access rule and JSON included):");
        Console.WriteLine();
        Console.WriteLine("| Statements | GET /api/kpis p50 / p95 / p99 | Speed-up (raw ÷ HTTP) p95 | Goal p95 ≤ 50 ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var r in results)
        {
            var (h, b) = (Medians(r.Http), Medians(r.Raw));
            Console.WriteLine($"| {r.Statements:N0} | {h[0]:F2} / **{h[1]:F2}** / {h[2]:F2} ms | **{b[1] / h[1]:N0}×** | {(h[1] <= 50 ? "✅ PASS" : "❌ MISS")} |");
        }

        if (results.Count >= 2)
        {
            var (first, last) = (results[0], results[^1]);
            var ratio = Medians(last.Rollup)[1] / Medians(first.Rollup)[1];
            var httpRatio = Medians(last.Http)[1] / Medians(first.Http)[1];
            // Noise on a shared 2-core machine is easily ±10% between two databases' runs.
            Console.WriteLine();
            Console.WriteLine($"Dashboard p95 at {last.Statements:N0} ÷ at {first.Statements:N0} statements: in process **{ratio:F2}×**, over HTTP **{httpRatio:F2}×** (goal: no slower, ≤ 1.10× allowing for noise) {(Math.Max(ratio, httpRatio) <= 1.10 ? "✅ PASS" : "❌ MISS")}");
        }

        Console.WriteLine();
        Console.WriteLine("| Statements | Load (COPY + indexes) | Rollup rebuild | Rebuild rate | kpi_cells | kpi_learner_marks | Cube: heap / cold load | Path completions / placements |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Statements:N0} | {r.Seed.Total.TotalSeconds:N0} s | {r.Rebuild.TotalSeconds:N0} s | {r.Statements / r.Rebuild.TotalSeconds:N0} statements/s ({r.Seed.Learners / r.Rebuild.TotalSeconds:N0} people/s) | {r.Cells:N0} | {r.Marks:N0} | {r.CubeMb:F1} MB / {r.CubeLoad.TotalSeconds:F1} s | {r.Seed.PathCompletions:N0} / {r.Seed.Placements:N0} |");
        }

        Console.WriteLine();
        Console.WriteLine($"| Filter kind | {string.Join(" | ", results.Select(r => $"{r.Statements:N0}: rollup p50 / raw p50"))} |");
        Console.WriteLine($"|---|{string.Concat(results.Select(_ => "---|"))}");
        foreach (var kind in Kinds.Where(k => results.Any(r => r.PerKind[k].Rollup.Count > 0)))
        {
            Console.WriteLine($"| {kind} | {string.Join(" | ", results.Select(r => $"{Median(r.PerKind[kind].Rollup):F2} ms / {(r.PerKind[kind].Raw.Count == 0 ? "—" : Median(r.PerKind[kind].Raw).ToString("N0", CultureInfo.InvariantCulture) + " ms")}"))} |");
        }

        foreach (var r in results)
        {
            Console.WriteLine($"<!-- runs {r.Statements:N0}: rollup p50/p95/p99 {string.Join("; ", r.Rollup.Select(x => string.Join("/", x.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))))}; raw {string.Join("; ", r.Raw.Select(x => string.Join("/", x.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))))}; http {string.Join("; ", r.Http.Select(x => string.Join("/", x.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))))} -->");
        }

        Console.WriteLine();
        Console.WriteLine("Every raw SQL answer (totals, by state, by month) was asserted equal to the rollup's for the same filter; the all-time registered total equals COUNT(*) of learners.");
    }

    private static double[] Medians(List<double[]> runs) => [Median(runs.Select(r => r[0])), Median(runs.Select(r => r[1])), Median(runs.Select(r => r[2]))];

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);
}
