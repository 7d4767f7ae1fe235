using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Semillero.Access;
using Semillero.Bench.LearningRecords;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Learners;
using static Semillero.Bench.LearningRecords.Stats;

namespace Semillero.Bench.Completions;

// The completion benchmark (BENCHMARKS.md, "Completion evaluation"), two questions:
//  1. Does completion evaluation keep up with ingest? The same statements through the real LRS
//     (Semillero.Web in its own process, as the ingest benchmark runs it) with the catalog's rules in
//     force vs with no rules, same registry, same concurrency. Goal: ≥ 80%.
//  2. What does a new rule version cost over a large history? Publishing a course rule over N stored
//     statements (default 1,000,000; PostgreSQL), against a raw read of the same evidence rows with
//     Npgsql, and against a full scan of the table (what evaluating without the activity index
//     would read).
public static class CompletionBench
{
    private const int Seed = 2026;
    private const int Sites = 5;
    private const int UsersPerSite = 40_000;
    private const int Courses = 100;
    private const int ActivitiesPerSitePerCourse = 49;
    private const double IngestGoal = 0.80;
    // The generator's Moodle quizzes and assignments (its other modules are pages, lessons, forums).
    private static readonly string[] Modules = ["quiz", "assign"];
    private static readonly string[] RuleVerbs = ["http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed"];

