using System.Text;
using Semillero.LearningRecords.Documents;

namespace Semillero.Tests.LearningRecords.Documents;

public sealed class DocumentMergeTests
{
    private static (string? Merged, string? Problem) Merge(string storedType, string stored, string? incomingType, string incoming)
    {
        var (merged, problem) = DocumentMerge.Merge(storedType, Encoding.UTF8.GetBytes(stored), incomingType, Encoding.UTF8.GetBytes(incoming));
        return (merged is null ? null : Encoding.UTF8.GetString(merged), problem);
    }

    [Theory]
    [InlineData("""{"car":"MKX"}""", """{"car":"MKZ"}""", """{"car":"MKZ"}""")]
    [InlineData("""{"car":"Honda"}""", """{"type":"Civic"}""", """{"car":"Honda","type":"Civic"}""")]
    [InlineData("""{"car":{"make":"Ford","model":"Escape"},"driver":"Dale"}""", """{"car":{"make":"Dodge"}}""", """{"car":{"make":"Dodge"},"driver":"Dale"}""")]
    [InlineData("""{"n":1.10,"s":"pág"}""", """{"t":true}""", """{"n":1.10,"s":"pág","t":true}""")]
    [InlineData("""{"a":1}""", """{"b":1,"b":2}""", """{"a":1,"b":2}""")]
    public void Merge_ReplacesTopLevelPropertiesWholeAndKeepsTheRest(string stored, string incoming, string expected)
    {
        Assert.Equal((expected, null), Merge("application/json", stored, "application/json; charset=utf-8", incoming));
    }

    [Theory]
    [InlineData("application/octet-stream", """{"a":1}""", "application/json", """{"b":1}""")]
    [InlineData("application/json", """{"a":1}""", "text/plain", """{"b":1}""")]
    [InlineData("application/json", """{"a":1}""", null, """{"b":1}""")]
    [InlineData("application/json", """[1]""", "application/json", """{"b":1}""")]
    [InlineData("application/json", """{"a":1}""", "application/json", """{"b":1}[""")]
    [InlineData("application/json", """not json""", "application/json", """{"b":1}""")]
    public void Merge_RefusesWhatIsNotTwoJsonObjects(string storedType, string stored, string? incomingType, string incoming)
    {
        var (merged, problem) = Merge(storedType, stored, incomingType, incoming);

        Assert.Null(merged);
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("Application/JSON; charset=UTF-8", true)]
    [InlineData("application/jsonx", false)]
    [InlineData("text/json", false)]
    [InlineData(null, false)]
    public void IsJson_ReadsTheMediaTypeOnly(string? contentType, bool expected)
    {
        Assert.Equal(expected, DocumentMerge.IsJson(contentType));
    }

    [Theory]
    [InlineData("""{"a":1}""", true)]
    [InlineData("\uFEFF{\"a\":1}", true)]
    [InlineData("""[1]""", false)]
    [InlineData("""{"a":1}{""", false)]
    [InlineData("", false)]
    public void IsJsonObject_NeedsExactlyOneObject(string body, bool expected)
    {
        Assert.Equal(expected, DocumentMerge.IsJsonObject(Encoding.UTF8.GetBytes(body)));
    }
}
