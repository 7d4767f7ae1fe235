using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Tests.Cohorts;
using Semillero.Web.Diagnostics;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Diagnostics;

// The diagnostic through the site and the API as a company and its colleagues use it: start,
// answer step by step, invite a colleague who answers through the emailed link, submit, read the
// result with its paths and PDF, invite staff to training; the public method (another company's
// attempts are in Access/CrossOwnerWriteTests.Diagnostics.cs).
public abstract partial class DiagnosticWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : DiagnosticWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DiagnosticWebTests(DatabaseProvider.Postgres);

    private static QuestionBank Bank => QuestionBanks.Shipped;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(html);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> Step(string dimension, int score) =>
        Bank.FindDimension(dimension)!.Questions.ToDictionary(q => QuestionnaireSteps.FieldPrefix + q.Id, _ => score.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<(Guid Company, HttpClient Browser, HttpClient Key)> CompanyAsync(string rfcBody = "NDS190312K4", string name = "Nube del Sur")
    {
        var id = await App.RegisterCompanyAsync(rfcBody, name, verified: true);
        return (id, await App.SignedInForCompanyAsync(id), await App.EmployerKeyAsync(id));
    }

    [GeneratedRegex(@"/diagnostico/responder/(\S+)")]
    private static partial Regex LinkRegex();

    [Fact]
    public async Task Company_StartsAnswersByStepInvitesAColleagueSubmitsAndReadsTheResult()
    {
        await using (var db = Database.NewDb())
        {
            var path = await CohortData.PathAsync(db, code: "nube-basica");
            db.PathSkills.Add(new Semillero.Catalog.PathSkill { PathId = path.Id, SkillId = "nube-computo" });
            await db.SaveChangesAsync();
        }

        var (companyId, browser, key) = await CompanyAsync();
        var hub = await browser.GetStringAsync("/empresa/diagnostico");
        var started = await PostFormAsync(browser, "/empresa/diagnostico?handler=empezar", "/empresa/diagnostico", []);
        var page = started.Headers.Location!.OriginalString;
        var id = Guid.Parse(page.Split('/')[^1]);

        // Step one saved with "save and continue" goes to step two; an answer out of range is refused.
        var saved = await PostFormAsync(browser, $"{page}?handler=guardar&paso=estrategia", page, new(Step("estrategia", 3)) { ["seguir"] = "1" });
        var refused = await PostFormAsync(browser, $"{page}?handler=guardar&paso=datos", page, new() { ["p-datos-registro"] = "9" });
        var review = await browser.GetStringAsync($"{page}?paso=enviar");

        Assert.Contains(DiagnosticoTexts.Es.Start, WebUtility.HtmlDecode(hub), StringComparison.Ordinal);
        Assert.Equal($"{page}?paso=datos", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("La respuesta debe ser una de las opciones", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(DiagnosticoTexts.Es.UnansweredTitle(Bank.Questions.Count() - 4), WebUtility.HtmlDecode(review), StringComparison.Ordinal);

        // A colleague answers everything with 1 through the emailed link.
        var invited = await PostFormAsync(browser, $"{page}?handler=invitar&paso=enviar", page, new() { ["email"] = "colega@nubedelsur.mx" });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        string link;
        await using (var db = Database.NewDb())
        {
            var mail = await db.OutboxMessages.SingleAsync(m => m.Kind == InviteRespondent.EmailKind);
            Assert.Equal("colega@nubedelsur.mx", mail.To);
            link = "/diagnostico/responder/" + LinkRegex().Match(mail.BodyText).Groups[1].Value;
        }

        var colleague = App.Browser();
        Assert.Contains("Nube del Sur", await colleague.GetStringAsync(link), StringComparison.Ordinal);
        foreach (var dimension in Bank.Dimensions)
        {
            var step = await PostFormAsync(colleague, $"{link}?paso={dimension.Id}", $"{link}?paso={dimension.Id}", new(Step(dimension.Id, 1)) { ["seguir"] = "1" });
            Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        }

        Assert.Contains(DiagnosticoTexts.Es.ColleagueDone, WebUtility.HtmlDecode(await colleague.GetStringAsync($"{link}?paso=enviar")), StringComparison.Ordinal);

        // The lead answers the rest with 3 (the cloud with 0) through the API: medians of 3 and 1 are
        // 2 → 50; of 0 and 1, 0.5 → 13; overall (6 × 50 + 13) ÷ 7 = 44.7 → 45.
        var rest = Bank.Questions.Where(q => !q.Id.StartsWith("estrategia", StringComparison.Ordinal))
            .ToDictionary(q => q.Id, q => (int?)(Bank.FindDimension("nube")!.Questions.Contains(q) ? 0 : 3));
        Assert.Equal(HttpStatusCode.OK, (await key.PutAsJsonAsync($"/api/assessments/{id}/answers", new { answers = rest })).StatusCode);
        var submitted = await PostFormAsync(browser, $"{page}?handler=enviar&paso=enviar", page, []);
        Assert.Equal($"/empresa/diagnostico/{id}/resultado", submitted.Headers.Location!.OriginalString);

        var result = WebUtility.HtmlDecode(await browser.GetStringAsync($"/empresa/diagnostico/{id}/resultado"));
        Assert.Contains("id=\"puntaje-general\">45<", result, StringComparison.Ordinal);
        Assert.Contains(DiagnosticoTexts.Es.LevelLabel(2, Bank.Level(2).NameEs), result, StringComparison.Ordinal);
        Assert.Contains("class=\"radar\" viewBox", result, StringComparison.Ordinal);
        Assert.Contains("href=\"/catalogo/nube-basica\"", result, StringComparison.Ordinal);
        Assert.Contains("25–75", result, StringComparison.Ordinal);
        var pdf = await browser.GetAsync($"/empresa/diagnostico/{id}/resultado?handler=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);

        // Closed: the colleague's link and the questionnaire no longer change anything.
        Assert.Contains(DiagnosticoTexts.Es.ClosedTitle, WebUtility.HtmlDecode(await colleague.GetStringAsync(link)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(page)).StatusCode);
        var api = await key.GetFromJsonAsync<JsonElement>($"/api/assessments/{id}/result");
        Assert.Equal(45, api.GetProperty("assessment").GetProperty("overallScore").GetInt32());
        Assert.Equal(3, api.GetProperty("recommendations").GetArrayLength());
        Assert.Equal(companyId, api.GetProperty("assessment").GetProperty("companyId").GetGuid());
    }

    [Fact]
    public async Task Api_RefusesIncompleteSubmissionWithTheQuestionsAndChangesAfterSubmissionWith409()
    {
        var (companyId, _, key) = await CompanyAsync();
        var id = (await (await key.PostAsync($"/api/companies/{companyId}/assessments", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var invalid = await key.PutAsJsonAsync($"/api/assessments/{id}/answers", new { answers = new Dictionary<string, int?> { ["no-existe"] = 1 } });
        var incomplete = await key.PostAsync($"/api/assessments/{id}/submit", null);
        await key.PutAsJsonAsync($"/api/assessments/{id}/answers", new { answers = Bank.Questions.ToDictionary(q => q.Id, _ => (int?)4) });
        var done = await key.PostAsync($"/api/assessments/{id}/submit", null);
        var late = await key.PutAsJsonAsync($"/api/assessments/{id}/answers", new { answers = new Dictionary<string, int?> { ["datos-registro"] = 0 } });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Equal(Bank.Questions.Count(), (await incomplete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unanswered").GetArrayLength());
        var body = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 100, 4, true), (body.GetProperty("sequence").GetInt32(), body.GetProperty("overallScore").GetInt32(), body.GetProperty("level").GetInt32(), body.GetProperty("advancedAi").GetBoolean()));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Result_InvitesStaffToAPathAndCountsThem()
    {
        await using (var db = Database.NewDb())
        {
            var path = await CohortData.PathAsync(db, code: "datos-basicos");
            db.PathSkills.Add(new Semillero.Catalog.PathSkill { PathId = path.Id, SkillId = "datos-analisis" });
            await db.SaveChangesAsync();
        }

        var (companyId, browser, key) = await CompanyAsync();
        var id = (await (await key.PostAsync($"/api/companies/{companyId}/assessments", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await key.PutAsJsonAsync($"/api/assessments/{id}/answers", new { answers = Bank.Questions.ToDictionary(q => q.Id, q => (int?)(q.Id.StartsWith("datos", StringComparison.Ordinal) ? 0 : 3)) });
        await key.PostAsync($"/api/assessments/{id}/submit", null);
        var url = $"/empresa/diagnostico/{id}/resultado";

        var form = WebUtility.HtmlDecode(await browser.GetStringAsync(url));
        var bad = await PostFormAsync(browser, url + "?handler=invitar", url, new() { ["Destino"] = "", ["Correos"] = "no-es-correo" });
        var sent = await PostFormAsync(browser, url + "?handler=invitar", url, new() { ["Destino"] = "ruta:datos-basicos", ["Correos"] = "ana@nubedelsur.mx\nbeto@nubedelsur.mx" });
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(url));

        Assert.Contains("value=\"ruta:datos-basicos\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains(DiagnosticoTexts.Es.ErrorTrainTitle, WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("id=\"embudo\"", after, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Kind == InviteToTraining.EmailKind));
            Assert.Equal(2, await db.TrainingInvitations.CountAsync(i => i.CompanyId == companyId && i.AssessmentId == id));
        }
    }

    [Fact]
    public async Task PublicMethodAndBank_ShowTheLevelsTheAdvancedUseRuleAndEveryQuestion()
    {
        var visitor = App.Browser();

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/diagnostico/metodologia"));
        var bank = await visitor.GetFromJsonAsync<JsonElement>("/api/diagnostic/versions/1");
        var invalidLink = await visitor.GetAsync("/diagnostico/responder/no-es-un-enlace");

        Assert.All(Bank.Levels, l => Assert.Contains(l.NameEs, page, StringComparison.Ordinal));
        Assert.Contains(Bank.AdvancedUse.DefinitionEs, page, StringComparison.Ordinal);
        Assert.All(Bank.Questions, q => Assert.Contains(q.TextEs, page, StringComparison.Ordinal));
        Assert.Equal(7, bank.GetProperty("dimensions").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, invalidLink.StatusCode);
        Assert.Contains(DiagnosticoTexts.Es.LinkInvalid, WebUtility.HtmlDecode(await invalidLink.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
