using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Linking;
using Semillero.LearningRecords.Validation;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.LearningRecords.Linking;

// Single statements go through the group commit, which on PostgreSQL resolves the learner inside the
// insert (StatementWriter) rather than through IdentityResolver. The same rules must hold on that
// path: each case here mirrors one of IdentityResolverTests, through StoreStatements.
public abstract class GroupCommitIdentityTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : GroupCommitIdentityTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : GroupCommitIdentityTests(DatabaseProvider.Postgres);

    private async Task<Guid?> StoreAsync(string actor)
    {
        var statement = JsonDocument.Parse($$$"""
            {"actor":{{{actor}}},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"https://moodle.universidad.example/course/view.php?id=3"}}
            """).RootElement.Clone();
        var outcome = await RunAsync<StoreStatements, StoreStatementsOutcome>(s =>
            s.RunAsync(statement, null, new XapiCredential("k", "Moodle", Roles.Aliado), XapiVersion.V1_0_3, null, default));
        var id = Assert.Single(Assert.IsType<StoreStatementsOutcome.Stored>(outcome).Ids);
        await using var db = Database.NewDb();
        return (await db.Statements.AsNoTracking().SingleAsync(s => s.Id == id)).LearnerId;
    }

    private async Task LinkAsync(string actor, Guid learnerId)
    {
        await using var db = Database.NewDb();
        db.ActorLinks.Add(new ActorLink { ActorKey = StatementShape.AgentKey(Json(actor)), LearnerId = learnerId, Source = ActorLinkSource.Operator, LinkedBy = "op", LinkedAt = TestClock.Now.UtcDateTime });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task EveryRule_FindsTheLearner()
    {
        Learner ana;
        await using (var db = Database.NewDb())
        {
            ana = await LearnerAsync(db, seed: 31, email: "ana@example.com");
        }

        Assert.Equal(ana.Id, await StoreAsync(Mbox("ANA@example.com")));
        Assert.Equal(ana.Id, await StoreAsync($$"""{"mbox_sha1sum":"{{Learner.MailtoSha1("ana@example.com").ToUpperInvariant()}}"}"""));
        Assert.Equal(ana.Id, await StoreAsync(Account(ana.Curp.ToLowerInvariant(), homePage: "https://otra.example")));
        Assert.Null(await StoreAsync(Account("ana.lopez")));
    }

    [Fact]
    public async Task ExplicitLink_WinsOverTheEmail()
    {
        Learner ana, beto;
        await using (var db = Database.NewDb())
        {
            ana = await LearnerAsync(db, seed: 32, email: "ana@example.com");
            beto = await LearnerAsync(db, seed: 33);
        }

        await LinkAsync(Mbox("ana@example.com"), beto.Id);
        await LinkAsync(Account("ana.lopez"), ana.Id);

        Assert.Equal(beto.Id, await StoreAsync(Mbox("ana@example.com")));
        Assert.Equal(ana.Id, await StoreAsync(Account("ana.lopez")));
    }

    [Fact]
    public async Task EmailSharedByTwoPeople_StaysForTheQueue()
    {
        await using (var db = Database.NewDb())
        {
            await LearnerAsync(db, seed: 34, email: "familia@example.com");
            await LearnerAsync(db, seed: 35, email: "familia@example.com");
        }

        Assert.Null(await StoreAsync(Mbox("familia@example.com")));
    }

    [Fact]
    public async Task PersonWhoCancelled_IsNeverMatched_NorTheirLinks()
    {
        Learner gone;
        await using (var db = Database.NewDb())
        {
            gone = await LearnerAsync(db, seed: 36, email: "ida@example.com", change: l => l.AnonymizedAt = TestClock.Now.UtcDateTime);
        }

        await LinkAsync(Account("ida"), gone.Id);

        Assert.Null(await StoreAsync(Mbox("ida@example.com")));
        Assert.Null(await StoreAsync(Account("ida")));
    }

    [Fact]
    public async Task GroupWithAPersonsEmail_IsNotThatPerson()
    {
        await using (var db = Database.NewDb())
        {
            await LearnerAsync(db, seed: 37, email: "equipo@example.com");
        }

        Assert.Null(await StoreAsync("""{"objectType":"Group","name":"Equipo","mbox":"mailto:equipo@example.com"}"""));
    }
}
