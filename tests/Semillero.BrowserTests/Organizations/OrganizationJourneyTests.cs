using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Semillero.BrowserTests.Organizations;

// An academia registers itself at /aliados/registro, confirms its email through the emailed link
// and sees its hub waiting for verification; an operator verifies it at /operacion/aliados; it
// then appears in the public directory, filtered by its kind, with its own page.
[Collection(BrowserGroup.Name)]
public sealed class OrganizationJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Name = "Instituto Tecnológico de la Sierra Norte";
    private const string Email = "vinculacion@itsierra.example.mx";
    private const string Password = "contraseña-del-instituto";

    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task SignInAndWaitAsync(IPage page, string email, string password)
    {
        await page.SignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/cuenta/entrar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Academia_RegistersConfirmsAndIsVerified_ThenAppearsInTheDirectory()
    {
        var operador = await _server.Factory.CreateAsync(Roles.Operador);

        // 1. The academia registers itself.
        var org = await browser.NewPageAsync(_server);
        await org.GotoAsync("/aliados");
        await org.ClickAsync("main a[href$='/aliados/registro']");
        await org.SelectOptionAsync("#campo-kind", "academia");
        await org.FillAsync("#campo-name", Name);
        await org.FillAsync("#campo-legalName", "Instituto Tecnológico Superior de la Sierra Norte de Puebla");
        await org.FillAsync("#campo-rfc", TestOrganizations.NewRfc());
        await org.SelectOptionAsync("#campo-state", "21");
        await org.FillAsync("#campo-website", "itsierra.example.mx");
        await org.FillAsync("#campo-contactName", "Laura Pérez Gómez");
        await org.FillAsync("#campo-contactEmail", Email);
        await org.FillAsync("#campo-password", Password);
        await org.CheckAsync("#campo-aviso");
        await org.ClickAsync("main form button[type=submit]");
        await Expect(org.Locator("#registrada-titulo")).ToBeVisibleAsync();
        await org.AuditAsync();

        // 2. It confirms its email through the emailed link and sees what is waiting.
        var link = Assert.Single(await _server.ConfirmationLinksAsync(Email));
        await org.GotoAsync(new Uri(link).PathAndQuery);
        await org.ClickAsync("main form button[type=submit]");
        await Expect(org.Locator("#confirmar-titulo")).ToHaveTextAsync("Su correo está confirmado");
        await SignInAndWaitAsync(org, Email, Password);
        await org.GotoAsync("/organizacion");
        await Expect(org.Locator("#estado-organizacion")).ToContainTextAsync("Su organización espera la verificación");
        await org.AuditAsync();

        // 3. An operator verifies it from the queue.
        var op = await browser.NewPageAsync(_server);
        await SignInAndWaitAsync(op, operador.Email!, People.Password);
        await op.GotoAsync("/operacion");
        await op.ClickAsync(".op-tabs a[href$='/operacion/aliados']");
        var row = op.Locator("tr", new() { HasText = Name });
        await Expect(row).ToBeVisibleAsync();
        await op.AuditAsync();
        await row.Locator("button", new() { HasText = "Verificar" }).ClickAsync();
        await Expect(op.Locator(".op-flash--ok")).ToContainTextAsync("ya aparece en el directorio");

        // 4. The organisation's hub says so, and the public directory lists it by its kind.
        await org.GotoAsync("/organizacion");
        await Expect(org.Locator("#estado-organizacion")).ToContainTextAsync("Organización verificada");
        var visitor = await browser.NewPageAsync(_server);
        await visitor.GotoAsync("/");
        await visitor.ClickAsync(".site-nav a[href$='/aliados']");
        await visitor.SelectOptionAsync("#filtro-tipo", "academia");
        await visitor.ClickAsync("main form[role=search] button[type=submit]");
        await visitor.ClickAsync($"main .org-card a:has-text('{Name}')");
        await Expect(visitor.Locator("main h1")).ToHaveTextAsync(Name);
        Assert.DoesNotContain(Email, await visitor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await visitor.AuditAsync();
    }
}
