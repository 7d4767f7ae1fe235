using Semillero.LearningRecords;
using Semillero.LearningRecords.Timeline;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.LearningRecords.Timeline;

public abstract class ReadLearningTimelineTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ReadLearningTimelineTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ReadLearningTimelineTests(DatabaseProvider.Postgres);

    private const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    private const string Viewed = "http://id.tincanapi.com/verb/viewed";
    private const string Passed = "http://adlnet.gov/expapi/verbs/passed";

    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Luis = Guid.NewGuid();

    private long _sequence;

    private StoredStatement Statement(Guid? learner, string verb, string activity, int minutes, string partner = "Moodle Universidad", bool voided = false, string? extra = null)
    {
        var id = Guid.NewGuid();
        var at = TestClock.Now.UtcDateTime.AddMinutes(minutes);
        var json = $$"""
            {"id":"{{id}}","actor":{"mbox":"mailto:x@example.com"},"verb":{"id":"{{verb}}"},
             "object":{"id":"{{activity}}","definition":{"name":{"es-MX":"Actividad {{activity[^1..]}}"} } } {{extra}} }
            """;
        return new StoredStatement
        {
            Id = id,
            StoredAt = at,
            Timestamp = at,
            VerbId = verb,
            ActorKey = "mbox:mailto:x@example.com",
            MemberAgents = "",
            RelatedAgents = "",
            RelatedActivities = "",
            ActivityId = activity,
            Partner = partner,
            LearnerId = learner,
            Voided = voided,
            ContentHash = $"{++_sequence:D64}",
            Json = json,
        };
    }

    private async Task<TimelinePage> ReadAsync(Guid learner, int page = 1, int size = 10)
    {
        await using var db = Database.NewDb();
        return await new ReadLearningTimeline(db).RunAsync(learner, page, size, default);
    }

    [Fact]
    public async Task Run_OnlyTheLearnersOwnStatements_NewestFirst_WithoutVoidedOnes()
    {
        await using (var db = Database.NewDb())
        {
            db.Statements.AddRange(
                Statement(Ana, Viewed, "https://lms.example/1", 1),
                Statement(Ana, Completed, "https://lms.example/1", 3, extra: ""","result":{"score":{"scaled":0.8},"success":true,"completion":true}"""),
                Statement(Ana, Viewed, "https://lms.example/2", 2, voided: true),
                Statement(Ana, StatementShape.VoidedVerb, "https://lms.example/x", 4),
                Statement(Luis, Completed, "https://lms.example/9", 5),
                Statement(null, Completed, "https://lms.example/8", 6));
            await db.SaveChangesAsync();
        }

        var page = await ReadAsync(Ana);

        Assert.Equal(["https://lms.example/1", "https://lms.example/1"], page.Entries.Select(e => e.ActivityId));
        Assert.Equal([Completed, Viewed], page.Entries.Select(e => e.VerbId));
        var first = page.Entries[0];
        Assert.Equal("Actividad 1", first.ActivityName["es-MX"]);
        Assert.Equal(new TimelineResult(0.8, null, null, null, true, true), first.Result);
        Assert.Null(page.Entries[1].Result);
        Assert.Equal((2, 1, 1), (page.Summary.Records, page.Summary.Activities, page.Summary.Completed));
        Assert.Equal(["Moodle Universidad"], page.Summary.Providers);
    }

    [Fact]
    public async Task Run_Summary_CountsDistinctActivitiesCompletionsAndProviders()
    {
        await using (var db = Database.NewDb())
        {
            db.Statements.AddRange(
                Statement(Ana, Viewed, "https://lms.example/1", 1),
                Statement(Ana, Viewed, "https://lms.example/1", 2),
                Statement(Ana, Completed, "https://lms.example/1", 3),
                Statement(Ana, Passed, "https://edx.example/a", 4, partner: "Open edX Proveedor"),
                Statement(Ana, Viewed, "https://edx.example/b", 5, partner: "Open edX Proveedor"));
            await db.SaveChangesAsync();
        }

        var summary = (await ReadAsync(Ana)).Summary;

        Assert.Equal((5, 3, 2), (summary.Records, summary.Activities, summary.Completed));
        Assert.Equal(["Moodle Universidad", "Open edX Proveedor"], summary.Providers);
    }

    [Fact]
    public async Task Run_Pages_WalkEveryStatementOnce()
    {
        await using (var db = Database.NewDb())
        {
            for (var i = 0; i < 7; i++)
            {
                db.Statements.Add(Statement(Ana, Viewed, $"https://lms.example/{i}", i));
            }

            await db.SaveChangesAsync();
        }

        var pages = new[] { await ReadAsync(Ana, 1, 3), await ReadAsync(Ana, 2, 3), await ReadAsync(Ana, 3, 3) };

        Assert.Equal([3, 3, 1], pages.Select(p => p.Entries.Count));
        Assert.Equal(
            Enumerable.Range(0, 7).Reverse().Select(i => $"https://lms.example/{i}"),
            pages.SelectMany(p => p.Entries).Select(e => e.ActivityId));
    }
}
