using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Tests.FollowUp;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Site;

// The site's frame and widest pages on a 360 px phone and a 1366 px laptop, in real Chromium: the
// menu that opens without JavaScript, the skip link, pages that never scroll sideways, and a bar as
// wide as its figure under the site's CSP.
[Collection(BrowserGroup.Name)]
public sealed class LayoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<IPage> PageAsync(ViewportSize size, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            Locale = "es-MX",
            ViewportSize = size,
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task HeaderMenu_OnAPhone_StartsClosed_OpensWithoutJavaScript_AndOnALaptopIsInline()
    {
        var phone = await PageAsync(Phone, javaScript: false);
        await phone.GotoAsync("/");
        var toggle = phone.Locator("summary.site-menu__toggle");
        var catalog = phone.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Catálogo" });

        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveTextAsync("Menú");
        await Assertions.Expect(catalog).ToBeHiddenAsync();
        // The language switch is there with the menu closed.
        await Assertions.Expect(phone.Locator("nav.lang-switch a[hreflang='en']")).ToBeVisibleAsync();
        // Compact: the header takes a small part of the first screen.
        var header = await phone.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 120, $"header is {header.Height} px tall");

        // By keyboard, as a native disclosure: Enter on the focused button opens it.
        await toggle.FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(catalog).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("nav.user-menu").GetByRole(AriaRole.Link, new() { Name = "Entrar" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("details.site-menu")).ToHaveAttributeAsync("open", "");
        await toggle.ClickAsync();
        await Assertions.Expect(catalog).ToBeHiddenAsync();

        var laptop = await PageAsync(Laptop);
        await laptop.GotoAsync("/");
        await Assertions.Expect(laptop.Locator("summary.site-menu__toggle")).ToBeHiddenAsync();
        await Assertions.Expect(laptop.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Catálogo" })).ToBeVisibleAsync();
        await Assertions.Expect(laptop.Locator("nav.user-menu").GetByRole(AriaRole.Link, new() { Name = "Entrar" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_ShowsWhenFocused_AndMovesFocusToTheContent()
    {
        var page = await PageAsync(Phone);
        await page.GotoAsync("/vacantes");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box!.Y >= 0 && box.Y < Phone.Height, $"the focused skip link is at y={box.Y}");
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#contenido")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task VacancyForm_OnAPhone_DoesNotScrollThePageSideways()
    {
        var companyId = await _server.Factory.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: true);
        var email = $"empresa-{Guid.NewGuid():N}@example.com";
        await using (var scope = _server.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User
            {
                Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Persona de la empresa",
                Organization = "Nube del Sur", CompanyId = companyId, CreatedAt = TestClock.Now.UtcDateTime,
            };
            Assert.True((await users.CreateAsync(user, People.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Empresa);
        }

        var page = await PageAsync(Phone);
        await page.SignInAsync(email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/cuenta/entrar");
        await page.GotoAsync("/empresa/vacantes/nueva");
        await Assertions.Expect(page.Locator("table.vac-skills").First).ToBeVisibleAsync();

        await AssertNoSidewaysScrollAsync(page);
        // Every skill's two choices are on screen.
        var rightmost = await page.EvalOnSelectorAllAsync<double>("table.vac-skills select", "s => Math.max(...s.filter(e => e.offsetParent).map(e => e.getBoundingClientRect().right))");
        Assert.True(rightmost <= Phone.Width, $"a skill's choice ends at {rightmost} px");
    }

    [Fact]
    public async Task LearnersTabs_OnAPhone_AllInSight_WithoutScrollingThePage()
    {
        var learner = await _server.Factory.CreateAsync(Roles.Aprendiz);
        var page = await PageAsync(Phone);
        await page.SignInAsync(learner.Email!);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/cuenta/entrar");
        await page.GotoAsync("/mis-datos");

        var tabs = page.Locator("nav.subnav a");
        Assert.Equal(13, await tabs.CountAsync());
        var rights = await tabs.EvaluateAllAsync<double[]>("a => a.map(e => e.getBoundingClientRect().right)");
        Assert.All(rights, right => Assert.True(right <= Phone.Width, $"a tab ends at {right} px"));
        await AssertNoSidewaysScrollAsync(page);
    }

    [Fact]
    public async Task TargetBar_OnTheKpiDashboard_IsAsWideAsTheShareAchieved_OnAPhone()
    {
        await using (var scope = _server.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 17; i++)
            {
                await FollowUpSeed.LearnerAsync(db, now, consent: null);
            }

            await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(null, default);
            await scope.ServiceProvider.GetRequiredService<KpiTargets>().ReviseAsync(
                new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 500, new DateOnly(2028, 12, 31), "Meta de prueba"), "prueba", default);
        }

        var analyst = await _server.Factory.CreateAsync(Roles.Analista);
        var page = await PageAsync(Phone);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                violations.Add(message.Text);
            }
        };
        await page.SignInAsync(analyst.Email!);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/operacion/avance");

        var track = await page.Locator(".tablero-progreso").BoundingBoxAsync();
        var fill = await page.Locator(".tablero-progreso__fill").BoundingBoxAsync();
        // 17 of 500 is 3.4 %: the bar shows 3 % (whole percents), never the full width.
        Assert.InRange(fill!.Width / track!.Width, 0.02, 0.045);
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Meta" })).ToHaveAttributeAsync("aria-valuenow", "3.4");
        Assert.Empty(violations);
        await AssertNoSidewaysScrollAsync(page);
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url}: the page is {widths[0]} px wide on a {widths[1]} px screen");
    }
}
