namespace Semillero.FollowUp;

// When each follow-up survey is due, sent, reminded and closed. Pure: the clock comes in as an argument.
//
// Milestones are calendar months after the person's FIRST path completion (AddMonths clamps to the
// end of the month: Nov 30 + 3 months = Feb 28, or 29 in a leap year). The survey is sent when due;
// if unanswered, reminded 7 and 14 days after sending (at most two); it closes 30 days after it
// was due. Each milestone stands alone: the 6-month survey does not wait for the 3-month one.
public static class FollowUpSchedule
{
    public static IReadOnlyList<int> Milestones { get; } = [3, 6, 12];

    public const int MaxReminders = 2;

    public static readonly TimeSpan ReminderEvery = TimeSpan.FromDays(7);

    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(30);

    public static bool IsMilestone(int months) => Milestones.Contains(months);

    public static DateTime DueAt(DateTime firstCompletion, int months) =>
        DateTime.SpecifyKind(firstCompletion, DateTimeKind.Utc).AddMonths(months);

    public static DateTime ExpiresAt(DateTime dueAt) => DateTime.SpecifyKind(dueAt, DateTimeKind.Utc) + OpenFor;

    // The month of the first completion (UTC), which names the cohort.
    public static DateOnly CohortOf(DateTime firstCompletion) => new(firstCompletion.Year, firstCompletion.Month, 1);

    // A survey is created once it is due and only while it can still be answered: a person who
    // qualifies late (consent given after the window) gets no survey for a milestone already closed.
    public static bool ShouldCreate(DateTime firstCompletion, int months, DateTime now)
    {
        var due = DueAt(firstCompletion, months);
        return due <= now && now < ExpiresAt(due);
    }

    // The milestones a run at `now` creates for a person, in order.
    public static IReadOnlyList<int> Creatable(DateTime firstCompletion, DateTime now) =>
        Milestones.Where(m => ShouldCreate(firstCompletion, m, now)).ToList();

    public static bool ShouldSend(DateTime dueAt, DateTime expiresAt, DateTime? sentAt, DateTime? answeredAt, DateTime now) =>
        sentAt is null && answeredAt is null && dueAt <= now && now < expiresAt;

    // The k-th reminder falls 7·k days after sending; after a pause (the server was down) it also
    // waits 7 days after the previous reminder, so two never go out back to back.
    public static DateTime? NextReminderAt(DateTime? sentAt, int reminders, DateTime? lastReminderAt)
    {
        if (sentAt is not { } sent || reminders >= MaxReminders)
        {
            return null;
        }

        var planned = sent + ReminderEvery * (reminders + 1);
        return lastReminderAt is { } last && last + ReminderEvery > planned ? last + ReminderEvery : planned;
    }

    public static bool ShouldRemind(DateTime? sentAt, int reminders, DateTime? lastReminderAt, DateTime? answeredAt, DateTime expiresAt, DateTime now) =>
        answeredAt is null
        && now < expiresAt
        && NextReminderAt(sentAt, reminders, lastReminderAt) is { } next
        && next <= now;

    // Earliest and latest first-completion instants that can have a creatable survey for a milestone
    // at `now` (a few days' margin for month-end clamping): the database narrows candidates with
    // these, ShouldCreate decides.
    public static (DateTime From, DateTime To) CandidateWindow(DateTime now, int months)
    {
        var back = DateTime.SpecifyKind(now, DateTimeKind.Utc).AddMonths(-months);
        return (back - OpenFor - TimeSpan.FromDays(4), back + TimeSpan.FromDays(4));
    }
}
