using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Credits.CreditApplyData;

namespace Semillero.Tests.Credits;

// Applications, review, conflicts of interest, decisions and the money ledger on both engines:
// eligibility, one open application, vouching codes taken once, self-service approval, reviewer
// draws and their exclusions, the third reviewer, immutability, and the pool and cap under load.
public abstract class CreditApplicationTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CreditApplicationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditApplicationTests(DatabaseProvider.Postgres);

    private const long Usd = 100;

    private async Task<T> WithDbAsync<T>(Func<SemilleroDb, Task<T>> run)
    {
        await using var db = Database.NewDb();
        return await run(db);
    }

    private Task<SubmitApplicationOutcome> SubmitAsync(Guid companyId, ApplicationInput input) =>
        RunAsync<SubmitApplication, SubmitApplicationOutcome>(s => s.RunAsync(companyId, input, Startup(companyId), default));

    private static ApplicationInput Base(long usd = 5_000) => new("base", usd * Usd, LongPlan, null);

    private static ApplicationInput Vouched(string code, long usd = 100_000) => new("aliado", usd * Usd, LongPlan, code);

    private async Task<Guid> OrganizationAsync(string name = "Aceleradora Norte") =>
        await WithDbAsync(db => TestOrganizations.EnsureVerifiedAsync(db, name, OrganizationKind.Proveedor));

    [Fact]
    public async Task Submit_IneligibleStartup_ReportsEveryReasonTogether()
    {
        var company = await WithDbAsync(db => StartupAsync(db, verified: false, graduate: false, stage: Semillero.Credits.StartupStage.SerieBOMas));

        var outcome = await SubmitAsync(company.Id, new ApplicationInput("nada", 0, "corto", null));

        var errors = Assert.IsType<SubmitApplicationOutcome.Invalid>(outcome).Errors;
        var codes = errors.Select(e => e.Reason.Code).ToList();
        Assert.Contains("no_elegible:verificada", codes);
        Assert.Contains("no_elegible:etapa", codes);
        Assert.Contains("no_elegible:fundador-egresado", codes);
        Assert.Contains(SubmitApplication.Codes.Tier, codes);
        Assert.Contains(SubmitApplication.Codes.Amount, codes);
        Assert.Contains(SubmitApplication.Codes.UsePlan, codes);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason.En)));
        Assert.Equal(0, await WithDbAsync(db => db.CreditApplications.CountAsync()));
    }

    [Fact]
    public async Task Submit_FounderGraduatedUnderAnotherRecordLink_CountsByCurp()
    {
        var company = await WithDbAsync(db => StartupAsync(db));

        var facts = await RunAsync<CreditEligibility, EligibilityFacts?>(s => s.FactsAsync(company.Id, default));

        Assert.Equal((1, 1, true, true), (facts!.Founders, facts.GraduateFounders, facts.IsStartup, facts.CompanyVerified));
    }

    [Fact]
    public async Task Submit_SelfServiceWithBudget_IsApprovedAtOnceThroughTheLedger()
    {
        var (company, pool) = await WithDbAsync(async db => (await StartupAsync(db), await PoolAsync(db, 1_000_000 * Usd)));

        var outcome = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Base()));

        Assert.Equal(ApplicationStatus.Aprobada, outcome.Status);
        await using var db = Database.NewDb();
        var app = await db.CreditApplications.SingleAsync(a => a.Id == outcome.ApplicationId);
        var award = await db.CreditAwards.SingleAsync(a => a.ApplicationId == outcome.ApplicationId);
        Assert.Null(app.OpenCompanyId);
        Assert.Equal((5_000 * Usd, 5_000 * Usd, pool.Id), (award.TotalCents, award.GrantedCents, award.PoolId));
        Assert.Equal(new DateOnly(2028, 11, 23), award.ExpiresOn);
        Assert.Equal(5_000 * Usd, (await db.CreditPools.SingleAsync(p => p.Id == pool.Id)).AwardedCents);
        Assert.Equal(5_000 * Usd, (await db.CreditAccounts.SingleAsync(a => a.CompanyId == company.Id)).GrantedCents);
        Assert.Equal(CreditApproval.Program, (await db.CreditDecisions.SingleAsync(d => d.ApplicationId == app.Id)).DecidedBy);
    }

    [Fact]
    public async Task Submit_SelfServiceWithoutBudget_IsWaitlistedWithTheReason()
    {
        var company = await WithDbAsync(async db =>
        {
            await PoolAsync(db, 1_000 * Usd);
            return await StartupAsync(db);
        });

        var outcome = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Base()));

        Assert.Equal(ApplicationStatus.ListaDeEspera, outcome.Status);
        await using var db = Database.NewDb();
        var decision = await db.CreditDecisions.SingleAsync(d => d.ApplicationId == outcome.ApplicationId);
        Assert.Equal((DecisionOutcome.ListaDeEspera, CreditApproval.PoolExhausted), (decision.Outcome, decision.Reasons));
        Assert.Contains("presupuesto", decision.Reasons, StringComparison.Ordinal);
        Assert.Equal(0, await db.CreditAwards.CountAsync());
        Assert.Equal(company.Id, (await db.CreditApplications.SingleAsync()).OpenCompanyId);
    }

    [Fact]
    public async Task Submit_ConcurrentSubmitsOfOneCompany_KeepOneOpenAndAnswerTheRestAlreadyOpen()
    {
        var company = await WithDbAsync(db => StartupAsync(db));

        var outcomes = await AllAtOnceAsync(Enumerable.Range(0, 8).Select(_ => (Func<Task<SubmitApplicationOutcome>>)(() => SubmitAsync(company.Id, Base()))));

        Assert.Single(outcomes.OfType<SubmitApplicationOutcome.Submitted>());
        Assert.Equal(7, outcomes.OfType<SubmitApplicationOutcome.AlreadyOpen>().Count());
        Assert.Equal(1, await WithDbAsync(db => db.CreditApplications.CountAsync()));
        Assert.IsType<SubmitApplicationOutcome.AlreadyOpen>(await SubmitAsync(company.Id, Base()));
    }

    [Fact]
    public async Task Submit_SameCodeByManyStartupsAtOnce_IsTakenOnce()
    {
        var org = await OrganizationAsync();
        var (companies, code) = await WithDbAsync(async db =>
        {
            var list = new List<Guid>();
            for (var i = 0; i < 6; i++)
            {
                list.Add((await StartupAsync(db, name: $"Startup {i}")).Id);
            }

            return (list, await VouchingCodeAsync(db, org));
        });

        var outcomes = await AllAtOnceAsync(companies.Select(c => (Func<Task<SubmitApplicationOutcome>>)(() => SubmitAsync(c, Vouched(code.ToLowerInvariant())))));

        var winner = Assert.Single(outcomes.OfType<SubmitApplicationOutcome.Submitted>());
        Assert.All(outcomes.OfType<SubmitApplicationOutcome.Invalid>(), i => Assert.Equal(SubmitApplication.Codes.CodeInvalid, i.Errors.Single().Reason.Code));
        await using var db = Database.NewDb();
        var row = await db.VouchingCodes.SingleAsync();
        Assert.Equal(winner.ApplicationId, row.UsedByApplicationId);
        Assert.Equal(org, (await db.CreditApplications.SingleAsync()).VouchingOrganizationId);
    }

    [Fact]
    public async Task Submit_FailedSubmissions_LeaveTheCodeUnused()
    {
        var org = await OrganizationAsync();
        var (company, codes) = await WithDbAsync(async db => (await StartupAsync(db), new[] { await VouchingCodeAsync(db, org), await VouchingCodeAsync(db, org) }));

        // Refused by the checks: nothing taken.
        Assert.IsType<SubmitApplicationOutcome.Invalid>(await SubmitAsync(company.Id, Vouched(codes[0]) with { UsePlan = "corto" }));
        // Two submits at once with different codes: the one that loses the open slot rolls its code back.
        var outcomes = await AllAtOnceAsync(codes.Select(c => (Func<Task<SubmitApplicationOutcome>>)(() => SubmitAsync(company.Id, Vouched(c)))));

        var won = Assert.Single(outcomes.OfType<SubmitApplicationOutcome.Submitted>());
        Assert.Single(outcomes.OfType<SubmitApplicationOutcome.AlreadyOpen>());
        await using var db = Database.NewDb();
        var rows = await db.VouchingCodes.ToListAsync();
        Assert.Single(rows, r => r.UsedAt is not null && r.UsedByApplicationId == won.ApplicationId);
        Assert.Single(rows, r => r.UsedAt is null && r.UsedByApplicationId is null && r.UsedByCompanyId is null);
    }

    [Fact]
    public async Task Withdraw_OpenApplication_FreesTheSlotAndKeepsTheCodeUsed()
    {
        var org = await OrganizationAsync();
        var (company, code) = await WithDbAsync(async db => (await StartupAsync(db), await VouchingCodeAsync(db, org)));
        var id = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Vouched(code))).ApplicationId;

        var other = await RunAsync<WithdrawApplication, WithdrawApplicationOutcome>(s => s.RunAsync(id, Startup(Guid.NewGuid()), default));
        var mine = await RunAsync<WithdrawApplication, WithdrawApplicationOutcome>(s => s.RunAsync(id, Startup(company.Id), default));
        var again = await RunAsync<WithdrawApplication, WithdrawApplicationOutcome>(s => s.RunAsync(id, Startup(company.Id), default));

        Assert.IsType<WithdrawApplicationOutcome.NotFound>(other);
        Assert.IsType<WithdrawApplicationOutcome.Withdrawn>(mine);
        Assert.IsType<WithdrawApplicationOutcome.Closed>(again);
        await using var db = Database.NewDb();
        Assert.Equal((ApplicationStatus.Retirada, (Guid?)null), await db.CreditApplications.Select(a => new ValueTuple<ApplicationStatus, Guid?>(a.Status, a.OpenCompanyId)).SingleAsync());
        Assert.NotNull((await db.VouchingCodes.SingleAsync()).UsedAt);
    }

    [Fact]
    public async Task Assignment_ExcludesTheVouchingOrganisationAndConflictedReviewers()
    {
        var org = await OrganizationAsync();
        var (company, code, sameOrg, conflicted, free1, free2) = await WithDbAsync(async db =>
        {
            var c = await StartupAsync(db);
            var r = (await ReviewerAsync(db, org), await ReviewerAsync(db), await ReviewerAsync(db), await ReviewerAsync(db));
            db.CreditConflicts.Add(new CreditConflict { ReviewerId = r.Item2, CompanyId = c.Id, Reason = "Soy socia", DeclaredAt = Now, DeclaredBy = "prueba" });
            await db.SaveChangesAsync();
            return (c, await VouchingCodeAsync(db, org), r.Item1, r.Item2, r.Item3, r.Item4);
        });

        var outcome = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Vouched(code)));

        Assert.Equal(ApplicationStatus.EnRevision, outcome.Status);
        var assigned = await WithDbAsync(db => db.CreditReviews.Select(r => r.ReviewerId).ToListAsync());
        Assert.Equal(new[] { free1, free2 }.Order(), assigned.Order());
        Assert.DoesNotContain(sameOrg, assigned);
        Assert.DoesNotContain(conflicted, assigned);
    }

    [Fact]
    public async Task Assignment_TooFewEligibleReviewers_StaysSubmittedUntilAnOperatorAssigns()
    {
        var org = await OrganizationAsync();
        var (company, code, only, sameOrg) = await WithDbAsync(async db => (await StartupAsync(db), await VouchingCodeAsync(db, org), await ReviewerAsync(db), await ReviewerAsync(db, org)));

        var outcome = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Vouched(code)));
        var refused = await RunAsync<AssignReviewers, AssignReviewerOutcome>(s => s.ManualAsync(outcome.ApplicationId, sameOrg, Operator(), default));

        Assert.Equal(ApplicationStatus.Enviada, outcome.Status);
        Assert.Equal(AssignReviewers.Codes.VouchingOrganization, Assert.IsType<AssignReviewerOutcome.Refused>(refused).Code);
        Assert.Equal(only, await WithDbAsync(db => db.CreditReviews.Select(r => r.ReviewerId).SingleAsync()));
    }

    [Fact]
    public async Task ManualAssignment_ConflictedReviewer_CantBeAssigned()
    {
        var (app, conflicted, free) = await WithDbAsync(async db =>
        {
            var c = await StartupAsync(db);
            var id = await AwaitingDecisionAsync(db, c.Id, 50_000 * Usd);
            await db.CreditApplications.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Enviada));
            var r = await ReviewerAsync(db);
            db.CreditConflicts.Add(new CreditConflict { ReviewerId = r, CompanyId = c.Id, Reason = "Fui su mentora", DeclaredAt = Now, DeclaredBy = "prueba" });
            await db.SaveChangesAsync();
            return (id, r, await ReviewerAsync(db));
        });

        var refused = await RunAsync<AssignReviewers, AssignReviewerOutcome>(s => s.ManualAsync(app, conflicted, Operator(), default));
        var ok = await RunAsync<AssignReviewers, AssignReviewerOutcome>(s => s.ManualAsync(app, free, Operator(), default));
        var notOperator = await RunAsync<AssignReviewers, AssignReviewerOutcome>(s => s.ManualAsync(app, free, Startup(Guid.NewGuid()), default));

        var reason = Assert.IsType<AssignReviewerOutcome.Refused>(refused);
        Assert.Equal(AssignReviewers.Codes.Conflict, reason.Code);
        Assert.Contains("Fui su mentora", reason.Es, StringComparison.Ordinal);
        Assert.IsType<AssignReviewerOutcome.Assigned>(ok);
        Assert.IsType<AssignReviewerOutcome.NotFound>(notOperator);
        Assert.Equal(free, await WithDbAsync(db => db.CreditReviews.Select(r => r.ReviewerId).SingleAsync()));
    }

    [Fact]
    public async Task Conflict_DeclaredAfterAssignment_RemovesTheAssignmentAndDrawsAReplacement()
    {
        var org = await OrganizationAsync();
        var (company, code) = await WithDbAsync(async db =>
        {
            await ReviewerAsync(db);
            await ReviewerAsync(db);
            return (await StartupAsync(db), await VouchingCodeAsync(db, org));
        });
        var app = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Vouched(code))).ApplicationId;
        var third = await WithDbAsync(db => ReviewerAsync(db));
        var leaving = await WithDbAsync(db => db.CreditReviews.Select(r => r.ReviewerId).FirstAsync());

        var outcome = await RunAsync<DeclareConflict, DeclareConflictOutcome>(s => s.RunAsync(leaving, new ConflictInput(null, app, "Invertí en ella"), Reviewer(leaving), default));
        var again = await RunAsync<AssignReviewers, AssignReviewerOutcome>(s => s.ManualAsync(app, leaving, Operator(), default));

        Assert.Equal((1, 1), (Assert.IsType<DeclareConflictOutcome.Declared>(outcome).Removed, ((DeclareConflictOutcome.Declared)outcome).Replaced));
        Assert.Equal(AssignReviewers.Codes.Conflict, Assert.IsType<AssignReviewerOutcome.Refused>(again).Code);
        var assigned = await WithDbAsync(db => db.CreditReviews.Select(r => r.ReviewerId).ToListAsync());
        Assert.Contains(third, assigned);
        Assert.DoesNotContain(leaving, assigned);
    }

    private async Task<(Guid App, Guid First, Guid Second)> InReviewAsync()
    {
        var org = await OrganizationAsync();
        var (company, code, first, second) = await WithDbAsync(async db => (await StartupAsync(db), await VouchingCodeAsync(db, org), await ReviewerAsync(db), await ReviewerAsync(db)));
        var app = Assert.IsType<SubmitApplicationOutcome.Submitted>(await SubmitAsync(company.Id, Vouched(code))).ApplicationId;
        return (app, first, second);
    }

    private Task<SubmitReviewOutcome> ReviewAsync(Guid app, Guid reviewer, int score) =>
        RunAsync<SubmitReview, SubmitReviewOutcome>(s => s.RunAsync(app, new ReviewInput(Scores(score), "Plan claro y equipo formado."), Reviewer(reviewer), default));

    [Fact]
    public async Task Review_TotalsWithinTheMargin_GoToDecisionWithoutAThirdReviewer()
    {
        var (app, first, second) = await InReviewAsync();
        await WithDbAsync(db => ReviewerAsync(db));

        var one = Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app, first, 4));
        var two = Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app, second, 5));

        Assert.Equal((75, ApplicationStatus.EnRevision), (one.Total, one.Status));
        Assert.Equal((100, ApplicationStatus.EnRevision, true), (two.Total, two.Status, two.ThirdDrawn));
        var (app2, _, _) = await InReviewAsync();
        // The draw takes the least loaded among every reviewer: read who got the second application.
        var drawn = await WithDbAsync(db => db.CreditReviews.Where(r => r.ApplicationId == app2).Select(r => r.ReviewerId).ToListAsync());
        var (a, b) = (drawn[0], drawn[1]);
        var close = Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app2, a, 4));
        var closeTwo = Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app2, b, 4));
        Assert.Equal((ApplicationStatus.PorDecidir, false), (closeTwo.Status, closeTwo.ThirdDrawn));
        Assert.Equal(2, await WithDbAsync(db => db.CreditReviews.CountAsync(r => r.ApplicationId == app2)));
        Assert.Equal(ApplicationStatus.EnRevision, close.Status);
    }

    [Fact]
    public async Task Review_MarginExceeded_DrawsAThirdReviewerWhoseReviewCompletesIt()
    {
        var (app, first, second) = await InReviewAsync();
        var third = await WithDbAsync(db => ReviewerAsync(db));

        await ReviewAsync(app, first, 1);
        var two = Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app, second, 5));
        var round = await WithDbAsync(db => db.CreditReviews.Where(r => r.ReviewerId == third).Select(r => r.Round).SingleAsync());
        var last = Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app, third, 3));

        Assert.True(two.ThirdDrawn);
        Assert.Equal(3, round);
        Assert.Equal(ApplicationStatus.PorDecidir, last.Status);
    }

    [Fact]
    public async Task Review_Submitted_IsImmutableAndOnlyTheAssignedReviewerMaySubmit()
    {
        var (app, first, _) = await InReviewAsync();
        var stranger = await WithDbAsync(db => ReviewerAsync(db));

        Assert.IsType<SubmitReviewOutcome.NotFound>(await ReviewAsync(app, stranger, 5));
        Assert.IsType<SubmitReviewOutcome.Invalid>(await RunAsync<SubmitReview, SubmitReviewOutcome>(s => s.RunAsync(app, new ReviewInput(new Dictionary<string, int> { ["equipo"] = 9 }, ""), Reviewer(first), default)));
        Assert.IsType<SubmitReviewOutcome.Submitted>(await ReviewAsync(app, first, 2));
        Assert.IsType<SubmitReviewOutcome.AlreadySubmitted>(await ReviewAsync(app, first, 5));

        var review = await WithDbAsync(db => db.CreditReviews.SingleAsync(r => r.ReviewerId == first));
        Assert.Equal(25, review.Total);
        var mine = await RunAsync<ReadCreditApplications, ReviewerItem?>(s => s.ForReviewerAsync(app, Reviewer(stranger), default));
        Assert.Null(mine);
    }

    [Fact]
    public async Task Decisions_AreAppendedAndTheWaitlistIsApprovedWhenBudgetArrives()
    {
        var (company, pool) = await WithDbAsync(async db => (await StartupAsync(db), await PoolAsync(db, 10_000 * Usd)));
        var app = await WithDbAsync(db => AwaitingDecisionAsync(db, company.Id, 50_000 * Usd));
        var decide = (DecisionInput input) => RunAsync<DecideApplication, DecideApplicationOutcome>(s => s.RunAsync(app, input, Operator(), default));

        Assert.IsType<DecideApplicationOutcome.Invalid>(await decide(new DecisionInput("rechazada", null, "")));
        Assert.IsType<DecideApplicationOutcome.NotFound>(await RunAsync<DecideApplication, DecideApplicationOutcome>(s => s.RunAsync(app, new DecisionInput("aprobada", 1, null), Startup(company.Id), default)));
        var waitlisted = Assert.IsType<DecideApplicationOutcome.Decided>(await decide(new DecisionInput("aprobada", 40_000 * Usd, null)));
        var first = await WithDbAsync(db => db.CreditDecisions.AsNoTracking().SingleAsync());
        await WithDbAsync(db => db.CreditPools.Where(p => p.Id == pool.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AmountCents, 100_000 * Usd)));
        var approved = Assert.IsType<DecideApplicationOutcome.Decided>(await decide(new DecisionInput("aprobada", 40_000 * Usd, "Buen plan")));
        var late = await decide(new DecisionInput("rechazada", null, "tarde"));

        Assert.Equal(ApplicationStatus.ListaDeEspera, waitlisted.Status);
        Assert.Equal((ApplicationStatus.Aprobada, (long?)(40_000 * Usd)), (approved.Status, approved.GrantedCents));
        Assert.Equal(ApplicationStatus.Aprobada, Assert.IsType<DecideApplicationOutcome.WrongStatus>(late).Status);
        var decisions = await WithDbAsync(db => db.CreditDecisions.AsNoTracking().OrderBy(d => d.DecidedAt).ThenBy(d => d.Outcome).ToListAsync());
        Assert.Equal(2, decisions.Count);
        Assert.Contains(decisions, d => d.Id == first.Id && d.Outcome == DecisionOutcome.ListaDeEspera && d.Reasons == CreditApproval.PoolExhausted);
        Assert.Contains(decisions, d => d.Outcome == DecisionOutcome.Aprobada && d.AmountCents == 40_000 * Usd);
    }

    [Fact]
    public async Task Decide_FiftyApprovalsOfOneHundredThousandAtOnce_ExactlyFiveFitAPoolOfFiveHundredThousand()
    {
        var (pool, apps) = await WithDbAsync(async db =>
        {
            var p = await PoolAsync(db, 500_000 * Usd);
            var list = new List<Guid>();
            for (var i = 0; i < 50; i++)
            {
                var company = await StartupAsync(db, name: $"Startup {i:00}");
                list.Add(await AwaitingDecisionAsync(db, company.Id, 100_000 * Usd));
            }

            return (p, list);
        });

        var outcomes = await AllAtOnceAsync(apps.Select(id => (Func<Task<DecideApplicationOutcome>>)(() =>
            RunAsync<DecideApplication, DecideApplicationOutcome>(s => s.RunAsync(id, new DecisionInput("aprobada", 100_000 * Usd, "Aprobada por el comité"), Operator(), default)))));

        var decided = outcomes.Cast<DecideApplicationOutcome.Decided>().ToList();
        Assert.Equal(5, decided.Count(d => d.Status == ApplicationStatus.Aprobada));
        Assert.Equal(45, decided.Count(d => d.Status == ApplicationStatus.ListaDeEspera));
        await using var db = Database.NewDb();
        var awarded = (await db.CreditPools.SingleAsync(p => p.Id == pool.Id)).AwardedCents;
        Assert.Equal("USD 500,000", CreditRules.FormatUsd(awarded));
        Assert.Equal(500_000 * Usd, awarded);
        Assert.Equal(awarded, await db.CreditAwards.SumAsync(a => a.GrantedCents));
        Assert.Equal(awarded, await db.CreditAccounts.SumAsync(a => a.GrantedCents));
        Assert.Equal(5, await db.CreditApplications.CountAsync(a => a.Status == ApplicationStatus.Aprobada));
        Assert.Equal(45, await db.CreditDecisions.CountAsync(d => d.Outcome == DecisionOutcome.ListaDeEspera && d.Reasons == CreditApproval.PoolExhausted));
    }

    [Fact]
    public async Task Ledger_ParallelTopUpsOfOneCompany_NeverPassTheCapAndGrantOnlyTheDifference()
    {
        var (company, pool) = await WithDbAsync(async db => (await StartupAsync(db), await PoolAsync(db, 10_000_000 * Usd)));
        long[] totals = [20_000 * Usd, 40_000 * Usd, 60_000 * Usd, 80_000 * Usd, 100_000 * Usd, 120_000 * Usd];
        var cap = CreditPrograms.Shipped.LifetimeCapCents;

        var outcomes = await AllAtOnceAsync(totals.Select(total => (Func<Task<LedgerOutcome>>)(async () =>
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            var ledger = scope.ServiceProvider.GetRequiredService<CreditLedger>();
            return await CreditLedger.WithRetriesAsync(db, async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var outcome = await ledger.DrawAsync(company.Id, total, cap, new DateOnly(2026, 11, 23), default);
                if (outcome is LedgerOutcome.Drawn)
                {
                    await transaction.CommitAsync();
                }

                return (outcome, outcome is LedgerOutcome.Stale);
            }, default);
        })));

        var drawn = outcomes.OfType<LedgerOutcome.Drawn>().ToList();
        Assert.NotEmpty(drawn);
        Assert.Contains(outcomes, o => o is LedgerOutcome.CapExceeded);
        await using var check = Database.NewDb();
        var account = await check.CreditAccounts.SingleAsync(a => a.CompanyId == company.Id);
        Assert.True(account.GrantedCents <= cap);
        Assert.Equal(account.LastAwardCents, account.GrantedCents);
        Assert.Equal(drawn.Sum(d => d.GrantedCents), account.GrantedCents);
        Assert.Equal(account.GrantedCents, (await check.CreditPools.SingleAsync(p => p.Id == pool.Id)).AwardedCents);
    }

    [Fact]
    public async Task TopUp_ApprovedLater_GrantsOnlyTheDifferenceAboveTheLastAward()
    {
        var (company, pool) = await WithDbAsync(async db => (await StartupAsync(db), await PoolAsync(db, 1_000_000 * Usd)));
        var first = await WithDbAsync(db => AwaitingDecisionAsync(db, company.Id, 30_000 * Usd));
        Assert.IsType<DecideApplicationOutcome.Decided>(await RunAsync<DecideApplication, DecideApplicationOutcome>(s => s.RunAsync(first, new DecisionInput("aprobada", 30_000 * Usd, null), Operator(), default)));

        var notAbove = await SubmitAsync(company.Id, Base(5_000) with { TierKey = "aliado", VouchingCode = "X" });
        var second = await WithDbAsync(db => AwaitingDecisionAsync(db, company.Id, 50_000 * Usd));
        var topUp = Assert.IsType<DecideApplicationOutcome.Decided>(await RunAsync<DecideApplication, DecideApplicationOutcome>(s => s.RunAsync(second, new DecisionInput("aprobada", 50_000 * Usd, null), Operator(), default)));

        Assert.Contains(Assert.IsType<SubmitApplicationOutcome.Invalid>(notAbove).Errors, e => e.Reason.Code == SubmitApplication.Codes.NotAboveLast);
        Assert.Equal(20_000 * Usd, topUp.GrantedCents);
        await using var db = Database.NewDb();
        Assert.Equal(50_000 * Usd, (await db.CreditAccounts.SingleAsync()).GrantedCents);
        Assert.Equal(50_000 * Usd, (await db.CreditPools.SingleAsync(p => p.Id == pool.Id)).AwardedCents);
        Assert.Equal(50_000 * Usd, await db.CreditAwards.SumAsync(a => a.GrantedCents));
    }

    [Fact]
    public async Task Decide_NotAboveTheLastAward_IsRefusedAndMovesNothing()
    {
        var company = await WithDbAsync(async db =>
        {
            await PoolAsync(db, 1_000_000 * Usd);
            var c = await StartupAsync(db);
            db.CreditAccounts.Add(new CreditAccount { CompanyId = c.Id, GrantedCents = 100_000 * Usd, LastAwardCents = 100_000 * Usd });
            await db.SaveChangesAsync();
            return c;
        });
        var app = await WithDbAsync(db => AwaitingDecisionAsync(db, company.Id, 100_000 * Usd));

        var outcome = await RunAsync<DecideApplication, DecideApplicationOutcome>(s => s.RunAsync(app, new DecisionInput("aprobada", 100_000 * Usd, null), Operator(), default));

        Assert.IsType<DecideApplicationOutcome.Invalid>(outcome);
        Assert.Equal(0, await WithDbAsync(db => db.CreditDecisions.CountAsync()));
        Assert.Equal(0L, await WithDbAsync(db => db.CreditPools.Select(p => p.AwardedCents).SingleAsync()));
    }
}
