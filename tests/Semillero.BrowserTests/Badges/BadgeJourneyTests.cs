using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Badges;

// The badge journey in real Chromium: a partner's platform reports that a learner completed both
// courses of a path; the learner finds the badge under "Mis insignias", opens its public page and
// it says valid; an operator revokes it and the same page then says revoked.
[Collection(BrowserGroup.Name)]
public sealed class BadgeJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Learner_SeesTheBadge_PublicPageSaysValid_ThenRevokedAfterAnOperatorRevokesIt()
    {
        await CloudFundamentals.CatalogAsync(_server);
        var learner = await _server.Factory.CreateAsync(Roles.Aprendiz);
        var operador = await _server.Factory.CreateAsync(Roles.Operador);
        await CloudFundamentals.ReportCompletionsAsync(_server, learner.Email!);

        // The learner: the badge appears once the background evaluation and issuing have run.
        var page = await browser.NewPageAsync(_server);
        await page.SignInAsync(learner.Email!);
        await CloudFundamentals.OpenBadgesUntilValidAsync(page);
        var card = page.Locator(".achievement[data-path='nube-fundamentos']");
        Assert.Contains("Insignia vigente", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Reconocimiento no oficial", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AuditAsync();

        // Its public page, as anyone who follows the shared link sees it.
        await card.GetByRole(AriaRole.Link, new() { Name = "Ver y verificar" }).ClickAsync();
        Assert.Matches("/verificar/[0-9a-f-]{36}$", page.Url);
        var publicUrl = new Uri(page.Url).PathAndQuery;
        var visitor = await browser.NewPageAsync(_server);
        await visitor.GotoAsync(publicUrl);
        Assert.Equal("valida", await visitor.GetAttributeAsync("#veredicto", "data-veredicto"));
        Assert.Equal("Nube: fundamentos", (await visitor.Locator("#logro").InnerTextAsync()).Trim());
        Assert.Contains("Fundamentos de cómputo en la nube", await visitor.Locator("#habilidades").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("no constituye certificación oficial", await visitor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // An operator revokes it with a reason.
        var op = await browser.NewPageAsync(_server);
        await op.SignInAsync(operador.Email!);
        await op.GotoAsync(publicUrl.Replace("/verificar/", "/operacion/insignias/", StringComparison.Ordinal));
        await op.FillAsync("#motivo", "Evidencia duplicada reportada por la plataforma.");
        // The click returns before the operator's post has been handled: wait for the confirmation
        // it leads to (on a loaded machine that takes seconds), then the public page says revoked.
        await op.ClickAsync("main form button[type=submit]");
        await op.Locator(".op-flash--ok").WaitForAsync(new() { Timeout = 60_000 });
        await op.AuditAsync();
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
        await visitor.AuditAsync();
        await page.GotoAsync("/mi-aprendizaje/insignias");
        Assert.Contains("Insignia revocada", await card.InnerTextAsync(), StringComparison.Ordinal);
    }
}
