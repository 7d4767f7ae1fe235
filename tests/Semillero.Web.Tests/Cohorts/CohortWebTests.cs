using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Privacy;
using Semillero.Tests.Cohorts;
using Semillero.Web.Cohorts;
using Semillero.Web.Tests.Infrastructure;
using Semillero.Web.Tests.Organizations;

namespace Semillero.Web.Tests.Cohorts;

// Cohorts through the site and the API: the public search and page, a learner enrolling and
// withdrawing, an organisation opening a cohort and enrolling people, operators reviewing (another
// organisation's attempts are in Access/CrossOwnerWriteTests.Cohorts.cs).
public abstract class CohortWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CohortWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CohortWebTests(DatabaseProvider.Postgres);

    private static readonly string[] UnknownPaths = ["no-existe"];

    private static DateOnly Today => ProgramCalendar.Today(TimeProvider.System);

    private async Task<(Organization Org, Semillero.Catalog.LearningPath Path)> OrgAndPathAsync()
    {
        await using var db = Database.NewDb();
        return (await CohortData.OrganizationAsync(db), await CohortData.PathAsync(db));
    }

    // An approved cohort whose window is open on the site's today.
    private async Task<Cohort> OpenCohortAsync(Guid orgId, Guid pathId, int capacity = 30, CohortStatus status = CohortStatus.Aprobada)
    {
        await using var db = Database.NewDb();
        var cohort = await CohortData.ApprovedAsync(db, orgId, pathId, capacity);
        await db.Cohorts.Where(c => c.Id == cohort.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.EnrolmentOpensOn, Today.AddDays(-3)).SetProperty(c => c.EnrolmentClosesOn, Today.AddDays(7))
            .SetProperty(c => c.StartsOn, Today.AddDays(10)).SetProperty(c => c.EndsOn, Today.AddDays(60)).SetProperty(c => c.Status, status));
        return cohort;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(html);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static object Body(string pathCode) => new
    {
        name = "Nube para docentes",
        paths = new[] { pathCode },
        modality = "en_linea",
        startsOn = Today.AddDays(20),
        endsOn = Today.AddDays(80),
        enrolmentOpensOn = Today,
        enrolmentClosesOn = Today.AddDays(10),
        capacity = 25,
        segments = new[] { "docente" },
        enrolmentMode = "abierta",
    };

    [Fact]
    public async Task PublicPagesAndApi_ShowApprovedOpenCohorts_PendingOnesAreNotFound()
    {
        var (org, path) = await OrgAndPathAsync();
        var open = await OpenCohortAsync(org.Id, path.Id, capacity: 1);
        var pending = await OpenCohortAsync(org.Id, path.Id, status: CohortStatus.Pendiente);
        var visitor = App.Browser();

        var list = await visitor.GetStringAsync($"/convocatorias?ruta={path.Code}&modalidad=en_linea");
        var page = await visitor.GetStringAsync($"/convocatorias/{open.Id}");
        var api = await visitor.GetFromJsonAsync<JsonElement>("/api/cohorts");

        Assert.Contains($"/convocatorias/{open.Id}", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/convocatorias/{pending.Id}", list, StringComparison.Ordinal);
        Assert.Contains(org.Name, page, StringComparison.Ordinal);
        Assert.Contains($"/catalogo/{path.Code}", page, StringComparison.Ordinal);
        // A visitor is sent to sign in and brought back to the cohort.
        Assert.Contains($"/cuenta/entrar?returnUrl=%2Fconvocatorias%2F{open.Id}", page, StringComparison.Ordinal);
        Assert.Equal([open.Id], api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/convocatorias/{pending.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/cohorts/{pending.Id}")).StatusCode);
        Assert.Contains("href=\"/convocatorias\"", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learner_ReadsTheSharingSentenceEnrolsSeesItInMyLearningAndWithdraws()
    {
        var (org, path) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id);
        var (learner, user) = await App.SignedInUserAsync(Roles.Aprendiz);
        var url = $"/convocatorias/{cohort.Id}";

        var before = await learner.GetStringAsync(url);
        var enrolled = await PostFormAsync(learner, url + "?handler=inscribir", url, []);
        var twice = await PostFormAsync(learner, url + "?handler=inscribir", url, []);
        var after = await learner.GetStringAsync(url);
        var mine = await learner.GetStringAsync("/mi-aprendizaje/convocatorias");

        Assert.Contains(CohortTexts.Es.ShareNotice, System.Net.WebUtility.HtmlDecode(before), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains("id=\"mi-inscripcion\"", after, StringComparison.Ordinal);
        Assert.Contains(cohort.Name, mine, StringComparison.Ordinal);
        Assert.Contains(CohortTexts.Es.MineTitle, mine, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            var enrolment = await db.CohortEnrolments.SingleAsync();
            Assert.Equal((user.LearnerId, EnrolmentStatus.Inscrita), (enrolment.LearnerId, enrolment.Status));
            Assert.True(await db.ConsentRecords.AnyAsync(c => c.LearnerId == user.LearnerId && c.Purpose == Purposes.CompartirConvocatorias && c.Granted));
            var withdrawn = await PostFormAsync(learner, "/mi-aprendizaje/convocatorias?handler=baja", "/mi-aprendizaje/convocatorias",
                new() { ["convocatoria"] = cohort.Id.ToString(), ["registro"] = enrolment.Registration.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        await using var check = Database.NewDb();
        Assert.Equal(EnrolmentStatus.Baja, (await check.CohortEnrolments.SingleAsync()).Status);
        Assert.Equal(0, (await check.Cohorts.SingleAsync()).Enrolled);
    }

    [Fact]
    public async Task OtherRoles_OnTheCohortPage_ReadWhyTheyCannotEnrol()
    {
        var (org, path) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id);
        var employer = await App.SignedInAsync(Roles.Empresa);

        var page = await employer.GetStringAsync($"/convocatorias/{cohort.Id}");

        Assert.Contains("id=\"solo-aprendices\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=inscribir", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_OpensThroughTheApi_OperatorApproves_ThenItIsPublic()
    {
        var (org, path) = await OrgAndPathAsync();
        var member = (await App.MemberAsync(org.Id, OrganizationRoles.Personal)).Browser;
        var operador = await App.ClientWithKeyAsync(Roles.Operador, "Operación");

        var invalid = await member.PostAsJsonAsync("/api/cohorts", new { name = "x", paths = UnknownPaths, capacity = 0 });
        var created = await member.PostAsJsonAsync("/api/cohorts", Body(path.Code));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var hidden = await App.Browser().GetAsync($"/api/cohorts/{id}");
        var approved = await operador.PostAsync($"/api/cohorts/{id}/approve", null);
        var shown = await App.Browser().GetFromJsonAsync<JsonElement>($"/api/cohorts/{id}");
        var locked = await member.PutAsJsonAsync($"/api/cohorts/{id}", Body(path.Code));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(CohortRules.Fields.Paths, out _));
        Assert.True(errors.TryGetProperty(CohortRules.Fields.Capacity, out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("aprobada", shown.GetProperty("status").GetString());
        Assert.Equal(["docente"], shown.GetProperty("segments").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
    }

    [Fact]
    public async Task OrganisationPages_OpenACohortWithTheFormAndEnrolPeopleFromACsv()
    {
        var (org, path) = await OrgAndPathAsync();
        var member = (await App.MemberAsync(org.Id, OrganizationRoles.Personal)).Browser;
        var form = new Dictionary<string, string>
        {
            ["name"] = "Inteligencia artificial para cámaras",
            ["paths"] = path.Code,
            ["modality"] = "presencial",
            ["startsOn"] = CohortFormText(Today.AddDays(20)),
            ["endsOn"] = CohortFormText(Today.AddDays(10)),
            ["enrolmentOpensOn"] = CohortFormText(Today),
            ["enrolmentClosesOn"] = CohortFormText(Today.AddDays(5)),
            ["capacity"] = "10",
            ["enrolmentMode"] = "por_invitacion",
        };

        var invalid = await PostFormAsync(member, "/organizacion/convocatorias/nueva", "/organizacion/convocatorias/nueva", form);
        var html = await invalid.Content.ReadAsStringAsync();
        form["endsOn"] = CohortFormText(Today.AddDays(60));
        form["states"] = "14";
        var saved = await PostFormAsync(member, "/organizacion/convocatorias/nueva", "/organizacion/convocatorias/nueva", form);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("El curso no puede terminar antes de empezar.", html, StringComparison.Ordinal);
        Assert.Contains("Una convocatoria presencial o mixta necesita los estados", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Inteligencia artificial para cámaras", await member.GetStringAsync("/organizacion/convocatorias"), StringComparison.Ordinal);
    }

    private static string CohortFormText(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
