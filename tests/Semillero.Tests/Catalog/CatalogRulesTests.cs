using Semillero.Catalog;
using Semillero.Completions;

namespace Semillero.Tests.Catalog;

// The catalog's pure rules: what a code, a path and a course must look like, and how a rule reads.
public sealed class CatalogRulesTests
{
    private static PathInput Path(string? code = "nube-fundamentos", string? area = "nube", string? level = "fundamentos", string[]? skills = null, string? nameEn = "Cloud: fundamentals") =>
        new(code, area, level, "Nube: fundamentos", nameEn, "Resumen", "Summary", "Criterios", "Criteria", skills ?? ["nube-computo"], []);

    [Theory]
    [InlineData("nube-fundamentos", true)]
    [InlineData("ia2", true)]
    [InlineData("Nube-Fundamentos", false)]
    [InlineData("nube_fundamentos", false)]
    [InlineData("nube--fundamentos", false)]
    [InlineData("-nube", false)]
    [InlineData("nube-", false)]
    [InlineData("innovación", false)]
    [InlineData("nube fundamentos", false)]
    [InlineData("", false)]
    public void IsSlug_LowercaseDigitsAndSingleHyphens(string code, bool ok) => Assert.Equal(ok, CatalogRules.IsSlug(code));

    [Theory]
    [InlineData("Innovación", PathArea.Innovacion)]
    [InlineData("INNOVACION", PathArea.Innovacion)]
    [InlineData(" ia ", PathArea.IA)]
    [InlineData("nube", PathArea.Nube)]
    [InlineData("datos", null)]
    public void ParseArea_IgnoresCaseAndAccents(string text, PathArea? area) => Assert.Equal(area, CatalogRules.ParseArea(text));

    [Fact]
    public void ValidatePath_ReportsEveryProblemByField()
    {
        var (valid, errors) = CatalogRules.ValidatePath(Path(code: "Nube Fundamentos", area: "marte", level: null, skills: ["nube-computo", "telepatia"], nameEn: " "));

        Assert.Null(valid);
        Assert.Equal(
            ["area", "code", "level", "nameEn", "skills"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(errors, e => e.Field == "skills" && e.Reason.Es.Contains("telepatia", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "code" && e.Reason.Code == "format");
    }

    [Fact]
    public void ValidatePath_Valid_TrimsAndDeduplicatesSkills()
    {
        var (valid, errors) = CatalogRules.ValidatePath(Path(code: " ia-generativa ", skills: ["nube-computo", " nube-computo", ""]));

        Assert.Empty(errors);
        Assert.Equal("ia-generativa", valid!.Code);
        Assert.Equal(["nube-computo"], valid.Skills);
    }

    [Theory]
    [InlineData("https://moodle.example/course/view.php?id=12", true)]
    [InlineData("urn:uuid:0b8e4d8a-4e3f-4a55-9a52-8b0a3d1f8a10", true)]
    [InlineData("/course/view.php?id=12", false)]
    [InlineData("moodle.example/course/12", false)]
    [InlineData("https://moodle.example/curso con espacio", false)]
    public void ActivityIri_MustBeAbsolute(string iri, bool ok) => Assert.Equal(ok, CatalogRules.IsActivityIri(iri));

    [Fact]
    public void ValidateCourse_NamesTheBadActivity_AndChecksHoursAndUrl()
    {
        var (valid, errors) = CatalogRules.ValidateCourse(new CourseInput("Moodle", "NUBE-101", "Nube", "Cloud", "ftp://x", 0, ["https://moodle.example/c/1", "c/2"]));

        Assert.Null(valid);
        Assert.Equal(["activities", "hours", "url"], errors.Select(e => e.Field).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("«c/2»", errors.Single(e => e.Field == "activities").Reason.Es, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_OneIriPerLine_BlankLinesIgnored() =>
        Assert.Equal(["https://a.example/1", "https://a.example/2"], CatalogRules.Lines("https://a.example/1\r\n\r\n  https://a.example/2  \n"));

    private static CompletionRule CourseRule(string verbs, decimal? min, bool reports) =>
        new() { Id = Guid.NewGuid(), CourseId = Guid.NewGuid(), Version = 1, Verbs = verbs, MinScaledScore = min, AcceptsReports = reports, Reason = "r", CreatedBy = "op" };

    [Fact]
    public void CourseRuleWords_SayVerbsScoreAndReports()
    {
        var words = RuleWording.Course(CourseRule($"{PublishRule.Completed} {PublishRule.Passed}", 0.6m, true));

        Assert.Equal("Cuenta como terminado cuando la plataforma del proveedor registra que la persona lo completó o lo aprobó, con una calificación de al menos 60 %; también cuenta el reporte de terminación del proveedor.", words.Es);
        Assert.Equal("It counts as completed when the provider's platform records that the person completed it or passed it, with a score of at least 60%; the provider's completion report counts too.", words.En);
    }

    [Fact]
    public void CourseRuleWords_ReportsOnly_AndNoRule()
    {
        Assert.StartsWith("Cuenta como terminado cuando aparece en el reporte", RuleWording.Course(CourseRule("", null, true)).Es, StringComparison.Ordinal);
        Assert.Contains("aún no tiene regla", RuleWording.Course(null).Es, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 3, "Terminar los 3 cursos de la ruta.")]
    [InlineData(2, 3, "Terminar al menos 2 de los 3 cursos de la ruta.")]
    [InlineData(1, 3, "Terminar al menos uno de los 3 cursos de la ruta.")]
    [InlineData(9, 3, "Terminar los 3 cursos de la ruta.")]
    [InlineData(null, 1, "Terminar el curso de la ruta.")]
    public void PathRuleWords_AllOrAtLeast(int? min, int courses, string expected) =>
        Assert.Equal(expected, RuleWording.Path(new CompletionRule { Id = Guid.NewGuid(), PathId = Guid.NewGuid(), Version = 1, MinCourses = min, Reason = "r", CreatedBy = "op" }, courses).Es);
}
