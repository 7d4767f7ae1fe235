using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.BrowserTests.Infrastructure;
using Semillero.Data;
using Semillero.FollowUp;
using Semillero.Hiring;
using Semillero.Tests.FollowUp;

namespace Semillero.BrowserTests.FollowUp;

// The follow-up journey in real Chromium: a graduate who consented gets the 3-month survey by
// email, opens the link (no password), answers, and sees the thank-you page; the answer is stored.
[Collection(BrowserGroup.Name)]
public sealed class FollowUpJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Graduate_OpensTheEmailedLink_AnswersTheSurvey_AndSeesTheThanks()
    {
        // The live server runs on the real clock: the path was completed three months ago, and one
        // follow-up pass (what the hourly scheduler does) creates and emails the survey.
        Guid learner;
        string body;
        await using (var scope = _server.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var path = await FollowUpSeed.PathAsync(db, "nube-fundamentos", now);
            learner = await FollowUpSeed.LearnerAsync(db, now);
            await FollowUpSeed.CompletionAsync(db, learner, path, now.AddMonths(-3).AddMinutes(-5));
            await scope.ServiceProvider.GetRequiredService<RunFollowUps>().RunAsync(default);
            var email = await db.Learners.Where(l => l.Id == learner).Select(l => l.Email).SingleAsync();
            body = await db.OutboxMessages.Where(m => m.To == email && m.Kind == FollowUpMessages.SurveyKind).Select(m => m.BodyText).SingleAsync();
        }

        // The email's link points at the configured public address; the same path on the live server.
        var link = new Uri(FollowUpSeed.LinkIn(body));
        var page = await browser.NewPageAsync(_server);
        await page.GotoAsync(link.PathAndQuery);
        Assert.Equal("¿Cómo le va a 3 meses de egresar?", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AuditAsync();

        // Sending nothing: the messages appear next to the questions.
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("Elija su situación laboral actual.", await page.Locator("#error-situacion").InnerTextAsync(), StringComparison.Ordinal);
        await page.AuditAsync();

        await page.CheckAsync("#situacion-empleado");
        Assert.True(await page.Locator("#campo-sector").IsVisibleAsync());
        await page.SelectOptionAsync("#campo-sector", "54");
        await page.SelectOptionAsync("#campo-salario", "20k_35k");
        await page.CheckAsync("#ayudo-mucho");
        await page.FillAsync("#campo-comentario", "Ahora trabajo en soporte de nube.");
        await page.ClickAsync("main form button[type=submit]");

        Assert.Equal("¡Gracias por responder!", (await page.Locator("#gracias .alert__title").InnerTextAsync()).Trim());
        await page.AuditAsync();

        await using var check = _server.Database.NewDb();
        var survey = await check.FollowUpSurveys.AsNoTracking().SingleAsync(s => s.LearnerId == learner);
        Assert.NotNull(survey.AnsweredAt);
        Assert.Equal(EmploymentStatus.Empleado, survey.Employment);
        Assert.Equal("54", survey.SectorCode);
        Assert.Equal(SalaryBand.De20kA35k, survey.SalaryBand);
        Assert.Equal(TrainingHelped.Mucho, survey.Helped);
        Assert.Equal("Ahora trabajo en soporte de nube.", survey.Comment);

        // The same link again: already answered, said in words.
        await page.GotoAsync(link.PathAndQuery);
        Assert.Contains("Esta encuesta ya fue respondida", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
