using Semillero.Data;

namespace Semillero.LearningRecords;

// What a stored statement earns (a course completion under the course's current rule) is decided by
// Completions, which reads this feature's statements. The LRS calls it through this interface, in
// the same transaction as the write — a statement is never stored without the completion it
// earned — while the dependency points from Completions to LearningRecords only
// (docs/adr/0009-dependencies-point-one-way.md).
public interface IStatementCompletions
{
    // For the PostgreSQL writer, which inserts a statement and the completion it earns in one SQL
    // statement: what each statement would earn, before its learner is known.
    Task<Func<StoredStatement, EarnedCompletion?>> MatcherAsync(SemilleroDb db, CancellationToken ct);

    // In the caller's transaction; how many completions were new. Call Committed after the commit.
    Task<int> ForStatementsAsync(SemilleroDb db, IEnumerable<StoredStatement> stored, CancellationToken ct);

    // After an actor's past statements were attributed to a person (a link, an accepted claim).
    Task<int> ForActorAsync(SemilleroDb db, string actorKey, Guid learnerId, CancellationToken ct);

    void Committed(int recorded);
}

// A course completion a statement earns: the course and the rule version that grants it.
public readonly record struct EarnedCompletion(Guid CourseId, Guid RuleId)
{
    // course_completions.evidence for statement evidence (Completions/EvidenceKind.Statement; a
    // test keeps the two equal).
    public const int StatementEvidence = 1;
}
