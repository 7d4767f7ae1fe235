using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Semillero.Calendar;
using Semillero.Catalog;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.LearningRecords.Linking;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Dashboards;

// Every KPI served from the rollup equals the same KPI counted from the raw rows, for every filter a
// dashboard offers, after records arrive, change, move between states, are linked late or deleted,
// and after a rebuild from scratch.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The cube is disposed in DisposeAsync (xunit's IAsyncLifetime).")]
public abstract class KpiRollupTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : KpiRollupTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KpiRollupTests(DatabaseProvider.Postgres);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(KpiSeed.Today));
    private readonly KpiCube _cube = new(new FakeTimeProvider(new DateTimeOffset(KpiSeed.Today)));
    private readonly RollupCursor _cursor = new();

    public override async Task DisposeAsync()
    {
        _cube.Dispose();
        await base.DisposeAsync();
    }

    private async Task RollUpAsync()
    {
        for (var round = 0; round < 100; round++)
        {
            await using var db = Database.NewDb();
            var result = await new KpiRollup(db, _clock).RunRoundAsync(_cursor, default);
            if (!result.MoreWaiting)
            {
                return;
            }
        }
    }

    private static IEnumerable<KpiFilter> Filters(KpiSeed seed)
    {
        var start = new DateOnly(2025, 1, 1);
        var now = new DateOnly(2026, 6, 1);
        yield return new KpiFilter(start, now);
        yield return new KpiFilter(new DateOnly(2026, 1, 1), now, State: "14");
        yield return new KpiFilter(start, now, Segment: Semillero.Learners.Segment.Pyme);
        yield return new KpiFilter(new DateOnly(2025, 9, 1), now, State: "14", Segment: Semillero.Learners.Segment.Estudiante);
        yield return new KpiFilter(start, now, PathId: seed.PathNube);
        yield return new KpiFilter(start, now, Provider: "aliado-b");
        yield return new KpiFilter(start, now, PathId: seed.PathIa, Provider: "aliado-b", State: "09");
        // A past period: active means active in its last month.
        yield return new KpiFilter(new DateOnly(2025, 6, 1), new DateOnly(2025, 11, 1));
        yield return new KpiFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), PathId: seed.PathNube);
        // Filters nobody matches.
        yield return new KpiFilter(start, now, Provider: "aliado-inexistente");
    }

    private async Task AssertRollupEqualsRawAsync(KpiSeed seed, IEnumerable<KpiFilter>? more = null)
    {
        await using var db = Database.NewDb();
        var read = new ReadKpis(db, _cube, _clock, Options.Create(new DashboardOptions()));
        var paths = await read.PathsAsync(default);
        var today = DateOnly.FromDateTime(ProgramCalendar.Local(KpiSeed.Today));
        foreach (var filter in Filters(seed).Concat(more ?? []))
        {
            var fromRollup = await read.RunAsync(filter, default);
            var fromRaw = await new RawKpis(db).RunAsync(filter, today, paths, default);
            Assert.Equal(Json(fromRaw), Json(fromRollup));
            if (filter.PathId is null && filter.Provider is null)
            {
                await AssertTargetLinesEqualRawAsync(read, filter, fromRaw);
            }
        }
    }

    // What a target line measures (any path and provider, optionally by state, segment and sex),
    // month by month and in total, equals the raw report's monthly and by-sex figures.
    private static async Task AssertTargetLinesEqualRawAsync(ReadKpis read, KpiFilter filter, KpiReport raw)
    {
        var segment = filter.Segment is { } s ? Semillero.Learners.SegmentNames.ToWire(s) : null;
        foreach (var (metric, column) in new[] { (KpiMetric.Registered, 0), (KpiMetric.Graduated, 2), (KpiMetric.Placed, 3) })
        {
            var series = await read.SeriesAsync(metric, filter.From, filter.To, filter.State, segment, null, default);
            Assert.Equal(raw.ByMonth.Select(r => Column(r.Values, column)), series.Select(m => m.People));
            foreach (var sex in KpiCube.Sexes)
            {
                var count = await read.CountAsync(metric, filter.From, filter.To, filter.State, segment, sex, default);
                Assert.Equal(Column(raw.BySex.Single(r => r.Key == sex).Values, column), count);
            }
        }

        static long Column(KpiValues v, int column) => column switch { 0 => v.Registered, 2 => v.Graduated, _ => v.Placed };
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Json(KpiReport report) => JsonSerializer.Serialize(report, Indented);

    [Fact]
    public async Task EveryKpi_FromTheRollup_EqualsTheSameKpiFromRawRows_AsRecordsArriveAndChange()
    {
        var seed = new KpiSeed(7);
        await using (var db = Database.NewDb())
        {
            await seed.WriteAsync(db, 160);
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed);
        await using (var check = Database.NewDb())
        {
            var report = await new ReadKpis(check, _cube, _clock, Options.Create(new DashboardOptions())).RunAsync(Filters(seed).First(), default);
            // The seeded program is not empty in any column: the comparison compares something.
            Assert.True(report.Totals is { Registered: > 100, Active: > 0, Graduated: > 0, Placed: > 0 }, report.Totals.ToString());
            Assert.Contains(report.ByPath, r => r.Values.Placed > 0);
            Assert.Contains(report.ByProvider, r => r.Key == "aliado-c");
        }

        // Records change: a person moves state and segment, new learning arrives for others (one
        // today, one long ago), someone graduates and is hired, a statement waiting for its person is
        // linked, and a cancelled person's statements are forgotten.
        await using (var db = Database.NewDb())
        {
            var now = KpiSeed.Today;
            var mover = await db.Learners.SingleAsync(l => l.Id == seed.Learners[0]);
            mover.StateCode = mover.StateCode == "32" ? "31" : "32";
            mover.Segment = Semillero.Learners.Segment.Academia;
            mover.UpdatedAt = now.AddSeconds(1);
            await db.SaveChangesAsync();

            await seed.LearnAsync(db, seed.Learners[1], 3, now.AddHours(-1));
            await seed.LearnAsync(db, seed.Learners[2], 2, new DateTime(2025, 2, 3, 12, 0, 0, DateTimeKind.Utc));
            var award = seed.Graduate(db, seed.Learners[3], seed.PathIa, now.AddDays(-2));
            if (award is not null)
            {
                seed.Hire(db, seed.Learners[3], DateOnly.FromDateTime(now), award);
            }

            db.Statements.Add(KpiSeed.Statement(null, now.AddDays(-3), "aliado-c", KpiSeed.ActivityOf("nube-101")));
            await db.SaveChangesAsync();
            var waiting = await db.Statements.Where(s => s.LearnerId == null).Select(s => s.Sequence).SingleAsync();
            await db.Statements.Where(s => s.Sequence == waiting).ExecuteUpdateAsync(u => u.SetProperty(s => s.LearnerId, seed.Learners[4]));
            db.ActorLinks.Add(new ActorLink { ActorKey = "mbox:mailto:tarde@example.com", LearnerId = seed.Learners[4], Source = ActorLinkSource.Operator, LinkedBy = "operador", LinkedAt = now.AddSeconds(2) });

            var cancelled = await db.Learners.SingleAsync(l => l.Id == seed.Learners[5]);
            await db.Statements.Where(s => s.LearnerId == cancelled.Id).ExecuteDeleteAsync();
            cancelled.UpdatedAt = now.AddSeconds(3);
            await db.SaveChangesAsync();
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed);

        // Rebuilt from the raw records, the cells come out the same (the cube, refreshed, too).
        await using (var db = Database.NewDb())
        {
            // A cell edited by hand is put right too.
            var cell = await db.KpiCells.FirstAsync(c => c.People > 0);
            cell.People += 7;
            await db.SaveChangesAsync();
            await new KpiRollup(db, _clock).RebuildAsync(null, default);
        }

        await AssertRollupEqualsRawAsync(seed);
    }

    // Cohorts: what their people achieved (CohortResults.Attribution) per cohort, organisation and kind
    // of organisation, from the rollup, equals the same counted from the raw rows, as enrolments
    // arrive, take seats, are withdrawn, and after a rebuild.
    [Fact]
    public async Task CohortAndOrganisationFigures_FromTheRollup_EqualTheRawCount_AsEnrolmentsChange()
    {
        var seed = new KpiSeed(11);
        var random = new Random(11);
        Semillero.Organizations.Organization academia, camara;
        var cohorts = new List<Semillero.Cohorts.Cohort>();
        var enrolments = new List<Semillero.Cohorts.CohortEnrolment>();
        await using (var db = Database.NewDb())
        {
            await seed.WriteAsync(db, 120);
            academia = CohortResults.CohortSeed.Organization(db, "Academia Uno", Semillero.Organizations.OrganizationKind.Academia);
            camara = CohortResults.CohortSeed.Organization(db, "Cámara Dos", Semillero.Organizations.OrganizationKind.Camara);
            cohorts.Add(CohortResults.CohortSeed.Cohort(db, academia.Id, "Nube otoño", new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 28), seed.PathNube));
            cohorts.Add(CohortResults.CohortSeed.Cohort(db, academia.Id, "IA primavera", new DateOnly(2026, 2, 1), new DateOnly(2026, 7, 31), seed.PathIa));
            cohorts.Add(CohortResults.CohortSeed.Cohort(db, camara.Id, "Mixta", new DateOnly(2025, 6, 1), new DateOnly(2026, 6, 30), seed.PathNube, seed.PathIa));
            await db.SaveChangesAsync();
            foreach (var learner in seed.Learners.Take(80))
            {
                var cohort = cohorts[random.Next(cohorts.Count)];
                var at = new DateTime(2025, 8, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 200));
                var status = (Semillero.Cohorts.EnrolmentStatus)(1 + random.Next(0, 3));
                enrolments.Add(CohortResults.CohortSeed.Enrol(db, cohort.Id, learner, at, status, status == Semillero.Cohorts.EnrolmentStatus.Baja ? at.AddDays(random.Next(1, 90)) : null, seated: random.Next(0, 4) > 0));
            }

            await db.SaveChangesAsync();
            // Some learning is sent by the organisations themselves, some carries the enrolment's registration.
            foreach (var e in enrolments.Where((_, i) => i % 3 == 0))
            {
                var statement = KpiSeed.Statement(e.LearnerId, e.CreatedAt.AddDays(random.Next(0, 120)), Semillero.Access.PartnerKey.Of(random.Next(0, 2) == 0 ? academia.Id : camara.Id), "https://fuera.example/actividad");
                db.Statements.Add(i(statement, random.Next(0, 2) == 0 ? e.Registration : null));
            }

            await db.SaveChangesAsync();
        }

        static Semillero.LearningRecords.StoredStatement i(Semillero.LearningRecords.StoredStatement s, Guid? registration) => new()
        {
            Id = s.Id, StoredAt = s.StoredAt, Timestamp = s.Timestamp, VerbId = s.VerbId, ActorKey = s.ActorKey, MemberAgents = "", RelatedAgents = "",
            RelatedActivities = "", ActivityId = s.ActivityId, Partner = s.Partner, LearnerId = s.LearnerId, ContentHash = s.ContentHash, Json = "{}", Registration = registration,
        };

        var start = new DateOnly(2025, 1, 1);
        var now = new DateOnly(2026, 6, 1);
        var more = cohorts.Select(c => new KpiFilter(start, now, Provider: LearnerMarks.CohortKey(c.Id)))
            .Append(new KpiFilter(start, now, Provider: Semillero.Access.PartnerKey.Of(academia.Id)))
            .Append(new KpiFilter(new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 1), Provider: Semillero.Access.PartnerKey.Of(camara.Id), State: "14"))
            .Append(new KpiFilter(start, now, Provider: "k:academia"))
            .ToList();

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed, more);
        await using (var check = Database.NewDb())
        {
            var report = await new ReadKpis(check, _cube, _clock, Options.Create(new DashboardOptions())).RunAsync(Filters(seed).First(), default);
            Assert.NotEmpty(report.ByCohort!);
            Assert.Contains(report.ByCohort!, r => r.Enrolled > 0 && r.Values.Graduated > 0);
            Assert.Contains(report.ByKind!, r => r.Key == "k:academia" && r.Values.Registered > 0);
            Assert.DoesNotContain(report.ByProvider, r => r.Key.StartsWith("k:", StringComparison.Ordinal) || LearnerMarks.IsCohortKey(r.Key));
        }

        // Enrolments change: a seated person withdraws, a waiting one takes a seat, a new one arrives.
        await using (var db = Database.NewDb())
        {
            var later = KpiSeed.Today.AddSeconds(5);
            var seated = await db.CohortEnrolments.FirstAsync(e => e.Status == Semillero.Cohorts.EnrolmentStatus.Inscrita);
            seated.Status = Semillero.Cohorts.EnrolmentStatus.Baja;
            seated.WithdrawnAt = later;
            var waiting = await db.CohortEnrolments.FirstOrDefaultAsync(e => e.Status == Semillero.Cohorts.EnrolmentStatus.EnEspera);
            if (waiting is not null)
            {
                waiting.Status = Semillero.Cohorts.EnrolmentStatus.Inscrita;
                waiting.SeatedAt = later;
            }

            CohortResults.CohortSeed.Enrol(db, cohorts[2].Id, seed.Learners[100], later);
            await db.SaveChangesAsync();
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed, more);

        await using (var db = Database.NewDb())
        {
            await new KpiRollup(db, _clock).RebuildAsync(null, default);
        }

        await AssertRollupEqualsRawAsync(seed, more);
    }

    [Fact]
    public async Task ARollupRound_WithNothingNew_ChangesNoCell_AndARetriedRecomputationCountsNobodyTwice()
    {
        var seed = new KpiSeed(11);
        await using (var db = Database.NewDb())
        {
            await seed.WriteAsync(db, 40);
        }

        await RollUpAsync();
        long total;
        await using (var db = Database.NewDb())
        {
            total = await db.KpiCells.SumAsync(c => (long)c.People);
            await new KpiRollup(db, _clock).RecomputeAsync(seed.Learners, default);
            await new KpiRollup(db, _clock).RecomputeAsync(seed.Learners, default);
        }

        await RollUpAsync();
        await using (var db = Database.NewDb())
        {
            Assert.Equal(total, await db.KpiCells.SumAsync(c => (long)c.People));
            Assert.Equal(40, await db.KpiCells.Where(c => c.Metric == KpiMetric.Registered && c.PathKey == "" && c.Provider == "").SumAsync(c => c.People));
        }

        await AssertRollupEqualsRawAsync(seed);
    }

    [Fact]
    public async Task ARebuild_SavesWhereEachSourceStood_SoTheNextRoundReadsOnlyTheLookBack_AndLaterRecordsStillCount()
    {
        var seed = new KpiSeed(5);
        await using (var db = Database.NewDb())
        {
            await seed.WriteAsync(db, 30);
            await new KpiRollup(db, _clock).RebuildAsync(null, default);
        }

        await using (var db = Database.NewDb())
        {
            var saved = await db.Set<KpiRollupState>().AsNoTracking().ToDictionaryAsync(s => s.Source, s => s.Position);
            var topSequence = await db.Statements.MaxAsync(s => s.Sequence);
            var newestLearner = await db.Learners.MaxAsync(l => l.UpdatedAt);
            var newestCompletion = await db.PathCompletions.MaxAsync(c => c.RecordedAt);
            Assert.Equal(Math.Max(0, topSequence - RollupCursor.SequenceWindow), saved["statements"]);
            Assert.Equal((newestLearner - KpiRollup.Overlap).Ticks, saved["learners"]);
            Assert.Equal((newestCompletion - KpiRollup.Overlap).Ticks, saved["path_completions"]);

            // Learning after the rebuild is rolled up by the background rounds.
            await seed.LearnAsync(db, seed.Learners[0], 2, KpiSeed.Today.AddMinutes(-5));
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed);
    }

    [Fact]
    public async Task ACatalogChange_RecomputesEveryone_SoPastLearningCountsForTheNewPath()
    {
        var seed = new KpiSeed(13);
        await using (var db = Database.NewDb())
        {
            await seed.WriteAsync(db, 60);
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed);
        var cloud = new KpiFilter(new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 1), PathId: seed.PathNube);
        var before = await CloudTotalsAsync();
        long savedBefore;
        await using (var db = Database.NewDb())
        {
            savedBefore = await db.Set<KpiRollupState>().Where(s => s.Source == RollupCursor.CatalogSource).Select(s => s.Position).SingleAsync();

            // An operator adds the AI course to the cloud path: everyone's past AI learning now also
            // counts for the cloud path, though none of their records changed.
            db.PathCourses.Add(new PathCourse { PathId = seed.PathNube, CourseId = seed.Courses["ia-101"], Position = 7 });
            await db.SaveChangesAsync();
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed);
        var after = await CloudTotalsAsync();
        Assert.True(after.Registered > before.Registered, $"{before} → {after}");
        await using (var db = Database.NewDb())
        {
            var saved = await db.Set<KpiRollupState>().Where(s => s.Source == RollupCursor.CatalogSource).Select(s => s.Position).SingleAsync();
            Assert.NotEqual(savedBefore, saved);
            Assert.Equal((await KpiCatalog.LoadAsync(db, default)).Fingerprint(), saved);
        }

        // Unpublishing the path takes learning out of it (its completions and hires stay), from
        // the next round on.
        await using (var db = Database.NewDb())
        {
            await db.LearningPaths.Where(p => p.Id == seed.PathNube).ExecuteUpdateAsync(u => u.SetProperty(p => p.Published, false));
        }

        await RollUpAsync();
        await AssertRollupEqualsRawAsync(seed);
        await using (var db = Database.NewDb())
        {
            var pathKey = PathKeys.Of(seed.PathNube);
            Assert.Equal(0, await db.KpiCells.Where(c => c.PathKey == pathKey && (c.Metric == KpiMetric.Registered || c.Metric == KpiMetric.Active)).SumAsync(c => (long)c.People));
        }

        async Task<KpiValues> CloudTotalsAsync()
        {
            await using var db = Database.NewDb();
            return (await new ReadKpis(db, _cube, _clock, Options.Create(new DashboardOptions())).RunAsync(cloud, default)).Totals;
        }
    }

    [Fact]
    public async Task ARebuild_InManyChunks_CountsRecordsThatArriveWhileItRuns()
    {
        var seed = new KpiSeed(17);
        await using (var db = Database.NewDb())
        {
            await seed.WriteAsync(db, 50);
        }

        await RollUpAsync();
        List<Guid> order;
        await using (var db = Database.NewDb())
        {
            order = await db.Learners.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        }

        // After the first chunk of 7 people: new learning for someone already recomputed and for
        // someone the pass has not reached, which the pass's snapshot does not hold.
        var chunks = 0;
        void Arrive(int done)
        {
            if (chunks++ != 0)
            {
                return;
            }

            using var other = Database.NewDb();
            other.Statements.Add(KpiSeed.Statement(order[1], KpiSeed.Today.AddHours(-2), "aliado-b", KpiSeed.ActivityOf("ia-101")));
            other.Statements.Add(KpiSeed.Statement(order[40], KpiSeed.Today.AddHours(-1), "aliado-a", KpiSeed.ActivityOf("nube-101")));
            other.SaveChanges();
        }

        await using (var db = Database.NewDb())
        {
            Assert.Equal(50, await new KpiRollup(db, _clock).RebuildAsync(Arrive, default, chunkSize: 7));
        }

        Assert.Equal(8, chunks);
        await AssertRollupEqualsRawAsync(seed);
    }
}
