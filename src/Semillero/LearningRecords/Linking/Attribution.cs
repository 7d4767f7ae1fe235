using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Linking;

internal abstract record AttributionResult
{
    // Linked (or the same link was already there); Statements re-attributed now.
    public sealed record Linked(int Statements) : AttributionResult;

    // The actor is already someone else's (a link, or statements the automatic rules attributed).
    public sealed record Taken : AttributionResult;
}

// The one way an actor gets linked to a learner, whoever asks (an operator, a learner's claim): the
// link and the re-attribution of the actor's unlinked statements commit together, so a statement is
// never left behind by a link that exists. Statements already attributed keep their learner.
internal static class Attribution
{
    public static async Task<AttributionResult> LinkAsync(
        SemilleroDb db, string actorKey, Guid learnerId, ActorLinkSource source, string linkedBy, DateTime at,
        Func<Task>? alsoInTransaction, IStatementCompletions completions, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var existing = await db.ActorLinks.FirstOrDefaultAsync(l => l.ActorKey == actorKey, ct);
            if (existing is not null && existing.LearnerId != learnerId)
            {
                // A link to a person who cancelled is a dead end (their record is anonymous): it may
                // be replaced. Anyone else keeps what is theirs.
                if (!await db.Learners.AnyAsync(l => l.Id == existing.LearnerId && l.AnonymizedAt != null, ct))
                {
                    return new AttributionResult.Taken();
                }

                db.ActorLinks.Remove(existing);
                await db.SaveChangesAsync(ct);
                existing = null;
            }

            var attributedToOthers = await db.Statements
                .Where(s => s.ActorKey == actorKey && s.LearnerId != null && s.LearnerId != learnerId)
                .Join(db.Learners.Where(l => l.AnonymizedAt == null), s => s.LearnerId, l => (Guid?)l.Id, (s, _) => s.Sequence)
                .AnyAsync(ct);
            if (attributedToOthers)
            {
                return new AttributionResult.Taken();
            }

            if (existing is null)
            {
                db.ActorLinks.Add(new ActorLink { ActorKey = actorKey, LearnerId = learnerId, Source = source, LinkedBy = linkedBy, LinkedAt = at });
                await db.SaveChangesAsync(ct);
            }

            var statements = await db.Statements.Where(s => s.ActorKey == actorKey && s.LearnerId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LearnerId, learnerId), ct);
            // What those statements earn counts for the person now, as if they had arrived linked.
            var recorded = await completions.ForActorAsync(db, actorKey, learnerId, ct);

            // Every open claim on the account is settled by the link: the linked person's is granted,
            // anyone else's refused.
            var open = await db.Set<ActorClaim>().Where(c => c.ActorKey == actorKey && c.Status == ActorClaimStatus.Pending).ToListAsync(ct);
            foreach (var claim in open)
            {
                claim.Status = claim.LearnerId == learnerId ? ActorClaimStatus.Accepted : ActorClaimStatus.Rejected;
                claim.DecidedBy = linkedBy;
                claim.DecidedAt = at;
            }

            await db.SaveChangesAsync(ct);
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction();
            }

            await transaction.CommitAsync(ct);
            completions.Committed(recorded);
            return new AttributionResult.Linked(statements);
        }
        catch (DbUpdateException)
        {
            // Someone linked the same actor at the same moment (the key is the primary key): whoever
            // committed first wins.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var winner = await db.ActorLinks.AsNoTracking().Where(l => l.ActorKey == actorKey).Select(l => (Guid?)l.LearnerId).FirstOrDefaultAsync(ct);
            if (winner is null)
            {
                throw;
            }

            return winner == learnerId ? new AttributionResult.Linked(0) : new AttributionResult.Taken();
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    // The name the provider sent with the actor ("name" of the Agent) in a stored statement.
    public static string? ProviderName(string statementJson)
    {
        try
        {
            using var document = JsonDocument.Parse(statementJson);
            return document.RootElement.TryGetProperty("actor", out var actor) && actor.ValueKind == JsonValueKind.Object
                && actor.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && name.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
                    ? text.Trim()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The provider's name for the actor in its latest statement (unlinked ones when asked).
    public static async Task<string?> LatestProviderNameAsync(SemilleroDb db, string actorKey, bool unlinkedOnly, CancellationToken ct)
    {
        var json = await db.Statements.AsNoTracking()
            .Where(s => s.ActorKey == actorKey && (!unlinkedOnly || s.LearnerId == null))
            .OrderByDescending(s => s.Sequence)
            .Select(s => s.Json)
            .FirstOrDefaultAsync(ct);
        return json is null ? null : ProviderName(json);
    }

    // The provider's names for many actors at once, from the statements with these sequence numbers.
    public static async Task<Dictionary<long, string?>> ProviderNamesAsync(SemilleroDb db, IReadOnlyCollection<long> sequences, CancellationToken ct)
    {
        if (sequences.Count == 0)
        {
            return [];
        }

        var ids = sequences.ToList();
        var rows = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Sequence)).Select(s => new { s.Sequence, s.Json }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Sequence, r => ProviderName(r.Json));
    }

    public static string FullName(string givenNames, string firstSurname, string? secondSurname) =>
        string.IsNullOrWhiteSpace(secondSurname) ? $"{givenNames} {firstSurname}" : $"{givenNames} {firstSurname} {secondSurname}";
}
