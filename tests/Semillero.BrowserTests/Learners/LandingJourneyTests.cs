using Semillero.BrowserTests.Infrastructure;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Semillero.BrowserTests.Learners;

[Collection(BrowserGroup.Name)]
public sealed class LandingJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LiveServer.StartAsync();
        await using var scope = _server.Factory.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportLearners>();
        await import.RunAsync(CsvFiles.Utf8(CsvFiles.Text(CsvFiles.People(1_234))), "demo.csv", Registrar.Operator("prueba"), null, null, default);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Visitor_SeesLiveCounters_SwitchesToEnglish_AndTheChoiceSticks()
    {
        var page = await browser.NewPageAsync(_server);

        await page.GotoAsync("/");
        Assert.Equal("es-MX", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("1,234", (await page.Locator("#total").InnerTextAsync()).Trim());
        Assert.Equal(32, await page.Locator("#estados tbody tr").CountAsync());
        Assert.Contains("no constituyen certificación oficial", await page.Locator("footer").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("nav.lang-switch a[hreflang='en']").ClickAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("1,234", (await page.Locator("#total").InnerTextAsync()).Trim());

        // The choice is remembered on the next page, without a query string.
        await page.GotoAsync("/referencia-api");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        var missing = await page.GotoAsync("/no-existe-esta-pagina");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }
}
