using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Catalog;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Badges;

// The badge journey in real Chromium: a partner's platform reports that a learner completed both
// courses of a path; the learner finds the badge under "Mis insignias", opens its public page and
// it says valid; an operator revokes it and the same page then says revoked.
[Collection(BrowserGroup.Name)]
public sealed class BadgeJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Home = "https://aula.universidad.example";
    private const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    private static readonly string[] CourseCodes = ["NUBE-101", "NUBE-102"];

    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString(), Locale = "es-MX" });
        return await context.NewPageAsync();
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/cuenta/entrar");
        await page.FillAsync("#campo-correo", email);
        await page.FillAsync("#campo-password", People.Password);
        await page.ClickAsync("main form button[type=submit]");
    }

    private Task CatalogAsync() => PathCatalog.CreateAsync(
        _server.Factory.Services, Home, "Aula Universidad", "nube-fundamentos", PathArea.Nube, "Nube: fundamentos", "Cloud: fundamentals",
        [new("NUBE-101", "Introducción a la nube", "Introduction to the cloud"), new("NUBE-102", "Almacenamiento en la nube", "Cloud storage")],
        "nube-computo");

    // The partner's platform reports both courses through the LRS, as Moodle would.
    private async Task ReportCompletionsAsync(string email)
    {
        await using var scope = _server.Factory.Services.CreateAsyncScope();
        var key = (CreateApiKeyOutcome.Created)await scope.ServiceProvider.GetRequiredService<CreateApiKey>().RunAsync(Roles.Aliado, "Aula Universidad", default);
        using var partner = new HttpClient { BaseAddress = _server.BaseAddress };
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key.Token.Replace('.', ':'))));
        partner.DefaultRequestHeaders.Add("X-Experience-API-Version", "1.0.3");
        var batch = string.Join(',', CourseCodes.Select(code => $$"""
            { "actor": { "objectType": "Agent", "mbox": "mailto:{{email}}" },
              "verb": { "id": "{{Completed}}", "display": { "en": "completed" } },
              "object": { "id": "{{Home}}/course/{{code}}", "objectType": "Activity" },
              "result": { "completion": true }, "timestamp": "2026-11-20T17:00:00Z" }
            """));
        var response = await partner.PostAsync("/xapi/statements", new StringContent($"[{batch}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Learner_SeesTheBadge_PublicPageSaysValid_ThenRevokedAfterAnOperatorRevokesIt()
    {
        await CatalogAsync();
        var learner = await _server.Factory.CreateAsync(Roles.Aprendiz);
        var operador = await _server.Factory.CreateAsync(Roles.Operador);
        await ReportCompletionsAsync(learner.Email!);

        // The learner: the badge appears once the background evaluation and issuing have run.
        var page = await NewPageAsync();
        await SignInAsync(page, learner.Email!);
        await page.GotoAsync("/mi-aprendizaje/insignias");
        var card = page.Locator(".achievement[data-path='nube-fundamentos']");
        for (var attempt = 0; attempt < 60 && await page.Locator(".achievement--valid").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        Assert.Contains("Insignia vigente", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Reconocimiento no oficial", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Its public page, as anyone who follows the shared link sees it.
        await card.GetByRole(AriaRole.Link, new() { Name = "Ver y verificar" }).ClickAsync();
        Assert.Matches("/verificar/[0-9a-f-]{36}$", page.Url);
        var publicUrl = new Uri(page.Url).PathAndQuery;
        var visitor = await NewPageAsync();
        await visitor.GotoAsync(publicUrl);
        Assert.Equal("valida", await visitor.GetAttributeAsync("#veredicto", "data-veredicto"));
        Assert.Equal("Nube: fundamentos", (await visitor.Locator("#logro").InnerTextAsync()).Trim());
        Assert.Contains("Fundamentos de cómputo en la nube", await visitor.Locator("#habilidades").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("no constituye certificación oficial", await visitor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // An operator revokes it with a reason.
        var op = await NewPageAsync();
        await SignInAsync(op, operador.Email!);
        await op.GotoAsync(publicUrl.Replace("/verificar/", "/operacion/insignias/", StringComparison.Ordinal));
        await op.FillAsync("#motivo", "Evidencia duplicada reportada por la plataforma.");
        // The click returns before the operator's post has been handled: wait for the confirmation
        // it leads to (on a loaded machine that takes seconds), then the public page says revoked.
        await op.ClickAsync("main form button[type=submit]");
        await op.Locator(".op-flash--ok").WaitForAsync(new() { Timeout = 60_000 });
        for (var attempt = 0; attempt < 120; attempt++)
        {
            await visitor.ReloadAsync();
            if (await visitor.GetAttributeAsync("#veredicto", "data-veredicto") == "revocada")
            {
                break;
            }

            await Task.Delay(500);
        }

        Assert.Equal("revocada", await visitor.GetAttributeAsync("#veredicto", "data-veredicto"));
        await page.GotoAsync("/mi-aprendizaje/insignias");
        Assert.Contains("Insignia revocada", await card.InnerTextAsync(), StringComparison.Ordinal);
    }
}
