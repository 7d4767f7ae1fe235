using Microsoft.EntityFrameworkCore;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;

namespace Semillero.Badges;

// A path the person completed (is an egresado of), with its badge when it has been issued.
public sealed record AchievedPath(
    Guid PathId,
    string Code,
    string NameEs,
    string NameEn,
    PathArea Area,
    PathLevel Level,
    DateTime CompletedAt,
    Guid? AwardId,
    DateTime? IssuedAt,
    DateTime? RevokedAt);

// A published path the person has started (at least one of its courses completed) but not finished.
public sealed record PathInProgress(string Code, string NameEs, string NameEn, int CoursesDone, int CoursesNeeded);

public sealed record AchievedCourse(
    string Code,
    string Provider,
    string NameEs,
    string NameEn,
    EvidenceKind Evidence,
    decimal? ScaledScore,
    DateTime CompletedAt);

public sealed record LearnerAchievements(
    IReadOnlyList<AchievedPath> Paths,
    IReadOnlyList<PathInProgress> InProgress,
    IReadOnlyList<AchievedCourse> Courses);

// What a person has achieved under the rules: the paths they are an egresado of (and their badges),
// the ones under way, and every completed course with its evidence. Reads the completion tables
// only — never the statements — so it costs the same at a thousand records as at a million.
public sealed class ReadLearnerAchievements(SemilleroDb db)
{
    public async Task<LearnerAchievements> RunAsync(Guid learnerId, CancellationToken ct)
    {
        var paths = await (
            from pc in db.PathCompletions.AsNoTracking()
            where pc.LearnerId == learnerId
            join p in db.LearningPaths on pc.PathId equals p.Id
            join a in db.BadgeAwards on new { pc.LearnerId, pc.PathId } equals new { a.LearnerId, a.PathId } into awards
            from a in awards.DefaultIfEmpty()
            orderby pc.CompletedAt descending
            select new AchievedPath(
                p.Id, p.Code, p.NameEs, p.NameEn, p.Area, p.Level, pc.CompletedAt,
                a == null ? null : a.Id,
                a == null ? null : a.IssuedAt,
                a == null ? null : a.RevokedAt))
            .ToListAsync(ct);

        var courses = await (
            from cc in db.CourseCompletions.AsNoTracking()
            where cc.LearnerId == learnerId
            join c in db.Courses on cc.CourseId equals c.Id
            orderby cc.CompletedAt descending
            select new AchievedCourse(c.Code, c.Provider, c.NameEs, c.NameEn, cc.Evidence, cc.ScaledScore, cc.CompletedAt))
            .ToListAsync(ct);

        var inProgress = await InProgressAsync(learnerId, paths.Select(p => p.PathId).ToList(), ct);
        return new LearnerAchievements(paths, inProgress, courses);
    }

    private async Task<List<PathInProgress>> InProgressAsync(Guid learnerId, List<Guid> finished, CancellationToken ct)
    {
        var started = await (
            from pcourse in db.PathCourses.AsNoTracking()
            join cc in db.CourseCompletions on pcourse.CourseId equals cc.CourseId
            where cc.LearnerId == learnerId && !finished.Contains(pcourse.PathId)
            group pcourse by pcourse.PathId into g
            select new { PathId = g.Key, Done = g.Count() })
            .ToListAsync(ct);
        if (started.Count == 0)
        {
            return [];
        }

        var ids = started.Select(s => s.PathId).ToList();
        var paths = await db.LearningPaths.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.Published)
            .Select(p => new { p.Id, p.Code, p.NameEs, p.NameEn, Courses = p.Courses.Count })
            .ToListAsync(ct);

        // The path's current rule may ask for fewer courses than it lists ("any 3 of 5").
        var minimums = await db.CompletionRules.AsNoTracking()
            .Where(r => r.PathId != null && ids.Contains(r.PathId.Value))
            .GroupBy(r => r.PathId!.Value)
            .Select(g => new { PathId = g.Key, Min = g.OrderByDescending(r => r.Version).Select(r => r.MinCourses).First() })
            .ToDictionaryAsync(x => x.PathId, x => x.Min, ct);

        return paths
            .Select(p =>
            {
                var needed = minimums.GetValueOrDefault(p.Id) is { } min && min > 0 ? Math.Min(min, p.Courses) : p.Courses;
                var done = started.First(s => s.PathId == p.Id).Done;
                return new PathInProgress(p.Code, p.NameEs, p.NameEn, Math.Min(done, needed), needed);
            })
            .OrderByDescending(p => (double)p.CoursesDone / Math.Max(1, p.CoursesNeeded))
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
    }
}
