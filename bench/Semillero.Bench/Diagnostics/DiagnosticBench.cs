using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Geography;
using static Semillero.Bench.LearningRecords.Stats;

namespace Semillero.Bench.Diagnostics;

public sealed record DiagnosticBenchOptions(int Companies, int Runs, int Requests, IReadOnlyList<DatabaseProvider> Engines);

// The AI-maturity diagnostic benchmark (BENCHMARKS.md, "Pymes' AI-maturity diagnostic"): what the
// program's figures, a result page's data and a submission cost with tens of thousands of assessed
// Pymes, each use case in a fresh DI scope per call as a web request runs it, against a raw ADO.NET
// baseline doing the same database work by hand, in the same run over the same data.
public static class DiagnosticBench
{
    private const int Seed = 20261207;
    private const int WarmUp = 10;
    private const int BatchCompanies = 1_000;
    private const double ReassessedShare = 0.2;
    private const double GoalMs = 50;

    private static readonly string[] Sectors = ["31-33", "43", "46", "54", "72", "81"];
    private static readonly SizeBand[] Bands = [SizeBand.Micro, SizeBand.Pequena, SizeBand.Mediana];

    private sealed record Seeded(Guid CompanyId, Guid LatestAssessmentId, SizeBand Band, string Sector, bool Reassessed);

    private sealed record Measure(string Name, List<double[]> Product, List<double[]> Raw);

    private sealed record EngineResult(
        DatabaseProvider Engine, int Companies, int Assessments, long AnswerRows, TimeSpan SeedTime, double BytesPer10k,
        Measure Figures, Measure Result, Measure Submit, Measure FiguresServed, Measure ResultServed, IReadOnlyList<(string Part, double Ms)> FiguresParts, IReadOnlyList<(string Part, double Ms)> ResultParts);

