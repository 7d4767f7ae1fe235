using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Semillero.Data;

namespace Semillero.Completions;

// Turns course completions into path completions (egresados). Works from the outbox of course
// completions not yet evaluated for paths, so a crash or a restart only delays it, and a path is
// evaluated once all the person's course completions it depends on are committed.
public sealed class EvaluatePaths(SemilleroDb db, RuleBook rules, TimeProvider clock)
{
    public const int BatchSize = 500;

    public sealed record Result(int Evaluated, int NewPathCompletions);

    // One batch of pending course completions; Evaluated 0 means nothing was pending.
    public async Task<Result> RunPendingAsync(CancellationToken ct)
    {
        var pending = await db.CourseCompletions.AsNoTracking()
            .Where(c => c.PathsEvaluatedAt == null)
            .OrderBy(c => c.RecordedAt)
            .Take(BatchSize)
            .Select(c => new { c.Id, c.LearnerId })
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            return new Result(0, 0);
        }

        var snapshot = await rules.CurrentAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (fresh, _) = await ComputeAsync(db, snapshot, pending.Select(p => p.LearnerId).Distinct().ToList(), null, now, ct);
        var added = await CompletionWriter.InsertAsync(db, fresh, ct);
        var ids = pending.Select(p => p.Id).ToList();
        await db.CourseCompletions.Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.PathsEvaluatedAt, now), ct);
        await transaction.CommitAsync(ct);
        return new Result(pending.Count, added);
    }

    // The path completions `learners` qualify for and do not have yet (only for `onlyPath` when
    // given), and the existing ones the current rules would no longer grant.
    public static async Task<(List<PathCompletion> Fresh, int NoLongerQualifying)> ComputeAsync(
        SemilleroDb db, RuleSnapshot snapshot, IReadOnlyList<Guid> learners, Guid? onlyPath, DateTime now, CancellationToken ct)
    {
        var fresh = new List<PathCompletion>();
        var noLonger = 0;
        foreach (var chunk in learners.Chunk(1_000))
        {
            var completions = await db.CourseCompletions.AsNoTracking()
                .Where(c => chunk.Contains(c.LearnerId))
                .Select(c => new { c.LearnerId, c.CourseId, c.CompletedAt })
                .ToListAsync(ct);
            var existing = await db.PathCompletions.AsNoTracking()
                .Where(p => chunk.Contains(p.LearnerId))
                .Select(p => new { p.LearnerId, p.PathId })
                .ToListAsync(ct);
            var has = existing.Select(e => (e.LearnerId, e.PathId)).ToHashSet();
            foreach (var person in completions.GroupBy(c => c.LearnerId))
            {
                var done = person.ToDictionary(c => c.CourseId, c => c.CompletedAt);
                var courses = done.Keys.ToHashSet();
                var paths = courses.SelectMany(c => snapshot.PathsByCourse.GetValueOrDefault(c) ?? []).Distinct()
                    .Where(p => onlyPath is null || p == onlyPath);
                foreach (var pathId in paths)
                {
                    if (!snapshot.Paths.TryGetValue(pathId, out var path))
                    {
                        continue;
                    }

                    var met = path.IsMetBy(courses);
                    if (met && !has.Contains((person.Key, pathId)))
                    {
                        fresh.Add(new PathCompletion
                        {
                            Id = Guid.CreateVersion7(now),
                            LearnerId = person.Key,
                            PathId = pathId,
                            RuleId = path.RuleId!.Value,
                            CompletedAt = CompletedAt(path, done),
                            RecordedAt = now,
                        });
                    }
                    else if (!met && has.Contains((person.Key, pathId)))
                    {
                        noLonger++;
                    }
                }
            }
        }

        return (fresh, noLonger);
    }

    // When the person met the rule: the completion of the course that brought them to the number the
    // rule needs (the last course, when it needs all of them).
    public static DateTime CompletedAt(PathRule path, IReadOnlyDictionary<Guid, DateTime> done) =>
        path.Courses.Where(done.ContainsKey).Select(c => done[c]).Order().ElementAt(path.Needed - 1);
}

// Runs EvaluatePaths whenever course completions are recorded (CompletionSignal), and every
// PollInterval in case another process recorded them.
public sealed partial class PathEvaluator(IServiceScopeFactory scopes, CompletionSignal signal, ILogger<PathEvaluator> log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    // After a wake-up, completions arriving in this window are evaluated in the same round: under
    // steady ingest that is one write transaction a second rather than one per completion, which on
    // SQLite (one writer at a time) would otherwise hold up the LRS's own commits (BENCHMARKS.md).
    public static readonly TimeSpan GatherWindow = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (true)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<EvaluatePaths>().RunPendingAsync(stoppingToken);
                    if (result.NewPathCompletions > 0)
                    {
                        scope.ServiceProvider.GetRequiredService<PathCompletionSignal>().Notify();
                    }

                    if (result.Evaluated < EvaluatePaths.BatchSize)
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The outbox keeps the work; the next round retries it.
                // Only the exception type: a message may quote a value from a person's record.
                EvaluationFailed(log, e.GetType().Name, PollInterval);
            }

            try
            {
                if (await signal.WaitAsync(PollInterval, stoppingToken))
                {
                    await Task.Delay(GatherWindow, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluating paths failed ({Error}); retrying in {Interval}")]
    private static partial void EvaluationFailed(ILogger logger, string error, TimeSpan interval);
}

// Wakes whoever acts on new path completions (the badge issuer).
public sealed class PathCompletionSignal : IDisposable
{
    private readonly CompletionSignal _inner = new();

    public void Notify() => _inner.Notify();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _inner.WaitAsync(timeout, ct);

    public void Dispose() => _inner.Dispose();
}
