using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Data;
using Semillero.Email;
using Semillero.FollowUp;
using Semillero.Hiring;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.FollowUp;

// Survey tokens also carry a real-clock expiry (Data Protection's time-limited protector), so
// the fake clock starts at the real now and only moves forward.
public abstract class RunFollowUpsTests(DatabaseProvider provider)
    : ProductTest(provider, new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddHours(15), TimeSpan.Zero))
{
    public sealed class OnSqlite() : RunFollowUpsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RunFollowUpsTests(DatabaseProvider.Postgres);

    private Guid _path;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.NewDb();
        _path = await FollowUpSeed.PathAsync(db, "nube-fundamentos", Now);
    }

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private async Task<FollowUpRun> RunAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunFollowUps>().RunAsync(default);
    }

    private async Task<Guid> GraduateAsync(bool? consent = true, string? email = "auto", DateTime? completedAt = null)
    {
        await using var db = Database.NewDb();
        var learner = await FollowUpSeed.LearnerAsync(db, Now, email, consent: consent);
        await FollowUpSeed.CompletionAsync(db, learner, _path, completedAt ?? Now);
        return learner;
    }

    private async Task<List<OutboxMessage>> MailAsync(Guid learner)
    {
        await using var db = Database.NewDb();
        var email = await db.Learners.Where(l => l.Id == learner).Select(l => l.Email).SingleAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private async Task<List<FollowUpSurvey>> SurveysAsync(Guid learner)
    {
        await using var db = Database.NewDb();
        return await db.FollowUpSurveys.AsNoTracking().Where(s => s.LearnerId == learner).OrderBy(s => s.Months).ToListAsync();
    }

    private void AdvanceTo(DateTime at) => Clock.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)));

    private static readonly FollowUpAnswer Employed = new("empleado", "54", "20k_35k", "mucho", "Conseguí trabajo en <b>soporte</b> de nube.");

    [Fact]
    public async Task Graduate_GetsTheSurveyAtThreeMonths_RemindersAtSevenAndFourteenDays_AndNoMore()
    {
        var completed = Now;
        var learner = await GraduateAsync();
        var due = completed.AddMonths(3);

        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        AdvanceTo(due.AddMinutes(-1));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());

        AdvanceTo(due);
        Assert.Equal(new FollowUpRun(1, 1, 0), await RunAsync());
        var survey = Assert.Single(await SurveysAsync(learner));
        Assert.Equal(3, survey.Months);
        Assert.Equal(_path, survey.PathId);
        Assert.Equal(new DateOnly(completed.Year, completed.Month, 1), survey.Cohort);
        Assert.Equal(due.AddDays(30), DateTime.SpecifyKind(survey.ExpiresAt, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        var mail = Assert.Single(await MailAsync(learner));
        Assert.Equal(FollowUpMessages.SurveyKind, mail.Kind);
        Assert.StartsWith("http://localhost:5080/seguimiento/", FollowUpSeed.LinkIn(mail.BodyText), StringComparison.Ordinal);
        Assert.Contains("Hola, Ana Lucía", mail.BodyText, StringComparison.Ordinal);
        Assert.Contains("3 months after graduating", mail.Subject, StringComparison.Ordinal);

        // Running again changes nothing.
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());

        AdvanceTo(due.AddDays(7).AddMinutes(-1));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        AdvanceTo(due.AddDays(7));
        Assert.Equal(new FollowUpRun(0, 0, 1), await RunAsync());
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        AdvanceTo(due.AddDays(14));
        Assert.Equal(new FollowUpRun(0, 0, 1), await RunAsync());
        AdvanceTo(due.AddDays(21));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());

        var messages = await MailAsync(learner);
        Assert.Equal([FollowUpMessages.SurveyKind, FollowUpMessages.ReminderKind, FollowUpMessages.ReminderKind], messages.Select(m => m.Kind));
        // Every email's link opens the same survey.
        foreach (var m in messages)
        {
            Assert.IsType<FollowUpSurveyOutcome.Open>(await RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().OpenAsync(FollowUpSeed.TokenIn(m.BodyText), default)));
        }

        var stored = Assert.Single(await SurveysAsync(learner));
        Assert.Equal(2, stored.Reminders);
    }

    [Fact]
    public async Task AnsweredSurvey_GetsNoReminders_AndTheAnswerIsStoredAsText()
    {
        var learner = await GraduateAsync();
        AdvanceTo(Now.AddMonths(3));
        await RunAsync();
        var token = FollowUpSeed.TokenIn(Assert.Single(await MailAsync(learner)).BodyText);

        AdvanceTo(Now.AddDays(2));
        Assert.IsType<FollowUpSurveyOutcome.Answered>(await RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().RunAsync(token, Employed, default)));
        AdvanceTo(Now.AddDays(20));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());

        Assert.Single(await MailAsync(learner));
        var survey = Assert.Single(await SurveysAsync(learner));
        Assert.Equal(EmploymentStatus.Empleado, survey.Employment);
        Assert.Equal("54", survey.SectorCode);
        Assert.Equal(SalaryBand.De20kA35k, survey.SalaryBand);
        Assert.Equal(TrainingHelped.Mucho, survey.Helped);
        Assert.Equal("Conseguí trabajo en <b>soporte</b> de nube.", survey.Comment);
        Assert.NotNull(survey.AnsweredAt);
    }

    [Fact]
    public async Task NoConsent_OrConsentWithdrawn_NoSurvey()
    {
        var never = await GraduateAsync(consent: null);
        var refused = await GraduateAsync(consent: false);
        var withdrew = await GraduateAsync();
        await using (var db = Database.NewDb())
        {
            await FollowUpSeed.ConsentAsync(db, withdrew, false, Now.AddDays(1));
        }

        AdvanceTo(Now.AddMonths(3));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        Assert.Empty(await SurveysAsync(never));
        Assert.Empty(await SurveysAsync(refused));
        Assert.Empty(await SurveysAsync(withdrew));
    }

    [Fact]
    public async Task ConsentWithdrawnAfterSending_StopsReminders_AndClosesTheLink()
    {
        var learner = await GraduateAsync();
        AdvanceTo(Now.AddMonths(3));
        await RunAsync();
        var token = FollowUpSeed.TokenIn(Assert.Single(await MailAsync(learner)).BodyText);

        await using (var db = Database.NewDb())
        {
            await FollowUpSeed.ConsentAsync(db, learner, false, Now.AddDays(1));
        }

        AdvanceTo(Now.AddDays(7));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        Assert.Single(await MailAsync(learner));
        Assert.IsType<FollowUpSurveyOutcome.Closed>(await RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().RunAsync(token, Employed, default)));
        Assert.Null(Assert.Single(await SurveysAsync(learner)).AnsweredAt);
    }

    [Fact]
    public async Task AnonymizedLearners_AndLearnersWithoutEmail_AreSkipped()
    {
        var noEmail = await GraduateAsync(email: null);
        var cancelled = await GraduateAsync();
        await using (var db = Database.NewDb())
        {
            await db.Learners.Where(l => l.Id == cancelled).ExecuteUpdateAsync(u => u.SetProperty(l => l.AnonymizedAt, Now));
        }

        AdvanceTo(Now.AddMonths(3));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        Assert.Empty(await SurveysAsync(noEmail));
        Assert.Empty(await SurveysAsync(cancelled));
    }

    [Fact]
    public async Task LateConsent_SkipsMilestonesAlreadyClosed_AndLaterMilestonesDoNotWaitForEarlierOnes()
    {
        var completed = Now;
        var learner = await GraduateAsync(consent: null);

        // Consent arrives five months after graduating: the 3-month survey closed a month ago.
        AdvanceTo(completed.AddMonths(5));
        await using (var db = Database.NewDb())
        {
            await FollowUpSeed.ConsentAsync(db, learner, true, Now);
        }

        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());
        AdvanceTo(completed.AddMonths(6));
        Assert.Equal(new FollowUpRun(1, 1, 0), await RunAsync());
        AdvanceTo(completed.AddMonths(12));
        Assert.Equal(new FollowUpRun(1, 1, 0), await RunAsync());

        Assert.Equal([6, 12], (await SurveysAsync(learner)).Select(s => s.Months));
    }

    [Fact]
    public async Task OnlyTheFirstPathCompletion_SetsTheScheduleCohortAndPath()
    {
        var first = Now;
        var learner = await GraduateAsync(completedAt: first);
        await using (var db = Database.NewDb())
        {
            var second = await FollowUpSeed.PathAsync(db, "ia-fundamentos", Now);
            await FollowUpSeed.CompletionAsync(db, learner, second, first.AddMonths(2));
        }

        AdvanceTo(first.AddMonths(3));
        Assert.Equal(new FollowUpRun(1, 1, 0), await RunAsync());
        AdvanceTo(first.AddMonths(5));
        Assert.Equal(new FollowUpRun(0, 0, 0), await RunAsync());

        var survey = Assert.Single(await SurveysAsync(learner));
        Assert.Equal(_path, survey.PathId);
        Assert.Equal(new DateOnly(first.Year, first.Month, 1), survey.Cohort);
    }

    [Fact]
    public async Task ConcurrentPasses_CreateAndSendEachSurveyOnce()
    {
        var learners = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            learners.Add(await GraduateAsync());
        }

        AdvanceTo(Now.AddMonths(3));
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunAsync)));

        Assert.Equal(5, runs.Sum(r => r.Created));
        Assert.Equal(5, runs.Sum(r => r.Sent));
        foreach (var learner in learners)
        {
            Assert.Single(await SurveysAsync(learner));
            Assert.Single(await MailAsync(learner));
        }

        AdvanceTo(Now.AddDays(7));
        var reminders = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunAsync)));
        Assert.Equal(5, reminders.Sum(r => r.Reminded));
        foreach (var learner in learners)
        {
            Assert.Equal(2, (await MailAsync(learner)).Count);
        }
    }

    [Fact]
    public async Task SurveyLink_AnswersOnce_ClosesWithTheSurvey_AndRejectsTampering()
    {
        var learner = await GraduateAsync();
        AdvanceTo(Now.AddMonths(3));
        await RunAsync();
        var token = FollowUpSeed.TokenIn(Assert.Single(await MailAsync(learner)).BodyText);
        Task<FollowUpSurveyOutcome> Answer(string t, FollowUpAnswer a) => RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().RunAsync(t, a, default));

        // Tampered, truncated, or a token of another purpose: not found.
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];
        Assert.IsType<FollowUpSurveyOutcome.NotFound>(await Answer(tampered, Employed));
        Assert.IsType<FollowUpSurveyOutcome.NotFound>(await Answer(token[..^10], Employed));
        Assert.IsType<FollowUpSurveyOutcome.NotFound>(await Answer("", Employed));

        // Field by field validation, in Spanish and English.
        var rejected = Assert.IsType<FollowUpSurveyOutcome.Rejected>(await Answer(token, new FollowUpAnswer(null, null, null, null, new string('x', 2001))));
        Assert.Equal(["situacion", "ayudo", "comentario"], rejected.Errors.Select(e => e.Field));
        var noSector = Assert.IsType<FollowUpSurveyOutcome.Rejected>(await Answer(token, Employed with { Sector = null }));
        Assert.Equal("sector", Assert.Single(noSector.Errors).Field);
        Assert.Equal("Elija el sector en el que trabaja.", noSector.Errors[0].Reason.Es);

        Assert.IsType<FollowUpSurveyOutcome.Answered>(await Answer(token, Employed));
        Assert.IsType<FollowUpSurveyOutcome.AlreadyAnswered>(await Answer(token, Employed with { Ayudo = "nada" }));
        Assert.Equal(TrainingHelped.Mucho, Assert.Single(await SurveysAsync(learner)).Helped);

        // The 6-month survey's link stops opening 30 days after it was due.
        AdvanceTo(Now.AddMonths(3));
        await RunAsync();
        var sixMonths = FollowUpSeed.TokenIn((await MailAsync(learner)).Last().BodyText);
        Assert.IsType<FollowUpSurveyOutcome.Open>(await RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().OpenAsync(sixMonths, default)));
        AdvanceTo(Now.AddDays(30));
        Assert.IsType<FollowUpSurveyOutcome.Expired>(await RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().OpenAsync(sixMonths, default)));
        Assert.IsType<FollowUpSurveyOutcome.Expired>(await Answer(sixMonths, Employed));
    }

    [Fact]
    public async Task NotWorking_KeepsNeitherSectorNorIncome()
    {
        var learner = await GraduateAsync();
        AdvanceTo(Now.AddMonths(3));
        await RunAsync();
        var token = FollowUpSeed.TokenIn(Assert.Single(await MailAsync(learner)).BodyText);

        Assert.IsType<FollowUpSurveyOutcome.Answered>(await RunAsync(sp => sp.GetRequiredService<AnswerFollowUp>().RunAsync(token, new FollowUpAnswer("buscando", "54", "mas_50k", "algo", "  "), default)));

        var survey = Assert.Single(await SurveysAsync(learner));
        Assert.Equal(EmploymentStatus.Buscando, survey.Employment);
        Assert.Null(survey.SectorCode);
        Assert.Null(survey.SalaryBand);
        Assert.Null(survey.Comment);
    }
}
