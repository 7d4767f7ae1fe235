using Microsoft.EntityFrameworkCore;
using Semillero.Catalog;
using Semillero.Data;
using Semillero.LearningRecords.Validation;

namespace Semillero.Completions;

public sealed record CourseRuleDraft(IReadOnlyList<string> Verbs, decimal? MinScaledScore, bool AcceptsReports);

public sealed record PathRuleDraft(int? MinCourses);

public enum RuleField
{
    Reason,
    Verbs,
    MinScore,
    MinCourses,
}

public abstract record PublishRuleOutcome
{
    public sealed record Published(CompletionRule Rule, RuleEvaluation Evaluation) : PublishRuleOutcome;

    // Field: which part of the draft is wrong, so a form can put the message next to it.
    public sealed record Invalid(RuleField Field, string Es, string En) : PublishRuleOutcome;

    public sealed record NotFound : PublishRuleOutcome;
}

// A new version of a course's or a path's completion rule, and its evaluation over everything
// already recorded: completions it grants that earlier versions did not are added (recorded with
// this version); completions earlier versions granted that it would not are counted and kept — the
// person met the rule in force — so the operator sees exactly what the change did.
public sealed class PublishRule(SemilleroDb db, RuleBook rules, CompletionSignal signal, PathCompletionSignal pathSignal, TimeProvider clock)
{
    public const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    public const string Passed = "http://adlnet.gov/expapi/verbs/passed";

