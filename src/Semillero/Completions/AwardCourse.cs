using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Completions;

public abstract record AwardCourseOutcome
{
    public sealed record Awarded(CourseCompletion Completion) : AwardCourseOutcome;

    // The person already has the course; nothing changed.
    public sealed record AlreadyCompleted(CourseCompletion Existing) : AwardCourseOutcome;

    public sealed record Invalid(string Es, string En) : AwardCourseOutcome;

    public sealed record NotFound : AwardCourseOutcome;
}

// An operator records that a person completed a course without xAPI or report evidence (an
// in-person workshop, a provider that sends nothing), with a written reason that stays with it.
public sealed class AwardCourse(SemilleroDb db, CompletionSignal signal, TimeProvider clock)
{
    public async Task<AwardCourseOutcome> RunAsync(Guid learnerId, Guid courseId, DateOnly completedOn, string reason, string actor, CancellationToken ct)
    {
        if (!await db.Learners.AnyAsync(l => l.Id == learnerId && l.AnonymizedAt == null, ct)
            || !await db.Courses.AnyAsync(c => c.Id == courseId, ct))
        {
            return new AwardCourseOutcome.NotFound();
        }

        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10 || reason.Length > 1000)
        {
            return new AwardCourseOutcome.Invalid(
                "Escriba por qué se otorga (entre 10 y 1,000 caracteres): queda como evidencia.",
                "Write why it is awarded (10 to 1,000 characters): it stays as the evidence.");
        }

        if (completedOn > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            return new AwardCourseOutcome.Invalid("La fecha de término no puede ser futura.", "The completion date cannot be in the future.");
        }

        var rule = await db.CompletionRules.Where(r => r.CourseId == courseId).OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        if (rule is null)
        {
            return new AwardCourseOutcome.Invalid(
                "El curso aún no tiene regla de término; publíquela antes de otorgarlo.",
                "The course has no completion rule yet; publish one before awarding it.");
        }

        var completion = new CourseCompletion
        {
            Id = Guid.CreateVersion7(now),
            LearnerId = learnerId,
            CourseId = courseId,
            RuleId = rule.Id,
            Evidence = EvidenceKind.Manual,
            Note = reason.Trim(),
            AwardedBy = actor,
            CompletedAt = completedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            RecordedAt = now.UtcDateTime,
        };
        if (await CompletionWriter.InsertAsync(db, [completion], ct) == 0)
        {
            var existing = await db.CourseCompletions.AsNoTracking().SingleAsync(c => c.LearnerId == learnerId && c.CourseId == courseId, ct);
            return new AwardCourseOutcome.AlreadyCompleted(existing);
        }

        signal.Notify();
        return new AwardCourseOutcome.Awarded(completion);
    }
}
