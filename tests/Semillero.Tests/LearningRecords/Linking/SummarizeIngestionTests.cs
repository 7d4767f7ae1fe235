using Semillero.Data;
using Semillero.LearningRecords.Ingestion;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.LearningRecords.Linking;

// The ingestion summary behind /operacion/aprendizaje (kept with the linking tests: its queue counts
// are the resolution queue's).
public abstract class SummarizeIngestionTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : SummarizeIngestionTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SummarizeIngestionTests(DatabaseProvider.Postgres);

    private const string Moodle = "Moodle Universidad";
    private const string OpenEdx = "Open edX Proveedor";

    // Three days starting at 06:00 UTC (midnight in Mexico City), the last one today.
    private static readonly DateTime Day0 = new(2026, 11, 21, 6, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlyList<DateTime> Window = [Day0, Day0.AddDays(1), Day0.AddDays(2), Day0.AddDays(3)];

    private async Task<IngestionSummary> SummarizeAsync(string? partner = null)
    {
        await using var db = Database.NewDb();
        return await new SummarizeIngestion(db).RunAsync(new IngestionQuery(Window, partner), default);
    }

    [Fact]
    public async Task Summary_CountsPerPartnerAndDay_PeopleOnce_AndTheQueue()
    {
        await using (var db = Database.NewDb())
        {
            var ana = await LearnerAsync(db, seed: 51);
            var beto = await LearnerAsync(db, seed: 52);
            // Before the window: counted only in the queue.
            await StatementsAsync(db, Account("viejo"), Moodle, count: 2, storedAt: Day0.AddMinutes(-1));
            await StatementsAsync(db, Account("ana"), Moodle, count: 3, learnerId: ana.Id, storedAt: Day0);
            await StatementsAsync(db, Account("ana"), Moodle, count: 1, learnerId: ana.Id, storedAt: Day0.AddDays(1).AddMinutes(-1));
            await StatementsAsync(db, Mbox("ana@example.com"), OpenEdx, count: 2, learnerId: ana.Id, storedAt: Day0.AddDays(2).AddHours(3));
            await StatementsAsync(db, Mbox("beto@example.com"), OpenEdx, count: 1, learnerId: beto.Id, storedAt: Day0.AddDays(1));
            await StatementsAsync(db, Account("x"), Moodle, count: 4, storedAt: Day0.AddDays(1).AddHours(5));
            await StatementsAsync(db, Mbox("y@example.com"), Moodle, count: 1, storedAt: Day0.AddDays(2));
            await StatementsAsync(db, Mbox("y@example.com"), OpenEdx, count: 1, storedAt: Day0.AddDays(2));
            // After the window: not counted as arrivals.
            await StatementsAsync(db, Account("x"), Moodle, count: 1, storedAt: Day0.AddDays(3));
            db.XapiRejections.AddRange(
                new() { Partner = Moodle, At = Day0.AddHours(1), Status = 400, StatementCount = 10, Reason = "statement[3].verb: required" },
                new() { Partner = Moodle, At = Day0.AddDays(2).AddHours(1), Status = 409, StatementCount = 1, Reason = "conflict" },
                new() { Partner = OpenEdx, At = Day0.AddDays(-1), Status = 400, StatementCount = 1, Reason = "old" });
            await db.SaveChangesAsync();
        }

        var all = await SummarizeAsync();

        Assert.Equal([Moodle, OpenEdx], all.Partners.Select(p => p.Partner));
        var moodle = all.Partners[0];
        Assert.Equal([4, 4, 1], moodle.Days.Select(d => d.Statements));
        Assert.Equal([1, 0, 1], moodle.Days.Select(d => d.RejectedRequests));
        Assert.Equal([10, 0, 1], moodle.Days.Select(d => d.RejectedStatements));
        Assert.Equal((9, 1, 2, 11), (moodle.Statements, moodle.People, moodle.RejectedRequests, moodle.RejectedStatements));
        Assert.Equal((3, 8), (moodle.UnresolvedActors, moodle.UnresolvedStatements));
        Assert.Equal(Day0.AddDays(2), moodle.LastStored);
        var openEdx = all.Partners[1];
        Assert.Equal([0, 1, 3], openEdx.Days.Select(d => d.Statements));
        Assert.Equal((2, 1, 1), (openEdx.People, openEdx.UnresolvedActors, openEdx.UnresolvedStatements));
        // Ana learns with both partners: one person in the total.
        Assert.Equal((13, 2), (all.Statements, all.People));
        Assert.Equal([4, 5, 4], all.Days.Select(d => d.Statements));
        // "y" was sent by both partners: one actor waiting, not two.
        Assert.Equal((3, 9), (all.UnresolvedActors, all.UnresolvedStatements));

        var mine = await SummarizeAsync(OpenEdx);
        Assert.Equal(OpenEdx, Assert.Single(mine.Partners).Partner);
        Assert.Equal((4, 2, 0, 1, 1), (mine.Statements, mine.People, mine.RejectedRequests, mine.UnresolvedActors, mine.UnresolvedStatements));
    }

    [Fact]
    public async Task Rejections_NewestFirst_PerPartner_Paged()
    {
        await using (var db = Database.NewDb())
        {
            for (var i = 0; i < 5; i++)
            {
                db.XapiRejections.Add(new() { Partner = i % 2 == 0 ? Moodle : OpenEdx, At = Day0.AddHours(i), Status = 400, StatementCount = 1, Reason = $"motivo {i}" });
            }

            await db.SaveChangesAsync();
        }

        await using var check = Database.NewDb();
        var summarize = new SummarizeIngestion(check);
        var (page, total) = await summarize.RejectionsAsync(Moodle, null, 1, 2, default);
        Assert.Equal(3, total);
        Assert.Equal(["motivo 4", "motivo 2"], page.Select(r => r.Reason));
        var (recent, recentTotal) = await summarize.RejectionsAsync(null, Day0.AddHours(3), 1, 10, default);
        Assert.Equal((2, "motivo 4"), (recentTotal, recent[0].Reason));
    }

    [Fact]
    public async Task Summary_NothingYet_IsEmptyNotAnError()
    {
        var summary = await SummarizeAsync();

        Assert.Empty(summary.Partners);
        Assert.Equal([0, 0, 0], summary.Days.Select(d => d.Statements));
        Assert.Equal((0, 0, 0), (summary.Statements, summary.People, summary.UnresolvedActors));
    }
}
