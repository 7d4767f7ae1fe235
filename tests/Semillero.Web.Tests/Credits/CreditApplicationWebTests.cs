using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Credits;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Credits;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Credits;

// Applying, reviewing and deciding through the site and the API, in Spanish and English (another
// startup's or reviewer's attempts are in Access/CrossOwnerWriteTests.CreditsApplications.cs).
public abstract class CreditApplicationWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CreditApplicationWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditApplicationWebTests(DatabaseProvider.Postgres);

    // The web app runs on the real clock: the pool's period holds today whatever day it runs.
    private static DateOnly Today => Semillero.Calendar.ProgramCalendar.Today(TimeProvider.System);

    private async Task<Guid> StartupAsync(string rfcBody, string name, long poolUsd)
    {
        var id = await App.RegisterCompanyAsync(rfcBody, name, verified: true);
        await using var db = Database.NewDb();
        await CreditApplyData.ProfileAsync(db, id);
        await CreditApplyData.PoolAsync(db, poolUsd * 100, "periodo-" + rfcBody, Today.AddYears(-1), Today.AddYears(1));
        return id;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(await client.GetStringAsync(page));
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task StartupPage_ShowsEligibilityAndApprovesASelfServiceApplication_InSpanishAndEnglish()
    {
        var id = await StartupAsync("NDS190312K4", "Nube del Sur", 100_000);
        var browser = await App.SignedInForCompanyAsync(id);

        var hub = WebUtility.HtmlDecode(await browser.GetStringAsync("/empresa"));
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/empresa/creditos"));
        var english = WebUtility.HtmlDecode(await browser.GetStringAsync("/empresa/creditos?culture=en"));
        var refused = await PostFormAsync(browser, "/empresa/creditos", "/empresa/creditos?handler=solicitar",
            new() { ["TierKey"] = "base", ["Amount"] = "9,000", ["UsePlan"] = "corto" });
        var sent = await PostFormAsync(browser, "/empresa/creditos", "/empresa/creditos?handler=solicitar",
            new() { ["TierKey"] = "base", ["Amount"] = "5,000", ["UsePlan"] = CreditApplyData.LongPlan });
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync("/empresa/creditos"));

        Assert.Contains("href=\"/empresa/creditos\"", hub, StringComparison.Ordinal);
        Assert.Contains(SolicitudCreditoTexts.Es.EligibleYes, page, StringComparison.Ordinal);
        Assert.Contains("Equipo y formación", page, StringComparison.Ordinal);
        Assert.Contains(SolicitudCreditoTexts.En.EligibleYes, english, StringComparison.Ordinal);
        Assert.Contains("Team and training", english, StringComparison.Ordinal);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("El nivel Base otorga hasta USD 5,000.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Describa el plan de uso", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(SolicitudCreditoTexts.Es.AwardText(500_000, 500_000, Today.AddMonths(24)), after, StringComparison.Ordinal);
        Assert.Contains(CreditApproval.ApprovedByRules, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SubmitReviewAndDecide_MovesTheMoneyAndAnswersProblemsInBothLanguages()
    {
        var id = await StartupAsync("DMA150804R2", "DataMAV", 1_000_000);
        var key = await App.EmployerKeyAsync(id);
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador, "Operación");
        var reviewers = new[] { await App.CreateAsync(Roles.Analista), await App.CreateAsync(Roles.Operador) };
        foreach (var r in reviewers)
        {
            Assert.Equal(HttpStatusCode.OK, (await operatorKey.PostAsJsonAsync("/api/credit-reviewers", new { email = r.Email })).StatusCode);
        }

        string code;
        await using (var db = Database.NewDb())
        {
            var org = await TestOrganizations.EnsureVerifiedAsync(db, "Aceleradora Norte");
            code = await CreditApplyData.VouchingCodeAsync(db, org, TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(30));
        }

        var created = await key.PostAsJsonAsync($"/api/companies/{id}/credit-applications", new { tierKey = "aliado", amountCents = 80_000_00, usePlan = CreditApplyData.LongPlan, vouchingCode = code });
        var app = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var again = new HttpRequestMessage(HttpMethod.Post, $"/api/companies/{id}/credit-applications") { Content = JsonContent.Create(new { tierKey = "base", amountCents = 100, usePlan = CreditApplyData.LongPlan }) };
        again.Headers.AcceptLanguage.ParseAdd("en");
        var conflict = await key.SendAsync(again);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType!.MediaType);
        Assert.Equal("You already have an open application", (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        foreach (var r in reviewers)
        {
            var client = App.Browser();
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(r.Email!, People.Password)).StatusCode);
            var queue = WebUtility.HtmlDecode(await client.GetStringAsync("/revision/creditos"));
            Assert.Contains($"/revision/creditos/{app}", queue, StringComparison.Ordinal);
            await client.WithAntiforgeryTokenAsync();
            var saved = await client.PutAsJsonAsync($"/api/credit-applications/{app}/reviews/mine", new { scores = CreditApplyData.Scores(4), comment = "Plan sólido." });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var twice = await client.PutAsJsonAsync($"/api/credit-applications/{app}/reviews/mine", new { scores = CreditApplyData.Scores(1), comment = "Cambio." });
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        var over = await operatorKey.PostAsJsonAsync($"/api/credit-applications/{app}/decisions", new { outcome = "aprobada", amountCents = 90_000_00 });
        var decided = await operatorKey.PostAsJsonAsync($"/api/credit-applications/{app}/decisions", new { outcome = "aprobada", amountCents = 70_000_00, reasons = "Buen plan" });
        var mine = await key.GetFromJsonAsync<JsonElement>($"/api/companies/{id}/credit-applications");
        var list = await operatorKey.GetFromJsonAsync<JsonElement>("/api/credit-applications?status=aprobada");

        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(70_000_00, (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grantedCents").GetInt64());
        var first = mine[0];
        Assert.Equal("aprobada", first.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(70_000_00, first.GetProperty("award").GetProperty("grantedCents").GetInt64());
        Assert.Equal("Buen plan", first.GetProperty("decisions")[0].GetProperty("reasons").GetString());
        Assert.Equal(1, list.GetArrayLength());
        await using var check = Database.NewDb();
        Assert.Equal(70_000_00, await check.CreditPools.SumAsync(p => p.AwardedCents));
        Assert.Equal(70_000_00, await check.CreditAccounts.Where(a => a.CompanyId == id).Select(a => a.GrantedCents).SingleAsync());
    }

    [Fact]
    public async Task OperatorPages_ListDetailAndReviewers_OpenInSpanishAndEnglish()
    {
        var id = await StartupAsync("NDS190312K4", "Nube del Sur", 1_000);
        Guid app;
        await using (var db = Database.NewDb())
        {
            app = await CreditApplyData.AwaitingDecisionAsync(db, id, 50_000_00);
        }

        var browser = await App.SignedInAsync(Roles.Operador);

        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/operacion/creditos/solicitudes?estado=PorDecidir"));
        var detail = WebUtility.HtmlDecode(await browser.GetStringAsync($"/operacion/creditos/solicitudes/{app}?culture=en"));
        var hub = WebUtility.HtmlDecode(await browser.GetStringAsync("/operacion"));
        var decided = await PostFormAsync(browser, $"/operacion/creditos/solicitudes/{app}", $"/operacion/creditos/solicitudes/{app}?handler=decidir",
            new() { ["outcome"] = "aprobada", ["amount"] = "50,000" });
        var revisores = WebUtility.HtmlDecode(await browser.GetStringAsync("/operacion/creditos/revisores"));

        Assert.Contains("Nube del Sur", list, StringComparison.Ordinal);
        Assert.Contains("Fundadora Uno", detail, StringComparison.Ordinal);
        Assert.Contains(SolicitudCreditoTexts.En.DecideTitle, detail, StringComparison.Ordinal);
        Assert.Contains("href=\"/operacion/creditos/solicitudes\"", hub, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains(SolicitudCreditoTexts.Es.AddTitle, revisores, StringComparison.Ordinal);
        await using var check = Database.NewDb();
        // USD 1,000 in the pool: the approval went to the waitlist with the reason.
        Assert.Equal(CreditApproval.PoolExhausted, await check.CreditDecisions.Select(d => d.Reasons).SingleAsync());
        Assert.Equal(ApplicationStatus.ListaDeEspera, await check.CreditApplications.Select(a => a.Status).SingleAsync());
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "consulta"));
    }
}
