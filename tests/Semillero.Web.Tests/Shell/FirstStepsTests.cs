using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Tests.Hiring;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Shell;

// Where each role lands after signing in and the "Primeros pasos" it finds there, each step marked
// from the data: the learner's start page, the company's home, the partner's ingestion page and
// the operators' hub.
public abstract class FirstStepsTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : FirstStepsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : FirstStepsTests(DatabaseProvider.Postgres);

    private static string Step(string id, bool done) => $"data-paso=\"{id}\" data-hecho=\"{(done ? "si" : "no")}\"";

    private static async Task<string> HtmlAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private Task CatalogAsync() => PathCatalog.CreateAsync(
        App.Services, "https://aula.example", "Aula", "nube-fundamentos", PathArea.Nube, "Nube: fundamentos", "Cloud: fundamentals",
        [new("NUBE-101", "Introducción a la nube", "Introduction to the cloud"), new("NUBE-102", "Almacenamiento", "Storage")], "nube-computo");

    [Fact]
    public async Task Learner_SignsIn_LandsOnTheStartPage_WhoseStepsFollowTheirProgress()
    {
        var user = await App.CreateAsync(Roles.Aprendiz);
        var browser = App.Browser();
        var signIn = await browser.SignInAsync(user.Email!, People.Password);
        Assert.Equal("/mi-aprendizaje/inicio", signIn.Headers.Location?.OriginalString);

        var start = await HtmlAsync(browser, "/mi-aprendizaje/inicio");
        Assert.Contains("0 de 5 pasos listos", start, StringComparison.Ordinal);
        Assert.Contains(Step("ruta", false), start, StringComparison.Ordinal);
        Assert.Contains(Step("vincular", false), start, StringComparison.Ordinal);
        Assert.Contains("href=\"/catalogo\"", start, StringComparison.Ordinal);
        Assert.Contains("href=\"/mi-aprendizaje/vincular\"", start, StringComparison.Ordinal);
        Assert.Contains("href=\"/mi-aprendizaje/perfil-laboral\"", start, StringComparison.Ordinal);

        // One course of a path completed: the path counts as started and the course as achieved.
        await CatalogAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            var course = await db.Courses.SingleAsync(c => c.Code == "NUBE-101");
            await scope.ServiceProvider.GetRequiredService<AwardCourse>().RunAsync(
                user.LearnerId!.Value, course.Id, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), "Taller presencial", "operador", default);
        }

        var after = await HtmlAsync(browser, "/mi-aprendizaje/inicio");
        Assert.Contains(Step("ruta", true), after, StringComparison.Ordinal);
        Assert.Contains("Rutas iniciadas: 1 · terminadas: 0", after, StringComparison.Ordinal);
        Assert.Contains("Cursos terminados: 1 · insignias: 0", after, StringComparison.Ordinal);

        var english = await HtmlAsync(browser, "/mi-aprendizaje/inicio?culture=en");
        Assert.Contains("1 of 5 steps done", english, StringComparison.Ordinal);

        // Nobody else opens it.
        var other = await (await App.SignedInAsync(Roles.Empresa)).GetAsync("/mi-aprendizaje/inicio");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/cuenta/acceso-denegado", other.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employer_Home_ShowsFirstSteps_AndEachVacancysApplications()
    {
        Guid companyId, vacancyId;
        await using (var db = Database.NewDb())
        {
            companyId = (await HiringData.CompanyAsync(db, tradeName: "Datos Sur")).Id;
            vacancyId = (await HiringData.VacancyAsync(db, companyId)).Id;
        }

        var employer = await App.SignedInForCompanyAsync(companyId);
        var before = await HtmlAsync(employer, "/empresa");
        Assert.Contains("id=\"primeros-pasos\"", before, StringComparison.Ordinal);
        Assert.Contains(Step("perfil", true), before, StringComparison.Ordinal);
        Assert.Contains(Step("vacante", true), before, StringComparison.Ordinal);
        Assert.Contains(Step("candidatos", false), before, StringComparison.Ordinal);
        Assert.Contains($"href=\"/empresa/vacantes/{vacancyId}/candidatos\"", before, StringComparison.Ordinal);
        Assert.Contains("data-postulaciones=\"0\"", before, StringComparison.Ordinal);

        await using (var db = Database.NewDb())
        {
            var (applicant, _) = await HiringData.CandidateAsync(db);
            var (invited, _) = await HiringData.CandidateAsync(db);
            db.Applications.AddRange(
                new Application { Id = Guid.NewGuid(), VacancyId = vacancyId, LearnerId = applicant.Id, Origin = ApplicationOrigin.Postulacion, Stage = ApplicationStage.Postulada, CreatedAt = HiringData.Now, UpdatedAt = HiringData.Now, CreatedBy = "prueba" },
                new Application { Id = Guid.NewGuid(), VacancyId = vacancyId, LearnerId = invited.Id, Origin = ApplicationOrigin.Invitacion, Stage = ApplicationStage.Invitada, CreatedAt = HiringData.Now, UpdatedAt = HiringData.Now, CreatedBy = "prueba" });
            await db.SaveChangesAsync();
        }

        var after = await HtmlAsync(employer, "/empresa");
        Assert.Contains("data-postulaciones=\"1\"", after, StringComparison.Ordinal);
        Assert.Contains("1 sin revisar", after, StringComparison.Ordinal);
        Assert.Contains("1 invitaciones sin respuesta", after, StringComparison.Ordinal);
        // Every step done: the box folds into one closed line.
        Assert.Contains("data-hecho=\"todos\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<details class=\"first-steps first-steps--done\" id=\"primeros-pasos\" data-hecho=\"todos\" open", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_SignsIn_LandsOnItsIngestionPage_WithStepsToConnect()
    {
        var partner = await App.CreateAsync(Roles.Aliado, organization: "Universidad Norte");
        var browser = App.Browser();
        var signIn = await browser.SignInAsync(partner.Email!, People.Password);
        Assert.Equal("/operacion/aprendizaje", signIn.Headers.Location?.OriginalString);

        var page = await HtmlAsync(browser, "/operacion/aprendizaje");
        Assert.Contains("id=\"primeros-pasos\"", page, StringComparison.Ordinal);
        Assert.Contains(Step("conectar", false), page, StringComparison.Ordinal);
        Assert.Contains("/xapi", page, StringComparison.Ordinal);

        // Every step's link leads to a page.
        var steps = page[page.IndexOf("id=\"primeros-pasos\"", StringComparison.Ordinal)..];
        steps = steps[..steps.IndexOf("</section>", StringComparison.Ordinal)];
        var links = System.Text.RegularExpressions.Regex.Matches(steps, "<a [^>]*href=\"(/[^\"#]*)")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True((await browser.GetAsync(link)).IsSuccessStatusCode, $"{link} does not answer");
        }

        // Operators see the same page without a partner's steps.
        var operador = await App.SignedInAsync(Roles.Operador);
        Assert.DoesNotContain("data-paso=\"conectar\"", await operador.GetStringAsync("/operacion/aprendizaje"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_Hub_MarksTheCatalogStep_OnceAPathIsPublished()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        Assert.Contains(Step("catalogo", false), await HtmlAsync(operador, "/operacion"), StringComparison.Ordinal);

        await CatalogAsync();

        Assert.Contains(Step("catalogo", true), await HtmlAsync(operador, "/operacion"), StringComparison.Ordinal);
    }
}
