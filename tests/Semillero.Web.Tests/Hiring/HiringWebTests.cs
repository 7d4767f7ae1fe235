using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Matching;
using Semillero.Privacy;
using Semillero.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hiring;

// The hiring pipeline over HTTP: the API's status codes and company scoping, and the pages an
// employer and a candidate use, with contact data absent from the employer's HTML until accepted.
public abstract class HiringWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : HiringWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : HiringWebTests(DatabaseProvider.Postgres);

    private async Task<(Guid CompanyId, Guid VacancyId)> VacancyAsync(string tradeName)
    {
        await using var db = Database.NewDb();
        var company = await HiringData.CompanyAsync(db, tradeName: tradeName);
        var vacancy = await HiringData.VacancyAsync(db, company.Id, title: "Ingeniera de datos " + tradeName);
        return (company.Id, vacancy.Id);
    }

    // A signed-in learner with a work profile who consents to being visible to employers.
    private async Task<(HttpClient Browser, Guid LearnerId, string Alias, string Surname, string Email)> CandidateAsync(bool visible = true)
    {
        var user = await App.CreateAsync(Roles.Aprendiz);
        var alias = "C-" + System.Security.Cryptography.RandomNumberGenerator.GetString("23456789ABCDEFGHJKMNPQRSTUVWXYZ", 6);
        await using var db = Database.NewDb();
        var learner = await db.Learners.SingleAsync(l => l.Id == user.LearnerId);
        db.TalentProfiles.Add(new TalentProfile { LearnerId = learner.Id, Alias = alias, CreatedAt = HiringData.Now, UpdatedAt = HiringData.Now });
        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learner.Id, Purpose = Purposes.VisibleEmpleadores, Granted = visible, NoticeVersion = 1, At = HiringData.Now, Source = "prueba" });
        await db.SaveChangesAsync();
        var browser = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(user.Email!, People.Password)).StatusCode);
        return (browser, learner.Id, alias, learner.FirstSurname, learner.Email!);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonElement>())!;

    // A start date the hire rules accept whatever day the suite runs: not before the application
    // (created today) and within a year ahead.
    private static string StartsOn(int extraDays = 0) =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(7 + extraDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Api_InviteMoveHire_StatusCodes_AndContactOnlyAfterAcceptance()
    {
        var (companyId, vacancyId) = await VacancyAsync("Datos Norte");
        var employer = await App.EmployerKeyAsync(companyId);
        var person = await CandidateAsync();
        var hidden = await CandidateAsync(visible: false);
        await using (var db = Database.NewDb())
        {
            await HiringData.BadgeAsync(db, person.LearnerId, new DateTime(2026, 10, 1, 12, 0, 0, DateTimeKind.Utc), "nube-fundamentos");
        }

        var invitations = $"/api/vacancies/{vacancyId}/invitations";
        var created = await employer.PostAsJsonAsync(invitations, new { alias = person.Alias, message = "Hola" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var invitation = await JsonAsync(created);
        var applicationId = invitation.GetProperty("applicationId").GetGuid();
        Assert.Equal("invitada", invitation.GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.OK, (await employer.PostAsJsonAsync(invitations, new { alias = person.Alias })).StatusCode);
        var unknown = await employer.PostAsJsonAsync(invitations, new { alias = "C-ZZZZZZ" });
        var notVisible = await employer.PostAsJsonAsync(invitations, new { alias = hidden.Alias });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, notVisible.StatusCode);
        // Word for word the same answer: nothing tells an employer the person exists.
        var (u, n) = (await JsonAsync(unknown), await JsonAsync(notVisible));
        Assert.Equal((u.GetProperty("title").GetString(), u.GetProperty("detail").GetString(), u.GetProperty("reasons").GetRawText()),
            (n.GetProperty("title").GetString(), n.GetProperty("detail").GetString(), n.GetProperty("reasons").GetRawText()));
        var empty = await employer.PostAsJsonAsync(invitations, new { alias = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await JsonAsync(empty)).GetProperty("errors").TryGetProperty("alias", out _));

        var list = await employer.GetStringAsync($"/api/vacancies/{vacancyId}/applications");
        Assert.Contains(person.Alias, list, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email, list, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Surname, list, StringComparison.Ordinal);

        // The employer cannot accept for the candidate.
        var early = await employer.PostAsJsonAsync($"/api/applications/{applicationId}/stage", new { stage = "en_revision" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var page = "/mi-aprendizaje/postulaciones";
        var accepted = await person.Browser.PostFormAsync(page, page + "?handler=responder", new() { ["postulacion"] = applicationId.ToString(), ["respuesta"] = "aceptar" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        list = await employer.GetStringAsync($"/api/vacancies/{vacancyId}/applications");
        Assert.Contains(person.Email, list, StringComparison.Ordinal);
        Assert.Contains(person.Surname, list, StringComparison.Ordinal);

        var stage = $"/api/applications/{applicationId}/stage";
        Assert.Equal(HttpStatusCode.BadRequest, (await employer.PostAsJsonAsync(stage, new { stage = "contratado" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await employer.PostAsJsonAsync(stage, new { stage = "contratada" })).StatusCode);
        var moved = await employer.PostAsJsonAsync(stage, new { stage = "oferta", note = "Oferta enviada" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("oferta", (await JsonAsync(moved)).GetProperty("to").GetString());

        var placementUrl = $"/api/applications/{applicationId}/placement";
        var invalid = await employer.PostAsJsonAsync(placementUrl, new { startsOn = StartsOn(), salaryBand = "", contractType = "indeterminado" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await JsonAsync(invalid)).GetProperty("errors").TryGetProperty("salaryBand", out _));
        var hired = await employer.PostAsJsonAsync(placementUrl, new { startsOn = StartsOn(), salaryBand = "de20k_a35k", contractType = "indeterminado" });
        Assert.Equal(HttpStatusCode.Created, hired.StatusCode);
        var placement = await JsonAsync(hired);
        var badge = Assert.Single(placement.GetProperty("badges").EnumerateArray());
        Assert.Equal("nube-fundamentos", badge.GetProperty("pathCode").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await employer.PostAsJsonAsync(placementUrl, new { startsOn = StartsOn(1), salaryBand = "mas50k", contractType = "prueba" })).StatusCode);
        Assert.DoesNotContain(App.Logs, l => l.Contains(person.Email, StringComparison.OrdinalIgnoreCase) || l.Contains(person.Alias, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_AnotherCompany_GetsNotFound_OtherRolesAreRefused()
    {
        var (companyA, vacancyA) = await VacancyAsync("Empresa A");
        var (companyB, _) = await VacancyAsync("Empresa B");
        var person = await CandidateAsync();
        var a = await App.EmployerKeyAsync(companyA);
        var b = await App.EmployerKeyAsync(companyB);
        var created = await a.PostAsJsonAsync($"/api/vacancies/{vacancyA}/invitations", new { alias = person.Alias });
        var applicationId = (await JsonAsync(created)).GetProperty("applicationId").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/vacancies/{vacancyA}/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/vacancies/{vacancyA}/invitations", new { alias = person.Alias })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/applications/{applicationId}/stage", new { stage = "descartada" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/applications/{applicationId}/placement", new { startsOn = StartsOn(), salaryBand = "mas50k", contractType = "prueba" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/vacancies/{Guid.NewGuid()}/applications")).StatusCode);

        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        Assert.Equal(HttpStatusCode.OK, (await operador.GetAsync($"/api/vacancies/{vacancyA}/applications")).StatusCode);
        var aliado = await App.ClientWithKeyAsync(Roles.Aliado);
        Assert.Equal(HttpStatusCode.Forbidden, (await aliado.GetAsync($"/api/vacancies/{vacancyA}/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync($"/api/vacancies/{vacancyA}/applications")).StatusCode);

        // The company's pages answer the same way to the other company's people.
        var browserB = await App.EmployerBrowserAsync(companyB);
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync($"/empresa/vacantes/{vacancyA}/postulaciones")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync($"/empresa/postulaciones/{applicationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync($"/empresa/vacantes/{vacancyA}/invitar")).StatusCode);
    }

    [Fact]
    public async Task Pages_PipelineHasNoNameOrEmailBeforeAcceptance_AndHasThemAfter_ThenTheHireShowsItsBadges()
    {
        var (companyId, vacancyId) = await VacancyAsync("Nube Sur");
        var employer = await App.EmployerBrowserAsync(companyId);
        var person = await CandidateAsync();
        await using (var db = Database.NewDb())
        {
            await HiringData.BadgeAsync(db, person.LearnerId, new DateTime(2026, 9, 1, 12, 0, 0, DateTimeKind.Utc), "ia-fundamentos");
        }

        // The ranked candidates page posts this form; the invite page shows it alone too.
        var invitar = $"/empresa/vacantes/{vacancyId}/invitar";
        var unknown = await employer.PostFormAsync(invitar + "?alias=C-ZZZZZZ", invitar, new() { ["alias"] = "C-ZZZZZZ", ["mensaje"] = "" });
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("No hay un candidato visible con ese alias", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var invited = await employer.PostFormAsync(invitar + "?alias=" + person.Alias, invitar, new() { ["alias"] = person.Alias, ["mensaje"] = "Nos interesa su perfil." });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal($"/empresa/vacantes/{vacancyId}/candidatos?invitado={person.Alias}", invited.Headers.Location?.OriginalString);

        var pipelineUrl = $"/empresa/vacantes/{vacancyId}/postulaciones";
        var before = WebUtility.HtmlDecode(await employer.GetStringAsync(pipelineUrl));
        Assert.Contains(person.Alias, before, StringComparison.Ordinal);
        Assert.Contains("Invitación enviada", before, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email, before, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Surname, before, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.LearnerId == person.LearnerId));
        }

        var mine = WebUtility.HtmlDecode(await person.Browser.GetStringAsync("/mi-aprendizaje/postulaciones"));
        Assert.Contains("Ingeniera de datos Nube Sur", mine, StringComparison.Ordinal);
        Assert.Contains("Nos interesa su perfil.", mine, StringComparison.Ordinal);
        Guid applicationId;
        await using (var db = Database.NewDb())
        {
            applicationId = (await db.Applications.SingleAsync()).Id;
        }

        var page = "/mi-aprendizaje/postulaciones";
        Assert.Equal(HttpStatusCode.Redirect, (await person.Browser.PostFormAsync(page, page + "?handler=responder",
            new() { ["postulacion"] = applicationId.ToString(), ["respuesta"] = "aceptar" })).StatusCode);

        var after = WebUtility.HtmlDecode(await employer.GetStringAsync(pipelineUrl));
        Assert.Contains(person.Email, after, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(person.Surname, after, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            var audit = await db.AuditEntries.SingleAsync(a => a.LearnerId == person.LearnerId);
            Assert.Equal(Roles.Empresa, audit.ActorRole);
        }

        var detailUrl = $"/empresa/postulaciones/{applicationId}";
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync(detailUrl, detailUrl + "?handler=mover", new() { ["etapa"] = "Entrevista", ["nota"] = "" })).StatusCode);
        var missing = await employer.PostFormAsync(detailUrl, detailUrl + "?handler=contratar", new() { ["inicio"] = StartsOn(), ["sueldo"] = "", ["contrato"] = "Indeterminado" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Elija el rango de sueldo mensual.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync(detailUrl, detailUrl + "?handler=contratar",
            new() { ["inicio"] = StartsOn(), ["sueldo"] = "De20kA35k", ["contrato"] = "Indeterminado" })).StatusCode);
        var detail = WebUtility.HtmlDecode(await employer.GetStringAsync(detailUrl));
        Assert.Contains("Contratación registrada.", detail, StringComparison.Ordinal);
        Assert.Contains("data-placement=", detail, StringComparison.Ordinal);
        Assert.Contains("Ruta ia-fundamentos", detail, StringComparison.Ordinal);
        Assert.Contains("$20,001 a $35,000 al mes", detail, StringComparison.Ordinal);

        var learnerView = WebUtility.HtmlDecode(await person.Browser.GetStringAsync("/mi-aprendizaje/postulaciones"));
        Assert.Contains("Contratada", learnerView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyPage_SendsAnonymousToSignIn_ThenTheLearnerApplies_AndCanWithdraw()
    {
        var (_, vacancyId) = await VacancyAsync("Innova");
        var url = $"/vacantes/{vacancyId}/postular";
        var anonymous = await App.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/cuenta/entrar", anonymous.Headers.Location?.AbsolutePath ?? anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(url), anonymous.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var person = await CandidateAsync(visible: false);
        var form = WebUtility.HtmlDecode(await person.Browser.GetStringAsync(url));
        Assert.Contains("Innova verá su nombre y su correo", form, StringComparison.Ordinal);
        var applied = await person.Browser.PostFormAsync(url, url, new() { ["nota"] = "Puedo empezar en enero." });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal("/mi-aprendizaje/postulaciones", applied.Headers.Location?.OriginalString);
        var mine = WebUtility.HtmlDecode(await person.Browser.GetStringAsync("/mi-aprendizaje/postulaciones"));
        Assert.Contains("su postulación fue enviada", mine, StringComparison.Ordinal);
        Assert.Contains("Puedo empezar en enero.", mine, StringComparison.Ordinal);
        Assert.Contains("Ya tiene una candidatura", WebUtility.HtmlDecode(await person.Browser.GetStringAsync(url)), StringComparison.Ordinal);

        Guid applicationId;
        await using (var db = Database.NewDb())
        {
            applicationId = (await db.Applications.SingleAsync()).Id;
        }

        var page = "/mi-aprendizaje/postulaciones";
        Assert.Equal(HttpStatusCode.Redirect, (await person.Browser.PostFormAsync(page, page + "?handler=retirar", new() { ["postulacion"] = applicationId.ToString() })).StatusCode);
        await using (var db = Database.NewDb())
        {
            Assert.Equal(Semillero.Hiring.ApplicationStage.Retirada, (await db.Applications.SingleAsync()).Stage);
        }

        // Someone else's candidacy cannot be withdrawn from another account.
        var other = await CandidateAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await other.Browser.PostFormAsync(page, page + "?handler=retirar", new() { ["postulacion"] = applicationId.ToString() })).StatusCode);
        await using (var db = Database.NewDb())
        {
            Assert.Equal(1, await db.ApplicationEvents.CountAsync(e => e.Stage == Semillero.Hiring.ApplicationStage.Retirada));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync($"/vacantes/{Guid.NewGuid()}/postular")).StatusCode);
    }
}
