using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Linking;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.LearningRecords.Linking;

// Linking an unresolved actor to a learner, by an operator or by the learner's claim: past statements
// are re-attributed in the same transaction, already-attributed ones keep their learner, nobody takes
// an account that is someone else's.
public abstract class LinkingTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : LinkingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : LinkingTests(DatabaseProvider.Postgres);

    private const string Partner = "Moodle Universidad";

    private static readonly Actor Operator = new("op-1", "Operadora Uno", Roles.Operador);

    private async Task<Learner> LearnerAsync(int seed, string? email = null, Action<Learner>? change = null)
    {
        await using var db = Database.NewDb();
        return await LinkingData.LearnerAsync(db, seed, email, change);
    }

    private async Task StoreAsync(string actor, int count = 1, Guid? learnerId = null, string partner = Partner, DateTime? at = null)
    {
        await using var db = Database.NewDb();
        await StatementsAsync(db, actor, partner, count, learnerId, at);
    }

    private async Task<List<Guid?>> LearnersOfAsync(string actor)
    {
        var key = StatementShape.AgentKey(Json(actor));
        await using var db = Database.NewDb();
        return await db.Statements.Where(s => s.ActorKey == key).OrderBy(s => s.Sequence).Select(s => s.LearnerId).ToListAsync();
    }

    private Task<LinkActorOutcome> LinkAsync(string actor, string? curp, bool confirmed = false, Actor? who = null) =>
        RunAsync(sp => sp.GetRequiredService<LinkActor>().RunAsync(new LinkActorInput(StatementShape.AgentKey(Json(actor)), curp, confirmed), who ?? Operator, default));

    private Task<ClaimActorOutcome> ClaimAsync(Learner learner, string username, string homePage = Moodle) =>
        RunAsync(sp => sp.GetRequiredService<ClaimActor>().RunAsync(learner.Id, $"user-{learner.Id:N}", new ClaimActorInput(homePage, username), default));

    [Fact]
    public async Task OperatorLink_ReattributesPastStatements_AndFutureOnesResolve()
    {
        var ana = await LearnerAsync(21);
        var actor = Account("ana.l", FullName(ana));
        await StoreAsync(actor, count: 3);

        var linked = Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(actor, ana.Curp.ToLowerInvariant()));

        Assert.Equal((ana.Id, 3), (linked.LearnerId, linked.Statements));
        Assert.All(await LearnersOfAsync(actor), id => Assert.Equal(ana.Id, id));
        await using var db = Database.NewDb();
        var link = await db.ActorLinks.SingleAsync();
        Assert.Equal((ActorLinkSource.Operator, "op-1", ana.Id), (link.Source, link.LinkedBy, link.LearnerId));
        Assert.Equal(ana.Id, await new IdentityResolver(db, Clock).ResolveAsync(Json(actor), default));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal((ana.Id, LinkActor.AuditAction, "op-1"), (audit.LearnerId, audit.Action, audit.ActorId));
        Assert.DoesNotContain("ana.l", audit.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorLink_AlreadyAttributedStatements_KeepTheirLearner_AndOthersCannotTakeTheActor()
    {
        var ana = await LearnerAsync(22);
        var beto = await LearnerAsync(23);
        // Ana's old address resolved her first statements; she changed it, the next ones waited.
        var actor = Mbox("ana.vieja@example.com");
        await StoreAsync(actor, count: 2, learnerId: ana.Id);
        await StoreAsync(actor, count: 1);

        Assert.IsType<LinkActorOutcome.Taken>(await LinkAsync(actor, beto.Curp, confirmed: true));
        var linked = Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(actor, ana.Curp));

        Assert.Equal(1, linked.Statements);
        Assert.Equal([ana.Id, ana.Id, ana.Id], await LearnersOfAsync(actor));
        Assert.IsType<LinkActorOutcome.Taken>(await LinkAsync(actor, beto.Curp, confirmed: true));
    }

    [Fact]
    public async Task OperatorLink_LinkedAgain_AppliesTheLinkToStatementsThatArrivedMeanwhile()
    {
        var ana = await LearnerAsync(24);
        var actor = Account("ana.l", FullName(ana));
        await StoreAsync(actor);
        Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(actor, ana.Curp));
        // A statement the LRS resolved just before the link committed.
        await StoreAsync(actor);

        var again = Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(actor, ana.Curp));

        Assert.Equal(1, again.Statements);
        Assert.Equal([ana.Id, ana.Id], await LearnersOfAsync(actor));
    }

    [Fact]
    public async Task OperatorLink_BadInput_SaysWhatIsWrong()
    {
        var ana = await LearnerAsync(25);
        var actor = Account("ana.l");
        await StoreAsync(actor);

        var invalid = Assert.IsType<LinkActorOutcome.InvalidCurp>(await LinkAsync(actor, "ABCD"));
        Assert.False(string.IsNullOrEmpty(invalid.Reason.Es));
        var stranger = CsvFiles.People(1, seed: 999).Single().Curp;
        Assert.Equal(stranger, Assert.IsType<LinkActorOutcome.CurpNotFound>(await LinkAsync(actor, stranger)).Curp);
        Assert.IsType<LinkActorOutcome.UnknownActor>(await LinkAsync(Account("nadie"), ana.Curp));
        Assert.IsType<LinkActorOutcome.NotLinkable>(await RunAsync(sp => sp.GetRequiredService<LinkActor>()
            .RunAsync(new LinkActorInput("group:mbox:mailto:a@example.com", ana.Curp), Operator, default)));
        Assert.IsType<LinkActorOutcome.NotAllowed>(await LinkAsync(actor, ana.Curp, who: new Actor("llave:x", Partner, Roles.Aliado, null, Partner)));
        Assert.Equal([null], await LearnersOfAsync(actor));
    }

    [Fact]
    public async Task OperatorLink_ProviderNameDiffers_AsksForConfirmationFirst()
    {
        var ana = await LearnerAsync(26);
        var actor = Account("jp", "Juan Pérez");
        await StoreAsync(actor, count: 2);

        var ask = Assert.IsType<LinkActorOutcome.NeedsConfirmation>(await LinkAsync(actor, ana.Curp));
        Assert.Equal(("Juan Pérez", ana.Id), (ask.ProviderName, ask.LearnerId));
        Assert.Equal([null, null], await LearnersOfAsync(actor));

        Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(actor, ana.Curp, confirmed: true));
        Assert.Equal([ana.Id, ana.Id], await LearnersOfAsync(actor));
    }

    [Fact]
    public async Task OperatorLink_TwoOperatorsAtOnce_OnePersonGetsTheActor()
    {
        var ana = await LearnerAsync(27);
        var beto = await LearnerAsync(28);
        var actor = Account("compartida");
        await StoreAsync(actor, count: 5);

        var outcomes = await Task.WhenAll(
            LinkAsync(actor, ana.Curp, confirmed: true),
            LinkAsync(actor, beto.Curp, confirmed: true),
            LinkAsync(actor, ana.Curp, confirmed: true),
            LinkAsync(actor, beto.Curp, confirmed: true));

        await using var db = Database.NewDb();
        var winner = (await db.ActorLinks.SingleAsync()).LearnerId;
        Assert.All(await LearnersOfAsync(actor), id => Assert.Equal(winner, id));
        Assert.All(outcomes, o => Assert.True(o is LinkActorOutcome.Linked l ? l.LearnerId == winner : o is LinkActorOutcome.Taken));
    }

    [Fact]
    public async Task Claim_ProviderNameIsTheLearnersName_LinksAtOnce()
    {
        var ana = await LearnerAsync(31);
        // Different case, no accents, surnames first: still her name.
        var sent = $"{ana.FirstSurname.ToUpperInvariant()} {ana.SecondSurname}, {ana.GivenNames}".Normalize(System.Text.NormalizationForm.FormD);
        var actor = Account("ana.l", sent);
        await StoreAsync(actor, count: 4);

        var linked = Assert.IsType<ClaimActorOutcome.Linked>(await ClaimAsync(ana, "Ana.L"));

        Assert.Equal(("ana.l", 4), (linked.Username, linked.Statements));
        Assert.All(await LearnersOfAsync(actor), id => Assert.Equal(ana.Id, id));
        await using var db = Database.NewDb();
        var link = await db.ActorLinks.SingleAsync();
        Assert.Equal((ActorLinkSource.Learner, $"user-{ana.Id:N}"), (link.Source, link.LinkedBy));
        Assert.Equal(ActorClaimStatus.Accepted, (await db.Set<ActorClaim>().SingleAsync()).Status);
        Assert.IsType<ClaimActorOutcome.AlreadyYours>(await ClaimAsync(ana, "ana.l"));
    }

    [Fact]
    public async Task Claim_SomeoneElsesName_WaitsForAnOperator_WhoConfirms()
    {
        var ana = await LearnerAsync(32);
        var actor = Account("jperez", "Juan Pérez López");
        await StoreAsync(actor, count: 2);

        var pending = Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(ana, "jperez"));
        Assert.Equal([null, null], await LearnersOfAsync(actor));
        Assert.IsType<ClaimActorOutcome.AlreadyPending>(await ClaimAsync(ana, "jperez"));

        var (queue, total) = await RunAsync(sp => sp.GetRequiredService<ListClaims>().PendingAsync(default));
        var item = Assert.Single(queue);
        Assert.Equal((1, pending.ClaimId, ActorClaimReview.NameDiffers, "Juan Pérez López", 2, ana.Curp), (total, item.Id, item.Review, item.ProviderName, item.Statements, item.LearnerCurp));

        var accepted = Assert.IsType<DecideClaimOutcome.Accepted>(await RunAsync(sp => sp.GetRequiredService<DecideClaim>().RunAsync(pending.ClaimId, true, Operator, default)));
        Assert.Equal(2, accepted.Statements);
        Assert.Equal([ana.Id, ana.Id], await LearnersOfAsync(actor));
        Assert.IsType<DecideClaimOutcome.AlreadyDecided>(await RunAsync(sp => sp.GetRequiredService<DecideClaim>().RunAsync(pending.ClaimId, false, Operator, default)));
        await using var db = Database.NewDb();
        var link = await db.ActorLinks.SingleAsync();
        Assert.Equal((ActorLinkSource.Learner, "op-1"), (link.Source, link.LinkedBy));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.LearnerId == ana.Id && a.Action == LinkActor.AuditAction));
    }

    [Fact]
    public async Task Claim_Refused_LeavesTheStatementsUnlinked()
    {
        var ana = await LearnerAsync(33);
        var actor = Account("jperez", "Juan Pérez López");
        await StoreAsync(actor);
        var pending = Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(ana, "jperez"));

        Assert.IsType<DecideClaimOutcome.Rejected>(await RunAsync(sp => sp.GetRequiredService<DecideClaim>().RunAsync(pending.ClaimId, false, Operator, default)));

        Assert.Equal([null], await LearnersOfAsync(actor));
        var mine = await RunAsync(sp => sp.GetRequiredService<LearnerAccounts>().ClaimsAsync(ana.Id, default));
        Assert.Equal(ActorClaimStatus.Rejected, Assert.Single(mine).Status);
    }

    [Fact]
    public async Task Claim_NameSharedWithAnotherRegisteredPerson_WaitsForAnOperator()
    {
        var ana = await LearnerAsync(34);
        // A namesake: same names, so the same first CURP letters, another person.
        await LearnerAsync(35, change: l =>
        {
            l.GivenNames = ana.GivenNames;
            l.FirstSurname = ana.FirstSurname;
            l.SecondSurname = ana.SecondSurname;
            l.Curp = ana.Curp[..4] + l.Curp[4..];
        });
        await StoreAsync(Account("ana.l", FullName(ana)));

        var pending = Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(ana, "ana.l"));

        await using var db = Database.NewDb();
        Assert.Equal(ActorClaimReview.SameNameAsOthers, (await db.Set<ActorClaim>().SingleAsync(c => c.Id == pending.ClaimId)).Review);
        Assert.Empty(await db.ActorLinks.ToListAsync());
    }

    [Fact]
    public async Task Claim_AccountOfSomeoneElse_IsRefused()
    {
        var ana = await LearnerAsync(36);
        var beto = await LearnerAsync(37);
        var linked = Account("beto", FullName(ana));
        await StoreAsync(linked);
        Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(linked, beto.Curp, confirmed: true));
        var resolvedByCurp = Account(beto.Curp);
        await StoreAsync(resolvedByCurp, learnerId: beto.Id);

        Assert.IsType<ClaimActorOutcome.LinkedToSomeoneElse>(await ClaimAsync(ana, "beto"));
        Assert.IsType<ClaimActorOutcome.LinkedToSomeoneElse>(await ClaimAsync(ana, beto.Curp));
        Assert.Equal([beto.Id], await LearnersOfAsync(linked));
    }

    [Fact]
    public async Task Claim_NothingReceivedOrBadInput_SaysSo()
    {
        var ana = await LearnerAsync(38);

        Assert.IsType<ClaimActorOutcome.NotSeen>(await ClaimAsync(ana, "ana.l"));
        var invalid = Assert.IsType<ClaimActorOutcome.Invalid>(await RunAsync(sp => sp.GetRequiredService<ClaimActor>()
            .RunAsync(ana.Id, "u", new ClaimActorInput("no es una dirección", " "), default)));
        Assert.Equal([ClaimActor.PlatformField, ClaimActor.UsernameField], invalid.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Claim_ManyPending_StopsAtTheLimit_AndWithdrawingFreesOne()
    {
        var ana = await LearnerAsync(39);
        for (var i = 0; i <= ClaimActor.MaxPending; i++)
        {
            await StoreAsync(Account($"cuenta{i}", "Otra Persona Distinta"));
        }

        var claims = new List<Guid>();
        for (var i = 0; i < ClaimActor.MaxPending; i++)
        {
            claims.Add(Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(ana, $"cuenta{i}")).ClaimId);
        }

        Assert.IsType<ClaimActorOutcome.TooManyPending>(await ClaimAsync(ana, $"cuenta{ClaimActor.MaxPending}"));
        Assert.True(await RunAsync(sp => sp.GetRequiredService<ClaimActor>().WithdrawAsync(ana.Id, "u", claims[0], default)));
        Assert.False(await RunAsync(sp => sp.GetRequiredService<ClaimActor>().WithdrawAsync(Guid.NewGuid(), "u", claims[1], default)));
        Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(ana, $"cuenta{ClaimActor.MaxPending}"));
    }

    [Fact]
    public async Task Claim_TwoPeopleClaimOneAccount_NeitherGetsItAtOnce_AndTheLinkSettlesBoth()
    {
        var ana = await LearnerAsync(40);
        var beto = await LearnerAsync(41);
        var actor = Account("compartida", FullName(beto));
        await StoreAsync(actor);

        var first = Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(ana, "compartida"));
        var second = Assert.IsType<ClaimActorOutcome.PendingReview>(await ClaimAsync(beto, "compartida"));
        Assert.IsType<LinkActorOutcome.Linked>(await LinkAsync(actor, beto.Curp));

        await using var db = Database.NewDb();
        var statuses = await db.Set<ActorClaim>().ToDictionaryAsync(c => c.Id, c => c.Status);
        Assert.Equal(ActorClaimStatus.Rejected, statuses[first.ClaimId]);
        Assert.Equal(ActorClaimStatus.Accepted, statuses[second.ClaimId]);
        Assert.Equal(ActorClaimReview.Contested, (await db.Set<ActorClaim>().SingleAsync(c => c.Id == second.ClaimId)).Review);
    }

    [Fact]
    public async Task Queue_ListsEachActorPerPartner_CountsPeopleAndActorsOnce()
    {
        var ana = await LearnerAsync(42);
        var start = TestClock.Now.UtcDateTime.AddDays(-3);
        await StoreAsync(Account("x1", "Equis Uno"), count: 3, at: start);
        await StoreAsync(Account("x1", "Equis Uno Renombrado"), count: 1, at: start.AddDays(1));
        await StoreAsync(Mbox("y@example.com"), count: 2, partner: "Open edX Proveedor", at: start.AddDays(2));
        await StoreAsync(Mbox("y@example.com"), count: 1, at: start.AddDays(2));
        await StoreAsync(Mbox("resuelta@example.com"), count: 5, learnerId: ana.Id);

        var all = await RunAsync(sp => sp.GetRequiredService<ListUnresolvedActors>().RunAsync(new UnresolvedActorsQuery(null, null), default));

        Assert.Equal((3, 2, 7), (all.Rows, all.Actors, all.Statements));
        var x1 = Assert.Single(all.Items, i => i.Identity.Value == "x1");
        Assert.Equal((Partner, 4, start, start.AddDays(1), "Equis Uno Renombrado", ActorKind.Account, Moodle),
            (x1.Partner, x1.Statements, x1.FirstSeen, x1.LastSeen, x1.ProviderName, x1.Identity.Kind, x1.Identity.Platform));

        var mine = await RunAsync(sp => sp.GetRequiredService<ListUnresolvedActors>().RunAsync(new UnresolvedActorsQuery("Open edX Proveedor", null), default));
        Assert.Equal((1, 1, 2), (mine.Rows, mine.Actors, mine.Statements));
        var found = await RunAsync(sp => sp.GetRequiredService<ListUnresolvedActors>().RunAsync(new UnresolvedActorsQuery(null, "Y@EXAMPLE"), default));
        Assert.Equal((2, 1, 3), (found.Rows, found.Actors, found.Statements));
        var paged = await RunAsync(sp => sp.GetRequiredService<ListUnresolvedActors>().RunAsync(new UnresolvedActorsQuery(null, null, Page: 2, PageSize: 2), default));
        Assert.Equal(3, paged.Rows);
        Assert.Single(paged.Items);
    }

    [Fact]
    public async Task Platforms_AreTheHomePagesOfUnlinkedAccounts_WithTheirPartners()
    {
        await StoreAsync(Account("a"));
        await StoreAsync(Account("b", homePage: "https://cursos.proveedor.example/"), partner: "Open edX Proveedor");
        await StoreAsync(Mbox("c@example.com"));

        var platforms = await RunAsync(sp => sp.GetRequiredService<LearnerAccounts>().PlatformsAsync(default));

        Assert.Equal(
            [("https://cursos.proveedor.example/", "cursos.proveedor.example", "Open edX Proveedor"), (Moodle, "moodle.universidad.example", Partner)],
            platforms.Select(p => (p.HomePage, p.Label, string.Join(",", p.Partners))));
    }
}
