using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Linking;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.LearningRecords.Linking;

public abstract class IdentityResolverTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : IdentityResolverTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : IdentityResolverTests(DatabaseProvider.Postgres);

    private async Task<IReadOnlyDictionary<string, Guid?>> ResolveAsync(params string[] actors)
    {
        await using var db = Database.NewDb();
        return await new IdentityResolver(db, TestClock.Create()).ResolveManyAsync(actors.Select(Json).ToList(), default);
    }

    private static string Key(string actor) => StatementShape.AgentKey(Json(actor));

    private async Task LinkAsync(string actor, Guid learnerId)
    {
        await using var db = Database.NewDb();
        db.ActorLinks.Add(new ActorLink { ActorKey = Key(actor), LearnerId = learnerId, Source = ActorLinkSource.Operator, LinkedBy = "op", LinkedAt = TestClock.Now.UtcDateTime });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ResolveMany_EveryRule_FindsTheLearner()
    {
        Learner ana;
        await using (var db = Database.NewDb())
        {
            ana = await LearnerAsync(db, seed: 11, email: "ana@example.com");
        }

        var byEmail = Mbox("ANA@example.com");
        var byHash = $$"""{"mbox_sha1sum":"{{Learner.MailtoSha1("ana@example.com").ToUpperInvariant()}}"}""";
        var byCurp = Account(ana.Curp);
        var byCurpLowerCase = Account(ana.Curp.ToLowerInvariant(), homePage: "https://otra.example");
        var unknown = Account("ana.lopez");

        var resolved = await ResolveAsync(byEmail, byHash, byCurp, byCurpLowerCase, unknown);

        Assert.Equal(ana.Id, resolved[Key(byEmail)]);
        Assert.Equal(ana.Id, resolved[Key(byHash)]);
        Assert.Equal(ana.Id, resolved[Key(byCurp)]);
        Assert.Equal(ana.Id, resolved[Key(byCurpLowerCase)]);
        Assert.Null(resolved[Key(unknown)]);
        Assert.Equal(5, resolved.Count);
    }

    [Fact]
    public async Task ResolveMany_ExplicitLink_WinsOverEveryOtherRule()
    {
        Learner ana, beto;
        await using (var db = Database.NewDb())
        {
            ana = await LearnerAsync(db, seed: 12, email: "ana@example.com");
            beto = await LearnerAsync(db, seed: 13);
        }

        var account = Account("ana.lopez");
        var email = Mbox("ana@example.com");
        await LinkAsync(account, ana.Id);
        await LinkAsync(email, beto.Id);

        var resolved = await ResolveAsync(account, email);

        Assert.Equal(ana.Id, resolved[Key(account)]);
        Assert.Equal(beto.Id, resolved[Key(email)]);
    }

    [Fact]
    public async Task ResolveMany_EmailSharedByTwoPeople_StaysForTheQueue()
    {
        await using (var db = Database.NewDb())
        {
            await LearnerAsync(db, seed: 14, email: "familia@example.com");
            await LearnerAsync(db, seed: 15, email: "familia@example.com");
        }

        var resolved = await ResolveAsync(Mbox("familia@example.com"));

        Assert.Null(Assert.Single(resolved).Value);
    }

    [Fact]
    public async Task ResolveMany_PersonWhoCancelled_IsNeverMatched_NorTheirLinks()
    {
        Learner gone;
        await using (var db = Database.NewDb())
        {
            gone = await LearnerAsync(db, seed: 16, email: "ida@example.com", change: l => l.AnonymizedAt = TestClock.Now.UtcDateTime);
        }

        var linked = Account("ida");
        await LinkAsync(linked, gone.Id);

        var resolved = await ResolveAsync(Mbox("ida@example.com"), linked);

        Assert.All(resolved.Values, Assert.Null);
    }

    [Fact]
    public async Task ResolveMany_GroupWithAPersonsEmail_IsNotThatPerson()
    {
        await using (var db = Database.NewDb())
        {
            await LearnerAsync(db, seed: 17, email: "equipo@example.com");
        }

        var group = """{"objectType":"Group","name":"Equipo","mbox":"mailto:equipo@example.com"}""";

        Assert.Null(Assert.Single(await ResolveAsync(group)).Value);
    }

    [Fact]
    public async Task ResolveMany_LargeBatch_RunsOneQuery()
    {
        var learners = new List<Learner>();
        await using (var db = Database.NewDb())
        {
            for (var i = 0; i < 20; i++)
            {
                learners.Add(await LearnerAsync(db, seed: 100 + i, email: $"persona{i}@example.com"));
            }
        }

        await LinkAsync(Account("enlazada"), learners[0].Id);
        var actors = Enumerable.Range(0, 300).Select(i => (i % 4) switch
        {
            0 => Mbox($"persona{i % 20}@example.com"),
            1 => Account(learners[i % 20].Curp),
            2 => Account($"desconocido{i}"),
            _ => $$"""{"mbox_sha1sum":"{{Learner.MailtoSha1($"persona{i % 20}@example.com")}}"}""",
        }).Append(Account("enlazada")).ToList();

        await using var counted = Database.NewDb();
        using var counter = new CommandCounter(counted);
        var resolved = await new IdentityResolver(counted, TestClock.Create()).ResolveManyAsync(actors.Select(Json).ToList(), default);

        Assert.Equal(1, counter.Count);
        Assert.Equal(learners[0].Id, resolved[Key(Account("enlazada"))]);
        Assert.Equal(learners[4].Id, resolved[Key(Mbox("persona4@example.com"))]);
        Assert.Null(resolved[Key(Account("desconocido2"))]);
    }

    [Fact]
    public async Task Resolve_SingleActor_UsesTheSameRules()
    {
        Learner ana;
        await using (var db = Database.NewDb())
        {
            ana = await LearnerAsync(db, seed: 18, email: "ana@example.com");
        }

        await using var check = Database.NewDb();
        Assert.Equal(ana.Id, await new IdentityResolver(check, TestClock.Create()).ResolveAsync(Json(Mbox("ana@example.com")), default));
    }

    // Counts the SQL commands one DbContext runs (EF Core's diagnostic events).
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _context;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(DbContext context)
        {
            _context = context;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && data.Context == _context)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
