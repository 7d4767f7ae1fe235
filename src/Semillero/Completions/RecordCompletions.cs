using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.LearningRecords;

namespace Semillero.Completions;

// Evaluation as statements arrive: the stored statements that satisfy a course's current rule become
// course completions in the same transaction as the statements themselves — a statement is never
// stored without the completion it earned, nor a completion recorded for a statement that was not.
// Only a dictionary lookup per statement (RuleBook); nothing scans the history.
public sealed class RecordCompletions(RuleBook rules, CompletionSignal signal, TimeProvider clock) : IStatementCompletions
{
    public async Task<Func<StoredStatement, EarnedCompletion?>> MatcherAsync(SemilleroDb db, CancellationToken ct)
    {
        var snapshot = await rules.CurrentAsync(db, ct);
        return s => snapshot.Match(s.ActivityId, s.VerbId, s.ScoreScaled, s.Voided) is { } rule ? new EarnedCompletion(rule.CourseId, rule.RuleId) : null;
    }

    // In the caller's transaction; how many completions were new. Call Committed after the commit.
    public async Task<int> ForStatementsAsync(SemilleroDb db, IEnumerable<StoredStatement> stored, CancellationToken ct)
    {
        var snapshot = await rules.CurrentAsync(db, ct);
        if (snapshot.ByActivity.Count == 0)
        {
            return 0;
        }

        var candidates = Candidates(snapshot, stored, clock.GetUtcNow().UtcDateTime);
        return candidates.Count == 0 ? 0 : await CompletionWriter.InsertAsync(db, candidates, ct);
    }

    // After an actor's past statements were attributed to a person (a link, an accepted claim): the
    // completions they earn, in the caller's transaction.
    public async Task<int> ForActorAsync(SemilleroDb db, string actorKey, Guid learnerId, CancellationToken ct)
    {
        var snapshot = await rules.CurrentAsync(db, ct);
        if (snapshot.ByActivity.Count == 0)
        {
            return 0;
        }

        var activities = snapshot.ByActivity.Keys.ToList();
        var statements = await db.Statements.AsNoTracking()
            .Where(s => s.ActorKey == actorKey && s.LearnerId == learnerId && s.ActivityId != null && activities.Contains(s.ActivityId))
            .ToListAsync(ct);
        var candidates = Candidates(snapshot, statements, clock.GetUtcNow().UtcDateTime);
        return candidates.Count == 0 ? 0 : await CompletionWriter.InsertAsync(db, candidates, ct);
    }

    public void Committed(int recorded)
    {
        if (recorded > 0)
        {
            signal.Notify();
        }
    }

    // The completions these statements earn: one per person and course, the earliest evidence.
    public static List<CourseCompletion> Candidates(RuleSnapshot snapshot, IEnumerable<StoredStatement> stored, DateTime now) =>
        stored
            .Where(s => s.LearnerId is not null)
            .Select(s => (Statement: s, Rule: snapshot.Match(s.ActivityId, s.VerbId, s.ScoreScaled, s.Voided)))
            .Where(x => x.Rule is not null)
            .GroupBy(x => (x.Statement.LearnerId!.Value, x.Rule!.CourseId))
            .Select(g => g.OrderBy(x => x.Statement.Timestamp).First())
            .Select(x => new CourseCompletion
            {
                Id = Guid.CreateVersion7(now),
                LearnerId = x.Statement.LearnerId!.Value,
                CourseId = x.Rule!.CourseId,
                RuleId = x.Rule.RuleId,
                Evidence = EvidenceKind.Statement,
                StatementId = x.Statement.Id,
                ScaledScore = x.Statement.ScoreScaled is { } score ? (decimal)score : null,
                CompletedAt = x.Statement.Timestamp,
                RecordedAt = now,
            })
            .ToList();
}
