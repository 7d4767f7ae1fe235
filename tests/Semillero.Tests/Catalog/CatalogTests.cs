using Microsoft.EntityFrameworkCore;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Tests.Completions;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Completions.CatalogFixture;
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.Catalog;

// Managing the catalog as an operator does: paths and courses saved with their rules enforced
// against what is already stored, publishing, and activity changes reaching ingest at once.
public abstract class CatalogTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CatalogTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CatalogTests(DatabaseProvider.Postgres);

    private static CourseInput Course(string code, params string[] activities) =>
        new("Moodle Universidad", code, $"Curso {code}", $"Course {code}", "https://moodle.universidad.example/course/" + code, 12, activities);

    private static PathInput Path(string code, params Guid[] courses) =>
        new(code, "nube", "fundamentos", "Nube: fundamentos", "Cloud: fundamentals", "Conceptos de la nube.", "Cloud concepts.",
            "Terminó los cursos.", "Completed the courses.", ["nube-computo", "nube-almacenamiento"], courses);

    private async Task<Course> CreateCourseAsync(string code, params string[] activities) =>
        Assert.IsType<SaveCourseOutcome.Saved>(await RunAsync<SaveCourse, SaveCourseOutcome>(s => s.CreateAsync(Course(code, activities), default))).Course;

    private async Task<LearningPath> CreatePathAsync(string code, params Guid[] courses) =>
        Assert.IsType<SavePathOutcome.Saved>(await RunAsync<SavePath, SavePathOutcome>(s => s.CreateAsync(Path(code, courses), default))).Path;

    [Fact]
    public async Task CreatePath_IsADraftWithItsCoursesInOrderAndSkills()
    {
        var a = await CreateCourseAsync("NUBE-101");
        var b = await CreateCourseAsync("NUBE-102");

        var path = await CreatePathAsync("nube-fundamentos", b.Id, a.Id);

        Assert.False(path.Published);
        Assert.Equal([b.Id, a.Id], path.Courses.OrderBy(c => c.Position).Select(c => c.CourseId));
        Assert.Equal(["nube-almacenamiento", "nube-computo"], path.Skills.Select(s => s.SkillId).Order(StringComparer.Ordinal));
        var detail = await RunAsync<ReadCatalog, PathDetail?>(r => r.PathAsync("nube-fundamentos", includeDrafts: true, default));
        Assert.Equal(["Curso NUBE-102", "Curso NUBE-101"], detail!.Courses.Select(c => c.NameEs));
        Assert.Contains(detail.Skills, s => s.Id == "nube-computo" && s.NameEs == "Fundamentos de cómputo en la nube");
    }

    [Fact]
    public async Task CreatePath_TakenCode_IsAConflict_AndUnknownSkillOrCourseInvalid()
    {
        await CreatePathAsync("nube-fundamentos");

        var again = await RunAsync<SavePath, SavePathOutcome>(s => s.CreateAsync(Path("nube-fundamentos"), default));
        var conflict = Assert.IsType<SavePathOutcome.Conflict>(again);
        Assert.Equal("code", conflict.Error.Field);
        Assert.Contains("nube-fundamentos", conflict.Error.Reason.Es, StringComparison.Ordinal);

        var unknown = await RunAsync<SavePath, SavePathOutcome>(s => s.CreateAsync(Path("otra-ruta", Guid.NewGuid()) with { Skills = ["no-existe"] }, default));
        var invalid = Assert.IsType<SavePathOutcome.Invalid>(unknown);
        Assert.Equal(["courses", "skills"], invalid.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.LearningPaths.CountAsync());
    }

    [Fact]
    public async Task UpdatePath_DraftCodeCanChange_PublishedCannot()
    {
        var course = await CreateCourseAsync("NUBE-101");
        await CreatePathAsync("nube-fundamentoz", course.Id);

        var renamed = await RunAsync<SavePath, SavePathOutcome>(s => s.UpdateAsync("nube-fundamentoz", Path("nube-fundamentos", course.Id), default));
        Assert.Equal("nube-fundamentos", Assert.IsType<SavePathOutcome.Saved>(renamed).Path.Code);

        Assert.IsType<PublishPathOutcome.Done>(await RunAsync<PublishPath, PublishPathOutcome>(p => p.PublishAsync("nube-fundamentos", default)));
        var locked = await RunAsync<SavePath, SavePathOutcome>(s => s.UpdateAsync("nube-fundamentos", Path("nube-basico", course.Id), default));

        var error = Assert.Single(Assert.IsType<SavePathOutcome.Invalid>(locked).Errors);
        Assert.Equal(("code", "immutable"), (error.Field, error.Reason.Code));
        await using var db = Database.NewDb();
        Assert.Equal("nube-fundamentos", (await db.LearningPaths.SingleAsync()).Code);
    }

    [Fact]
    public async Task UpdatePath_ReordersAndReplacesCoursesAndSkills()
    {
        var a = await CreateCourseAsync("NUBE-101");
        var b = await CreateCourseAsync("NUBE-102");
        var c = await CreateCourseAsync("NUBE-103");
        await CreatePathAsync("nube-fundamentos", a.Id, b.Id);

        var saved = await RunAsync<SavePath, SavePathOutcome>(s => s.UpdateAsync("nube-fundamentos", Path("nube-fundamentos", c.Id, a.Id) with { Skills = ["nube-computo", "ia-conceptos"] }, default));

        var path = Assert.IsType<SavePathOutcome.Saved>(saved).Path;
        Assert.Equal([c.Id, a.Id], path.Courses.OrderBy(x => x.Position).Select(x => x.CourseId));
        Assert.Equal([1, 2], path.Courses.OrderBy(x => x.Position).Select(x => x.Position));
        Assert.Equal(["ia-conceptos", "nube-computo"], path.Skills.Select(s => s.SkillId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveCourse_SameCodeForTheSameProvider_IsAConflict_OtherProviderIsFine()
    {
        var first = await CreateCourseAsync("NUBE-101");

        var twin = await RunAsync<SaveCourse, SaveCourseOutcome>(s => s.CreateAsync(Course("NUBE-101"), default));
        var conflict = Assert.IsType<SaveCourseOutcome.Conflict>(twin);
        Assert.Equal(("code", first.Id), (conflict.Error.Field, conflict.OtherCourseId));

        var other = await RunAsync<SaveCourse, SaveCourseOutcome>(s => s.CreateAsync(Course("NUBE-101") with { Provider = "Campus Abierto" }, default));
        Assert.IsType<SaveCourseOutcome.Saved>(other);
    }

    [Fact]
    public async Task SaveCourse_AnActivityOfAnotherCourse_IsRefusedNamingThatCourse()
    {
        var owner = await CreateCourseAsync("NUBE-101", ActivityA);
        var other = await CreateCourseAsync("NUBE-102", ActivityB);

        var clash = await RunAsync<SaveCourse, SaveCourseOutcome>(s => s.UpdateAsync(other.Id, Course("NUBE-102", ActivityB, ActivityA), default));

        var conflict = Assert.IsType<SaveCourseOutcome.Conflict>(clash);
        Assert.Equal(("activities", "clash", owner.Id), (conflict.Error.Field, conflict.Error.Reason.Code, conflict.OtherCourseId));
        Assert.Contains("«Curso NUBE-101» (Moodle Universidad, NUBE-101)", conflict.Error.Reason.Es, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(owner.Id, (await db.CourseActivities.SingleAsync(a => a.ActivityId == ActivityA)).CourseId);
    }

    [Fact]
    public async Task SaveCourse_ChangesActivitiesInPlace()
    {
        var course = await CreateCourseAsync("NUBE-101", ActivityA, ActivityB);

        var saved = await RunAsync<SaveCourse, SaveCourseOutcome>(s => s.UpdateAsync(course.Id, Course("NUBE-101", ActivityB, ActivityA + "&section=2") with { Hours = 20 }, default));

        var updated = Assert.IsType<SaveCourseOutcome.Saved>(saved).Course;
        Assert.Equal([ActivityA + "&section=2", ActivityB], updated.Activities.Select(a => a.ActivityId).Order(StringComparer.Ordinal));
        Assert.Equal(20, updated.Hours);
    }

    [Fact]
    public async Task Publishing_MakesThePathPublic_UnpublishingHidesIt_AndACourselessPathCannotBePublished()
    {
        var course = await CreateCourseAsync("NUBE-101");
        await CreatePathAsync("nube-fundamentos", course.Id);
        await CreatePathAsync("ia-vacia");

        Assert.Null(await RunAsync<ReadCatalog, PathDetail?>(r => r.PathAsync("nube-fundamentos", includeDrafts: false, default)));
        Assert.Empty(await RunAsync<ReadCatalog, IReadOnlyList<PathCard>>(r => r.PathsAsync(null, null, includeDrafts: false, default)));

        Assert.IsType<PublishPathOutcome.Done>(await RunAsync<PublishPath, PublishPathOutcome>(p => p.PublishAsync("nube-fundamentos", default)));
        Assert.IsType<PublishPathOutcome.Invalid>(await RunAsync<PublishPath, PublishPathOutcome>(p => p.PublishAsync("ia-vacia", default)));

        var published = Assert.Single(await RunAsync<ReadCatalog, IReadOnlyList<PathCard>>(r => r.PathsAsync(null, null, includeDrafts: false, default)));
        Assert.Equal(("nube-fundamentos", 1, 12), (published.Code, published.Courses, published.Hours));
        Assert.Empty(await RunAsync<ReadCatalog, IReadOnlyList<PathCard>>(r => r.PathsAsync(PathArea.IA, null, includeDrafts: false, default)));
        Assert.Equal(2, (await RunAsync<ReadCatalog, IReadOnlyList<PathCard>>(r => r.PathsAsync(null, null, includeDrafts: true, default))).Count);

        Assert.IsType<PublishPathOutcome.Done>(await RunAsync<PublishPath, PublishPathOutcome>(p => p.UnpublishAsync("nube-fundamentos", default)));
        Assert.Null(await RunAsync<ReadCatalog, PathDetail?>(r => r.PathAsync("nube-fundamentos", includeDrafts: false, default)));
    }

    [Fact]
    public async Task ANewActivityIri_MakesTheNextStatementsAboutItCount()
    {
        const string Quiz = CatalogFixture.Moodle + "/mod/quiz/view.php?id=55";
        await using (var db = Database.NewDb())
        {
            await LearnerAsync(db, 41, "ana@example.com");
        }

        var course = await CreateCourseAsync("NUBE-101", ActivityA);
        Assert.IsType<PublishRuleOutcome.Published>(await RunAsync<PublishRule, PublishRuleOutcome>(p =>
            p.ForCourseAsync(course.Id, new CourseRuleDraft([Passed], null, false), "Regla inicial del curso", "operador", default)));

        // The rule book is loaded and cached by this statement, about an activity no course has yet.
        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Passed, Quiz, timestamp: "2026-11-01T10:00:00Z"));
        await using (var db = Database.NewDb())
        {
            Assert.Equal(0, await db.CourseCompletions.CountAsync());
        }

        Assert.IsType<SaveCourseOutcome.Saved>(await RunAsync<SaveCourse, SaveCourseOutcome>(s => s.UpdateAsync(course.Id, Course("NUBE-101", ActivityA, Quiz), default)));
        await StoreAsync(Services, Statement(Mbox("ana@example.com"), Passed, Quiz, timestamp: "2026-11-02T10:00:00Z"));

        await using var check = Database.NewDb();
        var completion = Assert.Single(await check.CourseCompletions.ToListAsync());
        Assert.Equal((course.Id, new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc)), (completion.CourseId, completion.CompletedAt));
    }
}
