using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Linking;

// Part of the right of cancellation (Privacy/CancelAccount.cs) for learning records: the person's
// statements stay, so the program's counts of activity and completions do not change, but the actor
// they carry — email, provider username, name — is replaced by an anonymous account that identifies
// nobody; links, claims and the xAPI documents kept for the person's identifiers are deleted. Runs
// inside the caller's transaction.
public sealed class ForgetLearnerRecords(SemilleroDb db)
{
    public const string AnonymousHomePage = "https://semillero.example/anonimo";

    public async Task RunAsync(Guid learnerId, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(await db.Statements.Where(s => s.LearnerId == learnerId).Select(s => s.ActorKey).Distinct().ToListAsync(ct));
        keys.UnionWith(await db.ActorLinks.Where(l => l.LearnerId == learnerId).Select(l => l.ActorKey).ToListAsync(ct));
        keys.UnionWith(await db.Set<ActorClaim>().Where(c => c.LearnerId == learnerId).Select(c => c.ActorKey).ToListAsync(ct));

        await db.ActorLinks.Where(l => l.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.Set<ActorClaim>().Where(c => c.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        if (keys.Count == 0)
        {
            return;
        }

        var keyList = keys.ToList();
        await db.XapiDocuments.Where(d => keyList.Contains(d.AgentKey)).ExecuteDeleteAsync(ct);

        // One random account per person, so "how many people" still counts them once.
        var anonymous = new JsonObject
        {
            ["objectType"] = "Agent",
            ["account"] = new JsonObject { ["homePage"] = AnonymousHomePage, ["name"] = Guid.NewGuid().ToString("N") },
        };
        var anonymousKey = StatementShape.AgentKey(JsonDocument.Parse(anonymous.ToJsonString()).RootElement);
        long after = 0;
        while (true)
        {
            var batch = await db.Statements.Where(s => s.LearnerId == learnerId && s.Sequence > after)
                .OrderBy(s => s.Sequence).Take(500).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var statement in batch)
            {
                var node = JsonNode.Parse(statement.Json)!.AsObject();
                node["actor"] = anonymous.DeepClone();
                var entry = db.Entry(statement);
                entry.Property(s => s.Json).CurrentValue = node.ToJsonString();
                entry.Property(s => s.ActorKey).CurrentValue = anonymousKey;
                entry.Property(s => s.MemberAgents).CurrentValue = "";
                entry.Property(s => s.RelatedAgents).CurrentValue = Replace(statement.RelatedAgents, keys, anonymousKey);
            }

            await db.SaveChangesAsync(ct);
            after = batch[^1].Sequence;
            db.ChangeTracker.Clear();
        }
    }

    private static string Replace(string wrapped, HashSet<string> keys, string replacement)
    {
        var items = wrapped.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(k => !keys.Contains(k)).Append(replacement)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return "\n" + string.Join('\n', items) + "\n";
    }
}
