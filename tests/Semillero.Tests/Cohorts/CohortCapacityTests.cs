using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Cohorts.CohortData;

namespace Semillero.Tests.Cohorts;

// The capacity invariant under real concurrency: many requests at the same moment, each in its
// own scope with its own DbContext and connection, as the web host runs them.
public abstract class CohortCapacityTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CohortCapacityTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CohortCapacityTests(DatabaseProvider.Postgres);

    private ServiceProvider? _burst;

    // The product's services for a burst: a thousand requests at once queue for PostgreSQL's pool of
    // 100 connections longer than Npgsql's default 15 s wait on a shared two-core test machine, so
    // the wait is raised (the web host's pool is sized by its connection string the same way).
    private ServiceProvider Burst
    {
        get
        {
            if (_burst is null)
            {
                var settings = Database.Settings.ToDictionary();
                if (Database.Provider == DatabaseProvider.Postgres)
                {
                    settings["ConnectionStrings:Semillero"] += ";Timeout=300;Command Timeout=300";
                }

                _burst = new ServiceCollection().AddSingleton<TimeProvider>(Clock).AddLogging()
                    .AddSemillero(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
                    .BuildServiceProvider();
            }

            return _burst;
        }
    }

    public override async Task DisposeAsync()
    {
        if (_burst is not null)
        {
            await _burst.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private async Task<(Cohort Cohort, List<Semillero.Learners.Learner> People)> CohortWithPeopleAsync(int capacity, int people)
    {
        await using var db = Database.NewDb();
        var org = await OrganizationAsync(db);
        var path = await PathAsync(db);
        var cohort = await ApprovedAsync(db, org.Id, path.Id, capacity);
        return (cohort, await PeopleAsync(db, people));
    }

    // Every task waits at the gate, then all enrol at once.
    private static async Task<T[]> AllAtOnceAsync<T>(IEnumerable<Func<Task<T>>> work)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = work.Select(w => Task.Run(async () =>
        {
            await gate.Task;
            return await w();
        })).ToList();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Enrol_ThousandPeopleAtOnceForAHundredSeats_SeatsExactlyAHundredAndQueuesTheRestInArrivalOrder()
    {
        var (cohort, people) = await CohortWithPeopleAsync(capacity: 100, people: 1_000);

        var outcomes = await AllAtOnceAsync(people.Select(p => (Func<Task<EnrolOutcome>>)(async () =>
        {
            await using var scope = Burst.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<EnrolInCohort>().SelfAsync(cohort.Id, Learner(p.Id), default);
        })));

        var enrolled = outcomes.Select(o => Assert.IsType<EnrolOutcome.Enrolled>(o).Enrolment).ToList();
        Assert.All(enrolled, e => Assert.True(e.Status is EnrolmentStatus.Inscrita or EnrolmentStatus.EnEspera));
        await using var db = Database.NewDb();
        Assert.Equal(100, (await db.Cohorts.SingleAsync(c => c.Id == cohort.Id)).Enrolled);
        var rows = await db.CohortEnrolments.Where(e => e.CohortId == cohort.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(1_000, rows.Count);
        Assert.Equal(100, rows.Count(e => e.Status == EnrolmentStatus.Inscrita));
        Assert.Equal(900, rows.Count(e => e.Status == EnrolmentStatus.EnEspera));
        Assert.Equal(1_000, rows.Select(e => e.LearnerId).Distinct().Count());

        // Each waiting person was told a place; read back now, the places are 1..900 in arrival order.
        Assert.All(enrolled.Where(e => e.Status == EnrolmentStatus.EnEspera), e => Assert.InRange(e.Position!.Value, 1, 900));
        var positions = await ReadEnrolments.PositionsAsync(db, cohort.Id, default);
        var waiting = rows.Where(e => e.Status == EnrolmentStatus.EnEspera).Select(e => positions[e.Id]).ToList();
        Assert.Equal(Enumerable.Range(1, 900), waiting);
    }

    [Fact]
    public async Task Withdraw_TwentySeatedAtOnce_PromotesTwentyDifferentPeopleOnceEach()
    {
        var (cohort, people) = await CohortWithPeopleAsync(capacity: 20, people: 50);
        var enrolments = new List<EnrolmentView>();
        foreach (var p in people)
        {
            enrolments.Add(((EnrolOutcome.Enrolled)await RunAsync<EnrolInCohort, EnrolOutcome>(s => s.SelfAsync(cohort.Id, Learner(p.Id), default))).Enrolment);
        }

        var seated = enrolments.Take(20).ToList();
        var outcomes = await AllAtOnceAsync(seated.Select(e => (Func<Task<WithdrawOutcome>>)(async () =>
        {
            await using var scope = Burst.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WithdrawEnrolment>().RunAsync(cohort.Id, e.Registration, Operator(), null, default);
        })));

        Assert.Equal(20, outcomes.Sum(o => Assert.IsType<WithdrawOutcome.Withdrawn>(o).Promoted));
        await using var db = Database.NewDb();
        Assert.Equal(20, (await db.Cohorts.SingleAsync(c => c.Id == cohort.Id)).Enrolled);
        var rows = await db.CohortEnrolments.Where(e => e.CohortId == cohort.Id).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync();
        // The first twenty of the waitlist, in arrival order, hold the seats; ten still wait.
        Assert.Equal([.. Enumerable.Repeat(EnrolmentStatus.Baja, 20), .. Enumerable.Repeat(EnrolmentStatus.Inscrita, 20), .. Enumerable.Repeat(EnrolmentStatus.EnEspera, 10)], rows);
        Assert.Equal(20, await db.OutboxMessages.CountAsync(m => m.Kind == CohortMessages.PromotedKind));
    }
}
