using Microsoft.EntityFrameworkCore;
using Semillero.Catalog;
using Semillero.Data;

namespace Semillero.Completions;

// The current version of every rule, in memory, so that evaluating a statement as it arrives is a
// dictionary lookup rather than a query. Changes made through this process (catalog edits, new rule
// versions) invalidate it at once; changes made by another process are picked up within
// RefreshInterval.
public sealed class RuleBook : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly CatalogChanges _catalog;
    private volatile RuleSnapshot? _current;
    private DateTimeOffset _loadedAt;
    private int _generation;

    public RuleBook(TimeProvider clock, CatalogChanges catalog)
    {
        _clock = clock;
        _catalog = catalog;
        _catalog.Changed += Invalidate;
    }

    public void Dispose()
    {
        _catalog.Changed -= Invalidate;
        _loading.Dispose();
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    public async Task<RuleSnapshot> CurrentAsync(SemilleroDb db, CancellationToken ct)
    {
        if (_current is { } snapshot && _clock.GetUtcNow() - _loadedAt < RefreshInterval)
        {
            return snapshot;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } loaded && _clock.GetUtcNow() - _loadedAt < RefreshInterval)
            {
                return loaded;
            }

            var generation = Volatile.Read(ref _generation);
            var fresh = await LoadAsync(db, ct);
            // An invalidation during the load may describe a change the load did not see.
            if (generation == Volatile.Read(ref _generation))
            {
                _current = fresh;
                _loadedAt = _clock.GetUtcNow();
            }

            return fresh;
        }
        finally
        {
            _loading.Release();
        }
    }

    public static async Task<RuleSnapshot> LoadAsync(SemilleroDb db, CancellationToken ct)
    {
        var rules = await db.CompletionRules.AsNoTracking().ToListAsync(ct);
        var current = rules
            .GroupBy(r => (r.CourseId, r.PathId))
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToList();
        var courseRules = current.Where(r => r.CourseId is not null).ToDictionary(r => r.CourseId!.Value);
        var pathRules = current.Where(r => r.PathId is not null).ToDictionary(r => r.PathId!.Value);

        var activities = await db.CourseActivities.AsNoTracking().ToListAsync(ct);
        var byActivity = new Dictionary<string, CourseRule>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (courseRules.TryGetValue(activity.CourseId, out var rule) && CourseRule.From(rule) is { } compiled)
            {
                byActivity[activity.ActivityId] = compiled;
            }
        }

        var published = await db.LearningPaths.AsNoTracking().Where(p => p.Published).Select(p => p.Id).ToListAsync(ct);
        var pathCourses = await db.PathCourses.AsNoTracking().Where(pc => published.Contains(pc.PathId)).ToListAsync(ct);
        var paths = pathCourses.GroupBy(pc => pc.PathId).ToDictionary(
            g => g.Key,
            g => new PathRule(g.Key, pathRules.GetValueOrDefault(g.Key)?.Id, g.Select(pc => pc.CourseId).ToHashSet(), pathRules.GetValueOrDefault(g.Key)?.MinCourses));
        var pathsByCourse = pathCourses.GroupBy(pc => pc.CourseId).ToDictionary(g => g.Key, g => g.Select(pc => pc.PathId).ToList());
        return new RuleSnapshot(byActivity, courseRules.ToDictionary(r => r.Key, r => r.Value), paths, pathsByCourse);
    }
}

// The course rule that statements about an activity answer to.
public sealed record CourseRule(Guid CourseId, Guid RuleId, HashSet<string> Verbs, double? MinScaledScore, bool AcceptsReports)
{
    public static CourseRule? From(CompletionRule rule) =>
        rule.CourseId is { } course
            ? new CourseRule(course, rule.Id, (rule.Verbs ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), (double?)rule.MinScaledScore, rule.AcceptsReports)
            : null;

    // Whether a statement with this verb and score is evidence under this rule.
    public bool Accepts(string verbId, double? scaledScore) =>
        Verbs.Contains(verbId) && (MinScaledScore is not { } min || (scaledScore is { } score && score >= min));
}

// A published path's current rule: RuleId null while nobody has written one (no one completes it).
public sealed record PathRule(Guid PathId, Guid? RuleId, HashSet<Guid> Courses, int? MinCourses)
{
    // How many of the path's courses a person needs: all of them unless the rule says fewer.
    public int Needed => Math.Min(MinCourses ?? Courses.Count, Courses.Count);

    public bool IsMetBy(IReadOnlySet<Guid> completedCourses) =>
        RuleId is not null && Courses.Count > 0 && Courses.Count(completedCourses.Contains) >= Needed;
}

public sealed record RuleSnapshot(
    IReadOnlyDictionary<string, CourseRule> ByActivity,
    IReadOnlyDictionary<Guid, CompletionRule> CourseRules,
    IReadOnlyDictionary<Guid, PathRule> Paths,
    IReadOnlyDictionary<Guid, List<Guid>> PathsByCourse)
{
    public static readonly RuleSnapshot Empty = new(
        new Dictionary<string, CourseRule>(), new Dictionary<Guid, CompletionRule>(), new Dictionary<Guid, PathRule>(), new Dictionary<Guid, List<Guid>>());

    // The course rule a stored statement satisfies, if any: the learner is checked by the caller
    // (on PostgreSQL's group commit it is only known once the insert has resolved it).
    public CourseRule? Match(string? activityId, string verbId, double? scaledScore, bool voided) =>
        !voided && activityId is not null && ByActivity.TryGetValue(activityId, out var rule) && rule.Accepts(verbId, scaledScore)
            ? rule
            : null;
}
