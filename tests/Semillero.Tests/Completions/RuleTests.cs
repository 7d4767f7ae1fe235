using Semillero.Catalog;
using Semillero.Completions;
using Semillero.LearningRecords;

namespace Semillero.Tests.Completions;

// The pure rules: what a course rule accepts, when a path is met and when, and which completions a
// set of stored statements earns.
public sealed class RuleTests
{
    private const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    private const string Passed = "http://adlnet.gov/expapi/verbs/passed";
    private static readonly Guid CourseA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid CourseB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid CourseC = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly DateTime Now = new(2026, 11, 23, 18, 0, 0, DateTimeKind.Utc);

    private static CourseRule Rule(decimal? min = null, params string[] verbs) =>
        CourseRule.From(new CompletionRule { Id = Guid.NewGuid(), CourseId = CourseA, Version = 1, Verbs = string.Join(' ', verbs), MinScaledScore = min, Reason = "r", CreatedBy = "op" })!;

    // The PostgreSQL writer inserts a statement's completion in the same SQL statement, with the
    // evidence code LearningRecords knows it by; it must be the one Completions reads back.
    [Fact]
    public void EarnedCompletion_StatementEvidence_IsCompletionsStatementKind() =>
        Assert.Equal((int)EvidenceKind.Statement, EarnedCompletion.StatementEvidence);

    [Theory]
    [InlineData(Completed, null, true)]
    [InlineData(Passed, 0.9, false)]
    [InlineData("http://adlnet.gov/expapi/verbs/COMPLETED", null, false)]
    public void CourseRule_AcceptsItsVerbsExactly(string verb, double? score, bool accepted) =>
        Assert.Equal(accepted, Rule(null, Completed).Accepts(verb, score));

    [Theory]
    [InlineData(0.7, true)]
    [InlineData(0.95, true)]
    [InlineData(0.69, false)]
    [InlineData(null, false)]
    public void CourseRule_WithAMinimum_NeedsAScoreAtLeastThatHigh(double? score, bool accepted) =>
        Assert.Equal(accepted, Rule(0.7m, Passed).Accepts(Passed, score));

    [Fact]
    public void PathRule_NeedsAllCourses_UnlessItSaysFewer_AndAWrittenRule()
    {
        var all = new PathRule(Guid.NewGuid(), Guid.NewGuid(), [CourseA, CourseB, CourseC], null);
        var two = all with { MinCourses = 2 };
        var tooMany = all with { MinCourses = 9 };
        var unwritten = all with { RuleId = null };

        Assert.False(all.IsMetBy(new HashSet<Guid> { CourseA, CourseB }));
        Assert.True(all.IsMetBy(new HashSet<Guid> { CourseA, CourseB, CourseC }));
        Assert.True(two.IsMetBy(new HashSet<Guid> { CourseA, CourseC }));
        Assert.False(two.IsMetBy(new HashSet<Guid> { CourseA, Guid.NewGuid() }));
        Assert.Equal(3, tooMany.Needed);
        Assert.False(unwritten.IsMetBy(new HashSet<Guid> { CourseA, CourseB, CourseC }));
    }

    [Fact]
    public void PathCompletedAt_IsWhenTheNeededCourseWasDone()
    {
        var done = new Dictionary<Guid, DateTime> { [CourseA] = Now.AddDays(-9), [CourseB] = Now.AddDays(-2), [CourseC] = Now.AddDays(-5) };
        var path = new PathRule(Guid.NewGuid(), Guid.NewGuid(), [CourseA, CourseB, CourseC], null);

        Assert.Equal(Now.AddDays(-2), EvaluatePaths.CompletedAt(path, done));
        Assert.Equal(Now.AddDays(-5), EvaluatePaths.CompletedAt(path with { MinCourses = 2 }, done));
    }

    [Fact]
    public void Candidates_OnePerPersonAndCourse_TheEarliest_NeverVoidedOrUnlinked()
    {
        var rule = Rule(null, Completed);
        var snapshot = RuleSnapshot.Empty with { ByActivity = new Dictionary<string, CourseRule> { ["https://lms.example/c/1"] = rule } };
        var ana = Guid.NewGuid();
        static StoredStatement S(Guid? learner, string verb, DateTime at, bool voided = false, string activity = "https://lms.example/c/1") => new()
        {
            Id = Guid.NewGuid(), StoredAt = Now, Timestamp = at, VerbId = verb, ActorKey = "mbox:mailto:x@example.com", MemberAgents = "",
            RelatedAgents = "", RelatedActivities = "", ActivityId = activity, Partner = "Moodle", LearnerId = learner, ContentHash = "h", Json = "{}", Voided = voided,
        };
        var earliest = S(ana, Completed, Now.AddDays(-3));
        var stored = new[]
        {
            S(ana, Completed, Now.AddDays(-1)),
            earliest,
            S(ana, Completed, Now.AddDays(-7), voided: true),
            S(null, Completed, Now.AddDays(-8)),
            S(ana, Passed, Now.AddDays(-9)),
            S(ana, Completed, Now.AddDays(-10), activity: "https://lms.example/otra"),
        };

        var candidate = Assert.Single(RecordCompletions.Candidates(snapshot, stored, Now));

        Assert.Equal((ana, CourseA, rule.RuleId, earliest.Id, earliest.Timestamp), (candidate.LearnerId, candidate.CourseId, candidate.RuleId, candidate.StatementId, candidate.CompletedAt));
    }
}
