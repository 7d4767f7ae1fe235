using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Badges;
using Semillero.Completions;
using Semillero.Data;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Linking;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Completions.CatalogFixture;
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.Completions;

// Completion rules as a learner lives them: statements earn course completions as they arrive
// (both ingest paths), a path's courses make an egresado, new rule versions re-evaluate history.
public abstract class CompletionTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CompletionTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CompletionTests(DatabaseProvider.Postgres);

    private CatalogFixture _catalog = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.NewDb();
        _catalog = await CreateAsync(db, Clock.GetUtcNow().UtcDateTime);
    }

    private async Task<PublishRuleOutcome.Published> CourseRuleAsync(Guid course, string[] verbs, decimal? min = null, bool reports = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PublishRule>()
            .ForCourseAsync(course, new CourseRuleDraft(verbs, min, reports), "Regla inicial del curso", "operador", default);
        return Assert.IsType<PublishRuleOutcome.Published>(outcome);
    }

    private async Task<PublishRuleOutcome.Published> PathRuleAsync(int? minCourses = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PublishRule>()
            .ForPathAsync(_catalog.PathId, new PathRuleDraft(minCourses), "Regla de egreso de la ruta", "operador", default);
        return Assert.IsType<PublishRuleOutcome.Published>(outcome);
    }

    private async Task<EvaluatePaths.Result> EvaluatePathsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluatePaths>().RunPendingAsync(default);
    }

    private async Task<List<CourseCompletion>> CourseCompletionsAsync()
    {
        await using var db = Database.NewDb();
        return await db.CourseCompletions.AsNoTracking().ToListAsync();
    }

    private async Task<List<PathCompletion>> PathCompletionsAsync()
    {
        await using var db = Database.NewDb();
        return await db.PathCompletions.AsNoTracking().ToListAsync();
    }

    private async Task<Semillero.Learners.Learner> LearnerAsync(int seed, string email)
    {
        await using var db = Database.NewDb();
        return await Semillero.Tests.LearningRecords.Linking.LinkingData.LearnerAsync(db, seed, email);
    }

    [Fact]
    public async Task SingleStatements_EarnTheCourse_AndBothCoursesMakeAnEgresado()
    {
        var ana = await LearnerAsync(41, "ana@example.com");
        var ruleA = await CourseRuleAsync(_catalog.CourseA, [Completed]);
        await CourseRuleAsync(_catalog.CourseB, [Completed]);
        var pathRule = await PathRuleAsync();

        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Completed, ActivityA, timestamp: "2026-11-01T10:00:00Z"));
        var first = Assert.Single(await CourseCompletionsAsync());
        Assert.Equal((ana.Id, _catalog.CourseA, ruleA.Rule.Id, EvidenceKind.Statement), (first.LearnerId, first.CourseId, first.RuleId, first.Evidence));
        Assert.NotNull(first.StatementId);
        Assert.Equal(new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc), first.CompletedAt);

        Assert.Equal(0, (await EvaluatePathsAsync()).NewPathCompletions);
        Assert.Empty(await PathCompletionsAsync());

        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Completed, ActivityB, timestamp: "2026-11-05T10:00:00Z"));
        Assert.Equal(1, (await EvaluatePathsAsync()).NewPathCompletions);
        var egresado = Assert.Single(await PathCompletionsAsync());
        Assert.Equal((ana.Id, _catalog.PathId, pathRule.Rule.Id), (egresado.LearnerId, egresado.PathId, egresado.RuleId));
        Assert.Equal(new DateTime(2026, 11, 5, 10, 0, 0, DateTimeKind.Utc), egresado.CompletedAt);
        Assert.Equal(0, (await EvaluatePathsAsync()).Evaluated);
    }

    [Fact]
    public async Task Achievements_ShowThePathUnderWay_ThenTheEgresado_WithEachCoursesEvidence()
    {
        var ana = await LearnerAsync(43, "ana@example.com");
        var other = await LearnerAsync(44, "otro@example.com");
        await CourseRuleAsync(_catalog.CourseA, [Passed], min: 0.7m);
        await CourseRuleAsync(_catalog.CourseB, [Completed]);
        await PathRuleAsync();

        async Task<LearnerAchievements> ReadAsync(Guid learner)
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReadLearnerAchievements>().RunAsync(learner, default);
        }

        var nothing = await ReadAsync(ana.Id);
        Assert.Empty(nothing.Paths);
        Assert.Empty(nothing.InProgress);
        Assert.Empty(nothing.Courses);

        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Passed, ActivityA, scaled: 0.85, timestamp: "2026-11-01T10:00:00Z"));
        await StoreAsync(Services, Statement(Mbox("otro@example.com"), Completed, ActivityB, timestamp: "2026-11-01T10:00:00Z"));
        await EvaluatePathsAsync();
        var underWay = await ReadAsync(ana.Id);
        Assert.Empty(underWay.Paths);
        var progress = Assert.Single(underWay.InProgress);
        Assert.Equal(("nube-fundamentos", 1, 2), (progress.Code, progress.CoursesDone, progress.CoursesNeeded));
        var course = Assert.Single(underWay.Courses);
        Assert.Equal(("NUBE-101", EvidenceKind.Statement, 0.85m), (course.Code, course.Evidence, course.ScaledScore));

        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Completed, ActivityB, timestamp: "2026-11-05T10:00:00Z"));
        await EvaluatePathsAsync();
        var done = await ReadAsync(ana.Id);
        var path = Assert.Single(done.Paths);
        Assert.Equal(("nube-fundamentos", new DateTime(2026, 11, 5, 10, 0, 0, DateTimeKind.Utc)), (path.Code, path.CompletedAt));
        Assert.Null(path.AwardId);
        Assert.Empty(done.InProgress);
        Assert.Equal(["NUBE-102", "NUBE-101"], done.Courses.Select(c => c.Code));

        // Another person's records never show.
        var theirs = await ReadAsync(other.Id);
        Assert.Equal("NUBE-102", Assert.Single(theirs.Courses).Code);
        Assert.Empty(theirs.Paths);
    }

    [Fact]
    public async Task Batches_EarnCompletions_OnlyForVerbsAndScoresTheRuleAccepts()
    {
        var ana = await LearnerAsync(42, "ana@example.com");
        var beto = await LearnerAsync(43, "beto@example.com");
        var carla = await LearnerAsync(44, "carla@example.com");
        await CourseRuleAsync(_catalog.CourseA, [Passed], min: 0.7m);

        await StoreAsync(Services,
            Statement(Mbox("ana@example.com"), Passed, ActivityA, scaled: 0.85),
            Statement(Mbox("beto@example.com"), Passed, ActivityA, scaled: 0.5),
            Statement(Mbox("carla@example.com"), Completed, ActivityA, scaled: 0.95),
            Statement(Mbox("ana@example.com"), Passed, ActivityA, scaled: 0.9),
            Statement(Account("desconocido"), Passed, ActivityA, scaled: 0.99));

        var completion = Assert.Single(await CourseCompletionsAsync());
        Assert.Equal(ana.Id, completion.LearnerId);
        Assert.Equal(0.85m, completion.ScaledScore);
        Assert.DoesNotContain(await CourseCompletionsAsync(), c => c.LearnerId == beto.Id || c.LearnerId == carla.Id);
    }

    [Fact]
    public async Task LinkingAnActorLater_EarnsWhatItsPastStatementsShow()
    {
        await CourseRuleAsync(_catalog.CourseA, [Completed]);
        await StoreAsync(Services, Statement(Account("ana.lopez"), Completed, ActivityA));
        Assert.Empty(await CourseCompletionsAsync());

        var ana = await LearnerAsync(45, "ana@example.com");
        await using (var scope = Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<LinkActor>().RunAsync(
                new LinkActorInput(StatementShape.AgentKey(Json(Account("ana.lopez"))), ana.Curp, Confirmed: true),
                new Actor("op-1", "Operadora", Roles.Operador), default);
            Assert.IsType<LinkActorOutcome.Linked>(outcome);
        }

        Assert.Equal(ana.Id, Assert.Single(await CourseCompletionsAsync()).LearnerId);
    }

    [Fact]
    public async Task NewRuleVersion_AddsWhatItGrants_CountsWhatItWouldNot_NeverTwice()
    {
        var ana = await LearnerAsync(46, "ana@example.com");
        var beto = await LearnerAsync(47, "beto@example.com");
        await LearnerAsync(48, "carla@example.com");
        var v1 = await CourseRuleAsync(_catalog.CourseA, [Completed]);
        await StoreAsync(Services,
            Statement(Mbox("ana@example.com"), Completed, ActivityA),
            Statement(Mbox("beto@example.com"), Passed, ActivityA, scaled: 0.9),
            Statement(Mbox("carla@example.com"), Passed, ActivityA, scaled: 0.5));
        Assert.Equal([ana.Id], (await CourseCompletionsAsync()).Select(c => c.LearnerId));

        var v2 = await CourseRuleAsync(_catalog.CourseA, [Passed], min: 0.7m);

        Assert.Equal(2, v2.Rule.Version);
        Assert.Equal(1, v2.Evaluation.Added);
        Assert.Equal(1, v2.Evaluation.NoLongerQualifying);
        var completions = await CourseCompletionsAsync();
        Assert.Equal(2, completions.Count);
        Assert.Equal(v1.Rule.Id, completions.Single(c => c.LearnerId == ana.Id).RuleId);
        Assert.Equal(v2.Rule.Id, completions.Single(c => c.LearnerId == beto.Id).RuleId);

        var v3 = await CourseRuleAsync(_catalog.CourseA, [Passed, Completed]);
        Assert.Equal(1, v3.Evaluation.Added);
        Assert.Equal(0, v3.Evaluation.NoLongerQualifying);
        Assert.Equal(3, (await CourseCompletionsAsync()).Count);

        var again = await CourseRuleAsync(_catalog.CourseA, [Passed, Completed]);
        Assert.Equal(0, again.Evaluation.Added);
        Assert.Equal(3, (await CourseCompletionsAsync()).Count);
    }

    [Fact]
    public async Task NewPathRule_ReevaluatesWhoIsAnEgresado()
    {
        var ana = await LearnerAsync(49, "ana@example.com");
        await CourseRuleAsync(_catalog.CourseA, [Completed]);
        await CourseRuleAsync(_catalog.CourseB, [Completed]);
        await PathRuleAsync();
        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Completed, ActivityA, timestamp: "2026-10-01T12:00:00Z"));
        await EvaluatePathsAsync();
        Assert.Empty(await PathCompletionsAsync());

        var oneOfTwo = await PathRuleAsync(minCourses: 1);

        Assert.Equal(1, oneOfTwo.Evaluation.Added);
        var egresado = Assert.Single(await PathCompletionsAsync());
        Assert.Equal((ana.Id, oneOfTwo.Rule.Id), (egresado.LearnerId, egresado.RuleId));
        Assert.Equal(new DateTime(2026, 10, 1, 12, 0, 0, DateTimeKind.Utc), egresado.CompletedAt);

        var allAgain = await PathRuleAsync();
        Assert.Equal(0, allAgain.Evaluation.Added);
        Assert.Equal(1, allAgain.Evaluation.NoLongerQualifying);
        Assert.Single(await PathCompletionsAsync());
    }

    [Fact]
    public async Task ManualAward_NeedsAReason_AndCountsOnce()
    {
        var ana = await LearnerAsync(50, "ana@example.com");
        var rule = await CourseRuleAsync(_catalog.CourseA, [Completed]);
        await using var scope = Services.CreateAsyncScope();
        var award = scope.ServiceProvider.GetRequiredService<AwardCourse>();

        var noReason = await award.RunAsync(ana.Id, _catalog.CourseA, new DateOnly(2026, 11, 2), "   ", "op-1", default);
        Assert.Contains("por qué", Assert.IsType<AwardCourseOutcome.Invalid>(noReason).Es, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await CourseCompletionsAsync());

        var awarded = Assert.IsType<AwardCourseOutcome.Awarded>(
            await award.RunAsync(ana.Id, _catalog.CourseA, new DateOnly(2026, 11, 2), "Taller presencial en Oaxaca, lista de asistencia firmada", "op-1", default));
        Assert.Equal((EvidenceKind.Manual, rule.Rule.Id, "op-1"), (awarded.Completion.Evidence, awarded.Completion.RuleId, awarded.Completion.AwardedBy));

        var twice = await award.RunAsync(ana.Id, _catalog.CourseA, new DateOnly(2026, 11, 3), "Otro intento de otorgar el mismo curso", "op-2", default);
        Assert.Equal(awarded.Completion.Id, Assert.IsType<AwardCourseOutcome.AlreadyCompleted>(twice).Existing.Id);
        Assert.Single(await CourseCompletionsAsync());
    }

    [Fact]
    public async Task ConcurrentEvidence_AwardsOnce()
    {
        var ana = await LearnerAsync(51, "ana@example.com");
        await CourseRuleAsync(_catalog.CourseA, [Completed, Passed]);
        await CourseRuleAsync(_catalog.CourseB, [Completed]);
        await PathRuleAsync();

        // Single statements (group commit) and batches racing, all earning the same two courses.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => i % 3 == 0
            ? StoreAsync(Services, Statement(Mbox("ana@example.com"), Completed, ActivityA), Statement(Mbox("ana@example.com"), Completed, ActivityB))
            : StoreAsync(Services, Statement(Mbox("ana@example.com"), i % 2 == 0 ? Passed : Completed, i % 4 == 1 ? ActivityB : ActivityA)))));

        var completions = await CourseCompletionsAsync();
        Assert.Equal(2, completions.Count);
        Assert.All(completions, c => Assert.Equal(ana.Id, c.LearnerId));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(EvaluatePathsAsync)));
        Assert.Single(await PathCompletionsAsync());
    }
}
