using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Semillero.BrowserTests.Badges;

// A learner shares a badge from a phone: the link shows whole and in its own case, "Copiar enlace"
// puts it on the clipboard and says so; an employer who opens a wrong address gets a verdict.
[Collection(BrowserGroup.Name)]
public sealed class ShareLinkJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Task<int> PageWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [Fact]
    public async Task Learner_CopiesTheBadgeLink_ShownWholeInItsOwnCase_OnA360PxPhone()
    {
        await CloudFundamentals.CatalogAsync(_server);
        var learner = await _server.Factory.CreateAsync(Roles.Aprendiz);
        await CloudFundamentals.ReportCompletionsAsync(_server, learner.Email!);

        var page = await browser.NewPageAsync(_server);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.SetViewportSizeAsync(360, 800);
        await page.SignInAsync(learner.Email!);
        await page.WaitForURLAsync(url => url.EndsWith("/mi-aprendizaje/inicio", StringComparison.Ordinal));
        Assert.True(await PageWidthAsync(page) <= 360, "the start page is wider than a 360 px phone");

        await CloudFundamentals.OpenBadgesUntilValidAsync(page);
        var field = page.Locator(".achievement--valid textarea.input--link");
        var link = await field.InputValueAsync();
        Assert.Matches("^http://[^/]+/verificar/[0-9a-f-]{36}$", link);
        Assert.Equal("none", await field.EvaluateAsync<string>("e => getComputedStyle(e).textTransform"));
        // Whole: nothing of the address is scrolled out of sight.
        Assert.True(await field.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight + 1"), "the link is cut");
        Assert.True(await PageWidthAsync(page) <= 360, "the badges page is wider than a 360 px phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copiar enlace" }).ClickAsync();
        await Expect(page.Locator(".achievement--valid [role=status]")).ToHaveTextAsync("Enlace copiado");
        Assert.Equal(link, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // An address one character off: the verdict says the badge is not ours, and what to do.
        var visitor = await browser.NewPageAsync(_server);
        var wrong = new Uri(link).AbsolutePath[..^1] + (link[^1] == '0' ? "1" : "0");
        var response = await visitor.GotoAsync(wrong);
        Assert.Equal(404, response!.Status);
        Assert.Equal("no-emitida", await visitor.GetAttributeAsync("#veredicto", "data-veredicto"));
        Assert.Contains("Esta insignia no fue emitida por Semillero", await visitor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutJavaScript_TheCopyButtonIsHidden_AndTheLinkIsThereToSelect()
    {
        await CloudFundamentals.CatalogAsync(_server);
        var learner = await _server.Factory.CreateAsync(Roles.Aprendiz);
        await CloudFundamentals.ReportCompletionsAsync(_server, learner.Email!);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString(), Locale = "es-MX", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsync(learner.Email!);
        await page.WaitForURLAsync(url => !url.Contains("/cuenta/entrar", StringComparison.Ordinal));

        await CloudFundamentals.OpenBadgesUntilValidAsync(page);
        Assert.Matches("/verificar/[0-9a-f-]{36}$", await page.Locator(".achievement--valid textarea.input--link").InputValueAsync());
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Copiar enlace" }).IsVisibleAsync());
    }
}
