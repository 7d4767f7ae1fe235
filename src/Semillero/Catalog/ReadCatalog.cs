using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Language;
using Semillero.Skills;

namespace Semillero.Catalog;

public sealed record PathCard(
    string Code,
    PathArea Area,
    PathLevel Level,
    string NameEs,
    string NameEn,
    string SummaryEs,
    string SummaryEn,
    bool Published,
    int Courses,
    int Hours,
    IReadOnlyList<Skill> Skills,
    DateTime UpdatedAt);

public sealed record PathCourseView(Guid Id, int Position, string Provider, string Code, string NameEs, string NameEn, string? Url, int? Hours, CompletionRule? Rule)
{
    public Words RuleText => RuleWording.Course(Rule);
}

public sealed record PathDetail(
    Guid Id,
    string Code,
    PathArea Area,
    PathLevel Level,
    string NameEs,
    string NameEn,
    string SummaryEs,
    string SummaryEn,
    string CriteriaEs,
    string CriteriaEn,
    bool Published,
    IReadOnlyList<PathCourseView> Courses,
    IReadOnlyList<Skill> Skills,
    CompletionRule? Rule,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public Words RuleText => RuleWording.Path(Rule, Courses.Count);

    public int Hours => Courses.Sum(c => c.Hours ?? 0);
}

public sealed record CourseRow(Guid Id, string Provider, string Code, string NameEs, string NameEn, int? Hours, int Activities, int? RuleVersion, IReadOnlyList<string> Paths);

public sealed record CourseDetail(Guid Id, string Provider, string Code, string NameEs, string NameEn, string? Url, int? Hours, IReadOnlyList<string> Activities, CompletionRule? Rule, DateTime CreatedAt)
{
    public Words RuleText => RuleWording.Course(Rule);
}

public sealed record RuleVersion(CompletionRule Rule, RuleEvaluation? Evaluation);

// Reads of the catalog for the public pages, the API and the operators. The public sees published
// paths only; operators pass includeDrafts.
// What people read of the catalog, providers by name (the courses keep them by partner key).
public sealed class ReadCatalog(SemilleroDb db, IPartnerDirectory partners)
{
    public async Task<IReadOnlyList<PathCard>> PathsAsync(PathArea? area, PathLevel? level, bool includeDrafts, CancellationToken ct)
    {
        var query = db.LearningPaths.AsNoTracking();
        if (!includeDrafts)
        {
            query = query.Where(p => p.Published);
        }

        if (area is { } a)
        {
            query = query.Where(p => p.Area == a);
        }

        if (level is { } l)
        {
            query = query.Where(p => p.Level == l);
        }

        var paths = await query
            .Select(p => new
            {
                p.Code, p.Area, p.Level, p.NameEs, p.NameEn, p.SummaryEs, p.SummaryEn, p.Published, p.UpdatedAt,
                Skills = p.Skills.Select(s => s.SkillId).ToList(),
                Courses = p.Courses.Select(pc => pc.CourseId).ToList(),
            })
            .ToListAsync(ct);
        // The catalog is tens of courses, not thousands: their hours are read whole.
        var hours = await db.Courses.AsNoTracking().Where(c => c.Hours != null).ToDictionaryAsync(c => c.Id, c => c.Hours!.Value, ct);
        return paths
            .OrderBy(p => p.Area).ThenBy(p => p.Level).ThenBy(p => p.NameEs, StringComparer.Ordinal)
            .Select(p => new PathCard(p.Code, p.Area, p.Level, p.NameEs, p.NameEn, p.SummaryEs, p.SummaryEn, p.Published, p.Courses.Count, p.Courses.Sum(c => hours.GetValueOrDefault(c)), SkillsOf(p.Skills), p.UpdatedAt))
            .ToList();
    }

