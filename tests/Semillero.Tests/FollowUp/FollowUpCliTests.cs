using Microsoft.EntityFrameworkCore;
using Semillero.Cli;
using Semillero.Data;
using Semillero.FollowUp;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.FollowUp;

// `semillero followup run`: one pass, from cron or by hand, on the same database as the web host.
public abstract class FollowUpCliTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : FollowUpCliTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : FollowUpCliTests(DatabaseProvider.Postgres);

    private async Task<(int Exit, string Out)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await SemilleroCli.RunAsync(args, output, new StringWriter(), Database.Configuration);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task FollowUpRun_EmailsTheDueSurvey_ThenHasNothingLeftToDo()
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        Guid learner;
        await using (var db = Database.NewDb())
        {
            var path = await FollowUpSeed.PathAsync(db, "nube-fundamentos", now);
            learner = await FollowUpSeed.LearnerAsync(db, now);
            await FollowUpSeed.CompletionAsync(db, learner, path, now.AddMonths(-3).AddHours(-2));
        }

        var first = await RunAsync("followup", "run");
        var second = await RunAsync("followup", "run");

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Contains("Encuestas creadas: 1; enviadas: 1; recordatorios: 0.", first.Out, StringComparison.Ordinal);
        Assert.Contains("Encuestas creadas: 0; enviadas: 0; recordatorios: 0.", second.Out, StringComparison.Ordinal);
        await using var check = Database.NewDb();
        Assert.Equal(1, await check.OutboxMessages.CountAsync(m => m.Kind == FollowUpMessages.SurveyKind));
        Assert.NotNull((await check.FollowUpSurveys.SingleAsync(s => s.LearnerId == learner)).SentAt);
    }
}
