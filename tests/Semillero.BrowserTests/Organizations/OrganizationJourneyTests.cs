using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Semillero.BrowserTests.Organizations;

// An academia registers itself at /aliados/registro, confirms its email through the emailed link
// and sees its hub waiting for verification; an operator verifies it at /operacion/aliados; it
// then appears in the public directory, filtered by its kind, with its own page. It opens a cohort,
// an operator approves it, a learner enrols from /convocatorias, the provider's platform reports
// their learning, and the academia sees them in its funnel while they see the cohort in
// "Mi aprendizaje".
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
    public async Task Academia_IsVerified_OpensACohort_ALearnerEnrols_AndTheirLearningReachesItsFunnel()
    {
        var operador = await _server.Factory.CreateAsync(Roles.Operador);
        var learner = await _server.Factory.CreateAsync(Roles.Aprendiz);
        await CloudFundamentals.CatalogAsync(_server);

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
        await row.Locator("form[action*='handler=verificar'] button").ClickAsync();
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

        // 5. The academia opens a cohort of the published path, its window open today.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-6));
        await org.GotoAsync("/organizacion");
        await org.ClickAsync("main a[href$='/organizacion/convocatorias']");
        await org.ClickAsync("main a[href$='/organizacion/convocatorias/nueva']");
        await org.FillAsync("#campo-name", Cohort);
        await org.CheckAsync("#ruta-nube-fundamentos");
        await org.SelectOptionAsync("#campo-modality", "en_linea");
        await org.FillAsync("#campo-startsOn", Day(today.AddDays(-10)));
        await org.FillAsync("#campo-endsOn", Day(today.AddDays(60)));
        await org.FillAsync("#campo-enrolmentOpensOn", Day(today.AddDays(-10)));
        await org.FillAsync("#campo-enrolmentClosesOn", Day(today.AddDays(20)));
        await org.FillAsync("#campo-capacity", "30");
        await org.CheckAsync("#modo-abierta");
        await org.AuditAsync();
        await org.ClickAsync("main form button[type=submit]");
        await Expect(org.Locator("main")).ToContainTextAsync(Cohort);

        // 6. An operator approves it.
        await op.GotoAsync("/operacion/convocatorias");
        var cohortRow = op.Locator("tr", new() { HasText = Cohort });
        await Expect(cohortRow).ToBeVisibleAsync();
        await op.AuditAsync();
        var approve = new LocatorGetByRoleOptions { Name = "Aprobar", Exact = true };
        await cohortRow.GetByRole(AriaRole.Button, approve).ClickAsync();
        await Expect(op.Locator("tr", new() { HasText = Cohort }).GetByRole(AriaRole.Button, approve)).ToHaveCountAsync(0);

        // 7. A learner finds it at /convocatorias and enrols.
        var person = await browser.NewPageAsync(_server);
        await SignInAndWaitAsync(person, learner.Email!, People.Password);
        await person.GotoAsync("/convocatorias");
        await person.ClickAsync($"main .card__title a:has-text('{Cohort}')");
        await Expect(person.Locator("main h1")).ToHaveTextAsync(Cohort);
        await person.AuditAsync();
        await person.ClickAsync("main form button:has-text('Inscribirme')");
        await Expect(person.Locator("main")).ToContainTextAsync("inscrit", new() { IgnoreCase = true });

        // 8. The provider's platform reports their learning on the cohort's path.
        var (keyId, secret) = await _server.Factory.XapiKeyAsync(CloudFundamentals.Partner);
        using (var platform = new HttpClient { BaseAddress = _server.BaseAddress }.WithXapiCredentials(keyId, secret))
        {
            var statement = $$"""
                { "actor": { "objectType": "Agent", "mbox": "mailto:{{learner.Email}}" },
                  "verb": { "id": "http://adlnet.gov/expapi/verbs/completed", "display": { "en": "completed" } },
                  "object": { "id": "{{CloudFundamentals.Home}}/course/NUBE-101", "objectType": "Activity" },
                  "result": { "completion": true }, "timestamp": "{{TimeProvider.System.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}" }
                """;
            var sent = await platform.PostAsync("/xapi/statements", new StringContent(statement, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(System.Net.HttpStatusCode.OK, sent.StatusCode);
        }

        // 9. The academia sees the learner in its funnel, past "inscrita".
        var name = await LearnerNameAsync(learner.LearnerId!.Value);
        await org.GotoAsync("/organizacion");
        await org.ClickAsync("main a[href$='/organizacion/resultados']");
        var personRow = org.Locator("#tabla-personas tr", new() { HasText = name });
        await Expect(personRow).ToBeVisibleAsync();
        Assert.NotEqual("Inscrita", await personRow.Locator("td[data-etapa]").GetAttributeAsync("data-etapa"));
        await org.AuditAsync();

        // 10. The learner sees the cohort in "Mi aprendizaje".
        await person.GotoAsync("/mi-aprendizaje/convocatorias");
        await Expect(person.Locator("main")).ToContainTextAsync(Cohort);
        await person.AuditAsync();
    }

    private const string Cohort = "Nube para docentes de la Sierra Norte";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> LearnerNameAsync(Guid learnerId)
    {
        await using var db = _server.Database.NewDb();
        var learner = await db.Learners.FindAsync(learnerId);
        return $"{learner!.GivenNames} {learner.FirstSurname}";
    }
}