    public async Task<PathDetail?> PathAsync(string code, bool includeDrafts, CancellationToken ct)
    {
        var path = await db.LearningPaths.AsNoTracking().Include(p => p.Skills).Include(p => p.Courses)
            .FirstOrDefaultAsync(p => p.Code == code && (includeDrafts || p.Published), ct);
        if (path is null)
        {
            return null;
        }

        var courseIds = path.Courses.Select(c => c.CourseId).ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToListAsync(ct);
        var rules = await CurrentRulesAsync(db.CompletionRules.Where(r => (r.CourseId != null && courseIds.Contains(r.CourseId.Value)) || r.PathId == path.Id), ct);
        var views = path.Courses.OrderBy(pc => pc.Position)
            .Join(courses, pc => pc.CourseId, c => c.Id, (pc, c) => new PathCourseView(
                c.Id, pc.Position, partners.NameOf(c.Provider), c.Code, c.NameEs, c.NameEn, c.Url, c.Hours, rules.FirstOrDefault(r => r.CourseId == c.Id)))
            .ToList();
        return new PathDetail(path.Id, path.Code, path.Area, path.Level, path.NameEs, path.NameEn, path.SummaryEs, path.SummaryEn,
            path.CriteriaEs, path.CriteriaEn, path.Published, views, SkillsOf(path.Skills.Select(s => s.SkillId)),
            rules.FirstOrDefault(r => r.PathId == path.Id), path.CreatedAt, path.UpdatedAt);
    }

    public async Task<IReadOnlyList<CourseRow>> CoursesAsync(CancellationToken ct)
    {
        var courses = await db.Courses.AsNoTracking()
            .Select(c => new { c.Id, c.Provider, c.Code, c.NameEs, c.NameEn, c.Hours, Activities = c.Activities.Count })
            .ToListAsync(ct);
        var versions = (await db.CompletionRules.AsNoTracking().Where(r => r.CourseId != null)
                .Select(r => new { CourseId = r.CourseId!.Value, r.Version }).ToListAsync(ct))
            .GroupBy(r => r.CourseId).Select(g => new { CourseId = g.Key, Version = g.Max(r => r.Version) }).ToList();
        var paths = await db.PathCourses.AsNoTracking()
            .Join(db.LearningPaths, pc => pc.PathId, p => p.Id, (pc, p) => new { pc.CourseId, p.Code }).ToListAsync(ct);
        return courses
            .Select(c => c with { Provider = partners.NameOf(c.Provider) })
            .OrderBy(c => c.Provider, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CourseRow(c.Id, c.Provider, c.Code, c.NameEs, c.NameEn, c.Hours, c.Activities,
                versions.FirstOrDefault(v => v.CourseId == c.Id)?.Version,
                paths.Where(p => p.CourseId == c.Id).Select(p => p.Code).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public async Task<CourseDetail?> CourseAsync(Guid id, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().Include(c => c.Activities).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return null;
        }

        var rule = await db.CompletionRules.AsNoTracking().Where(r => r.CourseId == id).OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        return new CourseDetail(course.Id, partners.NameOf(course.Provider), course.Code, course.NameEs, course.NameEn, course.Url, course.Hours,
            course.Activities.Select(a => a.ActivityId).Order(StringComparer.Ordinal).ToList(), rule, course.CreatedAt);
    }

    // Every version of a course's or a path's rule, newest first, with what publishing it changed.
    public async Task<IReadOnlyList<RuleVersion>> RuleHistoryAsync(Guid? courseId, Guid? pathId, CancellationToken ct)
    {
        var rules = await db.CompletionRules.AsNoTracking()
            .Where(r => (courseId != null && r.CourseId == courseId) || (pathId != null && r.PathId == pathId))
            .OrderByDescending(r => r.Version)
            .ToListAsync(ct);
        var ids = rules.Select(r => r.Id).ToList();
        var evaluations = await db.RuleEvaluations.AsNoTracking().Where(e => ids.Contains(e.RuleId)).ToListAsync(ct);
        return rules.Select(r => new RuleVersion(r, evaluations.Where(e => e.RuleId == r.Id).MaxBy(e => e.StartedAt))).ToList();
    }

    public static IReadOnlyList<Skill> SkillsOf(IEnumerable<string> ids) =>
        ids.Select(id => SkillCatalog.Find(id) ?? new Skill(id, "", id, id))
            .OrderBy(s => s.NameEs, StringComparer.Ordinal)
            .ToList();

    private static async Task<List<CompletionRule>> CurrentRulesAsync(IQueryable<CompletionRule> query, CancellationToken ct)
    {
        var all = await query.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(r => (r.CourseId, r.PathId)).Select(g => g.MaxBy(r => r.Version)!).ToList();
    }
}
