using System.Globalization;
using Semillero.LearningRecords.Timeline;

namespace Semillero.Tests.LearningRecords.Timeline;

public sealed class TimelineWordingTests
{
    private static Dictionary<string, string> Map(params string[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }

    [Theory]
    [InlineData("http://adlnet.gov/expapi/verbs/completed", "es", "Completó")]
    [InlineData("http://adlnet.gov/expapi/verbs/completed", "en", "Completed")]
    [InlineData("http://adlnet.gov/expapi/verbs/passed", "es", "Aprobó")]
    [InlineData("http://adlnet.gov/expapi/verbs/failed", "es", "No aprobó")]
    [InlineData("http://adlnet.gov/expapi/verbs/attempted", "en", "Attempted")]
    [InlineData("http://adlnet.gov/expapi/verbs/experienced", "es", "Consultó")]
    [InlineData("http://adlnet.gov/expapi/verbs/launched", "es", "Abrió")]
    [InlineData("http://adlnet.gov/expapi/verbs/initialized", "en", "Started")]
    [InlineData("http://adlnet.gov/expapi/verbs/terminated", "es", "Terminó")]
    [InlineData("http://adlnet.gov/expapi/verbs/progressed", "es", "Avanzó")]
    [InlineData("http://adlnet.gov/expapi/verbs/answered", "es", "Respondió")]
    [InlineData("http://adlnet.gov/expapi/verbs/registered", "es", "Se inscribió")]
    [InlineData("http://adlnet.gov/expapi/verbs/scored", "en", "Scored")]
    [InlineData("http://id.tincanapi.com/verb/viewed", "es", "Vio")]
    public void Verb_WellKnownWithoutDisplay_UsesOurNameInTheReadersLanguage(string verb, string language, string expected) =>
        Assert.Equal(expected, TimelineWording.Verb(verb, Map(), language));

    [Fact]
    public void Verb_DisplayInTheReadersLanguage_WinsOverOurName() =>
        Assert.Equal("Terminó el módulo", TimelineWording.Verb("http://adlnet.gov/expapi/verbs/completed", Map("en-US", "completed", "es-MX", "terminó el módulo"), "es"));

    [Fact]
    public void Verb_DisplayOnlyInAnotherLanguage_OurNameWinsForAKnownVerb() =>
        Assert.Equal("Completó", TimelineWording.Verb("http://adlnet.gov/expapi/verbs/completed", Map("en-US", "completed"), "es"));

    [Fact]
    public void Verb_UnknownVerbWithDisplayInAnotherLanguage_ShowsTheProvidersWords() =>
        Assert.Equal("Watched", TimelineWording.Verb("https://proveedor.example/verbs/watched", Map("en", "watched"), "es"));

    [Fact]
    public void Verb_UnknownVerbWithoutDisplay_ShowsTheIrisLastSegment() =>
        Assert.Equal("Watched video", TimelineWording.Verb("https://proveedor.example/verbs/watched-video", Map(), "es"));

    [Theory]
    [InlineData("es", "Introducción a la nube")]
    [InlineData("en", "Introduction to the cloud")]
    public void Activity_PicksTheReadersLanguage(string language, string expected) =>
        Assert.Equal(expected, TimelineWording.Activity("https://lms.example/1", Map("en-US", "Introduction to the cloud", "es-MX", "Introducción a la nube"), language));

    [Fact]
    public void Activity_BareSpanishTag_IsSpanish() =>
        Assert.Equal("Nube", TimelineWording.Activity("https://lms.example/1", Map("en", "Cloud", "es", "Nube"), "es"));

    [Fact]
    public void Activity_OnlyAnotherLanguage_ShowsIt() =>
        Assert.Equal("Cloud", TimelineWording.Activity("https://lms.example/1", Map("en-GB", "Cloud"), "es"));

    [Fact]
    public void Activity_NoName_ShowsTheId() =>
        Assert.Equal("https://lms.example/1", TimelineWording.Activity("https://lms.example/1", Map(), "es"));

    [Fact]
    public void Score_ScaledAndRaw_ShowsPercentAndRaw()
    {
        var score = TimelineWording.Score(new TimelineResult(0.9, 9, 0, 10, true, true), CultureInfo.InvariantCulture);

        Assert.Equal("90 % (9 / 10)", score);
    }

    [Fact]
    public void Score_RawOnly_ShowsRaw() =>
        Assert.Equal("7.5", TimelineWording.Score(new TimelineResult(null, 7.5, null, null, null, null), CultureInfo.InvariantCulture));

    [Fact]
    public void Score_NoScore_IsNull() =>
        Assert.Null(TimelineWording.Score(new TimelineResult(null, null, null, null, true, null), CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("http://adlnet.gov/expapi/verbs/completed", true)]
    [InlineData("http://adlnet.gov/expapi/verbs/passed", true)]
    [InlineData("http://adlnet.gov/expapi/verbs/failed", false)]
    [InlineData("http://adlnet.gov/expapi/verbs/attempted", false)]
    public void CompletionVerbs_CountOnlyFinishing(string verb, bool counts) =>
        Assert.Equal(counts, TimelineWording.CompletionVerbs.Contains(verb));
}
