using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Unicode;
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

    // The object's key when the object is an Agent or Group, else null.
    public static string? ObjectAgentKey(JsonElement statement) =>
        statement.TryGetProperty("object", out var obj) && obj.TryGetProperty("objectType", out var type)
        && type.GetString() is "Agent" or "Group"
            ? AgentKey(obj)
            : null;

    // Newline-wrapped keys ("\na\nb\n", or "" when none) of the members of an actor or object Group.
    public static string MemberAgents(JsonElement statement)
    {
        var actor = statement.GetProperty("actor");
        var objectIsGroup = statement.TryGetProperty("object", out var obj) && obj.TryGetProperty("objectType", out var type) && type.GetString() == "Group";
        // Nearly always an Agent acting on an Activity: no members, no set to build.
        if (!objectIsGroup && !actor.TryGetProperty("member", out _))
        {
            return "";
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal);
        AddMembers(actor, keys);
        if (objectIsGroup)
        {
            AddMembers(obj, keys);
        }

        return Wrap(keys);
    }

    // Every agent (and group member) in actor, object, authority, context instructor and team, and
    // in a SubStatement's, for related_agents=true (xAPI 1.0.3 §7.2.3).
    public static string RelatedAgents(JsonElement statement, string? authorityKey = null)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        CollectAgents(statement, keys);
        if (authorityKey is not null)
        {
            keys.Add(authorityKey);
        }

        return Wrap(keys);
    }

    // Every activity id in object, context activities, and a SubStatement's, for related_activities=true.
    public static string RelatedActivities(JsonElement statement)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        CollectActivities(statement, keys);
        return Wrap(keys);
    }

    private static string Wrap(SortedSet<string> keys) => keys.Count == 0 ? "" : "\n" + string.Join('\n', keys) + "\n";

    private static void AddMembers(JsonElement agent, SortedSet<string> keys)
    {
        if (agent.TryGetProperty("member", out var members) && members.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in members.EnumerateArray())
            {
                keys.Add(AgentKey(member));
            }
        }
    }

    private static void AddAgent(JsonElement agent, SortedSet<string> keys)
    {
        if (agent.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var key = AgentKey(agent);
        if (!key.StartsWith("group:", StringComparison.Ordinal))
        {
            keys.Add(key);
        }

        AddMembers(agent, keys);
    }

    private static void CollectAgents(JsonElement statement, SortedSet<string> keys)
    {
        if (statement.TryGetProperty("actor", out var actor))
        {
            AddAgent(actor, keys);
        }

        if (statement.TryGetProperty("authority", out var authority))
        {
            AddAgent(authority, keys);
        }

        if (statement.TryGetProperty("object", out var obj) && obj.TryGetProperty("objectType", out var type))
        {
            switch (type.GetString())
            {
                case "Agent" or "Group":
                    AddAgent(obj, keys);
                    break;
                case "SubStatement":
                    CollectAgents(obj, keys);
                    break;
            }
        }

        if (statement.TryGetProperty("context", out var context))
        {
            if (context.TryGetProperty("instructor", out var instructor))
            {
                AddAgent(instructor, keys);
            }

            if (context.TryGetProperty("team", out var team))
            {
                AddAgent(team, keys);
            }
        }
    }

    private static void CollectActivities(JsonElement statement, SortedSet<string> keys)
    {
        if (statement.TryGetProperty("object", out var obj))
        {
            var type = obj.TryGetProperty("objectType", out var t) ? t.GetString() : "Activity";
            if (type == "Activity" && obj.TryGetProperty("id", out var id) && id.GetString() is { } activity)
            {
                keys.Add(activity);
            }
            else if (type == "SubStatement")
            {
                CollectActivities(obj, keys);
            }
        }

        if (statement.TryGetProperty("context", out var context) && context.TryGetProperty("contextActivities", out var activities)
            && activities.ValueKind == JsonValueKind.Object)
        {
            foreach (var group in activities.EnumerateObject())
            {
                if (group.Value.ValueKind != JsonValueKind.Array)
                {
                    AddActivity(group.Value, keys);
                    continue;
                }

                foreach (var item in group.Value.EnumerateArray())
                {
                    AddActivity(item, keys);
                }
            }
        }
    }

    private static void AddActivity(JsonElement item, SortedSet<string> keys)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.GetString() is { } activity)
        {
            keys.Add(activity);
        }
    }

    public static Guid? StatementRefTarget(JsonElement statement) =>
        statement.TryGetProperty("object", out var obj)
        && obj.TryGetProperty("objectType", out var type) && type.GetString() == "StatementRef"
        && obj.TryGetProperty("id", out var id) && Guid.TryParse(id.GetString(), out var target)
            ? target
            : null;

    public static double? ScoreScaled(JsonElement statement) =>
        statement.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
        && result.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Object
        && score.TryGetProperty("scaled", out var scaled) && scaled.ValueKind == JsonValueKind.Number
            ? scaled.GetDouble()
            : null;

    public static Guid? Registration(JsonElement statement) =>
        statement.TryGetProperty("context", out var context)
        && context.TryGetProperty("registration", out var registration)
        && Guid.TryParse(registration.GetString(), out var value)
            ? value
            : null;

    // A fingerprint of what the client said, independent of property order and of the properties the
    // LRS itself sets, so a retry of the same statement matches and a different one reusing the id
    // does not: SHA-256 of the canonical JSON (properties sorted by ordinal name, durations to 0.01 s,
    // the writer's default escaping). Stored hashes must keep matching, so the canonical form is
    // byte for byte what it has always been; only how it is produced changed (ingest CPU, see
    // docs/notes/ingest-cpu.md): one reused buffer and writer per thread, names sorted from their raw
    // UTF-8 bytes without materialising strings, no LINQ.
    public static string ContentHash(JsonElement statement, bool ignoreAttachments = false)
    {
        var canonical = CanonicalBuffer.Take();
        WriteCanonical(canonical.Writer, statement, topLevel: ignoreAttachments ? 2 : 1);
        canonical.Writer.Flush();
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(canonical.Buffer.WrittenSpan, hash);
        canonical.Release();
        return Convert.ToHexStringLower(hash);
    }

    // Durations compare to 0.01 s (xAPI 2.0.0 §4.2.7): "PT0.1237S" and "PT0.12S" are the same
    // duration, so a retried or signed statement whose client rounded differently still matches.
    public static string HundredthsDuration(string duration)
    {
        if (!duration.EndsWith('S'))
        {
            return duration;
        }

        var dot = duration.LastIndexOf('.');
        if (dot < 0 || duration.AsSpan(dot + 1, duration.Length - dot - 2).ContainsAnyExceptInRange('0', '9'))
        {
            return duration;
        }

        var fraction = duration[(dot + 1)..^1];
        fraction = fraction.Length >= 2 ? fraction[..2] : fraction.PadRight(2, '0');
        return duration[..dot] + "." + fraction + "S";
    }

    // topLevel: 0 inside the statement, 1 at its top (skip LRS-set properties), 2 also skip attachments.
    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element, int topLevel = 0)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteCanonicalObject(writer, element, topLevel);
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

    private static void WriteCanonicalObject(Utf8JsonWriter writer, JsonElement element, int topLevel)
    {
        var rented = ArrayPool<CanonicalProperty>.Shared.Rent(element.GetPropertyCount());
        var properties = rented.AsSpan();
        try
        {
            // Ordinal order of UTF-16 names is the order of their UTF-8 bytes unless a name is
            // escaped in the JSON text or holds a character at or above U+E000 (where UTF-16 puts
            // surrogate pairs first): those objects (and any invalid UTF-8, which throws as before)
            // compare materialised names.
            var n = 0;
            var byBytes = true;
            foreach (var property in element.EnumerateObject())
            {
                if (topLevel != 0 && IsLrsProperty(property, topLevel))
                {
                    continue;
                }

                var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                byBytes = byBytes && raw.IndexOf((byte)'\\') < 0 && !raw.ContainsAnyInRange((byte)0xEE, (byte)0xFF) && Utf8.IsValid(raw);
                properties[n] = new CanonicalProperty(property, n, null);
                n++;
            }

            var sorted = properties[..n];
            if (byBytes)
            {
                sorted.Sort(static (a, b) => CompareThenIndex(
                    JsonMarshal.GetRawUtf8PropertyName(a.Property).SequenceCompareTo(JsonMarshal.GetRawUtf8PropertyName(b.Property)), a, b));
            }
            else
            {
                foreach (ref var p in sorted)
                {
                    p = p with { Name = p.Property.Name };
                }

                sorted.Sort(static (a, b) => CompareThenIndex(string.CompareOrdinal(a.Name, b.Name), a, b));
            }

            writer.WriteStartObject();
            foreach (var p in sorted)
            {
                if (p.Name is null)
                {
                    writer.WritePropertyName(JsonMarshal.GetRawUtf8PropertyName(p.Property));
                }
                else
                {
                    writer.WritePropertyName(p.Name);
                }

                var value = p.Property.Value;
                if (value.ValueKind == JsonValueKind.String && p.Property.NameEquals("duration"u8))
                {
                    writer.WriteStringValue(HundredthsDuration(value.GetString()!));
                }
                else
                {
                    WriteCanonical(writer, value);
                }
            }

            writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<CanonicalProperty>.Shared.Return(rented, clearArray: true);
        }
    }

    // Equal names keep their order in the object, as the stable OrderBy of old did.
    private static int CompareThenIndex(int byName, CanonicalProperty a, CanonicalProperty b) => byName != 0 ? byName : a.Index.CompareTo(b.Index);

    private static bool IsLrsProperty(JsonProperty property, int topLevel) =>
        property.NameEquals("id"u8) || property.NameEquals("stored"u8) || property.NameEquals("authority"u8) || property.NameEquals("version"u8)
        || (topLevel == 2 && property.NameEquals("attachments"u8));

    // Name: the materialised name, only when the object's names cannot be compared by their bytes.
    private readonly record struct CanonicalProperty(JsonProperty Property, int Index, string? Name);

    // One buffer and writer per thread, reused: the canonical form of a statement is written and
    // hashed on the same thread without awaiting in between.
    private sealed class CanonicalBuffer
    {
        [ThreadStatic]
        private static CanonicalBuffer? _current;

        private CanonicalBuffer()
        {
            Writer = new Utf8JsonWriter(Buffer);
        }

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }

        // A fresh (reset) buffer and writer; not re-entrant. An exception half-way leaves the writer
        // dirty, hence the reset here rather than in Release.
        public static CanonicalBuffer Take()
        {
            var canonical = _current ??= new CanonicalBuffer();
            canonical.Buffer.ResetWrittenCount();
            canonical.Writer.Reset(canonical.Buffer);
            return canonical;
        }

        // A statement of megabytes does not keep its buffer alive on the thread.
        public void Release()
        {
            if (Buffer.Capacity > 256 * 1024)
            {
                _current = null;
            }
        }
    }
}
