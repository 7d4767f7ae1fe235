using Semillero.Bench.Learners;

// Benchmarks print ratios against a raw baseline measured in the same run (BENCHMARKS.md).
// Usage: scripts/bench.sh [import] [--rows N] [--runs N]
var rows = ArgValue(args, "--rows", 100_000);
var runs = ArgValue(args, "--runs", 5);
var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "import";

switch (which)
{
    case "import":
        await LearnerImportBench.RunAsync(rows, runs);
        break;
    default:
        await Console.Error.WriteLineAsync($"Unknown benchmark «{which}». Known: import.");
        return 2;
}

return 0;

static int ArgValue(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
