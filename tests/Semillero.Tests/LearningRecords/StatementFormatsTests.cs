using System.Text.Json.Nodes;
using Semillero.LearningRecords;

namespace Semillero.Tests.LearningRecords;

public sealed class StatementFormatsTests
{
    private const string Statement = """
        {
          "actor": { "objectType": "Agent", "name": "Ana", "mbox": "mailto:ana@example.com" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/completed", "display": { "en-US": "completed", "es-MX": "completó" } },
          "object": {
            "objectType": "Activity", "id": "https://cursos.example/ia101",
            "definition": { "name": { "en-US": "AI 101", "es-MX": "IA 101" }, "description": { "en-US": "Intro", "es": "Introducción" }, "type": "http://adlnet.gov/expapi/activities/course" }
          },
          "context": {
            "instructor": { "name": "Luis", "account": { "homePage": "https://lms.example", "name": "luis" } },
            "contextActivities": { "parent": { "id": "https://cursos.example", "definition": { "name": { "en-US": "Courses", "es-MX": "Cursos" } } } },
            "extensions": { "https://example.com/ext": { "display": { "en-US": "kept", "es-MX": "se queda" } } }
          }
        }
        """;

    [Fact]
    public void Ids_KeepsOnlyIdentifiers()
    {
        var ids = StatementFormats.ToIds(JsonNode.Parse(Statement)!).AsObject();

        Assert.Equal("""{"objectType":"Agent","mbox":"mailto:ana@example.com"}""", ids["actor"]!.ToJsonString());
        Assert.Equal("""{"id":"http://adlnet.gov/expapi/verbs/completed"}""", ids["verb"]!.ToJsonString());
        Assert.Equal("""{"id":"https://cursos.example/ia101"}""", ids["object"]!.ToJsonString());
        Assert.Equal("""{"account":{"homePage":"https://lms.example","name":"luis"}}""", ids["context"]!["instructor"]!.ToJsonString());
    }

    [Fact]
    public void Canonical_KeepsTheReadersLanguageInEveryLanguageMapButNotInExtensions()
    {
        var canonical = StatementFormats.ToCanonical(JsonNode.Parse(Statement)!, ["es-MX", "en"]).AsObject();

        Assert.Equal("""{"es-MX":"completó"}""", canonical["verb"]!["display"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("IA 101", (string?)canonical["object"]!["definition"]!["name"]!["es-MX"]);
        Assert.Single(canonical["object"]!["definition"]!["name"]!.AsObject());
        // "es" is the closest match for an es-MX reader when there is no es-MX.
        Assert.Equal("Introducción", (string?)canonical["object"]!["definition"]!["description"]!["es"]);
        Assert.Equal(2, canonical["context"]!["extensions"]!["https://example.com/ext"]!["display"]!.AsObject().Count);
        Assert.Equal("Luis", (string?)canonical["context"]!["instructor"]!["name"]);
    }

    [Theory]
    [InlineData("en-GB", new[] { "en-US", "en-GB" }, "en-GB")]
    [InlineData("es-MX", new[] { "en-US", "es-ES" }, "es-ES")]
    [InlineData("fr", new[] { "en-US", "es-ES" }, "en-US")]
    public void PickLanguage_ExactThenSamePrimaryThenFirst(string wanted, string[] available, string expected) =>
        Assert.Equal(expected, StatementFormats.PickLanguage(available, [wanted]));

    [Fact]
    public void ParseAcceptLanguage_OrdersByQuality()
    {
        Assert.Equal(["es-MX", "en", "fr"], StatementFormats.ParseAcceptLanguage("fr;q=0.5, es-MX, en;q=0.8, *;q=0.1"));
        Assert.Empty(StatementFormats.ParseAcceptLanguage(null));
    }
}

public sealed class StatementComparisonTests
{
    [Theory]
    [InlineData("P1DT12H36M0.1237S", "P1DT12H36M0.12S")]
    [InlineData("PT0.1S", "PT0.10S")]
    [InlineData("PT5S", "PT5S")]
    [InlineData("P1D", "P1D")]
    public void DurationsCompareToHundredths(string given, string expected) =>
        Assert.Equal(expected, Semillero.LearningRecords.StatementShape.HundredthsDuration(given));

    [Fact]
    public void StatementsDifferingBeyondHundredthsOfASecondHashTheSame()
    {
        static string WithDuration(string d) => $$$"""{"actor":{"mbox":"mailto:a@b.mx"},"verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"https://x.mx/a"},"result":{"duration":"{{{d}}}"}}""";
        static string Hash(string json) => Semillero.LearningRecords.StatementShape.ContentHash(System.Text.Json.JsonDocument.Parse(json).RootElement);

        Assert.Equal(Hash(WithDuration("PT0.1237S")), Hash(WithDuration("PT0.12S")));
        Assert.NotEqual(Hash(WithDuration("PT0.13S")), Hash(WithDuration("PT0.12S")));
    }
}
