using System.Diagnostics;
using System.Globalization;

namespace Semillero.Bench.LearningRecords;

// One timed measurement: how many requests (or transactions) carried how many statements, the wall
// time, each request's latency, and the CPU the client, the LRS and the database spent meanwhile.
public sealed record Measurement(int Requests, int Statements, TimeSpan Elapsed, double[] LatenciesMs, CpuSample Cpu)
{
    public double PerSecond => Statements / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

// A fixed number of workers taking the next item from a shared counter, so the HTTP side and the raw
// side run at exactly the same concurrency. Each worker's state (a connection, a prepared command) is
// opened before the clock starts, the way a warm LRS already holds pooled connections.
public static class Workers
{
    public static async Task<Measurement> RunAsync<TState>(
        int items, int workers, int statementsPerItem, CpuMeter cpu,
        Func<Task<TState>> open, Func<TState, int, Task> work, Func<TState, ValueTask> close)
    {
        var states = new List<TState>(workers);
        for (var w = 0; w < workers; w++)
        {
            states.Add(await open());
        }

        try
        {
            var latencies = new double[items];
            var next = -1;
            var before = cpu.Sample();
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(states.Select(state => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < items; i = Interlocked.Increment(ref next))
                {
                    var t0 = Stopwatch.GetTimestamp();
                    await work(state, i);
                    latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }
            })));
            var elapsed = Stopwatch.GetElapsedTime(start);
            var used = cpu.Sample() - before;
            return new Measurement(items, items * statementsPerItem, elapsed, latencies, used);
        }
        finally
        {
            foreach (var state in states)
            {
                await close(state);
            }
        }
    }
}

public static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

public readonly record struct CpuSample(TimeSpan Client, TimeSpan Lrs, TimeSpan? Database)
{
    public static CpuSample operator -(CpuSample a, CpuSample b) =>
        new(a.Client - b.Client, a.Lrs - b.Lrs, a.Database is { } x && b.Database is { } y ? x - y : null);
}

// CPU time of the three parties on this (shared, 2-core) machine: this process (the HTTP client, or the
// raw baseline's writer), the LRS process, and the PostgreSQL cluster (postmaster plus its children,
// read from /proc; SQLite works inside whichever process writes).
public sealed class CpuMeter(Process? lrs, int? postmaster)
{
    // /proc/<pid>/stat reports in USER_HZ, which Linux fixes at 100 for user space.
    private const double TicksPerSecond = 100;

    public CpuSample Sample()
    {
        using var self = Process.GetCurrentProcess();
        var lrsCpu = TimeSpan.Zero;
        if (lrs is not null)
        {
            lrs.Refresh();
            lrsCpu = lrs.HasExited ? TimeSpan.Zero : lrs.TotalProcessorTime;
        }

        return new CpuSample(self.TotalProcessorTime, lrsCpu, postmaster is { } pid ? ClusterCpu(pid) : null);
    }

    // Exited backends are in the postmaster's cutime/cstime once reaped; live ones in their own stat.
    private static TimeSpan? ClusterCpu(int postmaster)
    {
        if (ReadStat(postmaster) is not { } own)
        {
            return null;
        }

        long ticks = own.UserTicks + own.SystemTicks + own.ChildrenTicks;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadStat(pid) is { } stat && stat.Parent == postmaster)
            {
                ticks += stat.UserTicks + stat.SystemTicks;
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static (int Parent, long UserTicks, long SystemTicks, long ChildrenTicks)? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may contain spaces) start at field 3 (state).
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture);
            return ((int)Field(4), Field(14), Field(15), Field(16) + Field(17));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
