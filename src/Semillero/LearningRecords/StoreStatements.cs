using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.LearningRecords.Validation;

namespace Semillero.LearningRecords;

// The partner credential a statement arrived with: it becomes the statement's authority and scopes
// what the partner may read back.
public sealed record XapiCredential(string KeyId, string Partner, string Role);

public abstract record StoreStatementsOutcome
{
    public sealed record Stored(IReadOnlyList<Guid> Ids) : StoreStatementsOutcome;

    // 400: nothing was stored.
    public sealed record Invalid(string Message) : StoreStatementsOutcome;

    // 409: a statement reuses the id of a different stored statement (xAPI 1.0.3 §2.1.2); nothing stored.
    public sealed record Conflict(string Message) : StoreStatementsOutcome;
}

// Stores one statement or a batch, all or nothing, acknowledging only after the commit.
public sealed class StoreStatements(SemilleroDb db, IdentityResolver identities, TimeProvider clock)
{
    public async Task<StoreStatementsOutcome> RunAsync(JsonElement body, Guid? putId, XapiCredential credential, XapiVersion version, CancellationToken ct)
    {
        var items = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray().ToList() : [body];
        var now = clock.GetUtcNow();
        var prepared = new List<(Guid Id, JsonElement Statement, string Hash)>(items.Count);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < items.Count; i++)
        {
            var statement = items[i];
            var errors = StatementValidator.Validate(statement, version);
            if (errors.Count > 0)
            {
                var where = items.Count > 1 ? $"statement[{i}]." : "";
                return new StoreStatementsOutcome.Invalid(string.Join("; ", errors.Take(10).Select(e => $"{where}{e.Path}: {e.Message}")));
            }

            Guid id;
            if (statement.TryGetProperty("id", out var idProperty))
            {
                id = Guid.Parse(idProperty.GetString()!);
                if (putId is { } expected && expected != id)
                {
                    return new StoreStatementsOutcome.Invalid("The statementId parameter and the statement's id differ.");
                }
            }
            else
            {
                id = putId ?? Guid.CreateVersion7(now);
            }

            if (!seen.Add(id))
            {
                return new StoreStatementsOutcome.Invalid($"The batch contains statement id {id} more than once.");
            }

            prepared.Add((id, statement, StatementShape.ContentHash(statement)));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = prepared.Select(p => p.Id).ToList();
        var existing = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.ContentHash }).ToDictionaryAsync(s => s.Id, s => s.ContentHash, ct);
        foreach (var p in prepared)
        {
            if (existing.TryGetValue(p.Id, out var hash) && hash != p.Hash)
            {
                return new StoreStatementsOutcome.Conflict($"Statement {p.Id} already exists with different content.");
            }
        }

        var storedAt = now.UtcDateTime;
        var authority = AuthorityJson(credential);
        // A batch usually repeats a few actors: resolve each once.
        var people = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        foreach (var p in prepared.Where(p => !existing.ContainsKey(p.Id)))
        {
            var node = JsonNode.Parse(p.Statement.GetRawText())!.AsObject();
            node["id"] = p.Id.ToString();
            node["stored"] = Iso(storedAt);
            var timestamp = node["timestamp"] is JsonValue ts && DateTimeOffset.TryParse(ts.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed.UtcDateTime
                : storedAt;
            node["timestamp"] ??= Iso(storedAt);
            node["authority"] = JsonNode.Parse(authority);
            node["version"] ??= version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0";

            var actor = p.Statement.GetProperty("actor");
            var actorKey = StatementShape.AgentKey(actor);
            if (!people.TryGetValue(actorKey, out var learnerId))
            {
                people[actorKey] = learnerId = await identities.ResolveAsync(actor, ct);
            }

            var verb = p.Statement.GetProperty("verb").GetProperty("id").GetString()!;
            var voids = verb == StatementShape.VoidedVerb ? StatementShape.StatementRefTarget(p.Statement) : null;
            db.Statements.Add(new StoredStatement
            {
                Id = p.Id,
                StoredAt = storedAt,
                Timestamp = timestamp,
                VerbId = verb,
                ActorKey = actorKey,
                ActivityId = StatementShape.ActivityId(p.Statement),
                ObjectAgentKey = StatementShape.ObjectAgentKey(p.Statement),
                MemberAgents = StatementShape.MemberAgents(p.Statement),
                RelatedAgents = StatementShape.RelatedAgents(p.Statement),
                RelatedActivities = StatementShape.RelatedActivities(p.Statement),
                Registration = StatementShape.Registration(p.Statement),
                TargetStatementId = StatementShape.StatementRefTarget(p.Statement),
                Partner = credential.Partner,
                LearnerId = learnerId,
                ContentHash = p.Hash,
                Json = node.ToJsonString(),
            });

            if (voids is { } target)
            {
                // A voiding statement cannot itself be voided (xAPI 1.0.3 §2.3.2).
                await db.Statements.Where(s => s.Id == target && s.VerbId != StatementShape.VoidedVerb)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Voided, true), ct);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new StoreStatementsOutcome.Stored(ids);
    }

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string AuthorityJson(XapiCredential credential) =>
        JsonSerializer.Serialize(new
        {
            objectType = "Agent",
            name = credential.Partner,
            account = new { homePage = "https://semillero.example/aliados", name = credential.KeyId },
        });
}
