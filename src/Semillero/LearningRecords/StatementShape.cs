using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Semillero.LearningRecords;

// What the LRS reads off a (valid) statement to store and index it. Pure functions.
public static class StatementShape
{
    public const string VoidedVerb = "http://adlnet.gov/expapi/verbs/voided";

    // The inverse functional identifier of an Agent or identified Group, as one comparable string.
    // Anonymous groups are keyed by their members, sorted.
    public static string AgentKey(JsonElement agent)
    {
        if (agent.TryGetProperty("mbox", out var mbox))
        {
            return "mbox:" + mbox.GetString();
        }

        if (agent.TryGetProperty("mbox_sha1sum", out var sha1))
        {
            return "sha1:" + sha1.GetString()!.ToLowerInvariant();
        }

        if (agent.TryGetProperty("openid", out var openid))
        {
            return "openid:" + openid.GetString();
        }

        if (agent.TryGetProperty("account", out var account))
        {
            return "account:" + account.GetProperty("homePage").GetString() + "|" + account.GetProperty("name").GetString();
        }

        if (agent.TryGetProperty("member", out var members) && members.ValueKind == JsonValueKind.Array)
        {
            return "group:" + string.Join(",", members.EnumerateArray().Select(AgentKey).Order(StringComparer.Ordinal));
        }

        return "unknown:";
    }

    public static string? ActivityId(JsonElement statement) =>
        statement.TryGetProperty("object", out var obj)
        && (!obj.TryGetProperty("objectType", out var type) || type.GetString() == "Activity")
        && obj.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;

    public static Guid? StatementRefTarget(JsonElement statement) =>
        statement.TryGetProperty("object", out var obj)
        && obj.TryGetProperty("objectType", out var type) && type.GetString() == "StatementRef"
        && obj.TryGetProperty("id", out var id) && Guid.TryParse(id.GetString(), out var target)
            ? target
            : null;

    public static Guid? Registration(JsonElement statement) =>
        statement.TryGetProperty("context", out var context)
        && context.TryGetProperty("registration", out var registration)
        && Guid.TryParse(registration.GetString(), out var value)
            ? value
            : null;

    // A fingerprint of what the client said, independent of property order and of the properties the
    // LRS itself sets, so a retry of the same statement matches and a different one reusing the id
    // does not.
    public static string ContentHash(JsonElement statement)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteCanonical(writer, statement, topLevel: true);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static readonly HashSet<string> LrsProperties = new(StringComparer.Ordinal) { "id", "stored", "authority", "version" };

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element, bool topLevel = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject()
                    .Where(p => !topLevel || !LrsProperties.Contains(p.Name))
                    .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
