using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Catalog;

// The catalog pages as people use them: an operator builds a path with forms (no JavaScript),
// publishes it, changes a rule and sees its effect; anyone browses /catalogo.
public abstract class CatalogPagesTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CatalogPagesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CatalogPagesTests(DatabaseProvider.Postgres);

    private const string Activity = "https://moodle.universidad.example/course/view.php?id=101";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(url);
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", People.AntiforgeryToken(html)) };
        return await client.PostAsync(url, new FormUrlEncodedContent(content));
    }

    private static Dictionary<string, string> CourseForm(string code, string activities) => new()
    {
        ["Form.Provider"] = "Moodle Universidad",
        ["Form.Code"] = code,
        ["Form.NameEs"] = "Introducción a la nube",
        ["Form.NameEn"] = "Introduction to the cloud",
        ["Form.Url"] = "https://moodle.universidad.example/course/view.php?id=101",
        ["Form.Hours"] = "12",
        ["Form.Activities"] = activities,
    };

    private async Task<Guid> CourseIdAsync(string code)
    {
        await using var db = Database.NewDb();
        return (await db.Courses.SingleAsync(c => c.Code == code)).Id;
    }

    [Fact]
    public async Task Operator_CreatesCourseAndPath_Publishes_AndTheCatalogShowsIt()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        var anonymous = App.Browser();

        var course = await PostFormAsync(operador, "/operacion/catalogo/cursos", CourseForm("NUBE-101", Activity + "\r\n"));
        Assert.Equal(HttpStatusCode.Redirect, course.StatusCode);
        var courseId = await CourseIdAsync("NUBE-101");

        var path = await PostFormAsync(operador, "/operacion/catalogo/rutas", new()
        {
            ["Form.Code"] = "nube-fundamentos",
            ["Form.Area"] = "nube",
            ["Form.Level"] = "fundamentos",
            ["Form.NameEs"] = "Nube: fundamentos",
            ["Form.NameEn"] = "Cloud: fundamentals",
            ["Form.SummaryEs"] = "Qué es la nube y cómo se paga.",
            ["Form.SummaryEn"] = "What the cloud is and how it is paid for.",
            ["Form.CriteriaEs"] = "Terminó el curso de introducción.",
            ["Form.CriteriaEn"] = "Completed the introduction course.",
            ["Form.Skills"] = "nube-computo",
            ["Form.Courses"] = courseId.ToString(),
            [$"Form.Order[{courseId}]"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, path.StatusCode);
        Assert.Equal("/operacion/catalogo", path.Headers.Location?.ToString());

        var list = await operador.GetStringAsync("/operacion/catalogo");
        Assert.Contains("Ruta «Nube: fundamentos» creada como borrador.", list, StringComparison.Ordinal);
        Assert.Contains("Borrador", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/catalogo/nube-fundamentos")).StatusCode);
        Assert.DoesNotContain("Nube: fundamentos", await anonymous.GetStringAsync("/catalogo"), StringComparison.Ordinal);

        var published = await PostFormAsync(operador, "/operacion/catalogo?handler=publicar", new() { ["ruta"] = "nube-fundamentos" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var catalog = await anonymous.GetStringAsync("/catalogo?area=nube");
        Assert.Contains("Nube: fundamentos", catalog, StringComparison.Ordinal);
        Assert.Contains("Fundamentos de cómputo en la nube", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("Nube: fundamentos", await anonymous.GetStringAsync("/catalogo?area=ia"), StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync("/catalogo/nube-fundamentos");
        Assert.Contains("Introducción a la nube", page, StringComparison.Ordinal);
        Assert.Contains("Moodle Universidad", page, StringComparison.Ordinal);
        Assert.Contains("Esta ruta aún no tiene regla de egreso", page, StringComparison.Ordinal);
        Assert.Contains("no constituye certificación oficial", page, StringComparison.Ordinal);

        var english = await anonymous.GetStringAsync("/catalogo/nube-fundamentos?culture=en");
        Assert.Contains("Introduction to the cloud", english, StringComparison.Ordinal);
        Assert.Contains("is not an official certification", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidForms_ShowSpanishMessagesNextToTheFields_AndSaveNothing()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        await PostFormAsync(operador, "/operacion/catalogo/cursos", CourseForm("NUBE-101", Activity));

        var path = await PostFormAsync(operador, "/operacion/catalogo/rutas", new() { ["Form.Code"] = "Nube Fundamentos", ["Form.Area"] = "nube" });
        Assert.Equal(HttpStatusCode.OK, path.StatusCode);
        var html = WebUtility.HtmlDecode(await path.Content.ReadAsStringAsync());
        Assert.Contains("La clave «Nube Fundamentos» no es válida", html, StringComparison.Ordinal);
        Assert.Contains("Falta el nivel.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"campo-code-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);

        var clash = await PostFormAsync(operador, "/operacion/catalogo/cursos", CourseForm("NUBE-102", "https://moodle.universidad.example/c/9\n" + Activity));
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var clashHtml = WebUtility.HtmlDecode(await clash.Content.ReadAsStringAsync());
        Assert.Contains("ya pertenece al curso «Introducción a la nube» (Moodle Universidad, NUBE-101)", clashHtml, StringComparison.Ordinal);
        Assert.Contains($"/operacion/catalogo/cursos/{await CourseIdAsync("NUBE-101")}", clashHtml, StringComparison.Ordinal);

        await using var db = Database.NewDb();
        Assert.Equal(0, await db.LearningPaths.CountAsync());
        Assert.Equal(1, await db.Courses.CountAsync());
    }

    [Fact]
    public async Task RulesPage_PublishesAVersion_AndShowsItsEvaluationAndHistory()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        await PostFormAsync(operador, "/operacion/catalogo/cursos", CourseForm("NUBE-101", Activity));
        var courseId = await CourseIdAsync("NUBE-101");
        var page = $"/operacion/catalogo/cursos/{courseId}/reglas";

        var tooShort = await PostFormAsync(operador, page, new() { ["Form.Passed"] = "true", ["Form.Reason"] = "corto" });
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("id=\"campo-reason-error\"", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var published = await PostFormAsync(operador, page, new()
        {
            ["Form.Passed"] = "true",
            ["Form.MinScore"] = "70",
            ["Form.AcceptsReports"] = "true",
            ["Form.Reason"] = "Aprobar con 70 % o más",
        });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var report = WebUtility.HtmlDecode(await operador.GetStringAsync(published.Headers.Location!.ToString()));
        Assert.Contains("Versión 1 publicada", report, StringComparison.Ordinal);
        Assert.Contains("id=\"informe-agregadas\">0<", report, StringComparison.Ordinal);
        Assert.Contains("Aprobar con 70 % o más", report, StringComparison.Ordinal);
        Assert.Contains("lo aprobó, con una calificación de al menos 70 %", report, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var rule = await db.CompletionRules.SingleAsync();
        Assert.Equal((0.7m, true, PublishRule.Passed), (rule.MinScaledScore, rule.AcceptsReports, rule.Verbs));
    }

    [Fact]
    public async Task AwardForm_FindsThePersonByCurp_AndRecordsTheManualCompletion()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        await PostFormAsync(operador, "/operacion/catalogo/cursos", CourseForm("NUBE-101", Activity));
        var courseId = await CourseIdAsync("NUBE-101");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublishRule>()
                .ForCourseAsync(courseId, new CourseRuleDraft([PublishRule.Completed], null, true), "Regla inicial del curso", "prueba", default);
        }

        var learnerId = (await App.CreateAsync(Roles.Aprendiz)).LearnerId!.Value;
        string curp;
        await using (var db = Database.NewDb())
        {
            curp = (await db.Learners.SingleAsync(l => l.Id == learnerId)).Curp;
        }

        var fields = new Dictionary<string, string>
        {
            ["Form.Person"] = curp.ToLowerInvariant(),
            ["Form.CourseId"] = courseId.ToString(),
            ["Form.CompletedOn"] = "2026-11-20",
            ["Form.Reason"] = "Taller presencial en Oaxaca, lista de asistencia",
        };
        var awarded = await PostFormAsync(operador, "/operacion/catalogo/otorgar", fields);

        Assert.Equal(HttpStatusCode.Redirect, awarded.StatusCode);
        Assert.Contains("Curso «Introducción a la nube» otorgado", WebUtility.HtmlDecode(await operador.GetStringAsync("/operacion/catalogo/otorgar")), StringComparison.Ordinal);
        await using var check = Database.NewDb();
        var completion = await check.CourseCompletions.SingleAsync();
        Assert.Equal((learnerId, EvidenceKind.Manual), (completion.LearnerId, completion.Evidence));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.LearnerId == learnerId));

        var unknown = await PostFormAsync(operador, "/operacion/catalogo/otorgar", new(fields) { ["Form.Person"] = "XXXX000000HDFXXX00" });
        Assert.Contains("No hay ninguna persona registrada", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorPages_TurnAwayOtherRoles()
    {
        var aprendiz = await App.SignedInAsync(Roles.Aprendiz);

        var response = await aprendiz.GetAsync("/operacion/catalogo");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/cuenta/acceso-denegado", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/cuenta/entrar", (await App.Browser().GetAsync("/operacion/catalogo/rutas")).Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
