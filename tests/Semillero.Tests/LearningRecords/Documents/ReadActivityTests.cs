using System.Text.Json.Nodes;
using Semillero.LearningRecords.Documents;

namespace Semillero.Tests.LearningRecords.Documents;

public sealed class ReadActivityTests
{
    private const string Id = "https://cursos.example/ia101";

    private static JsonObject Definition(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Canonical_GathersLanguagesAndExtensions_NewestValueWinning()
    {
        var activity = ReadActivity.Canonical(Id,
        [
            Definition("""{"name":{"en-US":"AI 101","es-MX":"IA"},"type":"http://adlnet.gov/expapi/activities/course","extensions":{"https://x.example/a":1}}"""),
            Definition("""{"name":{"es-MX":"IA 101"},"description":{"es-MX":"Introducción"},"type":"http://adlnet.gov/expapi/activities/module","extensions":{"https://x.example/b":2}}"""),
        ]);

        Assert.Equal(
            """{"objectType":"Activity","id":"https://cursos.example/ia101","definition":{"name":{"en-US":"AI 101","es-MX":"IA 101"},"type":"http://adlnet.gov/expapi/activities/module","extensions":{"https://x.example/a":1,"https://x.example/b":2},"description":{"es-MX":"Introducción"}}}""",
            activity.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Canonical_WithoutDefinitions_IsJustTheId()
    {
        Assert.Equal("""{"objectType":"Activity","id":"https://cursos.example/ia101"}""", ReadActivity.Canonical(Id, []).ToJsonString());
    }
}
