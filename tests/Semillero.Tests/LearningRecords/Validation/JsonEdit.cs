using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Semillero.Tests.LearningRecords.Validation;

internal static class JsonEdit
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    // The document with the value at a path like "context.contextActivities.parent[0].id" replaced
    // by valueJson (a JSON text), or removed when valueJson is null. Missing objects on the way are
    // created; the last segment may name a new property or the index just past an array's end.
    public static string With(string json, string path, string? valueJson)
    {
        var root = JsonNode.Parse(json)!;
        var segments = Segments(path);
        JsonNode parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = segments[i] switch
            {
                int index => parent.AsArray()[index]!,
                string name => parent.AsObject()[name] ??= new JsonObject(),
                _ => throw new InvalidOperationException(path),
            };
        }

        var value = valueJson is null ? null : JsonNode.Parse(valueJson);
        switch (segments[^1])
        {
            case int index when valueJson is null:
                parent.AsArray().RemoveAt(index);
                break;
            case int index when index == parent.AsArray().Count:
                parent.AsArray().Add(value);
                break;
            case int index:
                parent.AsArray()[index] = value;
                break;
            case string name when valueJson is null:
                parent.AsObject().Remove(name);
                break;
            case string name:
                parent.AsObject()[name] = value;
                break;
        }

        return root.ToJsonString();
    }

    private static List<object> Segments(string path)
    {
        var segments = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            segments.Add(bracket < 0 ? part : part[..bracket]);
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                segments.Add(int.Parse(part[(bracket + 1)..close], CultureInfo.InvariantCulture));
                bracket = part.IndexOf('[', close);
            }
        }

        return segments;
    }
}
