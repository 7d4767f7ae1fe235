using Semillero.Credits;
using Semillero.Data;
using Semillero.Disclosure;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Credits.CreditCodesData;

namespace Semillero.Tests.Credits;

// The credits program's figures: the operators' pipeline, reviewers' load, awards and pools, and the
// public tables with small groups withheld so that no hidden figure can be worked out from the rest.
public abstract class CreditFiguresTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CreditFiguresTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditFiguresTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Figures_WithNoAwards_AreZeroEverywhere()
    {
        var pipeline = await RunAsync<ReadCreditFigures, CreditPipelineFigures>(r => r.PipelineAsync(default));
        var published = await RunAsync<ReadCreditFigures, PublicCreditFigures>(r => r.PublicAsync(default));

        Assert.Equal((0, 0, 0L), (pipeline.Awards, pipeline.Companies, pipeline.GrantedCents));
        Assert.All(pipeline.Pipeline, p => Assert.Equal((0, (double?)null, (int?)null), (p.Applications, p.MedianAgeDays, p.OldestAgeDays)));
        Assert.Empty(pipeline.ByTier);
        Assert.Empty(pipeline.Reviewers);
        Assert.Equal((0L, Suppression.None, 0L, Suppression.None), (published.Startups.Value, published.Startups.Suppression, published.Cents.Value, published.Cents.Suppression));
        Assert.Empty(published.ByState);
        Assert.Empty(published.BySector);
    }

    // Nuevo León (19): 6 startups; Jalisco (14): 5; Yucatán (31): 1. Sector 54 has 7 of them, 51 has 5.
    private async Task SeedAsync()
    {
        await using var db = Database.NewDb();
        var pool = await PoolAsync(db, amountCents: 1_000_000_00, awardedCents: 0);
        async Task Award(string state, string sector, long cents, StartupStage stage, string tier)
        {
            var company = await StartupAsync(db, state, sector);
            await AwardAsync(db, company.Id, pool.Id, cents, state: state, sector: sector, stage: stage, tier: tier);
        }

        for (var i = 0; i < 6; i++)
        {
            await Award("19", i < 3 ? "54" : "51", 10_000_00, StartupStage.Semilla, "semilla");
        }

        for (var i = 0; i < 5; i++)
        {
            await Award("14", i < 3 ? "54" : "51", 25_000_00, StartupStage.SerieA, "crecimiento");
        }

        await Award("31", "54", 100_000_00, StartupStage.SerieA, "crecimiento");
    }

    [Fact]
    public async Task PublicFigures_AddUp_AndASmallStateIsWithheldWithItsComplement()
    {
        await SeedAsync();

        var f = await RunAsync<ReadCreditFigures, PublicCreditFigures>(r => r.PublicAsync(default));

        Assert.Equal((12L, Suppression.None), (f.Startups.Value, f.Startups.Suppression));
        Assert.Equal((285_000_00L, Suppression.None), (f.Cents.Value, f.Cents.Suppression));
        var states = f.ByState.ToDictionary(r => r.Key);
        Assert.Equal(Suppression.Small, states["31"].Startups.Suppression);
        Assert.Equal(Suppression.Small, states["31"].Cents.Suppression);

        // Jalisco's 5 (the smallest other group) is withheld so Yucatán's 1 is not 12 − 6 − 5; the
        // same for the money.
        Assert.Equal(Suppression.Withheld, states["14"].Startups.Suppression);
        Assert.NotEqual(Suppression.None, states["14"].Cents.Suppression);
        Assert.Equal((6L, Suppression.None), (states["19"].Startups.Value, states["19"].Startups.Suppression));
        Assert.Equal(60_000_00L, states["19"].Cents.Shown);

        // Sectors have no small group: published whole, and they add up to the national figures.
        Assert.All(f.BySector, r => Assert.Equal(Suppression.None, r.Startups.Suppression));
        Assert.Equal(f.Startups.Value, f.BySector.Sum(r => r.Startups.Shown!.Value));
        Assert.Equal(f.Cents.Value, f.BySector.Sum(r => r.Cents.Shown!.Value));
        Assert.Equal(f.Cents.Value, f.ByState.Sum(r => r.Cents.Value));

        // No line (a column with its national total) has exactly one hidden cell.
        foreach (var table in new[] { f.ByState, f.BySector })
        {
            Assert.NotEqual(1, table.Count(r => r.Startups.Suppression != Suppression.None) + (f.Startups.Suppression != Suppression.None ? 1 : 0));
            Assert.NotEqual(1, table.Count(r => r.Cents.Suppression != Suppression.None) + (f.Cents.Suppression != Suppression.None ? 1 : 0));
        }
    }

    [Fact]
    public void Publish_FewerThanFiveStartupsNationally_WithholdsTheTotalsAndEveryGroup()
    {
        var f = ReadCreditFigures.Publish(3, 30_000_00, [("19", 2, 20_000_00), ("14", 1, 10_000_00)], [("54", 3, 30_000_00)]);

        Assert.Equal(Suppression.Small, f.Startups.Suppression);
        Assert.Null(f.Cents.Shown);
        Assert.All(f.ByState.Concat(f.BySector), r => Assert.Null(r.Startups.Shown));
        Assert.All(f.ByState.Concat(f.BySector), r => Assert.Null(r.Cents.Shown));
    }

    [Fact]
    public void Publish_SmallSectorBesideOneWholeState_WithholdsAnotherSectorNotTheTotal()
    {
        // Sectors: one sector of 3 startups is withheld with the other sector as its complement (the
        // smallest published cell), so the national total, which the states' table shows, stays.
        var f = ReadCreditFigures.Publish(8, 80_000_00, [("19", 8, 80_000_00)], [("54", 3, 30_000_00), ("51", 5, 50_000_00)]);

        Assert.Equal(Suppression.Small, f.BySector.Single(r => r.Key == "54").Startups.Suppression);
        Assert.Equal(Suppression.Withheld, f.BySector.Single(r => r.Key == "51").Startups.Suppression);
        Assert.Equal(8L, f.Startups.Shown);
        Assert.Equal(8L, f.ByState.Single().Startups.Shown);
    }

    [Fact]
    public async Task Pipeline_CountsApplicationsByStatus_ReviewersLoad_AwardsAndPools()
    {
        await SeedAsync();
        await using (var db = Database.NewDb())
        {
            var company = await StartupAsync(db, name: "Pipeline");
            await ApplicationAsync(db, company.Id, ApplicationStatus.EnRevision, Now.AddDays(-3));
            var second = await StartupAsync(db, name: "Pipeline 2");
            var reviewing = await ApplicationAsync(db, second.Id, ApplicationStatus.EnRevision, Now.AddDays(-10));
            var third = await StartupAsync(db, name: "Pipeline 3");
            await ApplicationAsync(db, third.Id, ApplicationStatus.EnRevision, Now.AddDays(-6));
            var reviewer = await AccountAsync(db, company.Id, "revisora@programa.example");
            reviewer.CompanyId = null;
            reviewer.DisplayName = "Revisora Uno";
            db.CreditReviewers.Add(new CreditReviewer { UserId = reviewer.Id, Active = true, AddedAt = Now, AddedBy = "operador-1" });
            db.CreditReviews.Add(new CreditReview { Id = Guid.NewGuid(), ApplicationId = reviewing.Id, ReviewerId = reviewer.Id, Round = 1, AssignedAt = Now, AssignedBy = "operador-1" });
            await db.SaveChangesAsync();
        }

        var f = await RunAsync<ReadCreditFigures, CreditPipelineFigures>(r => r.PipelineAsync(default));

        var inReview = f.Pipeline.Single(p => p.Status == ApplicationStatus.EnRevision);
        Assert.Equal((3, 6.0, 10), (inReview.Applications, inReview.MedianAgeDays, inReview.OldestAgeDays));
        Assert.Equal(12, f.Pipeline.Single(p => p.Status == ApplicationStatus.Aprobada).Applications);
        var load = Assert.Single(f.Reviewers);
        Assert.Equal(("Revisora Uno", 1), (load.DisplayName, load.OpenReviews));
        Assert.Equal((12, 12, 285_000_00L), (f.Awards, f.Companies, f.GrantedCents));
        Assert.Equal(f.GrantedCents, f.ByTier.Sum(l => l.GrantedCents));
        Assert.Equal(f.GrantedCents, f.ByState.Sum(l => l.GrantedCents));
        Assert.Equal(f.GrantedCents, f.BySector.Sum(l => l.GrantedCents));
        Assert.Equal(f.GrantedCents, f.ByStage.Sum(l => l.GrantedCents));
        Assert.Equal((6, 60_000_00L), (f.ByTier.Single(l => l.Key == "semilla").Awards, f.ByTier.Single(l => l.Key == "semilla").GrantedCents));
        Assert.Equal(6, f.ByStage.Single(l => l.Key == nameof(StartupStage.SerieA)).Awards);
        var pool = Assert.Single(f.Pools);
        Assert.Equal((1_000_000_00L, 0L, 1_000_000_00L), (pool.AmountCents, pool.AwardedCents, pool.LeftCents));
    }
}
