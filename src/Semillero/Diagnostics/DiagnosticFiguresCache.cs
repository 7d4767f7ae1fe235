using System.Collections.Concurrent;

namespace Semillero.Diagnostics;

// What the program's figures and the peer comparisons are made from changes only when a company
// submits, a company invites staff to training, an operator publishes a bank version — or, for the
// "staff trained" split, when someone graduates. Counting it costs a few hundred milliseconds at
// 50,000 companies (BENCHMARKS.md), far too much for every request to /avance on press day. So a
// process keeps the last result per database and key: it is dropped at once by those writes in
// this process (they bump Changed), and is never older than MaxAge for what other processes and
// graduations change.
public sealed class DiagnosticFiguresCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<string, long> Revisions = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<(string Database, string Key), (long Revision, DateTimeOffset At, object Value)> _entries = new();

    // A write that changes what the figures count, in the database with this connection string.
    public static void Changed(string? database) => Revisions.AddOrUpdate(database ?? "", 1, (_, r) => r + 1);

    public async Task<T> GetAsync<T>(string? database, string key, Func<Task<T>> compute) where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var db = database ?? "";
        var revision = Revisions.GetValueOrDefault(db);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue((db, key), out var entry) && entry.Revision == revision && now - entry.At < MaxAge && entry.Value is T value)
        {
            return value;
        }

        var computed = await compute();
        _entries[(db, key)] = (revision, now, computed);
        return computed;
    }
}
