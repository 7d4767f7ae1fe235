using System.Globalization;
using Semillero.Bench.LearningRecords;
using Semillero.Bench.Learners;
using Semillero.Data;

// Benchmarks print ratios against a raw baseline measured in the same run (BENCHMARKS.md).
// Usage: scripts/bench.sh [import] [--rows N] [--runs N]
//        scripts/bench.sh ingest [--statements N] [--single N] [--runs N] [--db postgres|sqlite|both]
//                                [--batch-sizes 100,1000] [--batch-clients N] [--single-clients N]
//        (batch clients default to 2 on PostgreSQL and 1 on SQLite; see XapiIngestOptions)
//        scripts/bench.sh completions [--statements N] [--single N] [--runs N] [--db postgres|sqlite|both] [--history N]
//        scripts/bench.sh matching [--profiles N] [--queries N] [--runs N] [--sql-queries N] [--web-memory true|false] [--top N]
//        scripts/bench.sh dashboards [--learners N] [--statements N[,N...]] [--requests N] [--raw-requests N] [--runs N] [--cohorts SHARE]
//        (defaults 500000 learners, statements 1000000,10000000 each in a fresh database, 200 requests, 14 raw, 3 runs,
//        0.3 of the learners enrolled in cohorts of 60 teaching organisations; --cohorts 0 seeds none)
//        scripts/bench.sh pages [--requests N] [--runs N]   (defaults 30 requests per page, 5 runs)
//        scripts/bench.sh diagnostic [--companies N] [--runs N] [--requests N] [--db postgres|sqlite|both]
//        (defaults 50000 companies, 5 runs, 100 requests per measure, both engines)
var options = new Dictionary<string, string>(StringComparer.Ordinal);
var positional = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i]] = args[++i];
    }
    else
    {
        positional.Add(args[i]);
    }
}

var which = positional.FirstOrDefault() ?? "import";
var runs = Int("--runs", 5);
var postgres = Environment.GetEnvironmentVariable("SEMILLERO_BENCH_POSTGRES") is { Length: > 0 };

switch (which)
{
    case "import":
        await LearnerImportBench.RunAsync(Int("--rows", 100_000), runs);
        break;
    case "ingest":
        var engines = options.GetValueOrDefault("--db", "both") switch
        {
            "postgres" => [DatabaseProvider.Postgres],
            "sqlite" => [DatabaseProvider.Sqlite],
            "both" => new List<DatabaseProvider> { DatabaseProvider.Postgres, DatabaseProvider.Sqlite },
            var other => throw new ArgumentException($"--db {other}: use postgres, sqlite or both"),
        };
        if (!postgres && engines.Remove(DatabaseProvider.Postgres))
        {
            await Console.Error.WriteLineAsync("SEMILLERO_BENCH_POSTGRES not set: PostgreSQL skipped (run through scripts/bench.sh).");
        }

        await XapiIngestBench.RunAsync(new XapiIngestOptions(
            Statements: Int("--statements", 20_000),
            SingleStatements: Int("--single", 5_000),
            Runs: runs,
            Engines: engines,
            BatchSizes: options.GetValueOrDefault("--batch-sizes", "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            BatchClients: options.ContainsKey("--batch-clients") ? Int("--batch-clients", 0) : null,
            SingleClients: Int("--single-clients", 8)));
        break;
    case "completions":
        var completionEngines = options.GetValueOrDefault("--db", "postgres") switch
        {
            "postgres" => [DatabaseProvider.Postgres],
            "sqlite" => [DatabaseProvider.Sqlite],
            "both" => new List<DatabaseProvider> { DatabaseProvider.Postgres, DatabaseProvider.Sqlite },
            var other => throw new ArgumentException($"--db {other}: use postgres, sqlite or both"),
        };
        if (!postgres && completionEngines.Remove(DatabaseProvider.Postgres))
        {
            await Console.Error.WriteLineAsync("SEMILLERO_BENCH_POSTGRES not set: PostgreSQL skipped (run through scripts/bench.sh).");
        }

        await Semillero.Bench.Completions.CompletionBench.RunAsync(
            Int("--statements", 20_000), Int("--single", 5_000), runs, completionEngines, Int("--history", 1_000_000));
        break;
    // Matching.
    case "matching":
        await Semillero.Bench.Matching.MatchingBench.RunAsync(new Semillero.Bench.Matching.MatchingBenchOptions(
            Int("--profiles", 500_000), Int("--queries", 200), runs, Int("--sql-queries", 50),
            options.GetValueOrDefault("--web-memory", "true") == "true", postgres, Int("--top", 20)));
        break;
    // Dashboards.
    case "dashboards":
        await Semillero.Bench.Dashboards.DashboardsBench.RunAsync(new Semillero.Bench.Dashboards.DashboardsBenchOptions(
            Int("--learners", 500_000),
            options.GetValueOrDefault("--statements", "1000000,10000000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            Int("--requests", 200), Int("--raw-requests", 14), Int("--runs", 3), postgres,
            double.Parse(options.GetValueOrDefault("--cohorts", "0.3"), CultureInfo.InvariantCulture)));
        break;
    // The main pages of each role, served from the demo.
    case "pages":
        await Semillero.Bench.Site.PagesBench.RunAsync(new Semillero.Bench.Site.PagesBenchOptions(Int("--requests", 30), runs));
        break;
    // The AI-maturity diagnostic: program figures, a result page, a submission.
    case "diagnostic":
        var diagnosticEngines = options.GetValueOrDefault("--db", "both") switch
        {
            "postgres" => [DatabaseProvider.Postgres],
            "sqlite" => [DatabaseProvider.Sqlite],
            "both" => new List<DatabaseProvider> { DatabaseProvider.Postgres, DatabaseProvider.Sqlite },
            var other => throw new ArgumentException($"--db {other}: use postgres, sqlite or both"),
        };
        if (!postgres && diagnosticEngines.Remove(DatabaseProvider.Postgres))
        {
            await Console.Error.WriteLineAsync("SEMILLERO_BENCH_POSTGRES not set: PostgreSQL skipped (run through scripts/bench.sh).");
        }

        await Semillero.Bench.Diagnostics.DiagnosticBench.RunAsync(new Semillero.Bench.Diagnostics.DiagnosticBenchOptions(
            Int("--companies", 50_000), runs, Int("--requests", 100), diagnosticEngines));
        break;
    default:
        await Console.Error.WriteLineAsync($"Unknown benchmark «{which}». Known: import, ingest, completions, matching, dashboards, pages, diagnostic.");
        return 2;
}

return 0;

int Int(string name, int fallback) =>
    options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
