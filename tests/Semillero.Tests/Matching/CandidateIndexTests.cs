using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Badges;
using Semillero.Catalog;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Matching;
using Semillero.Privacy;
using Semillero.Tests.Infrastructure;
using Semillero.Vacancies;
using static Semillero.Tests.Matching.TalentData;

namespace Semillero.Tests.Matching;

// The index kept current: built from the database, changed at once by this process's use cases
// (consent, badge revocation, profile), and catching up with writes made elsewhere.
public abstract class CandidateIndexTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CandidateIndexTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CandidateIndexTests(DatabaseProvider.Postgres);

    private static readonly VacancyQuery CloudJob = new([new("nube-computo", 1, true), new("nube-redes", 1, true)], WorkModality.Presencial, "09");

    private CandidateIndex Index => Services.GetRequiredService<CandidateIndex>();

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private Task<int> BuildAsync() => Services.GetRequiredService<CandidateIndexUpdater>().BuildAsync(default);

    private List<string> Aliases() => Index.Top(CloudJob, 20, Today).Select(r => r.Candidate.Alias).ToList();

    [Fact]
    public async Task Build_RanksVerifiedAboveDeclared_AndLeavesOutWhoDidNotConsent()
    {
        await using var db = Database.NewDb();
        var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo", "nube-redes");
        var verified = await PersonAsync(db, "C-VVVVVV");
        await BadgeAsync(db, verified.Id, path.Id);
        await PersonAsync(db, "C-DDDDDD", declared: [("nube-computo", 3), ("nube-redes", 3)]);
        await PersonAsync(db, "C-NNNNNN", visible: false, declared: [("nube-computo", 3)]);
        var cancelled = await PersonAsync(db, "C-XXXXXX", declared: [("nube-computo", 3)]);
        await db.Learners.Where(l => l.Id == cancelled.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.AnonymizedAt, Now));

        await BuildAsync();

        Assert.Equal(["C-VVVVVV", "C-DDDDDD"], Aliases());
        var top = Index.Top(CloudJob, 1, Today).Single().Candidate;
        Assert.Equal(new SkillHolding(1, 0), top.Holding("nube-computo"));
    }

    [Fact]
    public async Task Build_ConsentedWithoutProfile_GetsADefaultProfileAndIsVisible()
    {
        await using var db = Database.NewDb();
        var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo");
        var learner = await LearningRecords.Linking.LinkingData.LearnerAsync(db, 99, change: l => l.StateCode = "09");
        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learner.Id, Purpose = Purposes.VisibleEmpleadores, Granted = true, NoticeVersion = 1, At = Now, Source = "registro" });
        await db.SaveChangesAsync();
        await BadgeAsync(db, learner.Id, path.Id);

        await BuildAsync();

        var alias = Assert.Single(Aliases());
        Assert.Equal(alias, await db.TalentProfiles.Where(p => p.LearnerId == learner.Id).Select(p => p.Alias).SingleAsync());
        Assert.StartsWith("C-", alias, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawingConsent_RemovesTheCandidateBeforeTheCallReturns()
    {
        await using var db = Database.NewDb();
        var person = await PersonAsync(db, "C-AAAAAA", declared: [("nube-computo", 2)]);
        await PersonAsync(db, "C-BBBBBB", declared: [("nube-redes", 2)]);
        await BuildAsync();
        Assert.Equal(2, Aliases().Count);

        var outcome = await RunAsync<Consents, ChangeConsentOutcome>(c => c.ChangeAsync(person.Id, Purposes.VisibleEmpleadores, false, "cuenta", default));

        Assert.IsType<ChangeConsentOutcome.Changed>(outcome);
        Assert.Equal(["C-BBBBBB"], Aliases());

        await RunAsync<Consents, ChangeConsentOutcome>(c => c.ChangeAsync(person.Id, Purposes.VisibleEmpleadores, true, "cuenta", default));
        Assert.Equal(2, Aliases().Count);
    }

    [Fact]
    public async Task RevokingABadge_LowersTheCandidateAtOnce()
    {
        await using var db = Database.NewDb();
        var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo", "nube-redes");
        var person = await PersonAsync(db, "C-AAAAAA");
        var award = await BadgeAsync(db, person.Id, path.Id);
        await PersonAsync(db, "C-BBBBBB", declared: [("nube-computo", 1), ("nube-redes", 1)]);
        await BuildAsync();
        Assert.Equal(["C-AAAAAA", "C-BBBBBB"], Aliases());

        var operador = new Actor("op-1", "Operador", Roles.Operador);
        Assert.IsType<RevokeBadgeOutcome.Revoked>(await RunAsync<RevokeBadge, RevokeBadgeOutcome>(r => r.RunAsync(award, "Evidencia falsa en la evaluación.", operador, default)));

        // No verified skill left and nothing declared: not a candidate any more.
        Assert.Equal(["C-BBBBBB"], Aliases());
    }

    [Fact]
    public async Task SavingTheProfile_ChangesTheRankingAtOnce()
    {
        await using var db = Database.NewDb();
        var person = await PersonAsync(db, "C-ZZZZZZ", declared: [("nube-computo", 1)]);
        await PersonAsync(db, "C-AAAAAA", declared: [("nube-computo", 1), ("nube-redes", 1)]);
        await BuildAsync();
        Assert.Equal(["C-AAAAAA", "C-ZZZZZZ"], Aliases());

        var saved = await RunAsync<SaveTalentProfile, SaveTalentProfileOutcome>(s => s.RunAsync(person.Id,
            new TalentProfileInput(true, Availability.Inmediata, true, false, false, "Me gusta la nube.", [new("nube-computo", 2), new("nube-redes", 2)]), default));

        Assert.IsType<SaveTalentProfileOutcome.Saved>(saved);
        Assert.Equal(["C-ZZZZZZ", "C-AAAAAA"], Aliases());
        Assert.DoesNotContain(Index.Top(CloudJob with { Modality = WorkModality.Remoto, StateCode = null }, 20, Today), r => r.Candidate.Alias == "C-ZZZZZZ");
    }

    [Fact]
    public async Task SavingTheProfile_WithContactDataInTheSummary_IsRefused()
    {
        await using var db = Database.NewDb();
        var person = await PersonAsync(db, "C-ZZZZZZ");
        var outcome = await RunAsync<SaveTalentProfile, SaveTalentProfileOutcome>(s => s.RunAsync(person.Id,
            new TalentProfileInput(true, Availability.Inmediata, true, true, true, "Escríbanme a ana@example.com o al 55 1234 5678", []), default));
        var invalid = Assert.IsType<SaveTalentProfileOutcome.Invalid>(outcome);
        Assert.Contains(invalid.Errors, e => e.Field == "resumen" && e.Reason.Code == "contact_data");
    }

    [Fact]
    public async Task CatchUp_SeesChangesWrittenByAnotherProcess()
    {
        await using var db = Database.NewDb();
        var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo", "nube-redes");
        var leaving = await PersonAsync(db, "C-AAAAAA", declared: [("nube-computo", 1)]);
        var earning = await PersonAsync(db, "C-BBBBBB", declared: [("nube-redes", 1)]);
        await BuildAsync();
        Assert.Equal(["C-AAAAAA", "C-BBBBBB"], Aliases());

        // Another process (the CLI, another web instance): straight to the database.
        Clock.Advance(TimeSpan.FromSeconds(30));
        await using (var other = Database.NewDb())
        {
            other.ConsentRecords.Add(new ConsentRecord { LearnerId = leaving.Id, Purpose = Purposes.VisibleEmpleadores, Granted = false, NoticeVersion = 1, At = Clock.GetUtcNow().UtcDateTime, Source = "cli" });
            await other.SaveChangesAsync();
            await BadgeAsync(other, earning.Id, path.Id, Clock.GetUtcNow().UtcDateTime);
            await PersonAsync(other, "C-CCCCCC", declared: [("nube-computo", 1)]);
        }

        Assert.Equal(["C-AAAAAA", "C-BBBBBB"], Aliases());
        await Services.GetRequiredService<CandidateIndexUpdater>().CatchUpAsync(default);

        Assert.Equal(["C-BBBBBB", "C-CCCCCC"], Aliases());
        Assert.Equal(1, Index.Find(earning.Id)!.Holding("nube-computo").Verified);
    }

    [Fact]
    public async Task SkillsGap_CountsDemandSupplyAndSuppressesNothingForOperators()
    {
        await using var db = Database.NewDb();
        var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo");
        var a = await PersonAsync(db, "C-AAAAAA", state: "09");
        await BadgeAsync(db, a.Id, path.Id);
        var b = await PersonAsync(db, "C-BBBBBB", state: "14", presencial: true, remoto: false);
        await BadgeAsync(db, b.Id, path.Id);
        await PersonAsync(db, "C-CCCCCC", state: "09", declared: [("nube-computo", 3)]);
        var company = await CompanyAsync(db);
        await VacancyAsync(db, company.Id, WorkModality.Presencial, "09", openings: 4, ("nube-computo", 1, true), ("ia-conceptos", 1, false));
        await VacancyAsync(db, company.Id, WorkModality.Remoto, null, openings: 2, ("nube-computo", 1, true));
        var unverified = await CompanyAsync(db, verified: false, rfc: "XYZ010101AB1");
        await VacancyAsync(db, unverified.Id, WorkModality.Presencial, "09", openings: 50, ("nube-computo", 1, true));
        await BuildAsync();

        var report = (await RunAsync<SkillsGap, SkillsGapReport?>(g => g.RunAsync(default)))!;

        Assert.Equal(
            [("nube-computo", "09", 4, 1), ("nube-computo", SkillsGap.Remote, 2, 1)],
            report.Lines.Select(l => (l.SkillId, l.StateKey, l.Demand, l.Supply)));
        Assert.Equal(3, report.Lines[0].Gap);
    }
}
