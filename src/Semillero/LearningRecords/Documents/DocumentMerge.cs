using System.Text.Encodings.Web;
using System.Text.Json;

namespace Semillero.LearningRecords.Documents;

// The JSON document merge of POST to a document resource (xAPI 1.0.3 Communication §2.2, "JSON
// Procedure with Requirements"). Pure functions.
public static class DocumentMerge
{
    public const string JsonType = "application/json";

    public const string DefaultType = "application/octet-stream";

    // application/json with or without parameters (charset), in any case.
    public static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return string.Equals(mediaType, JsonType, StringComparison.OrdinalIgnoreCase);
    }

    // A body declared application/json that is not a JSON object is refused by POST, whether or not
    // a document exists yet (Communication §2.2: "cannot be parsed as a JSON Object" → 400).
    public static bool IsJsonObject(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = JsonDocument.Parse(WithoutBom(content));
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Both documents must be application/json objects. Top-level properties of the new document
    // replace the stored ones whole (one level deep, Communication §2.2.s7); the rest stay.
    // Returns null and a reason when the merge is refused (the caller answers 400, changing nothing).
    public static (byte[]? Merged, string? Problem) Merge(string storedType, ReadOnlyMemory<byte> stored, string? incomingType, ReadOnlyMemory<byte> incoming)
    {
        if (!IsJson(storedType) || !IsJson(incomingType))
        {
            return (null, $"POST merges JSON documents only: the stored document is {storedType} and the new one {incomingType ?? "without a Content-Type"}; use PUT to replace it.");
        }

        JsonDocument? old = null;
        JsonDocument? update = null;
        try
        {
            try
            {
                old = JsonDocument.Parse(WithoutBom(stored));
                update = JsonDocument.Parse(WithoutBom(incoming));
            }
            catch (JsonException)
            {
                return (null, "Both the stored and the new document must be JSON objects to merge them.");
            }

            if (old.RootElement.ValueKind != JsonValueKind.Object || update.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "Both the stored and the new document must be JSON objects to merge them.");
            }

            return (Merge(old.RootElement, update.RootElement), null);
        }
        finally
        {
            old?.Dispose();
            update?.Dispose();
        }
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Merge(JsonElement stored, JsonElement incoming)
    {
        // A repeated name in the new document: the last one wins, as most JSON readers do.
        var updates = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in incoming.EnumerateObject())
        {
            updates[property.Name] = property.Value;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in stored.EnumerateObject())
            {
                if (!written.Add(property.Name))
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                (updates.TryGetValue(property.Name, out var replacement) ? replacement : property.Value).WriteTo(writer);
            }

            foreach (var (name, value) in updates)
            {
                if (written.Add(name))
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    // JsonDocument reads the whole payload (trailing garbage is an error) but not a byte order mark.
    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> content) =>
        content.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
}
