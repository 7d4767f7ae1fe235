using System.Text.Json.Nodes;

namespace Semillero.LearningRecords;

public enum StatementFormat
{
    Exact,
    Ids,
    Canonical,
}

// How the LRS returns statements (xAPI 1.0.3 Communication §2.1.3): the ids and canonical formats.
// Pure transformations of statement JSON. (Storing normalises context activities to arrays:
// StoreStatements.StoredJson.)
public static class StatementFormats
{
    private static readonly string[] ContextActivityKinds = ["parent", "grouping", "category", "other"];

    public static JsonNode Apply(JsonNode statement, StatementFormat format, IReadOnlyList<string> languages) => format switch
    {
        StatementFormat.Ids => ToIds(statement),
        StatementFormat.Canonical => ToCanonical(statement, languages),
        _ => statement,
    };

    // format=ids: Agents and identified Groups keep only objectType and their identifier; Activities
    // and Verbs only their id. Anonymous Groups keep their (reduced) members, which identify them.
    public static JsonNode ToIds(JsonNode statement)
    {
        var s = statement.AsObject();
        Reduce(s);
        if (s["object"] is JsonObject sub && (string?)sub["objectType"] == "SubStatement")
        {
            Reduce(sub);
        }

        return s;

        static void Reduce(JsonObject s)
        {
            ReplaceAgent(s, "actor");
            ReplaceAgent(s, "authority");
            if (s["verb"] is JsonObject verb)
            {
                s["verb"] = new JsonObject { ["id"] = verb["id"]?.DeepClone() };
            }

            if (s["object"] is JsonObject obj)
            {
                switch ((string?)obj["objectType"] ?? "Activity")
                {
                    case "Activity":
                        s["object"] = ActivityIds(obj);
                        break;
                    case "Agent" or "Group":
                        s["object"] = AgentIds(obj);
                        break;
                }
            }

            if (s["context"] is JsonObject context)
            {
                ReplaceAgent(context, "instructor");
                ReplaceAgent(context, "team");
                if (context["contextActivities"] is JsonObject activities)
                {
                    foreach (var kind in ContextActivityKinds)
                    {
                        if (activities[kind] is JsonArray list)
                        {
                            activities[kind] = new JsonArray(list.OfType<JsonObject>().Select(a => (JsonNode)ActivityIds(a)).ToArray());
                        }
                    }
                }
            }
        }

        static void ReplaceAgent(JsonObject parent, string property)
        {
            if (parent[property] is JsonObject agent)
            {
                parent[property] = AgentIds(agent);
            }
        }

        static JsonObject ActivityIds(JsonObject activity) => new() { ["id"] = activity["id"]?.DeepClone() };
    }

    private static readonly string[] Identifiers = ["mbox", "mbox_sha1sum", "openid", "account"];

    private static JsonObject AgentIds(JsonObject agent)
    {
        var reduced = new JsonObject();
        if (agent["objectType"] is { } type)
        {
            reduced["objectType"] = type.DeepClone();
        }

        var identified = false;
        foreach (var name in Identifiers)
        {
            if (agent[name] is { } value)
            {
                reduced[name] = value.DeepClone();
                identified = true;
            }
        }

        if (!identified && agent["member"] is JsonArray members)
        {
            reduced["member"] = new JsonArray(members.OfType<JsonObject>().Select(m => (JsonNode)AgentIds(m)).ToArray());
        }

        return reduced;
    }

    // format=canonical: every language map (verb display, activity name and description, interaction
    // component descriptions, attachment display and description) keeps one language — the best
    // match for the reader's Accept-Language, else the first one given.
    public static JsonNode ToCanonical(JsonNode statement, IReadOnlyList<string> languages)
    {
        Walk(statement, null);
        return statement;

        void Walk(JsonNode? node, string? property)
        {
            switch (node)
            {
                case JsonObject obj when property is "display" or "name" or "description" && IsLanguageMap(obj):
                    ReduceMap(obj, languages);
                    break;
                case JsonObject obj:
                    foreach (var (key, value) in obj.ToList())
                    {
                        if (key is "extensions" or "actor" or "authority" or "instructor" or "team" or "member" or "result")
                        {
                            // Agents' names are plain strings and extensions are the provider's own data.
                            continue;
                        }

                        Walk(value, key);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item, property is "attachments" or "choices" or "scale" or "source" or "target" or "steps" ? null : property);
                    }

                    break;
            }
        }
    }

    private static bool IsLanguageMap(JsonObject obj) => obj.Count > 0 && obj.All(p => p.Value is JsonValue v && v.TryGetValue<string>(out _));

    private static void ReduceMap(JsonObject map, IReadOnlyList<string> languages)
    {
        if (map.Count <= 1)
        {
            return;
        }

        var keep = PickLanguage(map.Select(p => p.Key).ToList(), languages);
        foreach (var key in map.Select(p => p.Key).Where(k => k != keep).ToList())
        {
            map.Remove(key);
        }
    }

    // Exact tag first, then same primary language ("es" for "es-MX"), in the reader's order.
    public static string PickLanguage(IReadOnlyList<string> available, IReadOnlyList<string> preferred)
    {
        foreach (var wanted in preferred)
        {
            var exact = available.FirstOrDefault(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase));
            if (exact is not null)
            {
                return exact;
            }

            var primary = wanted.Split('-')[0];
            var similar = available.FirstOrDefault(a => string.Equals(a.Split('-')[0], primary, StringComparison.OrdinalIgnoreCase));
            if (similar is not null)
            {
                return similar;
            }
        }

        return available[0];
    }

    // Accept-Language values in order of preference (q-values honoured, "*" ignored).
    public static IReadOnlyList<string> ParseAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return [];
        }

        return header.Split(',')
            .Select((part, index) =>
            {
                var pieces = part.Split(';');
                var q = 1.0;
                foreach (var p in pieces.Skip(1))
                {
                    var kv = p.Trim();
                    if (kv.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(kv[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                    {
                        q = parsed;
                    }
                }

                return (Tag: pieces[0].Trim(), Q: q, Index: index);
            })
            .Where(x => x.Tag.Length > 0 && x.Tag != "*" && x.Q > 0)
            .OrderByDescending(x => x.Q).ThenBy(x => x.Index)
            .Select(x => x.Tag)
            .ToList();
    }
}
