using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.ApiResponses;

namespace Semillero.Web.Tests.Catalog;

// /api/catalog as a partner's site reads it and as the program's tooling manages it.
public abstract class CatalogApiTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CatalogApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CatalogApiTests(DatabaseProvider.Postgres);

    private const string Activity = "https://moodle.universidad.example/course/view.php?id=101";
    private static readonly string[] Passed = ["http://adlnet.gov/expapi/verbs/passed"];
    private static readonly string[] Completed = ["http://adlnet.gov/expapi/verbs/completed"];
    private static readonly string[] NotAnIri = ["completed"];
    private static readonly string[] UnknownSkill = ["telepatia"];

    private static object Course(string code, params string[] activities) => new
    {
        provider = "Moodle Universidad",
        code,
        nameEs = $"Curso {code}",
        nameEn = $"Course {code}",
        url = "https://moodle.universidad.example/course/" + code,
        hours = 12,
        activities,
    };

    private static object Path(string code, params string[] courses) => new
    {
        code,
        area = "ia",
        level = "intermedio",
        nameEs = "IA generativa aplicada",
        nameEn = "Applied generative AI",
        summaryEs = "Modelos de lenguaje en una pyme.",
        summaryEn = "Language models in an SME.",
        criteriaEs = "Terminó los cursos de la ruta.",
        criteriaEn = "Completed the path's courses.",
        skills = new[] { "ia-generativa", "ia-modelos-lenguaje" },
        courses,
    };

    private static async Task<string> CreateCourseAsync(HttpClient operador, string code, params string[] activities)
    {
        var response = await operador.PostAsJsonAsync("/api/catalog/courses", Course(code, activities));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task PublishedPath_IsPublicWithCoursesSkillsAndRuleInWords_DraftsAre404()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var course = await CreateCourseAsync(operador, "IA-201", Activity);
        var created = await operador.PostAsJsonAsync("/api/catalog/paths", Path("ia-generativa", course));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/catalog/paths/ia-generativa", created.Headers.Location?.ToString());
        var anonymous = App.CreateClient();

        await ProblemAsync(await anonymous.GetAsync("/api/catalog/paths/ia-generativa"), HttpStatusCode.NotFound);
        Assert.Equal(0, (await JsonAsync(await anonymous.GetAsync("/api/catalog/paths"))).GetArrayLength());

        Assert.Equal(HttpStatusCode.Created, (await operador.PostAsJsonAsync($"/api/catalog/courses/{course}/rules",
            new { verbs = Passed, minScaledScore = 0.7, acceptsReports = false, reason = "Aprobar con 70 % o más" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await operador.PostAsJsonAsync("/api/catalog/paths/ia-generativa/rules", new { reason = "Todos los cursos de la ruta" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operador.PostAsync("/api/catalog/paths/ia-generativa/publish", null)).StatusCode);

        var list = await JsonAsync(await anonymous.GetAsync("/api/catalog/paths?area=ia&level=intermedio"));
        Assert.Equal("ia-generativa", Assert.Single(list.EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(0, (await JsonAsync(await anonymous.GetAsync("/api/catalog/paths?area=nube"))).GetArrayLength());

        var path = await JsonAsync(await anonymous.GetAsync("/api/catalog/paths/ia-generativa"));
        Assert.Equal("Terminar el curso de la ruta.", path.GetProperty("completes").GetProperty("es").GetString());
        var c = Assert.Single(path.GetProperty("courses").EnumerateArray());
        Assert.Equal("Moodle Universidad", c.GetProperty("provider").GetString());
        Assert.Contains("al menos 70 %", c.GetProperty("completes").GetProperty("es").GetString(), StringComparison.Ordinal);
        Assert.Contains(path.GetProperty("skills").EnumerateArray(), s => s.GetProperty("nameEs").GetString() == "IA generativa");
        Assert.Contains("no constituye certificación oficial", path.GetProperty("recognition").GetProperty("es").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFilters_And_BadPaths_Are400ProblemsNamingTheFields()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        await ProblemAsync(await App.CreateClient().GetAsync("/api/catalog/paths?area=marte"), HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(await operador.PostAsJsonAsync("/api/catalog/paths", new { code = "IA Generativa", area = "ia", level = "experto", skills = UnknownSkill }), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "code", "level", "nameEs", "criteriaEn", "skills" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Contains("telepatia", errors.GetProperty("skills")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateCodes_AndActivityClashes_Are409ProblemsNamingTheOtherCourse()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var owner = await CreateCourseAsync(operador, "IA-201", Activity);
        var other = await CreateCourseAsync(operador, "IA-202");
        await operador.PostAsJsonAsync("/api/catalog/paths", Path("ia-generativa"));

        await ProblemAsync(await operador.PostAsJsonAsync("/api/catalog/paths", Path("ia-generativa")), HttpStatusCode.Conflict);
        await ProblemAsync(await operador.PostAsJsonAsync("/api/catalog/courses", Course("IA-201")), HttpStatusCode.Conflict);
        var clash = await ProblemAsync(await operador.PutAsJsonAsync($"/api/catalog/courses/{other}", Course("IA-202", Activity)), HttpStatusCode.Conflict);

        Assert.Equal(owner, clash.GetProperty("otherCourseId").GetString());
        Assert.Contains("«Curso IA-201»", clash.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAsync(await operador.PutAsJsonAsync($"/api/catalog/courses/{Guid.NewGuid()}", Course("IA-203")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyOperatorsWrite_AnonymousGets401_PartnersGet403()
    {
        var anonymous = App.CreateClient();
        var aliado = await App.ClientWithKeyAsync(Roles.Aliado);

        await ProblemAsync(await anonymous.PostAsJsonAsync("/api/catalog/paths", Path("ia-generativa")), HttpStatusCode.Unauthorized);
        await ProblemAsync(await anonymous.PostAsJsonAsync("/api/catalog/courses", Course("IA-201")), HttpStatusCode.Unauthorized);
        await ProblemAsync(await aliado.PostAsJsonAsync("/api/catalog/courses", Course("IA-201")), HttpStatusCode.Forbidden);
        await ProblemAsync(await anonymous.PostAsJsonAsync($"/api/learners/{Guid.NewGuid()}/completions", new { courseId = Guid.NewGuid(), reason = "Taller presencial en Oaxaca" }), HttpStatusCode.Unauthorized);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Courses.CountAsync() + await db.LearningPaths.CountAsync());
    }

    [Fact]
    public async Task RuleVersion_AnswersWithItsEvaluation_AndManualAwardCountsOnce()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var course = await CreateCourseAsync(operador, "IA-201", Activity);
        var learner = (await App.CreateAsync(Roles.Aprendiz)).LearnerId!.Value;

        var award = new { courseId = course, completedOn = "2026-11-20", reason = "Taller presencial en Oaxaca, lista de asistencia" };
        var noRule = await ProblemAsync(await operador.PostAsJsonAsync($"/api/learners/{learner}/completions", award), HttpStatusCode.BadRequest);
        Assert.Contains("regla", noRule.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var invalidRule = await ProblemAsync(await operador.PostAsJsonAsync($"/api/catalog/courses/{course}/rules", new { verbs = NotAnIri, reason = "corto" }), HttpStatusCode.BadRequest);
        Assert.Contains("motivo", invalidRule.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("reason", invalidRule.GetProperty("reasons")[0].GetProperty("field").GetString());
        var badScore = await ProblemAsync(await operador.PostAsJsonAsync($"/api/catalog/courses/{course}/rules", new { verbs = Completed, minScaledScore = 1.5, reason = "Calificación demasiado alta" }), HttpStatusCode.BadRequest);
        Assert.Equal("minScaledScore", badScore.GetProperty("reasons")[0].GetProperty("field").GetString());

        var published = await operador.PostAsJsonAsync($"/api/catalog/courses/{course}/rules",
            new { verbs = Completed, acceptsReports = true, reason = "Regla inicial del curso" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var body = await JsonAsync(published);
        Assert.Equal(1, body.GetProperty("rule").GetProperty("version").GetInt32());
        Assert.Equal(0, body.GetProperty("evaluation").GetProperty("added").GetInt32());
        Assert.Equal(0, body.GetProperty("evaluation").GetProperty("noLongerQualifying").GetInt32());

        var awarded = await operador.PostAsJsonAsync($"/api/learners/{learner}/completions", award);
        Assert.Equal(HttpStatusCode.Created, awarded.StatusCode);
        Assert.Equal("manual", (await JsonAsync(awarded)).GetProperty("evidence").GetString());
        await ProblemAsync(await operador.PostAsJsonAsync($"/api/learners/{learner}/completions", award), HttpStatusCode.Conflict);
        await ProblemAsync(await operador.PostAsJsonAsync($"/api/learners/{learner}/completions", new { courseId = course, reason = "corto" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await operador.PostAsJsonAsync($"/api/learners/{Guid.NewGuid()}/completions", award), HttpStatusCode.NotFound);

        // The next version re-examines the history: the manual award is there, and kept.
        var second = await JsonAsync(await operador.PostAsJsonAsync($"/api/catalog/courses/{course}/rules",
            new { verbs = Passed, reason = "Solo aprobar cuenta desde ahora" }));
        Assert.Equal(2, second.GetProperty("rule").GetProperty("version").GetInt32());
        Assert.Equal(1, second.GetProperty("evaluation").GetProperty("examined").GetInt32());
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.CourseCompletions.CountAsync(c => c.LearnerId == learner));
        Assert.DoesNotContain(App.Logs, line => line.Contains("Taller presencial", StringComparison.Ordinal));
    }
}
