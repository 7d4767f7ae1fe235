using System.Globalization;
using Semillero.FollowUp;

namespace Semillero.Tests.FollowUp;

public sealed class FollowUpScheduleTests
{
    private static DateTime At(string iso) => DateTime.SpecifyKind(DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-30T15:00:00Z", 3, "2027-02-28T15:00:00Z")]
    [InlineData("2027-11-30T15:00:00Z", 3, "2028-02-29T15:00:00Z")]
    [InlineData("2026-08-31T09:30:00Z", 6, "2027-02-28T09:30:00Z")]
    [InlineData("2026-01-31T00:00:00Z", 6, "2026-07-31T00:00:00Z")]
    [InlineData("2024-02-29T12:00:00Z", 12, "2025-02-28T12:00:00Z")]
    [InlineData("2026-03-15T18:45:00Z", 12, "2027-03-15T18:45:00Z")]
    [InlineData("2026-10-31T23:59:00Z", 3, "2027-01-31T23:59:00Z")]
    public void DueAt_IsCalendarMonthsAfterTheFirstCompletion_ClampedToTheMonthsEnd(string completed, int months, string expected) =>
        Assert.Equal(At(expected), FollowUpSchedule.DueAt(At(completed), months));

    [Fact]
    public void ExpiresAt_IsThirtyDaysAfterDue() =>
        Assert.Equal(At("2027-03-30T15:00:00Z"), FollowUpSchedule.ExpiresAt(At("2027-02-28T15:00:00Z")));

    [Theory]
    [InlineData("2026-01-10T10:00:00Z", "2026-04-10T09:59:00Z", "")]
    [InlineData("2026-01-10T10:00:00Z", "2026-04-10T10:00:00Z", "3")]
    [InlineData("2026-01-10T10:00:00Z", "2026-05-10T09:59:00Z", "3")]
    // Thirty days after due the 3-month survey is closed, and is not created late.
    [InlineData("2026-01-10T10:00:00Z", "2026-05-10T10:00:00Z", "")]
    [InlineData("2026-01-10T10:00:00Z", "2026-06-01T00:00:00Z", "")]
    // The 6-month survey does not wait for the 3-month one.
    [InlineData("2026-01-10T10:00:00Z", "2026-07-10T10:00:00Z", "6")]
    [InlineData("2026-01-10T10:00:00Z", "2027-01-10T10:00:00Z", "12")]
    [InlineData("2026-01-10T10:00:00Z", "2027-02-09T10:00:00Z", "")]
    public void Creatable_OnlyMilestonesDueAndStillOpen(string completed, string now, string expected) =>
        Assert.Equal(expected, string.Join(',', FollowUpSchedule.Creatable(At(completed), At(now))));

    [Theory]
    [InlineData(0, null, "2027-03-07T15:00:00Z")]
    [InlineData(1, "2027-03-07T15:20:00Z", "2027-03-14T15:20:00Z")]
    [InlineData(1, "2027-03-07T14:00:00Z", "2027-03-14T15:00:00Z")]
    // After a pause the second reminder still waits a week after the first.
    [InlineData(1, "2027-03-12T08:00:00Z", "2027-03-19T08:00:00Z")]
    [InlineData(2, "2027-03-14T15:00:00Z", null)]
    public void NextReminderAt_SevenAndFourteenDaysAfterSending_AtMostTwo(int reminders, string? last, string? expected) =>
        Assert.Equal(expected is null ? null : At(expected), FollowUpSchedule.NextReminderAt(At("2027-02-28T15:00:00Z"), reminders, last is null ? null : At(last)));

    [Fact]
    public void NextReminderAt_NothingBeforeTheSurveyIsSent() =>
        Assert.Null(FollowUpSchedule.NextReminderAt(null, 0, null));

    [Theory]
    [InlineData("2027-03-07T15:00:00Z", null, "2027-03-30T15:00:00Z", true)]
    [InlineData("2027-03-07T14:59:00Z", null, "2027-03-30T15:00:00Z", false)]
    [InlineData("2027-03-07T15:00:00Z", "2027-03-02T10:00:00Z", "2027-03-30T15:00:00Z", false)]
    // A reminder that falls after the survey closed is never sent.
    [InlineData("2027-03-31T00:00:00Z", null, "2027-03-30T15:00:00Z", false)]
    public void ShouldRemind_OnlyUnansweredAndOpen(string now, string? answered, string expires, bool expected) =>
        Assert.Equal(expected, FollowUpSchedule.ShouldRemind(At("2027-02-28T15:00:00Z"), 0, null, answered is null ? null : At(answered), At(expires), At(now)));

    [Theory]
    [InlineData("2026-11-30T23:59:59Z", "2026-11-01")]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-01")]
    public void CohortOf_IsTheMonthOfTheFirstCompletion(string completed, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), FollowUpSchedule.CohortOf(At(completed)));

    // The database narrows candidates with the window; it must never leave out a creatable survey.
    [Theory]
    [InlineData("2027-02-28T15:00:00Z")]
    [InlineData("2027-03-01T00:00:00Z")]
    [InlineData("2028-02-29T12:00:00Z")]
    [InlineData("2026-12-31T23:00:00Z")]
    public void CandidateWindow_HoldsEveryCompletionWithACreatableSurvey(string now)
    {
        var at = At(now);
        foreach (var months in FollowUpSchedule.Milestones)
        {
            var (from, to) = FollowUpSchedule.CandidateWindow(at, months);
            for (var completed = at.AddMonths(-14); completed <= at; completed = completed.AddHours(6))
            {
                if (FollowUpSchedule.ShouldCreate(completed, months, at))
                {
                    Assert.InRange(completed, from, to);
                }
            }
        }
    }
}
