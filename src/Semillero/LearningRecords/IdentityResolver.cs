using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Identity;

namespace Semillero.LearningRecords;

// Ties a statement's actor to the one person behind it, in this order: a link an operator or the
// learner made for that exact actor (any inverse functional identifier); the email (mbox) of a
// registered learner; the hashed email (mbox_sha1sum); a valid CURP a provider sends as the account
// name. Actors that match nobody stay unlinked (LearnerId null) — stored, counted, never dropped —
// until someone links them from the resolution queue.
public sealed class IdentityResolver(SemilleroDb db, TimeProvider clock)
{
    public async Task<Guid?> ResolveAsync(JsonElement actor, CancellationToken ct) =>
        (await ResolveManyAsync([actor], ct))[StatementShape.AgentKey(actor)];

    // Every actor of a batch at once, keyed by StatementShape.AgentKey. At most two queries whatever
    // the batch size (the links, then the learners), so the LRS can call it once per POST.
    public async Task<IReadOnlyDictionary<string, Guid?>> ResolveManyAsync(IReadOnlyCollection<JsonElement> actors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var result = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        var clues = new Dictionary<string, Clue>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var actor in actors)
        {
            var key = StatementShape.AgentKey(actor);
            if (result.TryAdd(key, null) && ClueOf(actor, today) is { } clue)
            {
                clues[key] = clue;
            }
        }

        if (result.Count == 0)
        {
            return result;
        }

        // One round trip for both rules: the links, and the learners the clues could name. A link to a
        // person who later cancelled no longer resolves: their record is anonymous and new activity
        // must not be attributed to it. Anonymised records have no email and a random non-CURP token,
        // so they never match either.
        var emails = clues.Values.Where(c => c.Email is not null).Select(c => c.Email!).Distinct(StringComparer.Ordinal).ToList();
        var hashes = clues.Values.Where(c => c.EmailSha1 is not null).Select(c => c.EmailSha1!).Distinct(StringComparer.Ordinal).ToList();
        var curps = clues.Values.Where(c => c.Curp is not null).Select(c => c.Curp!).Distinct(StringComparer.Ordinal).ToList();
        var (links, learners) = await QueryAsync([.. result.Keys], emails, hashes, curps, ct);
        foreach (var link in links)
        {
            result[link.ActorKey] = link.LearnerId;
            clues.Remove(link.ActorKey);
        }

        // Two registered people can share an email (a family address is common): the actor is then
        // not one person for sure, and waits in the queue instead of being counted for either.
        var byEmail = Unique(learners.Where(l => l.Email is not null).Select(l => (l.Email!, l.Id)));
        var bySha1 = Unique(learners.Where(l => l.EmailSha1 is not null).Select(l => (l.EmailSha1!, l.Id)));
        var byCurp = Unique(learners.Select(l => (l.Curp, l.Id)));
        foreach (var (key, clue) in clues)
        {
            result[key] = clue switch
            {
                { Email: { } email } => byEmail.GetValueOrDefault(email),
                { EmailSha1: { } sha1 } => bySha1.GetValueOrDefault(sha1),
                { Curp: { } curp } => byCurp.GetValueOrDefault(curp),
                _ => null,
            };
        }

        return result;
    }

    // One SQL query rather than two LINQ ones: the LRS runs this for every group of statements it
    // commits, and translating LINQ each time (funcletizing, the query cache lookup, building the
    // shaper) cost more CPU than the queries themselves, plus a second round trip (BENCHMARKS.md,
    // "Where the time goes"). Lists go to PostgreSQL as arrays and to SQLite as JSON arrays.
    private async Task<(List<LinkRow> Links, List<LearnerRow> Learners)> QueryAsync(
        List<string> keys, List<string> emails, List<string> hashes, List<string> curps, CancellationToken ct)
    {
        var postgres = db.Provider == DatabaseProvider.Postgres;
        string In(string column, int parameter) => postgres ? $"{column} = ANY({{{parameter}}})" : $"{column} IN (SELECT value FROM json_each({{{parameter}}}))";
        var sql = $"""
            SELECT l.actor_key, l.learner_id, NULL AS email, NULL AS email_sha1, NULL AS curp
            FROM xapi_actor_links l JOIN learners p ON p.id = l.learner_id
            WHERE p.anonymized_at IS NULL AND {In("l.actor_key", 0)}
            UNION ALL
            SELECT NULL, p.id, p.email, p.email_sha1, p.curp
            FROM learners p
            WHERE p.anonymized_at IS NULL AND ({In("p.email", 1)} OR {In("p.email_sha1", 2)} OR {In("p.curp", 3)})
            """;
        object List(List<string> values) => postgres ? values.ToArray() : JsonSerializer.Serialize(values);
        var rows = await db.Database.SqlQueryRaw<MatchRow>(sql, List(keys), List(emails), List(hashes), List(curps)).ToListAsync(ct);
        return (
            rows.Where(r => r.ActorKey is not null).Select(r => new LinkRow(r.ActorKey!, r.LearnerId)).ToList(),
            rows.Where(r => r.ActorKey is null).Select(r => new LearnerRow(r.LearnerId, r.Email, r.EmailSha1, r.Curp!)).ToList());
    }

    // Column names follow the model's snake_case convention, which EF applies to this type too.
    private sealed record MatchRow(string? ActorKey, Guid LearnerId, string? Email, string? EmailSha1, string? Curp);

    private sealed record LinkRow(string ActorKey, Guid LearnerId);

    private sealed record LearnerRow(Guid Id, string? Email, string? EmailSha1, string Curp);

    // What the automatic rules can use to find the person; only an Agent is a person (a Group's
    // identifier names a team). An agent has exactly one identifier, so at most one field is set.
    public sealed record Clue(string? Email, string? EmailSha1, string? Curp);

    public static Clue? ClueOf(JsonElement actor, DateOnly today)
    {
        if (actor.ValueKind != JsonValueKind.Object
            || (actor.TryGetProperty("objectType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "Agent"))
        {
            return null;
        }

        if (actor.TryGetProperty("mbox", out var mbox))
        {
            // Registered emails are stored lower-case (LearnerRules), so the comparison folds case too.
            return mbox.ValueKind == JsonValueKind.String && mbox.GetString() is { } mailto
                && mailto.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && mailto.Length > "mailto:".Length
                ? new Clue(mailto["mailto:".Length..].ToLowerInvariant(), null, null)
                : null;
        }

        if (actor.TryGetProperty("mbox_sha1sum", out var sha1))
        {
            return sha1.ValueKind == JsonValueKind.String && sha1.GetString() is { Length: 40 } hex
                ? new Clue(null, hex.ToLowerInvariant(), null)
                : null;
        }

        if (actor.TryGetProperty("account", out var account) && account.ValueKind == JsonValueKind.Object
            && account.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            && Curp.TryParse(name.GetString(), today, out var curp, out _))
        {
            return new Clue(null, null, curp.Value);
        }

        return null;
    }

    private static Dictionary<string, Guid?> Unique(IEnumerable<(string Value, Guid Id)> pairs) =>
        pairs.GroupBy(p => p.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().Count() == 1 ? g.First().Id : (Guid?)null, StringComparer.Ordinal);
}
