using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Data;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Validation;

namespace Semillero.Tests.Completions;

// A small catalog for completion tests: one path of two courses, each course recognised by its
// Moodle course page; statements shaped like Moodle logstore_xapi's.
public sealed record CatalogFixture(Guid PathId, Guid CourseA, Guid CourseB)
{
    public const string Moodle = "https://moodle.universidad.example";
    public const string ActivityA = Moodle + "/course/view.php?id=101";
    public const string ActivityB = Moodle + "/course/view.php?id=102";
    public const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    public const string Passed = "http://adlnet.gov/expapi/verbs/passed";

    public static async Task<CatalogFixture> CreateAsync(SemilleroDb db, DateTime now)
    {
        var courseA = new Course { Id = Guid.NewGuid(), Code = "NUBE-101", Provider = "Moodle", NameEs = "Fundamentos de la nube", NameEn = "Cloud fundamentals", CreatedAt = now };
        courseA.Activities.Add(new CourseActivity { ActivityId = ActivityA, CourseId = courseA.Id });
        var courseB = new Course { Id = Guid.NewGuid(), Code = "NUBE-102", Provider = "Moodle", NameEs = "Almacenamiento en la nube", NameEn = "Cloud storage", CreatedAt = now };
        courseB.Activities.Add(new CourseActivity { ActivityId = ActivityB, CourseId = courseB.Id });
        var path = new LearningPath
        {
            Id = Guid.NewGuid(),
            Code = "nube-fundamentos",
            Area = PathArea.Nube,
            Level = PathLevel.Fundamentos,
            NameEs = "Nube: fundamentos",
            NameEn = "Cloud: fundamentals",
            SummaryEs = "Conceptos de cómputo en la nube.",
            SummaryEn = "Cloud computing concepts.",
            CriteriaEs = "Terminar los dos cursos.",
            CriteriaEn = "Complete both courses.",
            Published = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = courseA.Id, Position = 1 });
        path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = courseB.Id, Position = 2 });
        path.Skills.Add(new PathSkill { PathId = path.Id, SkillId = "nube-computo" });
        db.Courses.AddRange(courseA, courseB);
        db.LearningPaths.Add(path);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new CatalogFixture(path.Id, courseA.Id, courseB.Id);
    }

    public static string Statement(string actor, string verb, string activity, double? scaled = null, string? timestamp = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["actor"] = JsonDocument.Parse(actor).RootElement,
            ["verb"] = new { id = verb, display = new Dictionary<string, string> { ["en"] = verb[(verb.LastIndexOf('/') + 1)..] } },
            ["object"] = new { id = activity, objectType = "Activity", definition = new { type = "http://id.tincanapi.com/activitytype/lms/course" } },
            ["result"] = scaled is { } s ? new { score = new { scaled = s }, success = true, completion = true } : null,
            ["timestamp"] = timestamp,
            ["context"] = new { platform = "Moodle", language = "es" },
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    // Through the LRS's own store use case, as the Moodle partner: one statement alone takes the
    // group commit, several take the batch path.
    public static async Task StoreAsync(IServiceProvider services, params string[] statements)
    {
        await using var scope = services.CreateAsyncScope();
        var body = JsonDocument.Parse(statements.Length == 1 ? statements[0] : $"[{string.Join(',', statements)}]").RootElement.Clone();
        var outcome = await scope.ServiceProvider.GetRequiredService<StoreStatements>()
            .RunAsync(body, null, new XapiCredential("k", "Moodle", Roles.Aliado), XapiVersion.V1_0_3, null, default);
        Assert.IsType<StoreStatementsOutcome.Stored>(outcome);
    }
}