    public static async Task RunAsync(int statements, int singles, int runs, IReadOnlyList<DatabaseProvider> engines, int history)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        ThreadPool.SetMinThreads(64, 64);
        var generated = StatementGenerator.Generate(Math.Max(statements, singles), Seed);
        var batches = generated.Take(statements).Chunk(100).Select(XapiClient.Array).ToList();
        var singleBodies = generated.Take(singles).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Completion evaluation: {statements:N0} statements in batches of 100 (2 clients) and {singles:N0} single statements (8 clients), with rules vs without; {runs} runs after a warm-up, medians"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Registry: {Sites * UsersPerSite:N0} learners whose emails match the generator's mbox actors; catalog: {Courses} courses, {Courses * ActivitiesPerSitePerCourse * Sites * Modules.Length:N0} activity IRIs (Moodle quizzes and assignments), 10 paths of 10 courses (3 needed)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# LRS: Semillero.Web {Environment.GetEnvironmentVariable("SEMILLERO_BENCH_REVISION") ?? "unknown"}; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}"));
        Console.WriteLine();

        var app = LrsHost.CopyApp();
        var ingest = new List<string>();
        var reevaluation = new List<string>();
        try
        {
            foreach (var engine in engines)
            {
                await using var database = await BenchDatabase.CreateAsync(engine);
                var token = await PrepareAsync(database.Options);
                var cases = new[]
                {
                    (Name: "batches of 100, 2 clients", Bodies: batches, PerBody: 100, Clients: 2, Total: statements),
                    (Name: "1 statement per POST, 8 clients", Bodies: singleBodies, PerBody: 1, Clients: 8, Total: singles),
                };
                foreach (var c in cases)
                {
                    var ratios = new List<double>();
                    var with = new List<double>();
                    var without = new List<double>();
                    long completions = 0;
                    for (var run = 0; run <= runs; run++)
                    {
                        double withRules = 0, withoutRules = 0;
                        foreach (var rules in run % 2 == 0 ? new[] { false, true } : [true, false])
                        {
                            await SetRulesAsync(database.Options, rules);
                            var (perSecond, recorded) = await IngestAsync(app, database.Options, token, c.Bodies, c.PerBody, c.Clients, c.Total);
                            if (rules)
                            {
                                withRules = perSecond;
                                completions = recorded;
                            }
                            else
                            {
                                withoutRules = perSecond;
                            }
                        }

                        Progress($"{engine} {(run == 0 ? "warm-up" : $"run {run}")} {c.Name}: without rules {withoutRules:N0}/s, with {withRules:N0}/s ({withRules / withoutRules * 100:F0}%), {completions:N0} completions recorded");
                        if (run > 0)
                        {
                            ratios.Add(withRules / withoutRules);
                            with.Add(withRules);
                            without.Add(withoutRules);
                        }
                    }

                    var ratio = Median(ratios);
                    ingest.Add($"| {engine} | {c.Name} | {Median(without):N0}/s | {Median(with):N0}/s | **{ratio * 100:F0}%** | {completions:N0} | ≥ 80% {(ratio >= IngestGoal ? "✅ PASS" : "❌ MISS")} |");
                    ingest.Add($"<!-- runs {engine} {c.Name}: {string.Join("; ", without.Zip(with).Select(p => $"{p.First:F0} → {p.Second:F0}"))} -->");
                }

                if (engine == DatabaseProvider.Postgres && history > 0)
                {
                    reevaluation.AddRange(await ReevaluateAsync(database.Options, history, runs));
                }
            }
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }

        Console.WriteLine("| Database | Ingest | Without rules | With rules | With ÷ without | Completions recorded (last run) | Goal |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var line in ingest)
        {
            Console.WriteLine(line);
        }

        if (reevaluation.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| New rule version over the history | Median time | vs raw read of the evidence rows | vs raw full scan |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var line in reevaluation)
            {
                Console.WriteLine(line);
            }
        }
    }

    // Learners, a key, and the catalog (rules are switched on and off per measurement).
    private static async Task<string> PrepareAsync(DatabaseOptions options)
    {
        await using var db = DataModule.CreateDb(options);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var learners = new List<Learner>();
        for (var site = 1; site <= Sites; site++)
        {
            for (var user = 1; user <= UsersPerSite; user++)
            {
                var n = learners.Count;
                learners.Add(new Learner
                {
                    Id = Guid.CreateVersion7(now),
                    Curp = $"BENC{n:D14}",
                    GivenNames = "Persona",
                    FirstSurname = "De Prueba",
                    Email = $"aprendiz{user}@correo{site}.example.mx",
                    StateCode = ((n % 32) + 1).ToString("D2", CultureInfo.InvariantCulture),
                    Segment = Segment.Estudiante,
                    BirthDate = new DateOnly(1995, 1, 1).AddDays(n % 5000),
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
        }

        foreach (var chunk in learners.Chunk(5_000))
        {
            db.Learners.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        for (var k = 0; k < Courses; k++)
        {
            var course = new Course { Id = Guid.CreateVersion7(now), Code = $"CURSO-{k:D3}", Provider = "Aliado de prueba (benchmark)", NameEs = $"Curso {k}", NameEn = $"Course {k}", CreatedAt = now };
            for (var site = 1; site <= Sites; site++)
            {
                for (var a = 0; a < ActivitiesPerSitePerCourse; a++)
                {
                    foreach (var module in Modules)
                    {
                        course.Activities.Add(new CourseActivity { ActivityId = $"https://aula{site}.example.mx/mod/{module}/view.php?id={100 + (k * ActivitiesPerSitePerCourse) + a}", CourseId = course.Id });
                    }
                }
            }

            db.Courses.Add(course);
        }

        await db.SaveChangesAsync();
        var courses = await db.Courses.OrderBy(c => c.Code).Select(c => c.Id).ToListAsync();
        for (var p = 0; p < 10; p++)
        {
            var path = new LearningPath
            {
                Id = Guid.CreateVersion7(now), Code = $"ruta-{p}", Area = PathArea.Nube, Level = PathLevel.Fundamentos,
                NameEs = $"Ruta {p}", NameEn = $"Path {p}", SummaryEs = "-", SummaryEn = "-", CriteriaEs = "-", CriteriaEn = "-",
                Published = true, CreatedAt = now, UpdatedAt = now,
            };
            for (var i = 0; i < 10; i++)
            {
                path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = courses[(p * 10) + i], Position = i });
            }

            db.LearningPaths.Add(path);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return ((CreateApiKeyOutcome.Created)await new CreateApiKey(db, new Companies.CompanyLookup(db), new Organizations.OrganizationLookup(db), TimeProvider.System).RunAsync(Roles.Aliado, "Aliado de prueba (benchmark)", default)).Token;
    }

    // Rules on: every course accepts completed/passed with at least 0.6, every path needs 3 of its 10
    // courses. Rules off: none (RuleBook finds nothing to evaluate). The LRS is started after the
    // switch, so it loads the rules it measures with.
    private static async Task SetRulesAsync(DatabaseOptions options, bool on)
    {
        await using var db = DataModule.CreateDb(options);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM path_completions");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM course_completions");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM completion_rules");
        if (!on)
        {
            return;
        }

        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        foreach (var course in await db.Courses.Select(c => c.Id).ToListAsync())
        {
            db.CompletionRules.Add(new CompletionRule { Id = Guid.CreateVersion7(now), CourseId = course, Version = 1, Verbs = string.Join(' ', RuleVerbs), MinScaledScore = 0.6m, Reason = "benchmark", CreatedBy = "bench", CreatedAt = now });
        }

        foreach (var path in await db.LearningPaths.Select(p => p.Id).ToListAsync())
        {
            db.CompletionRules.Add(new CompletionRule { Id = Guid.CreateVersion7(now), PathId = path, Version = 1, MinCourses = 3, Reason = "benchmark", CreatedBy = "bench", CreatedAt = now });
        }

        await db.SaveChangesAsync();
    }

    private static async Task<(double PerSecond, long Completions)> IngestAsync(
        string app, DatabaseOptions options, string token, List<byte[]> bodies, int perBody, int clients, int total)
    {
        await ClearAsync(options);
        await using var host = await LrsHost.StartAsync(app, options);
        using var http = host.CreateClient(token);

        // The LRS is a new process per measurement (rules are read at start-up), so a quarter of the
        // bodies go first untimed: the measurement is of a warm, tiered-up process, as in production,
        // not of the JIT. Then the tables are emptied again under the running LRS.
        await XapiClient.PostAllAsync(http, bodies.Take(Math.Max(1, bodies.Count / 4)).ToList(), perBody, clients, new CpuMeter(host.Process, null));
        await ClearAsync(options);
        var cpu = new CpuMeter(host.Process, null);
        var m = await XapiClient.PostAllAsync(http, bodies, perBody, clients, cpu);
        await using var db = DataModule.CreateDb(options);
        var stored = await db.Statements.CountAsync();
        if (stored != total)
        {
            throw new InvalidOperationException($"{stored} statements stored, {total} expected");
        }

        return (m.PerSecond, await db.CourseCompletions.LongCountAsync());
    }

    private static async Task ClearAsync(DatabaseOptions options)
    {
        await using (var db = DataModule.CreateDb(options))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM path_completions");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM course_completions");
        }

        await XapiIngestBench.ResetAsync(options);
    }

    // N synthetic statements written with COPY (only the columns evaluation reads carry meaning), a
    // tenth of them on a 1,000-activity course; then, per run, that course's rule published from
    // scratch (PublishRule: the evaluation query and the completions it inserts) vs a raw Npgsql read
    // of the same evidence rows and a raw full scan.
    private static async Task<List<string>> ReevaluateAsync(DatabaseOptions options, int history, int runs)
    {
        await XapiIngestBench.ResetAsync(options);
        Guid courseId;
        List<string> activities;
        List<Guid> learners;
        await using (var db = DataModule.CreateDb(options))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM path_completions");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM course_completions");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM completion_rules");
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var course = new Course { Id = Guid.CreateVersion7(now), Code = "REEVAL", Provider = "Aliado de prueba (benchmark)", NameEs = "Curso grande", NameEn = "Large course", CreatedAt = now };
            activities = Enumerable.Range(0, 1_000).Select(i => $"https://campus.example.mx/curso-grande/unidad/{i}").ToList();
            course.Activities.AddRange(activities.Select(a => new CourseActivity { ActivityId = a, CourseId = course.Id }));
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            courseId = course.Id;
            learners = await db.Learners.Select(l => l.Id).ToListAsync();
        }

        var random = new Random(Seed);
        var verbs = new[] { RuleVerbs[0], RuleVerbs[1], "http://adlnet.gov/expapi/verbs/attempted", "http://adlnet.gov/expapi/verbs/experienced" };
        var started = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(options.ConnectionString))
        {
            await connection.OpenAsync();
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY xapi_statements (id, stored_at, timestamp, verb_id, actor_key, member_agents, related_agents, related_activities, activity_id, voided, partner, learner_id, content_hash, json, score_scaled) FROM STDIN (FORMAT BINARY)"))
            {
                var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                for (var i = 0; i < history; i++)
                {
                    var learner = learners[random.Next(learners.Count)];
                    var activity = random.Next(10) == 0 ? activities[random.Next(activities.Count)] : $"https://aula{random.Next(1, 6)}.example.mx/mod/page/view.php?id={random.Next(100, 20_000)}";
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(at.AddSeconds(i), NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(verbs[random.Next(verbs.Length)], NpgsqlDbType.Varchar);
                    await copy.WriteAsync($"mbox:mailto:{learner:N}@example.mx", NpgsqlDbType.Varchar);
                    await copy.WriteAsync("", NpgsqlDbType.Text);
                    await copy.WriteAsync("", NpgsqlDbType.Text);
                    await copy.WriteAsync("", NpgsqlDbType.Text);
                    await copy.WriteAsync(activity, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync("Aliado de prueba (benchmark)", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(learner, NpgsqlDbType.Uuid);
                    await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                    await copy.WriteAsync("{}", NpgsqlDbType.Text);
                    await copy.WriteAsync(random.NextDouble(), NpgsqlDbType.Double);
                }

                await copy.CompleteAsync();
            }

            await using var analyze = new NpgsqlCommand("ANALYZE xapi_statements", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        Progress($"Postgres: {history:N0} statements written for the re-evaluation benchmark in {started.Elapsed.TotalSeconds:F1} s");

        var publish = new List<double>();
        var evidence = new List<double>();
        var scan = new List<double>();
        var added = 0;
        for (var run = 0; run <= runs; run++)
        {
            await using (var db = DataModule.CreateDb(options))
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM course_completions");
                await db.Database.ExecuteSqlRawAsync("DELETE FROM rule_evaluations");
                await db.Database.ExecuteSqlRawAsync("DELETE FROM completion_rules");
            }

            var t = Stopwatch.StartNew();
            await using (var db = DataModule.CreateDb(options))
            {
                using var book = new RuleBook(TimeProvider.System, new Catalog.CatalogChanges());
                using var signal = new CompletionSignal();
                using var pathSignal = new PathCompletionSignal();
                var outcome = await new PublishRule(db, book, signal, pathSignal, TimeProvider.System)
                    .ForCourseAsync(courseId, new CourseRuleDraft(RuleVerbs, 0.6m, false), "Benchmark: regla sobre todo el historial", "bench", default);
                added = ((PublishRuleOutcome.Published)outcome).Evaluation.Added;
            }

            var publishMs = t.Elapsed.TotalMilliseconds;
            var evidenceMs = await TimeAsync(options, "SELECT learner_id, id, timestamp, score_scaled FROM xapi_statements WHERE activity_id = ANY(@a) AND verb_id = ANY(@v) AND learner_id IS NOT NULL AND NOT voided AND score_scaled >= 0.6", activities);
            var scanMs = await TimeAsync(options, "SELECT learner_id, verb_id, activity_id, score_scaled, timestamp FROM xapi_statements", activities);
            Progress($"Postgres {(run == 0 ? "warm-up" : $"run {run}")} new rule over {history:N0} statements: {publishMs:F0} ms ({added:N0} completions added); raw evidence read {evidenceMs:F0} ms; raw full scan {scanMs:F0} ms");
            if (run > 0)
            {
                publish.Add(publishMs);
                evidence.Add(evidenceMs);
                scan.Add(scanMs);
            }
        }

        return
        [
            $"| Course rule over {history:N0} statements (PostgreSQL; {added:N0} completions added) | {Median(publish):F0} ms | {Median(publish) / Median(evidence):F1}× ({Median(evidence):F0} ms) | {Median(publish) / Median(scan):F2}× ({Median(scan):F0} ms) |",
            $"<!-- runs publish ms: {string.Join(", ", publish.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))}; evidence: {string.Join(", ", evidence.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))}; scan: {string.Join(", ", scan.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} -->",
        ];
    }

    private static async Task<double> TimeAsync(DatabaseOptions options, string sql, List<string> activities)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        var t = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("a", activities.ToArray());
        command.Parameters.AddWithValue("v", RuleVerbs);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            _ = reader.IsDBNull(0) ? Guid.Empty : reader.GetGuid(0);
        }

        return rows >= 0 ? t.Elapsed.TotalMilliseconds : 0;
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);
}
