using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Catalog;
using Semillero.Matching;
using Semillero.Vacancies;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Tests.Matching.TalentData;

namespace Semillero.BrowserTests.Matching;

// An employer reviews a vacancy's candidates on a 360 px phone: the long skill names wrap, the
// filters are a plain form, the compact view is a link.
[Collection(BrowserGroup.Name)]
public sealed class CandidatesJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Task<int> PageWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [Fact]
    public async Task Employer_FiltersCandidatesAndSwitchesToCompact_AndEveryViewFitsA360PxPhone()
    {
        Guid companyId, vacancyId;
        await using (var db = _server.Database.NewDb())
        {
            var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo");
            var meets = await PersonAsync(db, "C-AAAAAA", state: "09", declared: [("nube-seguridad", 2), ("nube-alta-disponibilidad", 1)]);
            await BadgeAsync(db, meets.Id, path.Id);
            await PersonAsync(db, "C-BBBBBB", state: "14", declared: [("nube-computo", 1)]);
            var company = await CompanyAsync(db);
            companyId = company.Id;
            vacancyId = (await VacancyAsync(db, company.Id, WorkModality.Hibrido, "09", 1,
                ("nube-computo", 1, true), ("nube-seguridad", 2, true), ("nube-alta-disponibilidad", 1, false))).Id;
        }

        await _server.Factory.Services.GetRequiredService<CandidateIndexUpdater>().BuildAsync(default);
        var email = await _server.Factory.CreateForCompanyAsync(companyId);
        var page = await browser.NewPageAsync(_server);
        await page.SetViewportSizeAsync(360, 800);
        await page.SignInAsync(email);
        await page.WaitForURLAsync(url => url.EndsWith("/empresa", StringComparison.Ordinal));
        Assert.True(await PageWidthAsync(page) <= 360, "/empresa is wider than a 360 px phone");

        await page.GotoAsync($"/empresa/vacantes/{vacancyId}/candidatos");
        Assert.Equal(2, await page.Locator("li.match").CountAsync());
        Assert.True(await PageWidthAsync(page) <= 360, "the candidates page is wider than a 360 px phone");

        await page.CheckAsync("#cumple");
        await page.ClickAsync("form.match-filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("cumple=true", StringComparison.Ordinal));
        Assert.Equal(["C-AAAAAA"], await page.Locator("li.match").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.alias)"));

        await page.ClickAsync("#vista-compacta");
        await page.WaitForURLAsync(url => url.Contains("vista=compacta", StringComparison.Ordinal) && url.Contains("cumple=true", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("#tabla-candidatos tbody tr").CountAsync());
        Assert.True(await PageWidthAsync(page) <= 360, "the compact view is wider than a 360 px phone");
    }
}
