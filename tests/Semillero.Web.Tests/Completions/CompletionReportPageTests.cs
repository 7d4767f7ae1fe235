using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Tests.Completions;
using Semillero.Tests.LearningRecords.Linking;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Completions;

// /operacion/constancias as an operator uses it: choose the provider, upload its CSV, read the
// summary and the rejected rows; the same file again adds nothing.
public abstract class CompletionReportPageTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CompletionReportPageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CompletionReportPageTests(DatabaseProvider.Postgres);

    private const string Page = "/operacion/constancias";

    private async Task<CatalogFixture> CatalogAsync()
    {
        await using var db = Database.NewDb();
        var catalog = await CatalogFixture.CreateAsync(db, Semillero.Tests.Infrastructure.TestClock.Now.UtcDateTime);
        await using var scope = App.Services.CreateAsyncScope();
        var publish = scope.ServiceProvider.GetRequiredService<PublishRule>();
        Assert.IsType<PublishRuleOutcome.Published>(await publish.ForCourseAsync(catalog.CourseA, new CourseRuleDraft([], null, true), "Constancias del proveedor", "operador", default));
        return catalog;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string provider, string fileName, byte[] content)
    {
        var html = await client.GetStringAsync(Page);
        var form = new MultipartFormDataContent
        {
            { new StringContent(People.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(provider), "proveedor" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "archivo", fileName);
        return await client.PostAsync(Page, form);
    }

    [Fact]
    public async Task Upload_ShowsCountsAndRejectedRows_RecordsTheCompletions_AndTheSameFileAgainAddsNothing()
    {
        var catalog = await CatalogAsync();
        Semillero.Learners.Learner ana;
        await using (var db = Database.NewDb())
        {
            ana = await LinkingData.LearnerAsync(db, 81);
        }

        var operador = await App.SignedInAsync(Roles.Operador);
        var page = await operador.GetStringAsync(Page);
        Assert.Contains("<option value=\"Moodle\">Moodle</option>", page, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetBytes($"curp,curso,fecha\r\n{ana.Curp},NUBE-101,2026-11-02\r\n{ana.Curp},NUBE-999,2026-11-02\r\n");

        var response = await UploadAsync(operador, "Moodle", "constancias.csv", csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<dd id=\"acreditados\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"rechazados\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("El curso «NUBE-999» no está en el catálogo de Moodle.", html, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            var completion = await db.CourseCompletions.AsNoTracking().SingleAsync();
            Assert.Equal((ana.Id, catalog.CourseA, EvidenceKind.Report, 2), (completion.LearnerId, completion.CourseId, completion.Evidence, completion.ReportRow));
        }

        var again = WebUtility.HtmlDecode(await (await UploadAsync(operador, "Moodle", "constancias (1).csv", csv)).Content.ReadAsStringAsync());

        Assert.Contains("ya-importado", again, StringComparison.Ordinal);
        Assert.Contains("«constancias.csv»", again, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            Assert.Equal(1, await db.CourseCompletions.CountAsync());
            Assert.Equal(1, await db.CompletionReports.CountAsync());
        }
    }

    [Fact]
    public async Task Upload_MissingColumns_SaysNothingWasImported()
    {
        await CatalogAsync();
        var operador = await App.SignedInAsync(Roles.Operador);

        var html = WebUtility.HtmlDecode(await (await UploadAsync(operador, "Moodle", "x.csv", Encoding.UTF8.GetBytes("curp,curso\r\nX,NUBE-101\r\n"))).Content.ReadAsStringAsync());

        Assert.Contains("No se importó nada.", html, StringComparison.Ordinal);
        Assert.Contains("Faltan columnas obligatorias: fecha.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.CompletionReports.CountAsync());
    }

    [Fact]
    public async Task Page_PartnersAndAnonymous_CannotOpenIt_AndPartnersSeeNoLinkToIt()
    {
        var aliado = await App.SignedInAsync(Roles.Aliado);

        var response = await aliado.GetAsync(Page);
        var ingestion = await aliado.GetStringAsync("/operacion/aprendizaje");
        var anonymous = await App.Browser().GetAsync(Page);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/operacion/constancias", ingestion, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}