    public async Task<PublishRuleOutcome> ForCourseAsync(Guid courseId, CourseRuleDraft draft, string reason, string actor, CancellationToken ct)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == courseId, ct))
        {
            return new PublishRuleOutcome.NotFound();
        }

        var verbs = draft.Verbs.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (Problem(reason) is { } invalid)
        {
            return invalid;
        }

        if (verbs.Count == 0 && !draft.AcceptsReports)
        {
            return new PublishRuleOutcome.Invalid(
                RuleField.Verbs,
                "La regla debe aceptar al menos un verbo xAPI o los reportes del proveedor.",
                "The rule must accept at least one xAPI verb or the provider's reports.");
        }

        if (verbs.FirstOrDefault(v => !XapiFormats.IsIri(v)) is { } bad)
        {
            return new PublishRuleOutcome.Invalid(RuleField.Verbs, $"«{bad}» no es un IRI de verbo xAPI.", $"«{bad}» is not an xAPI verb IRI.");
        }

        if (draft.MinScaledScore is < 0 or > 1)
        {
            return new PublishRuleOutcome.Invalid(
                RuleField.MinScore,
                "La calificación mínima va de 0 a 1 (por ejemplo 0.7 para 70 %).",
                "The minimum score goes from 0 to 1 (for example 0.7 for 70%).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = await db.CompletionRules.Where(r => r.CourseId == courseId).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        var rule = new CompletionRule
        {
            Id = Guid.CreateVersion7(now),
            CourseId = courseId,
            Version = version + 1,
            Verbs = string.Join(' ', verbs),
            MinScaledScore = draft.MinScaledScore,
            AcceptsReports = draft.AcceptsReports,
            Reason = reason.Trim(),
            CreatedBy = actor,
            CreatedAt = now,
        };

        var evaluation = await SaveEvaluatedAsync(rule, () => EvaluateCourseAsync(rule, now, ct), ct);
        signal.Notify();
        return new PublishRuleOutcome.Published(rule, evaluation);
    }

    // A new version and what evaluating it over the history changed commit together; the cached
    // book is dropped after the commit.
    private async Task<RuleEvaluation> SaveEvaluatedAsync(CompletionRule rule, Func<Task<RuleEvaluation>> evaluate, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CompletionRules.Add(rule);
        await db.SaveChangesAsync(ct);
        var evaluation = await evaluate();
        db.RuleEvaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        rules.Invalidate();
        return evaluation;
    }

    public async Task<PublishRuleOutcome> ForPathAsync(Guid pathId, PathRuleDraft draft, string reason, string actor, CancellationToken ct)
    {
        if (!await db.LearningPaths.AnyAsync(p => p.Id == pathId, ct))
        {
            return new PublishRuleOutcome.NotFound();
        }

        if (Problem(reason) is { } invalid)
        {
            return invalid;
        }

        if (draft.MinCourses is < 1)
        {
            return new PublishRuleOutcome.Invalid(RuleField.MinCourses, "El número mínimo de cursos debe ser al menos 1.", "The minimum number of courses must be at least 1.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = await db.CompletionRules.Where(r => r.PathId == pathId).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        var rule = new CompletionRule
        {
            Id = Guid.CreateVersion7(now),
            PathId = pathId,
            Version = version + 1,
            MinCourses = draft.MinCourses,
            Reason = reason.Trim(),
            CreatedBy = actor,
            CreatedAt = now,
        };

        var evaluation = await SaveEvaluatedAsync(rule, async () =>
        {
            // Evaluated against the rule just written, not the cached book.
            var snapshot = await RuleBook.LoadAsync(db, ct);
            var courses = await db.PathCourses.Where(pc => pc.PathId == pathId).Select(pc => pc.CourseId).ToListAsync(ct);
            var learners = await db.CourseCompletions.Where(c => courses.Contains(c.CourseId)).Select(c => c.LearnerId).Distinct().ToListAsync(ct);
            var (fresh, noLonger) = await EvaluatePaths.ComputeAsync(db, snapshot, learners, pathId, now, ct);
            return new RuleEvaluation
            {
                Id = Guid.CreateVersion7(now),
                RuleId = rule.Id,
                StartedAt = now,
                Examined = learners.Count,
                Added = await CompletionWriter.InsertAsync(db, fresh, ct),
                NoLongerQualifying = noLonger,
                FinishedAt = clock.GetUtcNow().UtcDateTime,
            };
        }, ct);
        if (evaluation.Added > 0)
        {
            // New egresados from the history: their badges are issued now, not at the next sweep.
            pathSignal.Notify();
        }

        return new PublishRuleOutcome.Published(rule, evaluation);
    }

    // Every stored statement this version accepts, the earliest per person as the evidence; a set
    // query, so a rule over millions of statements reads only the course's activities' rows.
    private async Task<RuleEvaluation> EvaluateCourseAsync(CompletionRule rule, DateTime now, CancellationToken ct)
    {
        var courseId = rule.CourseId!.Value;
        var compiled = CourseRule.From(rule)!;
        var verbs = compiled.Verbs.ToList();
        var activities = await db.CourseActivities.Where(a => a.CourseId == courseId).Select(a => a.ActivityId).ToListAsync(ct);
        var min = (double?)rule.MinScaledScore;
        var evidence = await db.Statements.AsNoTracking()
            .Where(s => s.ActivityId != null && activities.Contains(s.ActivityId) && verbs.Contains(s.VerbId)
                && s.LearnerId != null && !s.Voided && (min == null || s.ScoreScaled >= min))
            .GroupBy(s => s.LearnerId)
            .Select(g => g.OrderBy(s => s.Timestamp).ThenBy(s => s.Sequence)
                .Select(s => new { LearnerId = s.LearnerId!.Value, s.Id, s.Timestamp, s.ScoreScaled }).First())
            .ToListAsync(ct);
        var qualifying = evidence.ToDictionary(e => e.LearnerId);

        var existing = await db.CourseCompletions.AsNoTracking().Where(c => c.CourseId == courseId)
            .Select(c => new { c.LearnerId, c.Evidence }).ToListAsync(ct);
        var has = existing.Select(e => e.LearnerId).ToHashSet();
        var noLonger = existing.Count(e =>
            (e.Evidence == EvidenceKind.Statement && !qualifying.ContainsKey(e.LearnerId))
            || (e.Evidence == EvidenceKind.Report && !rule.AcceptsReports));

        var fresh = evidence.Where(e => !has.Contains(e.LearnerId)).Select(e => new CourseCompletion
        {
            Id = Guid.CreateVersion7(now),
            LearnerId = e.LearnerId,
            CourseId = courseId,
            RuleId = rule.Id,
            Evidence = EvidenceKind.Statement,
            StatementId = e.Id,
            ScaledScore = e.ScoreScaled is { } s ? (decimal)s : null,
            CompletedAt = e.Timestamp,
            RecordedAt = now,
        }).ToList();
        // New rows only (the existing ones were excluded above), so a plain batched insert serves;
        // a completion recorded meanwhile by ingest makes the unique index refuse the whole version,
        // and the operator publishes again.
        db.CourseCompletions.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        return new RuleEvaluation
        {
            Id = Guid.CreateVersion7(now),
            RuleId = rule.Id,
            StartedAt = now,
            Examined = qualifying.Keys.Union(has).Count(),
            Added = fresh.Count,
            NoLongerQualifying = noLonger,
            FinishedAt = clock.GetUtcNow().UtcDateTime,
        };
    }

    private static PublishRuleOutcome.Invalid? Problem(string reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10
            ? new PublishRuleOutcome.Invalid(
                RuleField.Reason,
                "Escriba el motivo del cambio (al menos 10 caracteres): queda en el historial de la regla.",
                "Write the reason for the change (at least 10 characters): it stays in the rule's history.")
            : reason.Length > 1000
                ? new PublishRuleOutcome.Invalid(RuleField.Reason, "El motivo admite hasta 1,000 caracteres.", "The reason takes up to 1,000 characters.")
                : null;
}
