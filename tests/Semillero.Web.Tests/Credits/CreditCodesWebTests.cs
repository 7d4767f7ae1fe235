using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Credits;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Credits;

// Credit codes on the web: the startup's page (masked, revealed by a POST that works without
// JavaScript, audited; "Ya los canjeé"), its API, the operators' import with its row report, the
// stock and delivery, in Spanish and English; no code ever reaches the logs.
public abstract class CreditCodesWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CreditCodesWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditCodesWebTests(DatabaseProvider.Postgres);

    private const string StartupPage = "/empresa/creditos/codigos";
    private const string OperatorPage = "/operacion/creditos/codigos";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(page);
        var content = new Dictionary<string, string>(fields ?? [], StringComparer.Ordinal) { ["__RequestVerificationToken"] = People.AntiforgeryToken(html) };
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(content));
    }

    // A problem+json answer without what differs from one request to the next (trace id, path).
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        body.Remove("instance");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {body.ToJsonString()}";
    }

    [Fact]
    public async Task StartupPage_MasksCodes_ShowsThemOnPost_AndRecordsEachShowing()
    {
        var (company, award) = await App.StartupWithAwardAsync("NDS190312K4", "Nube del Sur", 3_000_00);
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador);
        await operatorKey.ImportedAsync(CreditCodesData.CodesCsv("WEB", 2_000, 1_000));
        var browser = await App.SignedInForCompanyAsync(company);

        var masked = await browser.GetAsync(StartupPage);
        var maskedHtml = await masked.Content.ReadAsStringAsync();
        var shown = await PostFormAsync(browser, StartupPage, "mostrar");
        var shownHtml = await shown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, masked.StatusCode);
        Assert.Contains("Mostrar códigos", maskedHtml, StringComparison.Ordinal);
        Assert.Contains("USD 3,000", maskedHtml, StringComparison.Ordinal);
        Assert.Contains("Cómo canjear sus créditos", maskedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("WEB-0001", maskedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("WEB-0001-XK9Q", shownHtml, StringComparison.Ordinal);
        Assert.Contains("WEB-0002-XK9Q", shownHtml, StringComparison.Ordinal);
        Assert.Contains("no-store", shown.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Equal((ReadCreditCodes.RevealAction, company), (entry.Action, entry.LearnerId));
        Assert.DoesNotContain(App.Logs, l => l.Contains("WEB-000", StringComparison.Ordinal));
        Assert.NotEqual(Guid.Empty, award);
    }

    [Fact]
    public async Task StartupPage_InEnglish_AndWithNoAwards_SaysSoPlainly()
    {
        var company = await App.RegisterCompanyAsync("DMA150804R2", "DataMAV", verified: true);
        var browser = await App.SignedInForCompanyAsync(company);

        var spanish = await browser.GetStringAsync(StartupPage);
        var english = await browser.InEnglish().GetStringAsync(StartupPage);

        Assert.Contains("todavía no tiene créditos otorgados", spanish, StringComparison.Ordinal);
        Assert.Contains("has no credits granted yet", english, StringComparison.Ordinal);
        Assert.Contains("Your credit codes", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartupPage_IRedeemedThem_MarksTheAwardRedeemed()
    {
        var (company, award) = await App.StartupWithAwardAsync("NDS190312K4", "Nube del Sur", 1_000_00);
        await (await App.ClientWithKeyAsync(Roles.Operador)).ImportedAsync(CreditCodesData.CodesCsv("RDM", 1_000));
        var browser = await App.SignedInForCompanyAsync(company);

        var response = await PostFormAsync(browser, StartupPage, "canjeado", new() { ["awardId"] = award.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("registramos que canjeó", await browser.GetStringAsync(StartupPage), StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.NotNull((await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award)).RedeemedAt);
    }

    [Fact]
    public async Task CompanyCodesApi_OwnKeyReadsCodes_OthersGetTheUnknownCompanysAnswer()
    {
        var (company, award) = await App.StartupWithAwardAsync("NDS190312K4", "Nube del Sur", 1_000_00);
        var other = await App.RegisterCompanyAsync("DMA150804R2", "DataMAV", verified: true);
        await (await App.ClientWithKeyAsync(Roles.Operador)).ImportedAsync(CreditCodesData.CodesCsv("API", 1_000));
        var own = await App.EmployerKeyAsync(company);
        var intruder = await App.EmployerKeyAsync(other);

        var mine = await own.GetAsync($"/api/companies/{company}/credit-codes");
        var theirs = await intruder.GetAsync($"/api/companies/{company}/credit-codes");
        var unknown = await intruder.GetAsync($"/api/companies/{Guid.NewGuid()}/credit-codes");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var body = await mine.Content.ReadFromJsonAsync<JsonElement>();
        var code = body.GetProperty("awards")[0].GetProperty("codes")[0];
        Assert.Equal("API-0001-XK9Q", code.GetProperty("code").GetString());
        Assert.Equal(award, body.GetProperty("awards")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal("application/problem+json", theirs.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await ProblemAsync(unknown), await ProblemAsync(theirs));
        await using var db = Database.NewDb();
        Assert.Single(await db.AuditEntries.AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task ImportApi_InvalidRows_Answer400ProblemWithTheRowReport_AndStoreNothing()
    {
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador);

        var response = await operatorKey.ImportCodesAsync("codigo,valor_usd\nOK-1,1000\n,1000\nOK-2,cero\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3, 4], errors.Select(e => e.GetProperty("row").GetInt32()));
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.CreditCodes.CountAsync());
    }

    [Fact]
    public async Task StockAndDeliveriesApi_ShowTheStock_AndDeliverWaitingAwards()
    {
        var (_, award) = await App.StartupWithAwardAsync("NDS190312K4", "Nube del Sur", 5_000_00);
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador);
        var imported = await (await operatorKey.ImportCodesAsync(CreditCodesData.CodesCsv("STK", 1_000, 1_000))).Content.ReadFromJsonAsync<JsonElement>();
        await operatorKey.ImportedAsync(CreditCodesData.CodesCsv("STL", 3_000), "Segundo envío");

        var stock = await operatorKey.GetFromJsonAsync<JsonElement>("/api/credits/code-stock");

        Assert.Equal(0, imported.GetProperty("delivery").GetProperty("delivered").GetInt32());
        Assert.Equal(1, imported.GetProperty("delivery").GetProperty("waiting").GetInt32());
        Assert.Equal(0, stock.GetProperty("availableCodes").GetInt32());
        Assert.Empty(stock.GetProperty("waiting").EnumerateArray());
        await using var db = Database.NewDb();
        Assert.NotNull((await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award)).DeliveredAt);
        var deliveries = await operatorKey.PostAsync("/api/credits/deliveries", null);
        Assert.Equal(HttpStatusCode.OK, deliveries.StatusCode);
        var startupKey = await App.EmployerKeyAsync((await db.CreditAwards.AsNoTracking().SingleAsync()).CompanyId);
        Assert.Equal(HttpStatusCode.Forbidden, (await startupKey.GetAsync("/api/credits/code-stock")).StatusCode);
    }

    [Fact]
    public async Task OperatorPage_ImportWithBadRows_ShowsTheRowReport_InSpanishAndEnglish()
    {
        var browser = await App.SignedInAsync(Roles.Operador);
        var html = await browser.GetStringAsync(OperatorPage);

        static async Task<string> UploadAsync(HttpClient client, string csv)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(People.AntiforgeryToken(await client.GetStringAsync(OperatorPage))), "__RequestVerificationToken" },
                { new StringContent("Envío malo"), "lote" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "archivo", "codigos.csv" },
            };
            var response = await client.PostAsync($"{OperatorPage}?handler=importar", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var spanish = await UploadAsync(browser, "codigo,valor_usd\nOK-1,1000\nOK-1,1000\n");
        var english = await UploadAsync(browser.InEnglish(), "codigo,valor_usd\nOK-1,1000\n,5\n");

        Assert.Contains("Importar un lote", html, StringComparison.Ordinal);
        Assert.Contains("No hay códigos disponibles", html, StringComparison.Ordinal);
        Assert.Contains("Ningún crédito ha vencido sin canjearse", html, StringComparison.Ordinal);
        Assert.Contains("No se importó ningún código", spanish, StringComparison.Ordinal);
        Assert.Contains("data-fila=\"3\"", spanish, StringComparison.Ordinal);
        Assert.Contains("ya aparece en la fila 2", spanish, StringComparison.Ordinal);
        Assert.Contains("No code was imported", english, StringComparison.Ordinal);
        Assert.Contains("The code is missing", english, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.CreditCodes.CountAsync());
    }

    [Fact]
    public async Task OperatorPage_ImportsAFile_AndDeliverPendingDelivers()
    {
        var (_, award) = await App.StartupWithAwardAsync("NDS190312K4", "Nube del Sur", 2_000_00);
        var browser = await App.SignedInAsync(Roles.Operador);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(People.AntiforgeryToken(await browser.GetStringAsync(OperatorPage))), "__RequestVerificationToken" },
            { new StringContent("Envío 7"), "lote" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(CreditCodesData.CodesCsv("PG", 1_000, 1_000, 1_000))), "archivo", "codigos.csv" },
        };

        var imported = await browser.PostAsync($"{OperatorPage}?handler=importar", form);
        var after = await browser.GetStringAsync(OperatorPage);
        var deliver = await PostFormAsync(browser, OperatorPage, "entregar");

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("Lote importado: 3 códigos", after, StringComparison.Ordinal);
        Assert.Contains("Envío 7", after, StringComparison.Ordinal);
        Assert.Contains("Ningún crédito espera códigos", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deliver.StatusCode);
        Assert.DoesNotContain("PG-000", after, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.NotNull((await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award)).DeliveredAt);
    }
}
