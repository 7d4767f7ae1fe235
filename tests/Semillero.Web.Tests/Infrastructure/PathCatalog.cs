using Microsoft.Extensions.DependencyInjection;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;

namespace Semillero.Web.Tests.Infrastructure;

// A published path whose courses are each completed by the "completed" verb on the course's page
// ({home}/course/{code}), with the rules in force, for tests that drive completions through the LRS.
public static class PathCatalog
{
    public const string Completed = "http://adlnet.gov/expapi/verbs/completed";

    public sealed record CourseSpec(string Code, string NameEs, string NameEn);

    public static async Task CreateAsync(
        IServiceProvider services, string home, string provider, string code, PathArea area, string nameEs, string nameEn,
        IReadOnlyList<CourseSpec> courseSpecs, params string[] skills)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var path = new LearningPath
        {
            Id = Guid.NewGuid(), Code = code, Area = area, Level = PathLevel.Fundamentos,
            NameEs = nameEs, NameEn = nameEn, SummaryEs = "Conceptos.", SummaryEn = "Concepts.",
            CriteriaEs = "Terminar los cursos de la ruta.", CriteriaEn = "Complete the path's courses.", Published = true, CreatedAt = now, UpdatedAt = now,
        };
        path.Skills.AddRange(skills.Select(s => new PathSkill { PathId = path.Id, SkillId = s }));
        var courses = courseSpecs
            .Select((c, i) =>
            {
                var course = new Course { Id = Guid.NewGuid(), Code = c.Code, Provider = provider, NameEs = c.NameEs, NameEn = c.NameEn, CreatedAt = now };
                course.Activities.Add(new CourseActivity { ActivityId = $"{home}/course/{c.Code}", CourseId = course.Id });
                path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = course.Id, Position = i + 1 });
                return course;
            })
            .ToList();
        db.Courses.AddRange(courses);
        db.LearningPaths.Add(path);
        await db.SaveChangesAsync();

        var publish = scope.ServiceProvider.GetRequiredService<PublishRule>();
        foreach (var course in courses)
        {
            Assert.IsType<PublishRuleOutcome.Published>(await publish.ForCourseAsync(course.Id, new CourseRuleDraft([Completed], null, false), "Regla inicial del curso", "operador", default));
        }

        Assert.IsType<PublishRuleOutcome.Published>(await publish.ForPathAsync(path.Id, new PathRuleDraft(null), "Regla de egreso de la ruta", "operador", default));
    }
}
