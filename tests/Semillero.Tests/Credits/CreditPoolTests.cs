using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Credits.CreditProgramData;

namespace Semillero.Tests.Credits;

// Budget pools: periods that never overlap, amounts that never go below what was awarded, and the
// history of amounts in the audit log, also under concurrent changes and approvals.
public abstract partial class CreditPoolTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CreditPoolTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditPoolTests(DatabaseProvider.Postgres);

    private Task<SaveCreditPoolOutcome> CreateAsync(string name, string from, string to, string amount, string? reason = "Presupuesto del semestre") =>
        RunAsync<SaveCreditPool, SaveCreditPoolOutcome>(s => s.CreateAsync(new CreditPoolInput(name, from, to, amount, reason), Operator(), default));

    private Task<SaveCreditPoolOutcome> ChangeAsync(Guid id, string amount, string? reason = "Ajuste del presupuesto") =>
        RunAsync<SaveCreditPool, SaveCreditPoolOutcome>(s => s.ChangeAmountAsync(id, amount, reason, Operator(), default));

    private async Task<List<AuditEntry>> HistoryAsync(Guid poolId)
    {
        await using var db = Database.NewDb();
        return await db.AuditEntries.AsNoTracking().Where(a => a.LearnerId == poolId && a.Action == SaveCreditPool.AuditAction).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task Create_AValidPool_StoresCentsAndTheReason_AndLogsItsCreation()
    {
        var outcome = await CreateAsync(" 2026-H1 ", "2026-01-01", "2026-06-30", "USD 500,000.50");

        var id = Assert.IsType<SaveCreditPoolOutcome.Saved>(outcome).PoolId;
        var pool = await RunAsync<ReadCreditPools, CreditPoolView?>(r => r.FindAsync(id, default));
        Assert.Equal(("2026-H1", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 50_000_050L, 0L, "Presupuesto del semestre"),
            (pool!.Name, pool.StartsOn, pool.EndsOn, pool.AmountCents, pool.AwardedCents, pool.Reason));
        var entry = Assert.Single(await HistoryAsync(id));
        Assert.Equal(("operador-1", "Presupuesto del semestre"), (entry.ActorId, entry.Why));
        Assert.Contains("USD 500,000.50", entry.What, StringComparison.Ordinal);
        Assert.Equal(id, (await RunAsync<ReadCreditPools, CreditPoolView?>(r => r.ForDayAsync(new DateOnly(2026, 3, 15), default)))!.Id);
    }

    [Theory]
    [InlineData("2026-06-30", "2026-12-31")]
    [InlineData("2025-07-01", "2026-01-01")]
    [InlineData("2026-02-01", "2026-03-01")]
    [InlineData("2025-01-01", "2027-01-01")]
    public async Task Create_APeriodThatOverlapsAnother_IsRefused_AndNothingIsStored(string from, string to)
    {
        Assert.IsType<SaveCreditPoolOutcome.Saved>(await CreateAsync("2026-H1", "2026-01-01", "2026-06-30", "500000"));

        var outcome = await CreateAsync("Otra", from, to, "100000");

        var error = Assert.Single(Assert.IsType<SaveCreditPoolOutcome.Invalid>(outcome).Errors);
        Assert.Equal(("startsOn", "periodo_traslapado"), (error.Field, error.Reason.Code));
        Assert.Contains("2026-H1", error.Reason.Es, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.CreditPools.CountAsync());
    }

    [Fact]
    public async Task Create_TheNextPeriodRightAfter_IsAccepted_AndARepeatedNameIsRefused()
    {
        Assert.IsType<SaveCreditPoolOutcome.Saved>(await CreateAsync("2026-H1", "2026-01-01", "2026-06-30", "500000"));

        var next = await CreateAsync("2026-H2", "2026-07-01", "2026-12-31", "500000");
        var repeated = await CreateAsync("2026-H1", "2027-01-01", "2027-06-30", "500000");

        Assert.IsType<SaveCreditPoolOutcome.Saved>(next);
        Assert.Equal("nombre_repetido", Assert.Single(Assert.IsType<SaveCreditPoolOutcome.Invalid>(repeated).Errors).Reason.Code);
    }

    [Fact]
    public async Task Create_EveryFieldWrong_NamesEachField()
    {
        var outcome = await CreateAsync("2026/H1!", "1 de enero", "2026-13-01", "-5", null);

        var errors = Assert.IsType<SaveCreditPoolOutcome.Invalid>(outcome).Errors;
        Assert.Equal<string>(["name", "startsOn", "endsOn", "amount", "reason"], errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Create_EndBeforeStart_IsRefused()
    {
        var outcome = await CreateAsync("2026-H1", "2026-06-30", "2026-01-01", "500000");

        Assert.Equal("periodo_invertido", Assert.Single(Assert.IsType<SaveCreditPoolOutcome.Invalid>(outcome).Errors).Reason.Code);
    }

    [Fact]
    public async Task ChangeAmount_BelowWhatWasAwarded_IsRefused_AndTheAmountStays()
    {
        Guid id;
        await using (var db = Database.NewDb())
        {
            id = await PoolAsync(db, "2026-H1", new(2026, 1, 1), new(2026, 6, 30), amountCents: 50_000_000, awardedCents: 30_000_000);
        }

        var outcome = await ChangeAsync(id, "299,999.99");

        Assert.Equal(30_000_000, Assert.IsType<SaveCreditPoolOutcome.BelowAwarded>(outcome).AwardedCents);
        var pool = await RunAsync<ReadCreditPools, CreditPoolView?>(r => r.FindAsync(id, default));
        Assert.Equal(50_000_000, pool!.AmountCents);
        Assert.Empty(await HistoryAsync(id));
    }

    [Fact]
    public async Task ChangeAmount_DownToExactlyWhatWasAwarded_OrUp_Changes_AndTheHistoryKeepsEachAmount()
    {
        Guid id;
        await using (var db = Database.NewDb())
        {
            id = await PoolAsync(db, "2026-H1", new(2026, 1, 1), new(2026, 6, 30), amountCents: 50_000_000, awardedCents: 30_000_000);
        }

        Assert.IsType<SaveCreditPoolOutcome.Saved>(await ChangeAsync(id, "300,000", "Recorte presupuestal"));
        Assert.IsType<SaveCreditPoolOutcome.Saved>(await ChangeAsync(id, "600000", "Ampliación"));

        var pool = await RunAsync<ReadCreditPools, CreditPoolView?>(r => r.FindAsync(id, default));
        Assert.Equal((60_000_000L, 30_000_000L, 30_000_000L, 50.0m, "Ampliación"), (pool!.AmountCents, pool.AwardedCents, pool.LeftCents, pool.PercentUsed, pool.Reason));
        var history = await HistoryAsync(id);
        Assert.Equal<string>(["Recorte presupuestal", "Ampliación"], history.Select(h => h.Why));
        Assert.EndsWith("USD 500,000 → USD 300,000", history[0].What, StringComparison.Ordinal);
        Assert.EndsWith("USD 300,000 → USD 600,000", history[1].What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeAmount_UnknownPoolOrBadInput_IsNotFoundOrInvalid()
    {
        Assert.IsType<SaveCreditPoolOutcome.NotFound>(await ChangeAsync(Guid.NewGuid(), "1000"));
        var invalid = Assert.IsType<SaveCreditPoolOutcome.Invalid>(await ChangeAsync(Guid.NewGuid(), "mil", " "));
        Assert.Equal<string>(["amount", "reason"], invalid.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task ChangeAmount_RacingAnApprovalThatWouldExceedIt_ExactlyOneWins_AndThePoolNeverHoldsLessThanItAwarded()
    {
        for (var round = 0; round < 5; round++)
        {
            Guid id;
            await using (var db = Database.NewDb())
            {
                id = await PoolAsync(db, $"Ronda {round}", new(2030 + round, 1, 1), new(2030 + round, 12, 31), amountCents: 100_000, awardedCents: 30_000);
            }

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var change = Task.Run(async () =>
            {
                await gate.Task;
                return await ChangeAsync(id, "300");
            });
            var award = Task.Run(async () =>
            {
                await gate.Task;
                await using var db = Database.NewDb();
                return await AwardAsync(db, id, 10_000);
            });
            gate.SetResult();
            var (changed, awarded) = (await change, await award);

            Assert.True(changed is SaveCreditPoolOutcome.Saved != awarded, $"round {round}: change {changed}, award {awarded}");
            var pool = await RunAsync<ReadCreditPools, CreditPoolView?>(r => r.FindAsync(id, default));
            Assert.True(pool!.AwardedCents <= pool.AmountCents);
            Assert.Equal(awarded ? (100_000L, 40_000L) : (30_000L, 30_000L), (pool.AmountCents, pool.AwardedCents));
        }
    }

    [Fact]
    public async Task ChangeAmount_TenOperatorsAtOnce_AllApply_AndTheHistoryChainsEachPreviousAmount()
    {
        Guid id;
        await using (var db = Database.NewDb())
        {
            id = await PoolAsync(db, "2026-H1", new(2026, 1, 1), new(2026, 6, 30), amountCents: 10_000_000);
        }

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(1, 10).Select(n => Task.Run(async () =>
        {
            await gate.Task;
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SaveCreditPool>()
                .ChangeAmountAsync(id, (100_000 + n).ToString(CultureInfo.InvariantCulture), $"Cambio {n}", Operator(), default);
        })).ToList();
        gate.SetResult();
        var outcomes = await Task.WhenAll(tasks);

        Assert.All(outcomes, o => Assert.IsType<SaveCreditPoolOutcome.Saved>(o));
        var history = await HistoryAsync(id);
        Assert.Equal(10, history.Count);
        var previous = "USD 100,000";
        foreach (var entry in history)
        {
            var match = Arrow().Match(entry.What);
            Assert.True(match.Success, entry.What);
            Assert.Equal(previous, match.Groups["from"].Value);
            previous = match.Groups["to"].Value;
        }

        var pool = await RunAsync<ReadCreditPools, CreditPoolView?>(r => r.FindAsync(id, default));
        Assert.Equal(previous, CreditRules.FormatUsd(pool!.AmountCents));
    }

    [GeneratedRegex("(?<from>USD [0-9,.]+) → (?<to>USD [0-9,.]+)$")]
    private static partial Regex Arrow();
}
