using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Credits.CreditCodesData;

namespace Semillero.Tests.Credits;

// Credit codes as operators and startups use them: importing the provider's batches (all or
// nothing, the row report), encryption at rest, delivery of exact amounts (and races between
// deliveries), the startup's codes and their audited reveal, reminders and expired credits.
public abstract class CreditCodesTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CreditCodesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditCodesTests(DatabaseProvider.Postgres);

    private Task<ImportCreditCodesOutcome> ImportAsync(string csv, string batch = "Envío 1") =>
        RunAsync<ImportCreditCodes, ImportCreditCodesOutcome>(i => i.RunAsync(Csv(csv), batch, Operator(), default));

    private Task<DeliverCreditsOutcome> DeliverAsync(Guid awardId) =>
        RunAsync<DeliverCredits, DeliverCreditsOutcome>(d => d.DeliverAsync(awardId, default));

    private async Task<(Guid CompanyId, Guid PoolId)> StartupWithPoolAsync(string name = "Nube del Sur")
    {
        await using var db = Database.NewDb();
        var company = await StartupAsync(db, name: name);
        var pool = await db.CreditPools.FirstOrDefaultAsync() ?? await PoolAsync(db);
        return (company.Id, pool.Id);
    }

    private async Task<Guid> AwardAsync(long grantedCents, DateOnly? expiresOn = null, DateTime? awardedAt = null, Guid? companyId = null)
    {
        var (company, pool) = companyId is { } c ? (c, (await StartupWithPoolAsync()).PoolId) : await StartupWithPoolAsync();
        await using var db = Database.NewDb();
        return (await CreditCodesData.AwardAsync(db, company, pool, grantedCents, expiresOn, awardedAt)).Id;
    }

    private async Task<List<long>> CodesOfAsync(Guid awardId)
    {
        await using var db = Database.NewDb();
        return await db.CreditCodes.AsNoTracking().Where(c => c.AwardId == awardId).OrderByDescending(c => c.ValueCents).Select(c => c.ValueCents).ToListAsync();
    }

    [Fact]
    public async Task Import_ValidFile_StoresTheBatchAndEachCodeEncryptedWithItsHash()
    {
        var outcome = await ImportAsync("codigo,valor_usd,vence\nAWS-PROMO-7Q2K-ZZ91,5000,2027-06-30\nAWS-PROMO-8R3L-YY02,\"1,000.50\",\n");

        var imported = Assert.IsType<ImportCreditCodesOutcome.Imported>(outcome);
        Assert.Equal((2, 600_050L), (imported.Codes, imported.TotalCents));
        await using var db = Database.NewDb();
        var batch = await db.CreditCodeBatches.AsNoTracking().SingleAsync();
        Assert.Equal(("Envío 1", "operador-1", 2, 600_050L), (batch.Name, batch.ImportedBy, batch.Codes, batch.TotalCents));
        var codes = await db.CreditCodes.AsNoTracking().OrderByDescending(c => c.ValueCents).ToListAsync();
        Assert.Equal([500_000L, 100_050L], codes.Select(c => c.ValueCents));
        Assert.Equal(new DateOnly(2027, 6, 30), codes[0].ProviderExpiresOn);
        Assert.Null(codes[1].ProviderExpiresOn);
        Assert.Equal(CreditRules.HashCode("AWS-PROMO-7Q2K-ZZ91"), codes[0].CodeHash);
        Assert.All(codes, c => Assert.Null(c.AwardId));

        // At rest the column holds neither the code nor its normalised form; the vault gives it back.
        Assert.DoesNotContain("7Q2K", codes[0].Encrypted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AWSPROMO", codes[0].Encrypted, StringComparison.OrdinalIgnoreCase);
        var vault = Services.GetRequiredService<CreditCodeVault>();
        Assert.Equal("AWS-PROMO-7Q2K-ZZ91", vault.Unprotect(codes[0].Encrypted));
    }

    [Fact]
    public async Task Import_EnglishHeaders_AreReadLikeTheSpanishOnes()
    {
        var outcome = await ImportAsync("code,value_usd,expires\nGCP-1111-2222,2500,2027-01-15\n");

        Assert.Equal(250_000L, Assert.IsType<ImportCreditCodesOutcome.Imported>(outcome).TotalCents);
    }

    [Fact]
    public async Task Import_InvalidRows_ReportsEveryProblemWithItsRowNumber_AndWritesNothing()
    {
        var longCode = new string('A', ImportCreditCodes.MaxCodeLength + 1);
        var csv = "codigo,valor_usd,vence\n"
            + "OK-0001-AAAA,1000,2027-01-01\n"   // row 2: valid
            + ",1000,\n"                          // row 3: no code
            + "OK-0002-BBBB,-5,\n"                // row 4: negative value
            + "OK-0003-CCCC,100.555,\n"           // row 5: three decimals
            + "OK-0004-DDDD,1000,31/12/2027\n"    // row 6: date not ISO
            + "ok 0001 aaaa,1000,\n"              // row 7: row 2's code written differently
            + longCode + ",1000,\n";              // row 8: too long

        var outcome = await ImportAsync(csv);

        var refused = Assert.IsType<ImportCreditCodesOutcome.Refused>(outcome);
        Assert.Equal(
            [(3, "codigo"), (4, "valor_usd"), (5, "valor_usd"), (6, "vence"), (7, "codigo"), (8, "codigo")],
            refused.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("fila 2", refused.Errors.Single(e => e.Row == 7).Es, StringComparison.Ordinal);
        Assert.All(refused.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.En)));
        Assert.All(refused.Errors, e => Assert.DoesNotContain("OK-0002", e.Es, StringComparison.Ordinal));
        await using var db = Database.NewDb();
        Assert.Equal((0, 0), (await db.CreditCodeBatches.CountAsync(), await db.CreditCodes.CountAsync()));
    }

    [Fact]
    public async Task Import_ACodeAlreadyImported_IsRefusedWithItsRow_AndTheBatchIsNotStored()
    {
        Assert.IsType<ImportCreditCodesOutcome.Imported>(await ImportAsync("codigo,valor_usd\nAZ-9999-0001,1000\n"));

        var outcome = await ImportAsync("codigo,valor_usd\nAZ-9999-0002,1000\naz 9999 0001,1000\n", "Envío 2");

        var error = Assert.Single(Assert.IsType<ImportCreditCodesOutcome.Refused>(outcome).Errors);
        Assert.Equal((3, "codigo"), (error.Row, error.Column));
        await using var db = Database.NewDb();
        Assert.Equal((1, 1), (await db.CreditCodeBatches.CountAsync(), await db.CreditCodes.CountAsync()));
    }

    [Fact]
    public async Task Import_WithoutABatchName_IsRefused()
    {
        var refused = Assert.IsType<ImportCreditCodesOutcome.Refused>(await RunAsync<ImportCreditCodes, ImportCreditCodesOutcome>(i =>
            i.RunAsync(Csv("codigo,valor_usd\nAZ-1,1000\n"), "  ", Operator(), default)));

        Assert.Equal("lote", Assert.Single(refused.Errors).Column);
    }

    [Fact]
    public async Task Deliver_ExactAmount_TakesTheLargestCodesFirst_AndMarksTheAward()
    {
        await ImportAsync(CodesCsv("ST", 10_000, 5_000, 5_000, 1_000, 1_000, 1_000));
        var award = await AwardAsync(11_000_00);

        var delivered = Assert.IsType<DeliverCreditsOutcome.Delivered>(await DeliverAsync(award));

        Assert.Equal((2, 11_000_00L), (delivered.Codes, delivered.Cents));
        Assert.Equal([10_000_00L, 1_000_00L], await CodesOfAsync(award));
        await using var db = Database.NewDb();
        var row = await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award);
        Assert.Equal(Now, row.DeliveredAt);
        Assert.All(await db.CreditCodes.AsNoTracking().Where(c => c.AwardId == award).ToListAsync(), c => Assert.Equal(Now, c.DeliveredAt));
    }

    [Fact]
    public async Task Deliver_WhenTheLargestCodeLeadsNowhere_FindsAnotherExactCombination()
    {
        await ImportAsync(CodesCsv("BT", 5_000, 3_000, 3_000));
        var award = await AwardAsync(6_000_00);

        Assert.IsType<DeliverCreditsOutcome.Delivered>(await DeliverAsync(award));

        Assert.Equal([3_000_00L, 3_000_00L], await CodesOfAsync(award));
    }

    [Fact]
    public async Task Deliver_NoExactCombinationInStock_DeliversNothing_AndSaysWhatIsMissing()
    {
        await ImportAsync(CodesCsv("IN", 10_000, 3_000));
        var award = await AwardAsync(5_000_00);

        var insufficient = Assert.IsType<DeliverCreditsOutcome.Insufficient>(await DeliverAsync(award));

        Assert.Equal("códigos insuficientes para USD 5,000", insufficient.Es);
        Assert.Empty(await CodesOfAsync(award));
        await using var db = Database.NewDb();
        Assert.Null((await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award)).DeliveredAt);
        Assert.Equal(0, await db.CreditCodes.CountAsync(c => c.AwardId != null));
    }

    [Fact]
    public async Task Deliver_Again_IsAlreadyDelivered_AndTakesNoMoreCodes()
    {
        await ImportAsync(CodesCsv("AG", 1_000, 1_000, 1_000, 1_000));
        var award = await AwardAsync(2_000_00);
        Assert.IsType<DeliverCreditsOutcome.Delivered>(await DeliverAsync(award));

        Assert.IsType<DeliverCreditsOutcome.AlreadyDelivered>(await DeliverAsync(award));

        Assert.Equal(2, (await CodesOfAsync(award)).Count);
        Assert.IsType<DeliverCreditsOutcome.NotFound>(await DeliverAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Import_WithAwardsWaiting_DeliversThemOldestFirst()
    {
        var older = await AwardAsync(3_000_00, awardedAt: Now.AddDays(-9));
        var newer = await AwardAsync(3_000_00, awardedAt: Now.AddDays(-2));

        var imported = Assert.IsType<ImportCreditCodesOutcome.Imported>(await ImportAsync(CodesCsv("OF", 2_000, 1_000, 500)));

        Assert.Equal((1, 1, 3_000_00L), (imported.Delivery.Delivered, imported.Delivery.Waiting, imported.Delivery.WaitingCents));
        Assert.Equal([2_000_00L, 1_000_00L], await CodesOfAsync(older));
        Assert.Empty(await CodesOfAsync(newer));
    }

    [Fact]
    public async Task Deliver_ConcurrentlyForDifferentAwards_NeverHandsTheSameCodeTwice()
    {
        // Six codes of USD 1,000 for four awards of USD 3,000: at most two can be delivered, whatever
        // the order the deliveries run in.
        await ImportAsync(CodesCsv("RC", 1_000, 1_000, 1_000, 1_000, 1_000, 1_000));
        var awards = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            awards.Add(await AwardAsync(3_000_00));
        }

        var outcomes = await Task.WhenAll(awards.Select(a => Task.Run(() => DeliverAsync(a))));

        Assert.Equal(2, outcomes.Count(o => o is DeliverCreditsOutcome.Delivered));
        Assert.Equal(2, outcomes.Count(o => o is DeliverCreditsOutcome.Insufficient));
        await using var db = Database.NewDb();
        var codes = await db.CreditCodes.AsNoTracking().ToListAsync();
        Assert.All(codes, c => Assert.NotNull(c.AwardId));
        foreach (var award in awards)
        {
            var delivered = (await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award)).DeliveredAt is not null;
            var sum = codes.Where(c => c.AwardId == award).Sum(c => c.ValueCents);
            Assert.Equal(delivered ? 3_000_00L : 0L, sum);
        }
    }

    [Fact]
    public async Task Reveal_TheStartupsOwnCodes_DecryptsThem_AndRecordsTheRead()
    {
        await ImportAsync(CodesCsv("RV", 2_000));
        var (company, pool) = await StartupWithPoolAsync("Visión Artificial");
        Guid award;
        await using (var db = Database.NewDb())
        {
            award = (await CreditCodesData.AwardAsync(db, company, pool, 2_000_00)).Id;
        }

        Assert.IsType<DeliverCreditsOutcome.Delivered>(await DeliverAsync(award));

        var masked = Assert.IsType<ReadCreditCodesOutcome.Found>(await RunAsync<ReadCreditCodes, ReadCreditCodesOutcome>(r => r.ListAsync(company, Startup(company), default)));
        var shown = Assert.IsType<ReadCreditCodesOutcome.Found>(await RunAsync<ReadCreditCodes, ReadCreditCodesOutcome>(r => r.RevealAsync(company, Startup(company), default)));

        Assert.Null(Assert.Single(Assert.Single(masked.Codes.Awards).Codes).Code);
        Assert.Equal("RV-0001-XK9Q", Assert.Single(Assert.Single(shown.Codes.Awards).Codes).Code);
        Assert.True(shown.Codes.Revealed);
        await using var check = Database.NewDb();
        var entry = Assert.Single(await check.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Equal((ReadCreditCodes.RevealAction, company, "empresa-1"), (entry.Action, entry.LearnerId, entry.ActorId));
        Assert.DoesNotContain("RV-0001", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_AnotherCompanyOrAnOperator_IsNotFound_AndRecordsNothing()
    {
        await ImportAsync(CodesCsv("NF", 2_000));
        var (company, pool) = await StartupWithPoolAsync("Nube del Sur");
        var (other, _) = await StartupWithPoolAsync("DataMAV");
        await using (var db = Database.NewDb())
        {
            await DeliverAsync((await CreditCodesData.AwardAsync(db, company, pool, 2_000_00)).Id);
        }

        Assert.IsType<ReadCreditCodesOutcome.NotFound>(await RunAsync<ReadCreditCodes, ReadCreditCodesOutcome>(r => r.RevealAsync(company, Startup(other), default)));
        Assert.IsType<ReadCreditCodesOutcome.NotFound>(await RunAsync<ReadCreditCodes, ReadCreditCodesOutcome>(r => r.RevealAsync(company, Operator(), default)));
        Assert.IsType<ReadCreditCodesOutcome.NotFound>(await RunAsync<ReadCreditCodes, ReadCreditCodesOutcome>(r => r.RevealAsync(Guid.NewGuid(), Startup(other), default)));

        await using var check = Database.NewDb();
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task MarkRedeemed_OnlyAfterDelivery_OnlyByTheCompany_AndKeepsTheFirstTime()
    {
        var (company, pool) = await StartupWithPoolAsync();
        var (other, _) = await StartupWithPoolAsync("DataMAV");
        Guid award;
        await using (var db = Database.NewDb())
        {
            award = (await CreditCodesData.AwardAsync(db, company, pool, 1_000_00)).Id;
        }

        Assert.IsType<MarkRedeemedOutcome.NotDelivered>(await RunAsync<ReadCreditCodes, MarkRedeemedOutcome>(r => r.MarkRedeemedAsync(company, award, Startup(company), default)));
        await ImportAsync(CodesCsv("MR", 1_000));

        Assert.IsType<MarkRedeemedOutcome.NotFound>(await RunAsync<ReadCreditCodes, MarkRedeemedOutcome>(r => r.MarkRedeemedAsync(company, award, Startup(other), default)));
        Assert.IsType<MarkRedeemedOutcome.NotFound>(await RunAsync<ReadCreditCodes, MarkRedeemedOutcome>(r => r.MarkRedeemedAsync(other, award, Startup(other), default)));
        var first = Assert.IsType<MarkRedeemedOutcome.Redeemed>(await RunAsync<ReadCreditCodes, MarkRedeemedOutcome>(r => r.MarkRedeemedAsync(company, award, Startup(company), default)));
        Clock.Advance(TimeSpan.FromDays(1));
        var again = Assert.IsType<MarkRedeemedOutcome.Redeemed>(await RunAsync<ReadCreditCodes, MarkRedeemedOutcome>(r => r.MarkRedeemedAsync(company, award, Startup(company), default)));

        Assert.Equal(Now, first.At);
        Assert.Equal(first.At, again.At);
    }

    private async Task<(Guid Company, Guid Award)> DeliveredAwardAsync(int daysLeft, string prefix, int accounts = 2)
    {
        var (company, pool) = await StartupWithPoolAsync();
        Guid award;
        await using (var db = Database.NewDb())
        {
            for (var i = 0; i < accounts; i++)
            {
                await AccountAsync(db, company, $"{prefix}{i}@startup.example");
            }

            var today = DateOnly.FromDateTime(global::Semillero.Calendar.ProgramCalendar.Local(Now));
            award = (await CreditCodesData.AwardAsync(db, company, pool, 1_000_00, today.AddDays(daysLeft))).Id;
        }

        await ImportAsync(CodesCsv(prefix, 1_000), "Lote " + prefix);
        return (company, award);
    }

    private async Task<List<string>> RemindersAsync()
    {
        await using var db = Database.NewDb();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == SendCreditReminders.EmailKind).OrderBy(m => m.To).Select(m => m.To + " " + m.Subject).ToListAsync();
    }

    [Fact]
    public async Task Reminders_At60And30Days_AreEachSentOnceToEveryAccount()
    {
        await DeliveredAwardAsync(59, "rm");
        var notDelivered = await AwardAsync(5_000_00, DateOnly.FromDateTime(Now).AddDays(40));

        var first = await RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default));
        var again = await RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default));

        Assert.Equal((1, 0), (first.Sent60, first.Sent30));
        Assert.Equal(0, again.Sent);
        var sent = await RemindersAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.Contains("60 días", s, StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromDays(30));
        var thirty = await RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default));
        var thirtyAgain = await RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default));

        Assert.Equal((0, 1), (thirty.Sent60, thirty.Sent30));
        Assert.Equal(0, thirtyAgain.Sent);
        Assert.Equal(2, (await RemindersAsync()).Count(s => s.Contains("30 días", StringComparison.Ordinal)));
        Assert.Equal(4, (await RemindersAsync()).Count);
        await using var db = Database.NewDb();
        var waiting = await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == notDelivered);
        Assert.Null(waiting.Reminder60SentAt);
        Assert.Null(waiting.Reminder30SentAt);
    }

    [Fact]
    public async Task Reminders_DeliveredWith20DaysLeft_GetOnlyThe30DayOne_AndRedeemedGetNone()
    {
        var (company, award) = await DeliveredAwardAsync(20, "late", accounts: 1);
        var (redeemedCompany, redeemed) = await DeliveredAwardAsync(50, "done", accounts: 1);
        Assert.IsType<MarkRedeemedOutcome.Redeemed>(await RunAsync<ReadCreditCodes, MarkRedeemedOutcome>(r => r.MarkRedeemedAsync(redeemedCompany, redeemed, Startup(redeemedCompany), default)));

        var pass = await RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default));

        Assert.Equal((0, 1), (pass.Sent60, pass.Sent30));
        var sent = Assert.Single(await RemindersAsync());
        Assert.StartsWith("late0@startup.example", sent, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var row = await db.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award);
        Assert.NotNull(row.Reminder60SentAt);
        Assert.NotNull(row.Reminder30SentAt);
        Assert.NotEqual(Guid.Empty, company);
    }

    [Fact]
    public async Task Reminders_TwoPassesAtOnce_SendEachReminderOnce()
    {
        await DeliveredAwardAsync(45, "par", accounts: 3);

        var passes = await Task.WhenAll(Task.Run(() => RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default))),
            Task.Run(() => RunAsync<SendCreditReminders, ReminderPass>(s => s.RunAsync(default))));

        Assert.Equal(1, passes.Sum(p => p.Sent60));
        Assert.Equal(3, (await RemindersAsync()).Count);
    }

    [Fact]
    public async Task ExpiredReport_ListsAwardsPastExpiryNotRedeemed_WithTheirUsd()
    {
        var today = DateOnly.FromDateTime(global::Semillero.Calendar.ProgramCalendar.Local(Now));
        var expired = await AwardAsync(4_000_00, today.AddDays(-1));
        var expiredToo = await AwardAsync(1_500_00, today.AddDays(-90));
        await AwardAsync(2_000_00, today);
        var (redeemedCompany, redeemedAward) = await DeliveredAwardAsync(-5, "exp", accounts: 0);
        await using (var db = Database.NewDb())
        {
            await db.CreditAwards.Where(a => a.Id == redeemedAward).ExecuteUpdateAsync(s => s.SetProperty(a => a.RedeemedAt, Now));
        }

        var report = await RunAsync<ReadExpiredCredits, ExpiredCredits>(r => r.RunAsync(default));

        Assert.Equal((2, 5_500_00L), (report.Awards, report.Cents));
        Assert.Equal([expired, expiredToo], report.Items.Select(i => i.AwardId));
        Assert.NotEqual(Guid.Empty, redeemedCompany);
    }

    [Fact]
    public void Combination_PrefersFewestLargestCodes_AndRefusesWhatCannotBeExact()
    {
        Assert.Equal([(10_000L, 1), (1_000L, 1)], DeliverCredits.Combination(11_000, [(1_000, 5), (5_000, 2), (10_000, 1)])!);
        Assert.Equal([(3_000L, 2)], DeliverCredits.Combination(6_000, [(5_000, 1), (3_000, 2)])!);
        Assert.Null(DeliverCredits.Combination(5_000, [(10_000, 1), (3_000, 1)]));
        Assert.Null(DeliverCredits.Combination(0, [(1_000, 1)]));
        Assert.Null(DeliverCredits.Combination(1_000, []));
    }
}
