using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Documents;

// The Agents resource (xAPI 1.0.3 Communication §2.4): a Person object with what the LRS knows about
// an agent. Deliberately only the agent's own identifier and the names the same partner's statements
// gave it: joining identifiers across partners (one learner's email at one provider, account at
// another) would tell a partner things it never sent.
public sealed class ReadPerson(SemilleroDb db)
{
    public const int StatementsConsidered = 20;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // agent: a valid Agent with an identifier (StatementValidator.ValidateAgent); partner null for
    // operators (all partners).
    public async Task<string> RunAsync(JsonElement agent, string? partner, CancellationToken ct)
    {
        var key = StatementShape.AgentKey(agent);
        var statements = db.Statements.AsNoTracking().Where(s => s.ActorKey == key);
        if (partner is not null)
        {
            statements = statements.Where(s => s.Partner == partner);
        }

        var recent = await statements.OrderByDescending(s => s.Sequence).Take(StatementsConsidered).Select(s => s.Json).ToListAsync(ct);
        var names = new List<string>();
        if (agent.TryGetProperty("name", out var given) && given.ValueKind == JsonValueKind.String)
        {
            names.Add(given.GetString()!);
        }

        foreach (var json in recent)
        {
            if (JsonNode.Parse(json)?["actor"]?["name"] is JsonValue name && name.TryGetValue<string>(out var text))
            {
                names.Add(text);
            }
        }

        return Person(agent, names).ToJsonString(Relaxed);
    }

    // Every property is an array, empty when unknown, so clients can iterate without checking.
    public static JsonObject Person(JsonElement agent, IEnumerable<string> names)
    {
        var person = new JsonObject
        {
            ["objectType"] = "Person",
            ["name"] = new JsonArray(names.Distinct(StringComparer.Ordinal).Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
        };
        foreach (var identifier in (string[])["mbox", "mbox_sha1sum", "openid", "account"])
        {
            var values = new JsonArray();
            if (agent.TryGetProperty(identifier, out var value))
            {
                values.Add(JsonNode.Parse(value.GetRawText()));
            }

            person[identifier] = values;
        }

        return person;
    }
}
