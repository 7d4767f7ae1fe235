using Semillero.CohortResults;
using Semillero.Cohorts;

namespace Semillero.Tests.CohortResults;

public sealed class AttributionTests
{
    private static readonly Guid PathA = Guid.NewGuid();
    private static readonly Guid PathB = Guid.NewGuid();
    private static readonly Guid Registration = Guid.NewGuid();
    private static readonly CohortTerms Cohort = new(Guid.NewGuid(), new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), new HashSet<Guid> { PathA });
    private static readonly DateTime Enrolled = new(2026, 2, 20, 10, 0, 0);

    private static EnrolmentTerms Seated(EnrolmentStatus status = EnrolmentStatus.Inscrita, DateTime? withdrawn = null) =>
        new(Registration, status, Enrolled, Enrolled, withdrawn);

    private static PersonRecords Learning(params LearningItem[] items) => PersonRecords.None with { Learning = items };

    [Theory]
    [InlineData(2026, 3, 1, true)]
    [InlineData(2026, 6, 30, true)]
    [InlineData(2026, 2, 28, false)]
    [InlineData(2026, 7, 1, false)]
    public void Learning_OnACohortPath_CountsOnlyBetweenTheCohortsDates(int year, int month, int day, bool counts)
    {
        var outcome = Attribution.Evaluate(Cohort, [Seated()], Learning(new LearningItem(new DateTime(year, month, day, 12, 0, 0), [PathA])));

        Assert.Equal(counts, outcome.Active);
    }

    [Fact]
    public void Learning_OnAnotherPath_DoesNotCount()
    {
        var outcome = Attribution.Evaluate(Cohort, [Seated()], Learning(new LearningItem(new DateTime(2026, 4, 1), [PathB])));

        Assert.False(outcome.Active);
        Assert.Equal(FunnelStage.Inscrita, outcome.Stage);
    }

    [Fact]
    public void Statement_WithTheEnrolmentsRegistration_CountsWhateverItsActivity()
    {
        var outcome = Attribution.Evaluate(Cohort, [Seated()], Learning(new LearningItem(new DateTime(2026, 4, 1), [], Registration)));

        Assert.True(outcome.Active);
    }

    [Fact]
    public void Statement_WithAnotherRegistration_AndNoCohortPath_DoesNotCount()
    {
        var outcome = Attribution.Evaluate(Cohort, [Seated()], Learning(new LearningItem(new DateTime(2026, 4, 1), [], Guid.NewGuid())));

        Assert.False(outcome.Active);
    }

    [Fact]
    public void Waitlisted_CountsOnlyAsWaiting_EvenWithLearning()
    {
        var waiting = new EnrolmentTerms(Registration, EnrolmentStatus.EnEspera, Enrolled, null, null);

        var outcome = Attribution.Evaluate(Cohort, [waiting], Learning(new LearningItem(new DateTime(2026, 4, 1), [PathA])));

        Assert.False(outcome.Counted);
        Assert.True(outcome.Waiting);
        Assert.False(outcome.Active);
        Assert.Equal(FunnelStage.EnEspera, outcome.Stage);
    }

    [Fact]
    public void WithdrawnAfterASeat_StaysEnrolled_AndLearningAfterTheWithdrawalDoesNotCount()
    {
        var withdrawn = Seated(EnrolmentStatus.Baja, new DateTime(2026, 4, 10, 9, 0, 0));

        var before = Attribution.Evaluate(Cohort, [withdrawn], Learning(new LearningItem(new DateTime(2026, 4, 10, 20, 0, 0), [PathA])));
        var after = Attribution.Evaluate(Cohort, [withdrawn], Learning(new LearningItem(new DateTime(2026, 4, 11), [PathA])));

        Assert.True(before.Counted);
        Assert.True(before.Active);
        Assert.True(after.Counted);
        Assert.False(after.Active);
    }

    [Fact]
    public void WithdrawnFromTheWaitlist_CountsForNothing()
    {
        var gone = new EnrolmentTerms(Registration, EnrolmentStatus.Baja, Enrolled, null, new DateTime(2026, 3, 5));

        var outcome = Attribution.Evaluate(Cohort, [gone], PersonRecords.None);

        Assert.False(outcome.Counted);
        Assert.False(outcome.Waiting);
    }

    [Fact]
    public void Stages_CourseGraduationBadgeAndPlacement_AreEachReachedOnTheirOwnTerms()
    {
        var completion = Guid.NewGuid();
        var lateCompletion = Guid.NewGuid();
        var person = new PersonRecords(
            [new LearningItem(new DateTime(2026, 4, 2), [PathA], CourseDone: true)],
            [new PathDone(completion, PathA, new DateTime(2026, 6, 1)), new PathDone(lateCompletion, PathA, new DateTime(2026, 8, 1))],
            new HashSet<Guid> { completion },
            [new DateOnly(2026, 2, 1), new DateOnly(2026, 9, 1)]);

        var outcome = Attribution.Evaluate(Cohort, [Seated()], person);

        Assert.Equal(new DateTime(2026, 4, 2), outcome.CourseCompletedAt);
        Assert.Equal(new DateTime(2026, 6, 1), outcome.GraduatedAt);
        Assert.Equal(new DateTime(2026, 6, 1), outcome.BadgedAt);
        // The February hire came before the enrolment: only September's counts.
        Assert.Equal(new DateOnly(2026, 9, 1), outcome.PlacedOn);
        Assert.Equal(FunnelStage.Colocada, outcome.Stage);
    }

    [Fact]
    public void PathCompletion_OutsideTheDates_OrOfAnotherPath_IsNotAGraduation()
    {
        var person = PersonRecords.None with
        {
            PathCompletions = [new PathDone(Guid.NewGuid(), PathA, new DateTime(2026, 7, 2)), new PathDone(Guid.NewGuid(), PathB, new DateTime(2026, 5, 2))],
        };

        var outcome = Attribution.Evaluate(Cohort, [Seated()], person);

        Assert.Null(outcome.GraduatedAt);
        Assert.Null(outcome.BadgedAt);
    }

    [Fact]
    public void RevokedOrMissingBadge_IsNotCounted()
    {
        var person = PersonRecords.None with { PathCompletions = [new PathDone(Guid.NewGuid(), PathA, new DateTime(2026, 5, 2))] };

        var outcome = Attribution.Evaluate(Cohort, [Seated()], person);

        Assert.NotNull(outcome.GraduatedAt);
        Assert.Null(outcome.BadgedAt);
        Assert.Equal(FunnelStage.Egresada, outcome.Stage);
    }
}