    public static async Task RunAsync(DiagnosticBenchOptions o)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var revision = Environment.GetEnvironmentVariable("SEMILLERO_BENCH_REVISION") ?? "unknown";
        Progress($"Diagnostic benchmark: {o.Companies:N0} companies, {ReassessedShare:P0} re-assessed; {o.Requests} requests × {o.Runs} runs per measure; engines {string.Join(", ", o.Engines)}; revision {revision}");
        var results = new List<EngineResult>();
        foreach (var engine in o.Engines)
        {
            results.Add(await RunEngineAsync(o, engine));
            Print(o, results, revision);
        }
    }

    private static async Task<EngineResult> RunEngineAsync(DiagnosticBenchOptions o, DatabaseProvider engine)
    {
        await using var database = await BenchDatabase.CreateAsync(engine);
        var watch = Stopwatch.StartNew();
        var (seeded, assessments, answers) = await SeedAsync(database.Options, o.Companies);
        var seedTime = watch.Elapsed;
        Progress($"[{engine}] seeded {o.Companies:N0} companies, {assessments:N0} assessments, {answers:N0} answers in {seedTime.TotalSeconds:F1} s");
        var bytes = await SizeAsync(database.Options);
        var bytesPer10k = bytes / (assessments / 10_000.0);
        Progress($"[{engine}] database {bytes / 1048576.0:F1} MB ({bytesPer10k / 1048576.0:F1} MB per 10k assessments)");

        await using var services = Services(database.Options);
        await using var raw = RawDb.Create(database.Options);
        var rng = new Random(Seed + 1);
        var actorFor = (Guid company) => new Actor("empresa-bench", "Directora", Roles.Empresa, CompanyId: company);

        // Companies that take a new assessment during the measurement (each only once).
        var fresh = new Queue<Seeded>(seeded.OrderBy(_ => rng.Next()));

        // Equal answers from both sides, checked once before timing.
        await CheckFiguresAsync(services, raw);
        var probe = seeded[rng.Next(seeded.Count)];
        var peers = await ResultAsync(services, probe, actorFor);
        var rawPeers = await raw.PeerScoresAsync(probe.CompanyId, probe.Band, probe.Sector);
        if (peers.Peers.Companies * 7 != rawPeers)
        {
            throw new InvalidOperationException($"ResultAsync counts {peers.Peers.Companies} peers; the raw SQL read {rawPeers} peer score rows (expected 7 each).");
        }

        for (var i = 0; i < WarmUp; i++)
        {
            await FiguresAsync(services);
            await raw.FiguresAsync();
            var s = seeded[rng.Next(seeded.Count)];
            await ResultAsync(services, s, actorFor);
            await raw.PeerScoresAsync(s.CompanyId, s.Band, s.Sector);
            await SubmitOnceAsync(services, await PrepareAsync(services, fresh.Dequeue(), actorFor, rng), actorFor);
            await raw.SubmitAsync(await PrepareAsync(services, fresh.Dequeue(), actorFor, rng), rng);
        }

        var figures = new Measure("figures", [], []);
        var result = new Measure("result", [], []);
        var submit = new Measure("submit", [], []);
        var figuresServed = new Measure("figures served", [], []);
        var resultServed = new Measure("result served", [], []);
        var connection = DatabaseOf(services);
        for (var run = 1; run <= o.Runs; run++)
        {
            var (a, b) = (new List<double>(), new List<double>());
            for (var i = 0; i < o.Requests; i++)
            {
                a.Add(await TimeAsync(() => FiguresComputedAsync(services)));
                b.Add(await TimeAsync(raw.FiguresAsync));
            }

            Add(figures, a, b);
            (a, b) = (new List<double>(), new List<double>());
            await FiguresAsync(services);
            for (var i = 0; i < o.Requests; i++)
            {
                a.Add(await TimeAsync(() => FiguresAsync(services)));
                b.Add(await TimeAsync(raw.FiguresAsync));
            }

            Add(figuresServed, a, b);
            (a, b) = (new List<double>(), new List<double>());
            for (var i = 0; i < o.Requests; i++)
            {
                var s = seeded[rng.Next(seeded.Count)];
                // As after a submission: the peers' scores are read again.
                DiagnosticFiguresCache.Changed(connection);
                a.Add(await TimeAsync(() => ResultAsync(services, s, actorFor)));
                b.Add(await TimeAsync(() => raw.PeerScoresAsync(s.CompanyId, s.Band, s.Sector)));
            }

            Add(result, a, b);
            (a, b) = (new List<double>(), new List<double>());
            for (var i = 0; i < o.Requests; i++)
            {
                var s = seeded[rng.Next(seeded.Count)];
                a.Add(await TimeAsync(() => ResultAsync(services, s, actorFor)));
                b.Add(await TimeAsync(() => raw.PeerScoresAsync(s.CompanyId, s.Band, s.Sector)));
            }

            Add(resultServed, a, b);
            (a, b) = (new List<double>(), new List<double>());
            for (var i = 0; i < o.Requests; i++)
            {
                var open = await PrepareAsync(services, fresh.Dequeue(), actorFor, rng);
                a.Add(await TimeAsync(() => SubmitOnceAsync(services, open, actorFor)));
                var rawOpen = await PrepareAsync(services, fresh.Dequeue(), actorFor, rng);
                b.Add(await TimeAsync(() => raw.SubmitAsync(rawOpen, rng)));
            }

            Add(submit, a, b);
            Progress($"[{engine}] run {run}: figures p50/p95 {figures.Product[^1][0]:F2}/{figures.Product[^1][1]:F2} ms (raw {figures.Raw[^1][0]:F2}/{figures.Raw[^1][1]:F2}); "
                + $"result {result.Product[^1][0]:F2}/{result.Product[^1][1]:F2} ms (raw {result.Raw[^1][0]:F2}/{result.Raw[^1][1]:F2}); "
                + $"submit {submit.Product[^1][0]:F2}/{submit.Product[^1][1]:F2} ms (raw {submit.Raw[^1][0]:F2}/{submit.Raw[^1][1]:F2})");
        }

        // Where the time goes: each SQL command's time (executed to reader disposed) over a few
        // more calls, untimed otherwise.
        var figuresParts = await ProfileAsync(20, () => FiguresComputedAsync(services));
        var resultParts = await ProfileAsync(20, () => ResultAsync(services, seeded[rng.Next(seeded.Count)], actorFor));
        return new EngineResult(engine, o.Companies, assessments, answers, seedTime, bytesPer10k, figures, result, submit, figuresServed, resultServed, figuresParts, resultParts);
    }

    private static void Add(Measure m, List<double> product, List<double> raw)
    {
        m.Product.Add([P(product, 50), P(product, 95)]);
        m.Raw.Add([P(raw, 50), P(raw, 95)]);
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var t = Stopwatch.StartNew();
        await call();
        return t.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> call)
    {
        var t = Stopwatch.StartNew();
        await call();
        return t.Elapsed.TotalMilliseconds;
    }

    private static string? DatabaseOf(ServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<Semillero.Data.SemilleroDb>().Database.GetConnectionString();
    }

    private static async Task<DiagnosticFigures> FiguresComputedAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadDiagnosticFigures>().ComputeAsync(null, default);
    }

    private static async Task<DiagnosticFigures> FiguresAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadDiagnosticFigures>().RunAsync(null, default);
    }

    private static async Task<AssessmentResult> ResultAsync(ServiceProvider services, Seeded s, Func<Guid, Actor> actor)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadAssessments>().ResultAsync(s.LatestAssessmentId, actor(s.CompanyId), default)
            ?? throw new InvalidOperationException($"No result for assessment {s.LatestAssessmentId}.");
    }

    // An open assessment with all 25 answers saved, ready to submit (untimed: start and save, each
    // in its own scope as its own request).
    private static async Task<(Guid Assessment, Guid Company)> PrepareAsync(ServiceProvider services, Seeded s, Func<Guid, Actor> actor, Random rng)
    {
        Guid id;
        await using (var scope = services.CreateAsyncScope())
        {
            var started = await scope.ServiceProvider.GetRequiredService<StartAssessment>().RunAsync(s.CompanyId, actor(s.CompanyId), default);
            id = ((StartAssessmentOutcome.Started)started).AssessmentId;
        }

        var level = rng.Next(5);
        var answers = QuestionBanks.Shipped.Questions.ToDictionary(q => q.Id, _ => (int?)Math.Clamp(level + rng.Next(-1, 2), 0, 4), StringComparer.Ordinal);
        await using (var scope = services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<SaveAnswers>().AsOwnerAsync(id, answers, actor(s.CompanyId), default);
            if (saved is not SaveAnswersOutcome.Saved)
            {
                throw new InvalidOperationException($"Saving answers: {saved}");
            }
        }

        return (id, s.CompanyId);
    }

    private static async Task SubmitOnceAsync(ServiceProvider services, (Guid Assessment, Guid Company) open, Func<Guid, Actor> actor)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SubmitAssessment>().RunAsync(open.Assessment, actor(open.Company), default);
        if (outcome is not SubmitAssessmentOutcome.Submitted)
        {
            throw new InvalidOperationException($"Submitting: {outcome}");
        }
    }

    private static async Task CheckFiguresAsync(ServiceProvider services, RawDb raw)
    {
        var figures = await FiguresAsync(services);
        var rows = await raw.FiguresAsync();
        var (total, advanced) = (rows.Sum(r => r.Count), rows.Sum(r => r.Advanced));
        if (figures.National.Total.Value != total || figures.National.Advanced.Value != advanced)
        {
            throw new InvalidOperationException($"Figures count {figures.National.Total.Value:N0} companies ({figures.National.Advanced.Value:N0} advanced); the raw SQL {total:N0} ({advanced:N0}).");
        }

        Progress($"figures: {total:N0} Pymes, {advanced:N0} at advanced use ({figures.AdvancedSharePercent}%); change since T0: trained {figures.Trained.Companies:N0}, not trained {figures.NotTrained.Companies:N0} (overall {figures.NotTrained.Overall})");
    }

    // Where a call's time goes, per call: each SQL command from its execution to its reader's end,
    // and the .NET time between commands ("before …": what the use case computes before sending
    // that command; "after the last command": what it computes once all its data is read).
    private static async Task<IReadOnlyList<(string Part, double Ms)>> ProfileAsync(int calls, Func<Task> call)
    {
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        var events = new List<(string Text, long Start, long End)>();
        var starts = new Dictionary<Guid, long>();
        var total = 0.0;
        var recording = false;
        using var observer = new CommandObserver(
            id =>
            {
                lock (events)
                {
                    starts[id] = Stopwatch.GetTimestamp();
                }
            },
            (id, text) =>
            {
                lock (events)
                {
                    if (recording)
                    {
                        events.Add((Shorten(text), starts.GetValueOrDefault(id), Stopwatch.GetTimestamp()));
                    }
                }
            });

        // EF Core checks whether anyone listens now and then, not on every command: let it notice.
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(300);
            await call();
        }

        recording = true;
        for (var i = 0; i < calls; i++)
        {
            lock (events)
            {
                events.Clear();
            }

            var begin = Stopwatch.GetTimestamp();
            await call();
            var end = Stopwatch.GetTimestamp();
            total += Stopwatch.GetElapsedTime(begin, end).TotalMilliseconds;
            lock (events)
            {
                var previous = begin;
                foreach (var (text, start, stop) in events.OrderBy(e => e.Start))
                {
                    Add("SQL: " + text, Stopwatch.GetElapsedTime(start, stop).TotalMilliseconds);
                    Add(".NET before: " + text, Stopwatch.GetElapsedTime(previous, start).TotalMilliseconds);
                    previous = stop;
                }

                Add(".NET after the last command", Stopwatch.GetElapsedTime(previous, end).TotalMilliseconds);
            }
        }

        var parts = times.OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value / calls)).ToList();
        parts.Insert(0, ("whole call", total / calls));
        return parts;

        void Add(string key, double ms) => times[key] = times.GetValueOrDefault(key) + ms;
    }

    private static string Shorten(string sql)
    {
        var one = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return one.Length <= 150 ? one : one[..150] + "…";
    }

    // Listens to EF Core's command events (DataReaderDisposing carries the time from execution to the
    // reader's end, which includes reading the rows; CommandExecuted the time of a non-query).
    private sealed class CommandObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly Action<Guid> _started;
        private readonly Action<Guid, string> _ended;
        private readonly List<IDisposable> _subscriptions = [];
        private readonly IDisposable _all;

        public CommandObserver(Action<Guid> started, Action<Guid, string> ended)
        {
            _started = started;
            _ended = ended;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            switch (value.Value)
            {
                case DataReaderDisposingEventData r:
                    _ended(r.CommandId, r.Command.CommandText);
                    break;
                case CommandExecutedEventData c when c.ExecuteMethod == DbCommandMethod.ExecuteNonQuery:
                    _ended(c.CommandId, c.Command.CommandText);
                    break;
                case CommandEventData c when value.Key == RelationalEventId.CommandExecuting.Name:
                    _started(c.CommandId);
                    break;
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                foreach (var s in _subscriptions)
                {
                    s.Dispose();
                }
            }
        }
    }

    // The product's composition (AddSemillero, as the web host and the CLI use it), on this database,
    // with the real clock; background work that the host would start is not started here.
    private static ServiceProvider Services(DatabaseOptions database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Semillero"] = database.ConnectionString,
            ["Dashboards:RollupEvery"] = "00:00:00",
        }).Build();
        return new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddSemillero(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    // N verified companies over the 32 states, 6 sectors and 3 size bands, each with one submitted
    // assessment of version 1 (one lead respondent, all 25 answers, scored with MaturityScoring) and
    // 20% with a second one (Sequence 1, Latest moved to it). EF AddRange in batches, tracker cleared.
    private static async Task<(List<Seeded> Companies, int Assessments, long Answers)> SeedAsync(DatabaseOptions database, int companies)
    {
        var rng = new Random(Seed);
        var bank = QuestionBanks.Shipped;
        var questions = bank.Questions.Select(q => q.Id).ToArray();
        var states = Entidades.All.Select(e => e.Clave).ToArray();
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.AddYears(-3);
        var seeded = new List<Seeded>(companies);
        var assessments = 0;
        long answers = 0;
        await using var db = DataModule.CreateDb(database);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var from = 0; from < companies; from += BatchCompanies)
        {
            for (var i = from; i < Math.Min(companies, from + BatchCompanies); i++)
            {
                var created = start.AddMinutes(rng.Next(0, 60 * 24 * 365 * 2));
                var band = Bands[rng.Next(Bands.Length)];
                var company = new Company
                {
                    Id = Guid.CreateVersion7(created),
                    Rfc = "BEN" + i.ToString("D9", CultureInfo.InvariantCulture),
                    LegalName = $"Pyme {i} S.A. de C.V.",
                    TradeName = $"Pyme {i}",
                    SectorCode = Sectors[rng.Next(Sectors.Length)],
                    StateCode = states[rng.Next(states.Length)],
                    Workers = band switch { SizeBand.Micro => 5, SizeBand.Pequena => 30, _ => 120 },
                    AnnualSalesMdp = band switch { SizeBand.Micro => 3m, SizeBand.Pequena => 40m, _ => 150m },
                    SizeBand = band,
                    Kind = CompanyKind.Pyme,
                    CreatedAt = created,
                    UpdatedAt = created,
                    CreatedBy = "bench",
                    VerifiedAt = created.AddDays(1),
                    VerifiedBy = "operador-bench",
                };
                db.Companies.Add(company);
                var reassessed = rng.NextDouble() < ReassessedShare;
                var level = Math.Min(4, (int)Math.Floor(rng.NextDouble() * rng.NextDouble() * 6));
                var first = Assessment(company.Id, created.AddDays(2), 0, !reassessed, level);
                db.Assessments.Add(first);
                var latest = first;
                if (reassessed)
                {
                    latest = Assessment(company.Id, created.AddDays(200), 1, true, Math.Min(4, level + rng.Next(0, 2)));
                    db.Assessments.Add(latest);
                }

                assessments += reassessed ? 2 : 1;
                answers += questions.Length * (reassessed ? 2 : 1);
                seeded.Add(new Seeded(company.Id, latest.Id, band, company.SectorCode, reassessed));
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            if ((from / BatchCompanies) % 10 == 9)
            {
                Progress($"  seeded {from + BatchCompanies:N0} companies");
            }
        }

        return (seeded, assessments, answers);

        Assessment Assessment(Guid companyId, DateTime at, int sequence, bool isLatest, int level)
        {
            var respondent = Guid.CreateVersion7(at);
            var scores = questions.ToDictionary(q => q, _ => Math.Clamp(level + rng.Next(-1, 2), 0, 4), StringComparer.Ordinal);
            var result = MaturityScoring.Score(bank, [new RespondentAnswers(respondent, scores)]);
            var id = Guid.CreateVersion7(at);
            return new Assessment
            {
                Id = id,
                CompanyId = companyId,
                BankVersion = bank.Version,
                Mode = AssessmentMode.Autodiagnostico,
                StartedBy = "empresa-bench",
                StartedAt = at,
                LastAnsweredAt = at.AddMinutes(15),
                SubmittedAt = at.AddMinutes(16),
                SubmittedBy = "empresa-bench",
                Sequence = sequence,
                Latest = isLatest,
                OverallScore = result.Overall,
                Level = result.Level,
                AdvancedAi = result.AdvancedAi,
                Respondents = 1,
                People =
                {
                    new AssessmentRespondent
                    {
                        Id = respondent,
                        AssessmentId = id,
                        Lead = true,
                        InvitedAt = at,
                        LastAnsweredAt = at.AddMinutes(15),
                        Answers = scores.Select(s => new AssessmentAnswer { RespondentId = respondent, QuestionId = s.Key, Score = s.Value, AnsweredAt = at.AddMinutes(15) }).ToList(),
                    },
                },
                Scores = result.Dimensions.Select(d => new AssessmentDimensionScore { AssessmentId = id, DimensionId = d.DimensionId, Score = d.Score!.Value }).ToList(),
            };
        }
    }

    private static async Task<long> SizeAsync(DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await using var c = new NpgsqlConnection(database.ConnectionString);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("VACUUM ANALYZE", c);
            await cmd.ExecuteNonQueryAsync();
            await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", c);
            return (long)(await size.ExecuteScalarAsync())!;
        }

        await using (var c = new SqliteConnection(database.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;";
            await cmd.ExecuteNonQueryAsync();
        }

        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    }

    // The raw baselines over ADO.NET: one hand-written statement (or transaction) each.
    private sealed class RawDb : IAsyncDisposable
    {
        private const string FiguresSql =
            "SELECT c.state_code, a.level, count(*), SUM(CASE WHEN a.advanced_ai THEN 1 ELSE 0 END) FROM assessments a JOIN companies c ON c.id = a.company_id "
            + "WHERE a.latest AND a.bank_version = 1 AND c.size_band <> 'Grande' GROUP BY c.state_code, a.level";

        private const string PeersSql =
            "SELECT s.dimension_id, s.score FROM assessments a JOIN companies c ON c.id = a.company_id JOIN assessment_scores s ON s.assessment_id = a.id "
            + "WHERE a.latest AND a.bank_version = 1 AND c.size_band = @band AND c.sector_code = @sector AND a.company_id <> @company";

        private readonly NpgsqlDataSource? _pg;
        private readonly string? _sqlite;

        private RawDb(NpgsqlDataSource? pg, string? sqlite)
        {
            _pg = pg;
            _sqlite = sqlite;
        }

        public static RawDb Create(DatabaseOptions database) => database.Provider == DatabaseProvider.Postgres
            ? new RawDb(NpgsqlDataSource.Create(database.ConnectionString!), null)
            : new RawDb(null, new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ToString());

        // EF stores GUIDs on SQLite as upper-case text.
        private object Id(Guid id) => _pg is null ? id.ToString().ToUpperInvariant() : id;

        private async Task<DbConnection> OpenAsync()
        {
            if (_pg is not null)
            {
                return await _pg.OpenConnectionAsync();
            }

            var c = new SqliteConnection(_sqlite);
            await c.OpenAsync();
            await using var pragmas = c.CreateCommand();
            pragmas.CommandText = SqliteDurability.Pragmas;
            await pragmas.ExecuteNonQueryAsync();
            return c;
        }

        private static void Param(DbCommand cmd, string name, object value)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        public async Task<List<(string State, int Level, long Count, long Advanced)>> FiguresAsync()
        {
            await using var c = await OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = FiguresSql;
            await using var r = await cmd.ExecuteReaderAsync();
            var rows = new List<(string, int, long, long)>();
            while (await r.ReadAsync())
            {
                rows.Add((r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3)));
            }

            return rows;
        }

        public async Task<int> PeerScoresAsync(Guid company, SizeBand band, string sector)
        {
            await using var c = await OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = PeersSql;
            Param(cmd, "band", band.ToString());
            Param(cmd, "sector", sector);
            Param(cmd, "company", Id(company));
            await using var r = await cmd.ExecuteReaderAsync();
            var rows = 0;
            long sum = 0;
            while (await r.ReadAsync())
            {
                _ = r.GetString(0);
                sum += r.GetInt32(1);
                rows++;
            }

            return rows;
        }

        // A submission by hand: one transaction that freezes the row and inserts its 7 scores.
        public async Task SubmitAsync((Guid Assessment, Guid Company) open, Random rng)
        {
            await using var c = await OpenAsync();
            await using var tx = await c.BeginTransactionAsync();
            await using (var update = c.CreateCommand())
            {
                update.Transaction = tx;
                update.CommandText = "UPDATE assessments SET submitted_at = @at, submitted_by = 'empresa-bench', latest = @latest, sequence = 1, overall_score = 50, level = 2, advanced_ai = @advanced, respondents = 1 WHERE id = @id";
                Param(update, "at", TimeProvider.System.GetUtcNow().UtcDateTime);
                Param(update, "latest", true);
                Param(update, "advanced", false);
                Param(update, "id", Id(open.Assessment));
                await update.ExecuteNonQueryAsync();
            }

            await using (var insert = c.CreateCommand())
            {
                insert.Transaction = tx;
                var dims = QuestionBanks.Shipped.Dimensions;
                insert.CommandText = "INSERT INTO assessment_scores (assessment_id, dimension_id, score) VALUES "
                    + string.Join(", ", dims.Select((_, i) => $"(@id, @d{i}, @s{i})"));
                Param(insert, "id", Id(open.Assessment));
                for (var i = 0; i < dims.Count; i++)
                {
                    Param(insert, $"d{i}", dims[i].Id);
                    Param(insert, $"s{i}", rng.Next(0, 101));
                }

                await insert.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_pg is not null)
            {
                await _pg.DisposeAsync();
            }
        }
    }

    private static void Print(DiagnosticBenchOptions o, List<EngineResult> results, string revision)
    {
        Console.WriteLine();
        Console.WriteLine($"# Diagnostic: {o.Companies:N0} verified Pymes ({ReassessedShare:P0} re-assessed); {o.Requests} calls per measure per run (a fresh DI scope each), {o.Runs} runs after {WarmUp} warm-up calls; medians of the runs' p50 and p95");
        Console.WriteLine($"# Revision {revision}; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}; load average at the end {LoadAverage()}");
        foreach (var r in results)
        {
            Console.WriteLine();
            Console.WriteLine($"## {r.Engine}: {r.Companies:N0} companies, {r.Assessments:N0} assessments, {r.AnswerRows:N0} answers; seeded in {r.SeedTime.TotalSeconds:F0} s; {r.BytesPer10k / 1048576.0:F1} MB per 10k assessments");
            Console.WriteLine();
            Console.WriteLine("| Measure | p50 / p95 | Raw baseline p50 / p95 | p95 ÷ raw p95 | Goal |");
            Console.WriteLine("|---|---|---|---|---|");
            Row("Program figures, computed (`ReadDiagnosticFigures.ComputeAsync`: after a change, or once a minute)", r.Figures, null);
            Row("Program figures, served (`RunAsync` between changes: what /avance pays)", r.FiguresServed, "p95 ≤ 50 ms");
            Row("A result page's data, peers read again (`ReadAssessments.ResultAsync` after a change)", r.Result, null);
            Row("A result page's data, served (`ResultAsync`, peers from the cache)", r.ResultServed, "p95 ≤ 50 ms");
            Row("Submitting (`SubmitAssessment.RunAsync`)", r.Submit, null);
            Console.WriteLine();
            Console.WriteLine("Where a call's time goes (mean per call over 20 more calls; SQL: a command from execution to its reader's end; .NET: the use case's own time before that command, or after the last one):");
            Console.WriteLine();
            Console.WriteLine("| Call | Part | ms per call |");
            Console.WriteLine("|---|---|---|");
            foreach (var (part, ms) in r.FiguresParts.Take(10))
            {
                Console.WriteLine($"| figures | `{part.Replace("|", "\\|", StringComparison.Ordinal)}` | {ms:F2} |");
            }

            foreach (var (part, ms) in r.ResultParts.Take(6))
            {
                Console.WriteLine($"| result | `{part.Replace("|", "\\|", StringComparison.Ordinal)}` | {ms:F2} |");
            }

            Console.WriteLine($"<!-- runs {r.Engine}: figures served {Runs(r.FiguresServed.Product)}; result served {Runs(r.ResultServed.Product)}; figures {Runs(r.Figures.Product)} raw {Runs(r.Figures.Raw)}; result {Runs(r.Result.Product)} raw {Runs(r.Result.Raw)}; submit {Runs(r.Submit.Product)} raw {Runs(r.Submit.Raw)} -->");
        }

        static void Row(string name, Measure m, string? goal)
        {
            var (a, b) = (Medians(m.Product), Medians(m.Raw));
            var verdict = goal is null ? "— (none)" : $"{goal} {(a[1] <= GoalMs ? "✅ PASS" : "❌ MISS")}";
            Console.WriteLine($"| {name} | {a[0]:F2} / **{a[1]:F2}** ms | {b[0]:F2} / {b[1]:F2} ms | **{a[1] / b[1]:F1}×** | {verdict} |");
        }

        static string Runs(List<double[]> runs) => string.Join("; ", runs.Select(x => string.Join("/", x.Select(v => F(v, "F2")))));
    }

    private static double[] Medians(List<double[]> runs) => [Median(runs.Select(r => r[0])), Median(runs.Select(r => r[1]))];

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
