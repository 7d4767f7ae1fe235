using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Semillero.Data;

namespace Semillero.Matching;

// Keeps the index in step with the database: a full build at startup, then every CatchUpInterval
// the people whose consent, profile, badges, record or activity changed since the last look
// (watermarks: the consent records' id, timestamps with an overlap), and a full rebuild every
// RebuildInterval for what no watermark shows (a path's skills edited in the catalog).
public sealed class CandidateIndexUpdater(CandidateIndex index, IServiceScopeFactory scopes, TimeProvider clock)
{
    private long _lastConsentId;
    private DateTime _since;

    public DateTime? BuiltAt { get; private set; }

    public async Task<int> BuildAsync(CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var loadedAt = index.ChangeNumber;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var lastConsent = await CandidateLoader.LastConsentIdAsync(db, ct);
        var records = await CandidateLoader.LoadAsync(db, null, clock, ct);
        var redo = index.Replace(records, loadedAt);
        if (redo.Count > 0)
        {
            var again = index.ChangeNumber;
            index.Apply(redo, await CandidateLoader.LoadAsync(db, redo, clock, ct), again);
        }

        _lastConsentId = lastConsent;
        _since = startedAt - CandidateLoader.Overlap;
        BuiltAt = startedAt;
        index.MarkReady();
        return records.Count;
    }

    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var loadedAt = index.ChangeNumber;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var (changed, lastConsent) = await CandidateLoader.ChangedSinceAsync(db, _lastConsentId, _since, ct);
        if (changed.Count > 0)
        {
            index.Apply(changed, await CandidateLoader.LoadAsync(db, changed, clock, ct), loadedAt);
        }

        index.ForgetHookChangesBefore(loadedAt);
        _lastConsentId = lastConsent;
        _since = startedAt - CandidateLoader.Overlap;
        return changed.Count;
    }
}

public sealed partial class CandidateIndexer(CandidateIndexUpdater updater, TimeProvider clock, ILogger<CandidateIndexer> log) : BackgroundService
{
    public static readonly TimeSpan CatchUpInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan RebuildInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = updater.BuiltAt is not { } built || clock.GetUtcNow().UtcDateTime - built >= RebuildInterval;
                if (due)
                {
                    var started = clock.GetTimestamp();
                    var count = await updater.BuildAsync(stoppingToken);
                    var elapsed = (long)clock.GetElapsedTime(started).TotalMilliseconds;

                    // A full build materialises every visible person's rows (hundreds of MB at 500k
                    // people), garbage once the index holds its compact copy; the server GC would keep
                    // those heaps committed. One aggressive collection per build (hourly) gives the
                    // memory back to the OS (BENCHMARKS.md, "Matching": web process RSS).
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    Built(log, count, elapsed);
                }
                else
                {
                    var changed = await updater.CatchUpAsync(stoppingToken);
                    if (changed > 0)
                    {
                        CaughtUp(log, changed);
                    }
                }

                await Task.Delay(CatchUpInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only the type: a message could quote a value from a person's record.
                Failed(log, e.GetType().Name);
                try
                {
                    await Task.Delay(RetryAfterFailure, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Candidate index built: {Count} visible candidates in {Milliseconds} ms")]
    private static partial void Built(ILogger logger, int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Candidate index caught up with {Count} changed people")]
    private static partial void CaughtUp(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Candidate index update failed ({Error}); retrying")]
    private static partial void Failed(ILogger logger, string error);
}
