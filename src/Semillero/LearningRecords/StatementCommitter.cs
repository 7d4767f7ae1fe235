using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Data;

namespace Semillero.LearningRecords;

// Group commit for single-statement requests. Learning platforms send most statements one per
// request, many at once; committing each alone spends most of the time on per-transaction work (the
// identity query, the commit and its fsync). Requests that arrive while a commit is in flight queue
// up, and the writer writes all of them in one transaction: identities resolved once, one insert per
// statement in one round trip, one commit. Every request is still answered only after the commit that
// holds its statement.
public sealed class StatementCommitter(IServiceScopeFactory scopes, TimeProvider clock) : IAsyncDisposable
{
    private const int MaxGroup = 500;

    // One writer loop drains the queue: each request hops to it once and back once, instead of the
    // requests of a group handing a lock to each other one by one after the commit.
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _writer;

    public sealed record Result(bool Stored, string? Conflict);

    private sealed record Pending(StoredStatement Row, JsonElement Actor, TaskCompletionSource<Result> Done);

    // Not cancellable: once queued the statement will be written, and its request must learn the outcome.
    // Voiding statements never come here: StoreStatements writes them itself, checking in the same
    // transaction that the target is the partner's own.
    public Task<Result> SubmitAsync(StoredStatement row, JsonElement actor)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(row.VerbId, StatementShape.VoidedVerb, nameof(row));
        var pending = new Pending(row, actor, new TaskCompletionSource<Result>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Volatile.Read(ref _writer) is null)
        {
            var loop = new Task<Task>(WriteLoopAsync);
            if (Interlocked.CompareExchange(ref _writer, loop.Unwrap(), null) is null)
            {
                loop.Start(TaskScheduler.Default);
            }
        }

        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (Volatile.Read(ref _writer) is { } writer)
        {
            await writer;
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var group = new List<Pending>();
            while (group.Count < MaxGroup && reader.TryRead(out var next))
            {
                group.Add(next);
            }

            await WriteAsync(group);
        }
    }

    private async Task WriteAsync(List<Pending> group)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            // One connection for the whole group: opening and closing around each query would hand it
            // back to the pool in between, and Npgsql resets a returned connection's session state.
            await db.Database.OpenConnectionAsync(CancellationToken.None);
            var writer = StatementWriter.For(db);
            var rows = group.Select(p => p.Row).ToList();
            var completions = scope.ServiceProvider.GetRequiredService<IStatementCompletions>();
            bool[] inserted;
            int recorded;
            if (writer.BatchIsItsOwnTransaction && writer.ResolvesIdentities)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var today = DateOnly.FromDateTime(now);
                var earns = await completions.MatcherAsync(db, CancellationToken.None);
                (inserted, recorded) = await writer.InsertResolvingIdentitiesAsync(
                    rows,
                    group.Select(p => IdentityResolver.ClueOf(p.Actor, today)).ToList(),
                    rows.Select(earns).ToList(),
                    now,
                    CancellationToken.None);
            }
            else
            {
                var identities = scope.ServiceProvider.GetRequiredService<IdentityResolver>();
                var learners = await identities.ResolveManyAsync(group.Select(p => p.Actor).ToList(), CancellationToken.None);
                foreach (var row in rows)
                {
                    row.LearnerId = learners.TryGetValue(row.ActorKey, out var id) ? id : null;
                }

                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                inserted = await writer.InsertIgnoringDuplicatesAsync(rows, CancellationToken.None);
                recorded = await completions.ForStatementsAsync(db, rows.Where((_, i) => inserted[i]), CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
            }

            completions.Committed(recorded);

            // Whether a taken id holds the same statement is a read of committed rows; the answer does
            // not need the write's transaction.
            var taken = rows.Where((_, i) => !inserted[i]).Select(r => r.Id).Distinct().ToList();
            var existing = taken.Count == 0 ? [] : await writer.ExistingHashesAsync(taken, CancellationToken.None);
            for (var i = 0; i < group.Count; i++)
            {
                var row = rows[i];
                group[i].Done.TrySetResult(inserted[i] || existing.GetValueOrDefault(row.Id) == row.ContentHash
                    ? new Result(true, null)
                    : new Result(false, $"Statement {row.Id} already exists with different content."));
            }
        }
        catch (Exception e)
        {
            foreach (var p in group)
            {
                p.Done.TrySetException(e);
            }
        }
    }
}
