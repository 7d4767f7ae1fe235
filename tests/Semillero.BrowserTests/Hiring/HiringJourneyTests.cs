using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Catalog;
using Semillero.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Semillero.BrowserTests.Hiring;

// The hiring journey in real Chromium. A learner earns a badge through a partner's LRS
// statements and makes their work profile visible; a company registers itself, confirms its email
// and waits for review (its published vacancy is not public yet); an operator verifies it; the
// vacancy goes public; the employer sees the learner only by alias, with why they rank (the badge,
// the missing skill and the path that closes the gap) and invites them; the learner accepts; the
// employer then sees their name and email, interviews and hires them; the placement names the
// badge, and the learner sees "Contratada".
[Collection(BrowserGroup.Name)]
public sealed class HiringJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    // A valid 12-character RFC of a persona moral (check digit included), from the RFC vectors.
    private const string Rfc = "AÑE9902224Z4";
    private const string CompanyEmail = "rh.nubedelsur@example.com";
    private const string CompanyPassword = "contraseña-de-la-empresa";
    private const string VacancyTitle = "Analista de soporte en la nube";

    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // Signs in and waits to leave the form: the next step needs the session.
    private static async Task SignInAndWaitAsync(IPage page, string email, string password = People.Password)
    {
        await page.SignInAsync(email, password);
        await page.WaitForURLAsync(url => !url.Contains("/cuenta/entrar", StringComparison.Ordinal));
    }

    private static async Task<string> MainTextAsync(IPage page) => await page.Locator("main").InnerTextAsync();

    // The path the learner completes (grants nube-computo) and the one that closes the gap the
    // vacancy asks for (nube-contenedores).
    private async Task CatalogAsync()
    {
        await CloudFundamentals.CatalogAsync(_server);
        await PathCatalog.CreateAsync(
            _server.Factory.Services, CloudFundamentals.Home, CloudFundamentals.Partner, "nube-contenedores", PathArea.Nube, "Nube: contenedores", "Cloud: containers",
            [new("NUBE-201", "Contenedores en la práctica", "Containers in practice")],
            "nube-contenedores");
    }

    [Fact]
    public async Task Employer_RegistersPostsInvitesAndHires_LearnerAcceptsAndSeesTheHire()
    {
        await CatalogAsync();
        var learnerUser = await _server.Factory.CreateAsync(Roles.Aprendiz);
        var operador = await _server.Factory.CreateAsync(Roles.Operador);
        Semillero.Learners.Learner learner;
        await using (var db = _server.Database.NewDb())
        {
            learner = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == learnerUser.LearnerId);
        }

        var fullName = $"{learner.GivenNames} {learner.FirstSurname}";
        await CloudFundamentals.ReportCompletionsAsync(_server, learner.Email!);

        // 1. The learner: the badge arrives, then the work profile is made visible to employers.
        var me = await browser.NewPageAsync(_server);
        await SignInAndWaitAsync(me, learner.Email!);
        await CloudFundamentals.OpenBadgesUntilValidAsync(me);
        Assert.Contains("Insignia vigente", await me.Locator(".achievement[data-path='nube-fundamentos']").InnerTextAsync(), StringComparison.Ordinal);

        await me.GotoAsync("/mi-aprendizaje/perfil-laboral");
        Assert.Contains("Fundamentos de cómputo en la nube", await me.Locator("main form").InnerTextAsync(), StringComparison.Ordinal);
        await me.CheckAsync("#visible");
        await me.CheckAsync("#disp-Inmediata");
        await me.CheckAsync("#m-hibrido");
        await me.CheckAsync("#m-remoto");
        await me.FillAsync("#resumen", "Soporte de infraestructura y consultas de datos.");
        await me.ClickAsync("details:has(#h-datos-sql) > summary");
        await me.SelectOptionAsync("#h-datos-sql", "2");
        await me.ClickAsync("main form button[type=submit]");
        await Expect(me.Locator("main [role=status]")).ToContainTextAsync("Las empresas pueden encontrarle con su alias");
        var alias = (await me.Locator(".match__alias").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(alias));
        Assert.True(await me.IsCheckedAsync("#visible"));
        Assert.Equal("2", await me.InputValueAsync("#h-datos-sql"));
        await me.AuditAsync();

        // 2. The company registers itself and confirms its email through the emailed link.
        var emp = await browser.NewPageAsync(_server);
        await emp.GotoAsync("/empresas/registro");
        await emp.FillAsync("#campo-rfc", Rfc);
        await emp.FillAsync("#campo-legalName", "Nube del Sur, S.A. de C.V.");
        await emp.FillAsync("#campo-tradeName", "Nube del Sur");
        await emp.SelectOptionAsync("#campo-sector", "54");
        await emp.SelectOptionAsync("#campo-state", learner.StateCode);
        await emp.FillAsync("#campo-workers", "25");
        await emp.FillAsync("#campo-annualSalesMdp", "12.5");
        await emp.SelectOptionAsync("#campo-kind", "pyme");
        await emp.FillAsync("#campo-website", "https://nubedelsur.example.com");
        await emp.FillAsync("#campo-description", "Consultoría de nube para pymes del Bajío.");
        await emp.FillAsync("#campo-contactName", "Mariana Robles Ortiz");
        await emp.FillAsync("#campo-email", CompanyEmail);
        await emp.FillAsync("#campo-password", CompanyPassword);
        await emp.CheckAsync("#campo-aviso");
        await emp.ClickAsync("main form button[type=submit]");
        await Expect(emp.Locator("#registrada-titulo")).ToBeVisibleAsync();
        Assert.Contains(CompanyEmail, await MainTextAsync(emp), StringComparison.Ordinal);
        await emp.AuditAsync();

        var link = Assert.Single(await _server.ConfirmationLinksAsync(CompanyEmail));

        await emp.GotoAsync(new Uri(link).PathAndQuery);
        await emp.ClickAsync("main form button[type=submit]");
        await Expect(emp.Locator("#confirmar-titulo")).ToHaveTextAsync("Su correo está confirmado");
        await emp.AuditAsync();

        // Signed in, the company is under review: a published vacancy is not public yet.
        await SignInAndWaitAsync(emp, CompanyEmail, CompanyPassword);
        Assert.Equal("/empresa", new Uri(emp.Url).AbsolutePath);
        Assert.Contains("Su empresa está en revisión", await emp.Locator("#estado-empresa").InnerTextAsync(), StringComparison.Ordinal);

        // 4. The vacancy: the badge's skill and one the learner lacks are required; SQL is nice to have.
        await emp.ClickAsync("a[href$='/empresa/vacantes/nueva']");
        await emp.FillAsync("#campo-title", VacancyTitle);
        await emp.FillAsync("#campo-description", "Atender incidentes de infraestructura en la nube y automatizar despliegues con contenedores.");
        await emp.SelectOptionAsync("select[name='nivel[nube-computo]']", "1");
        await emp.SelectOptionAsync("select[name='nivel[nube-contenedores]']", "1");
        await emp.ClickAsync("details:has(select[name='nivel[datos-sql]']) > summary");
        await emp.SelectOptionAsync("select[name='nivel[datos-sql]']", "1");
        await emp.SelectOptionAsync("select[name='tipo[datos-sql]']", "deseable");
        await emp.SelectOptionAsync("#campo-modality", "hibrido");
        await emp.SelectOptionAsync("#campo-state", learner.StateCode);
        await emp.FillAsync("#campo-salaryMin", "18000");
        await emp.FillAsync("#campo-salaryMax", "24000");
        await emp.FillAsync("#campo-openings", "2");
        await emp.ClickAsync("main form.form button[type=submit]");
        await Expect(emp).ToHaveURLAsync(new Regex("/empresa/vacantes/[0-9a-f-]{36}$"));
        var vacancyPath = new Uri(emp.Url).AbsolutePath;
        Assert.Equal("Borrador", (await emp.Locator("#estado-vacante").InnerTextAsync()).Trim());
        await emp.ClickAsync("form[action*='handler=publicar'] button[type=submit]");
        await Expect(emp.Locator("#estado-vacante")).ToHaveTextAsync("Abierta");
        Assert.Contains("No pública aún", await emp.Locator(".page-head").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("se publicará cuando lo esté", await MainTextAsync(emp), StringComparison.Ordinal);
        await emp.AuditAsync();

        var visitor = await browser.NewPageAsync(_server);
        await visitor.GotoAsync("/vacantes");
        Assert.Contains("Aún no hay vacantes abiertas.", await MainTextAsync(visitor), StringComparison.Ordinal);
        await visitor.AuditAsync();

        await emp.GotoAsync(vacancyPath + "/candidatos");
        Assert.Contains("aún no está verificada", await MainTextAsync(emp), StringComparison.Ordinal);
        Assert.Equal(0, await emp.Locator("li.match").CountAsync());
        await emp.AuditAsync();

        // 3. An operator verifies the company.
        var op = await browser.NewPageAsync(_server);
        await SignInAndWaitAsync(op, operador.Email!);
        await op.GotoAsync("/operacion/empresas");
        var row = op.Locator("main tbody tr", new() { HasText = Rfc });
        Assert.Contains("Nube del Sur", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("form[action*='handler=verificar'] button[type=submit]").ClickAsync();
        await Expect(op.Locator("main tbody tr", new() { HasText = Rfc })).ToHaveCountAsync(0);
        await op.GotoAsync("/operacion/empresas?estado=verificadas");
        Assert.Equal(1, await op.Locator("main tbody tr", new() { HasText = Rfc }).CountAsync());

        // Now verified: the company home says so and the vacancy is public for anyone.
        await emp.GotoAsync("/empresa");
        Assert.Contains("Empresa verificada", await emp.Locator("#estado-empresa").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Pública", await emp.Locator("main tbody tr", new() { HasText = VacancyTitle }).InnerTextAsync(), StringComparison.Ordinal);
        await visitor.GotoAsync("/vacantes");
        var publicCard = visitor.Locator(".vac-card", new() { HasText = VacancyTitle });
        Assert.Equal(1, await publicCard.CountAsync());
        Assert.Contains("Nube del Sur", await publicCard.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Fundamentos de cómputo en la nube", await publicCard.InnerTextAsync(), StringComparison.Ordinal);

        // 5. Ranked candidates: the learner only by alias, with the explanation.
        await emp.GotoAsync(vacancyPath + "/candidatos");
        var card = emp.Locator($"li.match[data-alias='{alias}']");
        Assert.Equal(1, await card.CountAsync());
        Assert.Contains("insignia: Nube: fundamentos", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("verificada con insignia", await card.Locator(".match__matched li[data-skill='nube-computo']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("declarada (sin insignia)", await card.Locator(".match__matched li[data-skill='datos-sql']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Contenedores — requerida", await card.Locator(".match__missing li[data-skill='nube-contenedores']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Nube: contenedores", await card.Locator(".match__paths li[data-path='nube-contenedores']").InnerTextAsync(), StringComparison.Ordinal);
        var candidatesHtml = await emp.ContentAsync();
        Assert.DoesNotContain(fullName, candidatesHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(learner.Email!, candidatesHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(learner.Curp, candidatesHtml, StringComparison.OrdinalIgnoreCase);

        await card.Locator("textarea[name=mensaje]").FillAsync("Nos interesa su perfil para soporte en la nube.");
        await card.Locator("form.match__invite button[type=submit]").ClickAsync();
        await Expect(emp.Locator("main [role=status]")).ToContainTextAsync($"Invitación enviada a {alias}");
        await emp.AuditAsync();

        // Before the learner answers, the pipeline shows the invitation without contact details.
        await emp.GotoAsync(vacancyPath + "/postulaciones");
        var invited = emp.Locator("section[data-stage='Invitada']");
        Assert.Contains(alias, await invited.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Datos de contacto ocultos", await invited.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(learner.Email!, await emp.ContentAsync(), StringComparison.OrdinalIgnoreCase);

        // 6. The learner accepts the invitation: it becomes an application.
        await me.GotoAsync("/mi-aprendizaje/postulaciones");
        var invitation = me.Locator("#invitaciones-titulo ~ ul li.card", new() { HasText = VacancyTitle });
        Assert.Contains("Nube del Sur", await invitation.Locator(".achievement__meta").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Nos interesa su perfil", await invitation.InnerTextAsync(), StringComparison.Ordinal);
        await invitation.Locator("button[value=aceptar]").ClickAsync();
        var application = me.Locator("li.card[data-stage]", new() { HasText = VacancyTitle });
        await Expect(application).ToHaveAttributeAsync("data-stage", "Postulada");
        Assert.Contains("Postulada", await application.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await me.Locator("#invitaciones-titulo").CountAsync());
        await me.AuditAsync();

        // 7. The employer's pipeline: now the name and email are visible; interview, then hire.
        await emp.GotoAsync(vacancyPath + "/postulaciones");
        var applied = emp.Locator("section[data-stage='Postulada'] tbody tr");
        Assert.Contains(learner.Email!, await applied.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(learner.GivenNames, await applied.InnerTextAsync(), StringComparison.Ordinal);
        await applied.Locator("a").ClickAsync();
        await Expect(emp).ToHaveURLAsync(new Regex("/empresa/postulaciones/[0-9a-f-]{36}$"));
        Assert.Equal(learner.Email, (await emp.Locator("[data-contact=email]").InnerTextAsync()).Trim(), ignoreCase: true);
        Assert.Contains(learner.GivenNames, await emp.Locator("[data-contact=name]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(learner.FirstSurname, await emp.Locator("[data-contact=name]").InnerTextAsync(), StringComparison.Ordinal);

        await emp.FillAsync("#nota", "Entrevista el martes a las 10:00.");
        await emp.ClickAsync("button[name=etapa][value=Entrevista]");
        await Expect(emp.Locator(".page-head [data-stage]")).ToHaveAttributeAsync("data-stage", "Entrevista");
        await emp.AuditAsync();

        var startsOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(14);
        await emp.FillAsync("#inicio", startsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await emp.SelectOptionAsync("#sueldo", "De20kA35k");
        await emp.SelectOptionAsync("#contrato", "Indeterminado");
        await emp.ClickAsync("form:has(#inicio) button[type=submit]");
        await Expect(emp.Locator(".page-head [data-stage]")).ToHaveAttributeAsync("data-stage", "Contratada");
        var placement = emp.Locator("section[data-placement]");
        var placementText = await placement.InnerTextAsync();
        Assert.Contains("$20,001 a $35,000 al mes", placementText, StringComparison.Ordinal);
        Assert.Contains("Tiempo indeterminado", placementText, StringComparison.Ordinal);
        Assert.Contains("Nube: fundamentos", await placement.Locator("li[data-badge]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await emp.Locator("form:has(#inicio)").CountAsync());
        await emp.AuditAsync();

        // 8. The learner sees the hire.
        await me.GotoAsync("/mi-aprendizaje/postulaciones");
        var hired = me.Locator("li.card[data-stage]", new() { HasText = VacancyTitle });
        Assert.Equal("Contratada", await hired.GetAttributeAsync("data-stage"));
        Assert.Contains("Contratada", await hired.InnerTextAsync(), StringComparison.Ordinal);
    }
}
