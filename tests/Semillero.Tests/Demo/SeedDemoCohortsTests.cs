using Microsoft.EntityFrameworkCore;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Demo;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Cohorts.CohortData;

namespace Semillero.Tests.Demo;

public abstract class SeedDemoCohortsTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : SeedDemoCohortsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SeedDemoCohortsTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Run_WithATeachingOrganisation_OpensAFullCohortWithAWaitlistOnlyOnce()
    {
        await using (var db = Database.NewDb())
        {
            await OrganizationAsync(db, OrganizationKind.Academia);
            await OrganizationAsync(db, OrganizationKind.Inversion);
            await PathAsync(db);
            await PeopleAsync(db, 11);
        }

        var first = await RunAsync<SeedDemoCohorts, SeedDemoCohortsOutcome>(s => s.RunAsync(default));
        var second = await RunAsync<SeedDemoCohorts, SeedDemoCohortsOutcome>(s => s.RunAsync(default));

        Assert.Equal(new SeedDemoCohortsOutcome(1, 8), first);
        Assert.Equal(new SeedDemoCohortsOutcome(0, 0), second);
        await using var check = Database.NewDb();
        var cohort = await check.Cohorts.SingleAsync();
        Assert.Equal((CohortStatus.Aprobada, 5, 5), (cohort.Status, cohort.Capacity, cohort.Enrolled));
        Assert.Equal(3, await check.CohortEnrolments.CountAsync(e => e.Status == EnrolmentStatus.EnEspera));
        Assert.Equal(1, (await RunAsync<ReadCohorts, CohortPage>(s => s.SearchAsync(new CohortSearch(null, null, null, null, null), default))).Total);
    }

    [Fact]
    public async Task Run_WithoutOrganisations_DoesNothing()
    {
        await using (var db = Database.NewDb())
        {
            await PathAsync(db);
        }

        Assert.Equal(new SeedDemoCohortsOutcome(0, 0), await RunAsync<SeedDemoCohorts, SeedDemoCohortsOutcome>(s => s.RunAsync(default)));
    }
}
