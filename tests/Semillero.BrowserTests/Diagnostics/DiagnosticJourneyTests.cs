using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Diagnostics;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Semillero.BrowserTests.Diagnostics;

// A Pyme takes the AI-maturity diagnostic from its hub: answers dimension by dimension, invites a
// colleague who answers through the emailed link, submits, reads its level and the paths that
// close its weakest dimension, invites its staff to one, and months later measures again and sees
// the change since T0.
[Collection(BrowserGroup.Name)]
public sealed class DiagnosticJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // Answers every dimension with `score` (nube with `cloud`), saving and moving on step by step.
    private static async Task AnswerAllAsync(IPage page, int score, int cloud, bool audit = false)
    {
        foreach (var dimension in QuestionBanks.Shipped.Dimensions)
        {
            await Expect(page.Locator("#dimension-titulo")).ToHaveTextAsync(dimension.NameEs);
            foreach (var question in dimension.Questions)
            {
                await page.CheckAsync($"#p-{question.Id}-{(dimension.Id == "nube" ? cloud : score)}");
            }

            if (audit && dimension.Id == "datos")
            {
                await page.AuditAsync();
            }

            await page.ClickAsync("main form button[name=seguir]");
        }

        await Expect(page.Locator("#revision-titulo")).ToBeAttachedAsync();
    }

    [Fact]
    public async Task Pyme_TakesTheDiagnosticWithAColleague_GetsPaths_InvitesStaff_AndSeesTheChangeAtT1()
    {
        await CloudFundamentals.CatalogAsync(_server);
        var companyId = await _server.Factory.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: true);
        var email = await _server.Factory.CreateForCompanyAsync(companyId);

        // 1. From the company's hub to the diagnostic, and the first dimension.
        var page = await browser.NewPageAsync(_server);
        await page.SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("/cuenta/entrar", StringComparison.Ordinal));
        await page.GotoAsync("/empresa");
        await page.ClickAsync("main a[href$='/empresa/diagnostico']");
        await page.AuditAsync();
        await page.ClickAsync("main form button[type=submit]");
        await Expect(page.Locator(".diag-steps a[aria-current=step]")).ToContainTextAsync("Estrategia y liderazgo");
        await page.AuditAsync();

        // 2. Everything at 3 but the cloud at 0; the review shows the score the answers would give.
        await AnswerAllAsync(page, 3, 0, audit: true);
        await Expect(page.Locator("#puntaje-previo")).ToContainTextAsync("Puntaje general: 64 de 100");

        // 3. A colleague is invited and answers the strategy dimension with 1 through the link.
        await page.FillAsync("#campo-email", "socia@nubedelsur.example.mx");
        await page.ClickAsync("form.diag-invite button[type=submit]");
        await Expect(page.Locator(".alert--success")).ToContainTextAsync("Invitación enviada");
        await Expect(page.Locator(".diag-people")).ToContainTextAsync("socia@nubedelsur.example.mx");
        await page.AuditAsync();
        string link;
        await using (var db = _server.Database.NewDb())
        {
            var body = (await db.OutboxMessages.SingleAsync(m => m.Kind == InviteRespondent.EmailKind)).BodyText;
            link = body.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/diagnostico/responder/", StringComparison.Ordinal));
        }

        var colleague = await browser.NewPageAsync(_server);
        await colleague.GotoAsync(new Uri(link).PathAndQuery);
        await Expect(colleague.Locator("h1")).ToContainTextAsync("Nube del Sur");
        foreach (var question in QuestionBanks.Shipped.FindDimension("estrategia")!.Questions)
        {
            await colleague.CheckAsync($"#p-{question.Id}-1");
        }

        await colleague.AuditAsync();
        await colleague.ClickAsync("main form button[type=submit]:not([name])");
        await Expect(colleague.Locator(".diag-steps a[aria-current=step]")).ToContainTextAsync("Estrategia y liderazgo");

        // 4. Submitted: strategy is the median of 3 and 1 (2 → 50), the rest as answered:
        //    (50 + 5 × 75 + 0) ÷ 7 = 60.7 → 61, level 3; the cloud is the first dimension to work on.
        await page.ReloadAsync();
        await page.ClickAsync("main form[action*='handler=Enviar'] button");
        await Expect(page.Locator("#puntaje-general")).ToHaveTextAsync("61");
        await Expect(page.Locator("#nivel-titulo")).ToContainTextAsync("Nivel 3");
        await Expect(page.Locator(".diag-cards .card").First).ToContainTextAsync("Nube e infraestructura · 0");
        await Expect(page.Locator(".diag-cards .card").First.Locator("a[href$='/catalogo/nube-fundamentos']")).ToBeVisibleAsync();
        await Expect(page.Locator("#cambio-t0")).ToContainTextAsync("primer diagnóstico");
        await page.AuditAsync();

        // 5. The company invites two people to the recommended path.
        await page.SelectOptionAsync("#campo-target", "ruta:nube-fundamentos");
        await page.FillAsync("#campo-emails", "ana@nubedelsur.example.mx\nbeto@nubedelsur.example.mx");
        await page.ClickAsync("#formacion form button[type=submit]");
        await Expect(page.Locator(".alert--success")).ToContainTextAsync("Se enviaron 2 invitaciones");
        await Expect(page.Locator("#embudo tbody tr")).ToContainTextAsync("Nube: fundamentos");
        await page.AuditAsync();

        // 6. Measuring again (T1) after training: the cloud now at 3 too; the change shows per dimension.
        await page.GotoAsync("/empresa/diagnostico");
        await Expect(page.Locator("main table")).ToContainTextAsync("T0");
        await page.ClickAsync("main form button[type=submit]");
        await AnswerAllAsync(page, 3, 3);
        await page.ClickAsync("main form[action*='handler=Enviar'] button");
        await Expect(page.Locator("h1")).ToContainTextAsync("T1");
        await Expect(page.Locator("#puntaje-general")).ToHaveTextAsync("75");
        await Expect(page.Locator("[data-cambio=nube]")).ToHaveTextAsync("+75");
        await Expect(page.Locator("#cambio-t0")).ToContainTextAsync("61 en T0");
        await page.AuditAsync();
    }
}
