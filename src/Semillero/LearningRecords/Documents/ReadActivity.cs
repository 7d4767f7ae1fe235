using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Documents;

// The Activities resource (xAPI 1.0.3 Communication §2.5): the LRS's canonical Activity object for an
// id, built from the definitions in the statements that have it as object. A partner sees what its
// own statements said (partner null: all partners, for operators).
public sealed class ReadActivity(SemilleroDb db)
{
    // Recent statements are enough to know an activity; a course module seen in a million
    // statements must not make this read a million rows.
    public const int StatementsConsidered = 50;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<string> RunAsync(string activityId, string? partner, CancellationToken ct)
    {
        var statements = db.Statements.AsNoTracking().Where(s => s.ActivityId == activityId);
        if (partner is not null)
        {
            statements = statements.Where(s => s.Partner == partner);
        }

        var recent = await statements.OrderByDescending(s => s.Sequence).Take(StatementsConsidered).Select(s => s.Json).ToListAsync(ct);
        var definitions = new List<JsonObject>(recent.Count);
        foreach (var json in Enumerable.Reverse(recent))
        {
            if (JsonNode.Parse(json)?["object"]?["definition"] is JsonObject definition)
            {
                definitions.Add(definition);
            }
        }

        return Canonical(activityId, definitions).ToJsonString(Relaxed);
    }

    private static readonly HashSet<string> Maps = new(StringComparer.Ordinal) { "name", "description", "extensions" };

    // Definitions oldest first. Language maps and extensions gather every key ever sent, the newest
    // value of each winning (two statements naming it in en-US and fr-FR give both, Communication
    // §2.5 and the conformance suite's XAPI-00254); every other property is the newest one sent.
    public static JsonObject Canonical(string activityId, IEnumerable<JsonObject> definitionsOldestFirst)
    {
        var merged = new JsonObject();
        foreach (var definition in definitionsOldestFirst)
        {
            foreach (var (name, value) in definition)
            {
                if (Maps.Contains(name) && value is JsonObject map && merged[name] is JsonObject known)
                {
                    foreach (var (key, entry) in map)
                    {
                        known[key] = entry?.DeepClone();
                    }
                }
                else
                {
                    merged[name] = value?.DeepClone();
                }
            }
        }

        var activity = new JsonObject { ["objectType"] = "Activity", ["id"] = activityId };
        if (merged.Count > 0)
        {
            activity["definition"] = merged;
        }

        return activity;
    }
}
