using Semillero.Cohorts;

namespace Semillero.CohortResults;

// How far a person got in a cohort, in the funnel's order. A person reaches each stage on its own
// (someone can be hired without graduating); the furthest one is the stage shown beside their name.
public enum FunnelStage
{
    // Waiting for a seat: not counted among the cohort's people.
    EnEspera = 0,
    Inscrita = 1,
    Activa = 2,
    CompletoCurso = 3,
    Egresada = 4,
    ConInsignia = 5,
    Colocada = 6,
}

// What the attribution reads of a cohort: its dates (program calendar, inclusive) and its paths.
public sealed record CohortTerms(Guid CohortId, DateOnly StartsOn, DateOnly EndsOn, IReadOnlySet<Guid> Paths);

// One of a person's enrolments in the cohort. Times are the program's calendar (ProgramCalendar.Local).
public sealed record EnrolmentTerms(Guid Registration, EnrolmentStatus Status, DateTime CreatedAt, DateTime? SeatedAt, DateTime? WithdrawnAt);

// A piece of the person's learning: a statement (its registration when it carried one) or a course
// completion (CourseDone), with the published paths its course belongs to.
public sealed record LearningItem(DateTime At, IReadOnlyList<Guid> Paths, Guid? Registration = null, bool CourseDone = false);

public sealed record PathDone(Guid CompletionId, Guid PathId, DateTime At);

// The person's records the funnel reads. Badges: the path completions an unrevoked badge was
// issued for. Placements: their start dates.
public sealed record PersonRecords(
    IReadOnlyList<LearningItem> Learning,
    IReadOnlyList<PathDone> PathCompletions,
    IReadOnlySet<Guid> BadgedCompletions,
    IReadOnlyList<DateOnly> Placements)
{
    public static PersonRecords None { get; } = new([], [], new HashSet<Guid>(), []);
}

// What a person achieved in a cohort: when they took their seat, the attributed learning (its times),
// and the first time each later stage was reached; null when never.
public sealed record CohortOutcome(
    bool Counted,
    bool Waiting,
    DateTime? SeatedAt,
    IReadOnlyList<DateTime> Learning,
    DateTime? CourseCompletedAt,
    DateTime? GraduatedAt,
    DateTime? BadgedAt,
    DateOnly? PlacedOn)
{
    public static CohortOutcome Nobody { get; } = new(false, false, null, [], null, null, null, null);

    public bool Active => Learning.Count > 0;

    public FunnelStage Stage =>
        !Counted ? FunnelStage.EnEspera
        : PlacedOn is not null ? FunnelStage.Colocada
        : BadgedAt is not null ? FunnelStage.ConInsignia
        : GraduatedAt is not null ? FunnelStage.Egresada
        : CourseCompletedAt is not null ? FunnelStage.CompletoCurso
        : Active ? FunnelStage.Activa
        : FunnelStage.Inscrita;
}

// Which learning counts for a cohort (docs/cohorts-results.md), as one pure function:
// - The person counts for the cohort when an enrolment of theirs holds a seat (Inscrita) or held one
//   before it was withdrawn (Baja with SeatedAt): dropping out stays in the denominator, so a
//   completion rate cannot rise by withdrawing those who did not finish. Waiting (EnEspera) counts
//   only as waiting; a withdrawal from the waitlist counts for nothing.
// - Learning counts when it is dated within the cohort's StartsOn..EndsOn (ending at the withdrawal
//   day for a withdrawn enrolment) and is on one of the cohort's paths, or, for a statement, when
//   its context.registration is the enrolment's Registration (then whatever its activity).
// - Completed a course: a course completion on the cohort's paths within the dates. Graduated: a
//   completion of one of the cohort's paths within the dates; with a badge: an unrevoked badge for
//   such a completion. Placed: a placement starting on or after the day of enrolment.
public static class Attribution
{
    public static bool Seated(EnrolmentStatus status, DateTime? seatedAt) =>
        status == EnrolmentStatus.Inscrita || (status == EnrolmentStatus.Baja && seatedAt is not null);

    // The days learning counts in, for one enrolment.
    public static (DateOnly From, DateOnly To) Window(CohortTerms cohort, EnrolmentTerms enrolment)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(enrolment);
        var to = cohort.EndsOn;
        if (enrolment.Status == EnrolmentStatus.Baja && enrolment.WithdrawnAt is { } withdrawn && DateOnly.FromDateTime(withdrawn) < to)
        {
            to = DateOnly.FromDateTime(withdrawn);
        }

        return (cohort.StartsOn, to);
    }

    public static bool Counts(CohortTerms cohort, EnrolmentTerms enrolment, LearningItem item)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(item);
        var (from, to) = Window(cohort, enrolment);
        var day = DateOnly.FromDateTime(item.At);
        if (day < from || day > to)
        {
            return false;
        }

        return (item.Registration is { } registration && registration == enrolment.Registration) || item.Paths.Any(cohort.Paths.Contains);
    }

    // The person's outcome over all their enrolments in the cohort (a person who withdrew and came
    // back has two): counted if any held a seat, and each stage at its earliest through any of them.
    public static CohortOutcome Evaluate(CohortTerms cohort, IReadOnlyList<EnrolmentTerms> enrolments, PersonRecords person)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(enrolments);
        ArgumentNullException.ThrowIfNull(person);
        var seated = enrolments.Where(e => Seated(e.Status, e.SeatedAt)).ToList();
        if (seated.Count == 0)
        {
            return CohortOutcome.Nobody with { Waiting = enrolments.Any(e => e.Status == EnrolmentStatus.EnEspera) };
        }

        var learning = new List<DateTime>();
        DateTime? course = null;
        DateTime? graduated = null;
        DateTime? badged = null;
        foreach (var item in person.Learning)
        {
            if (seated.Any(e => Counts(cohort, e, item)))
            {
                learning.Add(item.At);
                if (item.CourseDone && item.Paths.Any(cohort.Paths.Contains))
                {
                    course = Earliest(course, item.At);
                }
            }
        }

        foreach (var done in person.PathCompletions)
        {
            var day = DateOnly.FromDateTime(done.At);
            if (!cohort.Paths.Contains(done.PathId) || !seated.Any(e => Window(cohort, e) is var (from, to) && day >= from && day <= to))
            {
                continue;
            }

            graduated = Earliest(graduated, done.At);
            if (person.BadgedCompletions.Contains(done.CompletionId))
            {
                badged = Earliest(badged, done.At);
            }
        }

        var enrolledOn = DateOnly.FromDateTime(seated.Min(e => e.CreatedAt));
        DateOnly? placed = person.Placements.Where(p => p >= enrolledOn).Select(p => (DateOnly?)p).Min();
        learning.Sort();
        return new CohortOutcome(true, false, seated.Min(e => e.SeatedAt ?? e.CreatedAt), learning, course, graduated, badged, placed);
    }

    private static DateTime Earliest(DateTime? current, DateTime at) => current is { } c && c <= at ? c : at;
}
