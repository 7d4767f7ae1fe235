using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Semillero.LearningRecords;
using Semillero.Tests.LearningRecords.Validation;

namespace Semillero.Tests.LearningRecords;

// Content hashes are stored: a retry of a statement stored before an LRS upgrade must still match it
// (200, not 409). The hash is computed without LINQ and from raw UTF-8 names now; these tests pin it
// to the algorithm it replaced, kept here verbatim, for every statement the tests know and for
// random shapes (escaped and non-ASCII names, characters whose UTF-8 and UTF-16 orders differ,
// repeated names, durations, the properties the LRS sets).
public sealed class ContentHashTests
{
    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (var name in ClientStatements.All.Keys.Concat(ClientStatements.Interactions.Keys.Select(k => "interaction " + k)))
        {
            data.Add(name);
        }

        data.Add(nameof(ClientStatements.ContextAgentsAndGroups2_0));
        return data;
    }

    private static string Json(string name) => name switch
    {
        nameof(ClientStatements.ContextAgentsAndGroups2_0) => ClientStatements.ContextAgentsAndGroups2_0,
        _ when name.StartsWith("interaction ", StringComparison.Ordinal) => ClientStatements.Interactions[name["interaction ".Length..]],
        _ => ClientStatements.All[name],
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void EveryTestStatementHashesAsBefore(string name)
    {
        using var document = JsonDocument.Parse(Json(name));
        var statement = document.RootElement;

        Assert.Equal(OldHash.ContentHash(statement), StatementShape.ContentHash(statement));
        Assert.Equal(OldHash.ContentHash(statement, ignoreAttachments: true), StatementShape.ContentHash(statement, ignoreAttachments: true));
    }

    [Fact]
    public void RandomShapesHashAsBefore()
    {
        var random = new Random(4);
        for (var i = 0; i < 3_000; i++)
        {
            var json = RandomJson.Object(random, depth: 0);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            Assert.True(OldHash.ContentHash(root) == StatementShape.ContentHash(root), json);
            Assert.True(OldHash.ContentHash(root, ignoreAttachments: true) == StatementShape.ContentHash(root, ignoreAttachments: true), json);
        }
    }

    [Fact]
    public void TheSameContentHashesTheSameWhateverTheOrderAndEscaping()
    {
        var plain = """{"actor":{"mbox":"mailto:a@b.mx","name":"Año"},"verb":{"id":"http://x.mx/v"},"object":{"id":"https://x.mx/a","definition":{"extensions":{"https://x.mx/ñ":1,"https://x.mx/z":2}}}}""";
        var escaped = """{"object":{"definition":{"extensions":{"https://x.mx/z":2,"https://x.mx/\u00f1":1}},"id":"https://x.mx/a"},"verb":{"id":"http://x.mx/v"},"actor":{"name":"A\u00f1o","mb\u006fx":"mailto:a@b.mx"},"id":"6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b","stored":"2026-01-01T00:00:00Z"}""";

        Assert.Equal(Hash(plain), Hash(escaped));
        Assert.NotEqual(Hash(plain), Hash(plain.Replace("/z\":2", "/z\":3", StringComparison.Ordinal)));
    }

    [Fact]
    public void NamesSortByUtf16OrdinalOrderEvenWhereUtf8BytesSortOtherwise()
    {
        // U+FF5A sorts after U+1F600 in UTF-8 bytes (EF… < F0…) but before it in UTF-16 (FF5A > D83D):
        // the canonical order is UTF-16's, as it has always been.
        var json = """{"result":{"extensions":{"https://x.mx/😀":1,"https://x.mx/ｚ":2}}}""";
        using var document = JsonDocument.Parse(json);

        Assert.Equal(OldHash.ContentHash(document.RootElement), StatementShape.ContentHash(document.RootElement));
    }

    [Fact]
    public void AHashIsLowerCaseHexSha256()
    {
        var hash = Hash("""{"actor":{"mbox":"mailto:a@b.mx"}}""");

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    private static string Hash(string json)
    {
        using var document = JsonDocument.Parse(json);
        return StatementShape.ContentHash(document.RootElement);
    }

    // Random JSON text, not JsonNode: names and strings may be written escaped, as clients do.
    private static class RandomJson
    {
        private static readonly string[] Names =
        [
            "id", "stored", "authority", "version", "attachments", "duration", "actor", "verb", "object", "result", "a", "b", "B", "aa", "ab",
            "https://x.mx/ext", "https://x.mx/ext/2", "es-MX", "en", "ñandú", "Ñ", "é", "日本", "😀", "𝄞", "\uE000", "ｚ", "\uFFFD", "a\"b", "a\\b",
            "a/b", "<tag>", "a&b", "+1", "'", "", " ",
        ];

        private static readonly string[] Scalars =
        [
            "1", "-0", "1.50", "1e3", "1E+3", "0.000001", "true", "false", "null", "\"\"", "\"PT0.1237S\"", "\"PT1H\"", "\"P1DT2.5S\"", "\"PT1.S\"",
            "\"texto\"", "\"mañana\"", "\"\\u00f1\"", "\"a\\nb\"", "\"<b>&'\"", "\"😀\"", "\"\\ud83d\\ude00\"", "\"\\/\"",
        ];

        public static string Object(Random random, int depth)
        {
            var count = random.Next(depth == 0 ? 1 : 0, depth == 0 ? 12 : 6);
            var parts = new List<string>();
            for (var i = 0; i < count; i++)
            {
                parts.Add(Name(random) + ":" + Value(random, depth + 1));
            }

            return "{" + string.Join(",", parts) + "}";
        }

        private static string Value(Random random, int depth) => random.Next(depth > 4 ? 3 : 6) switch
        {
            0 or 1 or 2 => Scalars[random.Next(Scalars.Length)],
            3 or 4 => Object(random, depth),
            _ => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth + 1))) + "]",
        };

        // A name, written plain or with some characters as \u escapes.
        private static string Name(Random random)
        {
            var name = Names[random.Next(Names.Length)];
            var escapeSome = random.Next(4) == 0;
            var text = new StringBuilder("\"");
            for (var i = 0; i < name.Length; i++)
            {
                // A surrogate pair is escaped whole or not at all.
                var width = char.IsHighSurrogate(name[i]) ? 2 : 1;
                var escape = name[i] is '"' or '\\' || (escapeSome && random.Next(2) == 0);
                foreach (var c in name.AsSpan(i, width))
                {
                    if (escape)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }
                }

                i += width - 1;
            }

            return text.Append('"').ToString();
        }
    }

    // StatementShape.ContentHash as it was until the ingest-CPU work (commit 788a37c), unchanged.
    private static class OldHash
    {
        public static string ContentHash(JsonElement statement, bool ignoreAttachments = false)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteCanonical(writer, statement, topLevel: ignoreAttachments ? 2 : 1);
            }

            return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
        }

        private static readonly HashSet<string> LrsProperties = new(StringComparer.Ordinal) { "id", "stored", "authority", "version" };

        private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element, int topLevel = 0)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var property in element.EnumerateObject()
                        .Where(p => topLevel == 0 || (!LrsProperties.Contains(p.Name) && (topLevel == 1 || p.Name != "attachments")))
                        .OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(property.Name);
                        if (property.Name == "duration" && property.Value.ValueKind == JsonValueKind.String)
                        {
                            writer.WriteStringValue(StatementShape.HundredthsDuration(property.Value.GetString()!));
                        }
                        else
                        {
                            WriteCanonical(writer, property.Value);
                        }
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
}
