using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Privacy;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Privacy;

// The learner privacy journey in real Chromium: a learner registers, confirms by the emailed link (read from
// the outbox), signs in, sees and downloads their data, withdraws a consent, asks for a name
// correction that an operator processes from the queue, cancels, and can no longer sign in.
[Collection(BrowserGroup.Name)]
public sealed class LearnerPrivacyJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Curp = "PEGJ900512HJCRRS04";
    private const string Email = "juan.perez@example.com";
    private const string Password = "mi-contraseña-segura";

    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<IPage> NewPageAsync() => browser.NewPageAsync(_server, acceptDownloads: true);

    [Fact]
    public async Task Learner_RegistersConfirmsDownloadsWithdrawsCancels_AndOperatorProcessesTheQueue()
    {
        var operador = await _server.Factory.CreateAsync(Roles.Operador);
        var page = await NewPageAsync();

        // Register.
        await page.GotoAsync("/cuenta/registro");
        await page.FillAsync("#campo-curp", Curp);
        await page.FillAsync("#campo-nombre", "Juan");
        await page.FillAsync("#campo-primer_apellido", "Pérez");
        await page.FillAsync("#campo-segundo_apellido", "García");
        await page.FillAsync("#campo-correo", Email);
        await page.FillAsync("#campo-password", Password);
        await page.SelectOptionAsync("#campo-entidad", "14");
        await page.SelectOptionAsync("#campo-segmento", "estudiante");
        await page.CheckAsync("#campo-aviso");
        await page.CheckAsync($"#consentimiento-{Purposes.CompartirSecretaria}");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains(Email, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AuditAsync();

        // Not confirmed yet: signing in is refused.
        await page.SignInAsync(Email, Password);
        Assert.Contains("/cuenta/entrar", page.Url, StringComparison.Ordinal);
        await page.AuditAsync();

        // Confirm through the link in the outbox (the sign-in with the right password just sent a
        // second one; either works).
        var link = (await _server.ConfirmationLinksAsync(Email))[^1];

        // Opening the link alone confirms nothing (mail scanners follow links); the button does.
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.AuditAsync();
        await page.SignInAsync(Email, Password);
        Assert.Contains("/cuenta/entrar", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.ClickAsync("main form button[type=submit]");
        await page.SignInAsync(Email, Password);
        // A new learner starts from the steps that get them learning; their data is one link away.
        await page.WaitForURLAsync(url => url.EndsWith("/mi-aprendizaje/inicio", StringComparison.Ordinal));
        Assert.Equal("no", await page.GetAttributeAsync("[data-paso='ruta']", "data-hecho"));
        await page.AuditAsync();
        await page.ClickAsync("a.subnav__link[href$='/mis-datos']");
        Assert.EndsWith("/mis-datos", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(Curp, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Download everything as JSON.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href$='/mis-datos/descargar']"));
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())).RootElement;
        Assert.Equal(Curp, json.GetProperty("person").GetProperty("curp").GetString());
        Assert.True(json.GetProperty("consentHistory").GetArrayLength() >= 4);

        // Withdraw the consent to share identified data with the Ministry.
        Guid learnerId;
        await using (var db = _server.Database.NewDb())
        {
            learnerId = await db.Learners.Where(l => l.Curp == Curp).Select(l => l.Id).SingleAsync();
        }

        Assert.True(await HasConsentAsync(learnerId, Purposes.CompartirSecretaria));
        await page.GotoAsync("/mis-datos/consentimientos");
        await page.ClickAsync($"form:has(input[name=finalidad][value={Purposes.CompartirSecretaria}]) button[type=submit]");
        Assert.False(await HasConsentAsync(learnerId, Purposes.CompartirSecretaria));
        await page.AuditAsync();

        // Ask for a name correction: it goes to the operators' queue.
        await page.GotoAsync("/mis-datos/corregir");
        await page.FillAsync("#campo-nombre", "José");
        await page.ClickAsync("main form button[type=submit]");
        await page.AuditAsync();

        // An operator processes it from the queue.
        var op = await NewPageAsync();
        await op.SignInAsync(operador.Email!);
        await op.GotoAsync("/operacion/solicitudes");
        await op.ClickAsync("main table a.button");
        await op.CheckAsync("#decision-atender");
        Assert.Equal("José", await op.InputValueAsync("#nombre"));
        await op.AuditAsync();
        await op.FillAsync("#respuesta", "Corregido conforme a su acta de nacimiento.");
        await op.ClickAsync("form.op-form button[type=submit]");
        await op.GotoAsync("/operacion/solicitudes");
        Assert.Equal(0, await op.Locator("main table a.button").CountAsync());
        await using (var db = _server.Database.NewDb())
        {
            Assert.Equal("José", await db.Learners.Where(l => l.Id == learnerId).Select(l => l.GivenNames).SingleAsync());
        }

        // Cancel: the account goes, the person can no longer sign in.
        await page.GotoAsync("/mis-datos/cancelar");
        await page.FillAsync("#campo-password", Password);
        // Under CI load the page can still be settling when the box is clicked (Playwright: "element
        // is not stable", then a click that missed); a person would simply click again.
        var understand = page.Locator("#campo-entiendo");
        for (var attempt = 0; attempt < 5 && !await understand.IsCheckedAsync(); attempt++)
        {
            try
            {
                await understand.CheckAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                await Task.Delay(250);
            }
        }

        Assert.True(await understand.IsCheckedAsync());
        await page.ClickAsync("form.danger-form button[type=submit]");
        Assert.Contains("anonim", await page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.AuditAsync();

        await page.SignInAsync(Email, Password);
        Assert.Contains("/cuenta/entrar", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/mis-datos");
        Assert.Contains("/cuenta/entrar", page.Url, StringComparison.Ordinal);
        await using (var db = _server.Database.NewDb())
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == Email));
            Assert.False(await db.Learners.AnyAsync(l => l.Curp == Curp));
            Assert.Equal(1, await db.Learners.CountAsync());
        }
    }

    private async Task<bool> HasConsentAsync(Guid learnerId, string purpose)
    {
        await using var db = _server.Database.NewDb();
        return await new Consents(db, PrivacyNotices.Published, TimeProvider.System, new LearnerChanges([])).HasAsync(learnerId, purpose, default);
    }
}
