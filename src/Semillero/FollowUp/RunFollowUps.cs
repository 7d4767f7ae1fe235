using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.FollowUp;

public sealed record FollowUpRun(int Created, int Sent, int Reminded);

// One pass of the graduate follow-up: creates the surveys that fell due, emails them, and reminds
// those still unanswered. Run hourly by FollowUpScheduler in the web host and on demand by
// `semillero followup run`. Any number of passes may run at once: a survey is one row per person and
// milestone (unique index), and each email is claimed by a conditional update in the transaction
// that queues it, so nobody gets a survey or a reminder twice.
//
// Only people whose latest decision on "encuestas_seguimiento" is a grant, who have an email and
// have not cancelled, get anything; that is checked again at every email, so a withdrawal stops
// the reminders from the moment it is stored.
public sealed partial class RunFollowUps(
    SemilleroDb db, FollowUpLinks links, FollowUpMessages messages, KeyRing keyRing, TimeProvider clock, ILogger<RunFollowUps> logger)
{
    private const int Batch = 500;

    public async Task<FollowUpRun> RunAsync(CancellationToken ct)
    {
        // The token protector may create the ring's first key; never inside our transactions (SQLite).
        keyRing.EnsureReady();
        var created = await CreateDueAsync(ct);
        var sent = await SendDueAsync(ct);
        var reminded = await RemindDueAsync(ct);
        if (created + sent + reminded > 0)
        {
            LogRun(logger, created, sent, reminded);
        }

        return new FollowUpRun(created, sent, reminded);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private IQueryable<Guid> Consenting() => Consents.LearnersWith(db, Purposes.EncuestasSeguimiento);

    private async Task<int> CreateDueAsync(CancellationToken ct)
    {
        var created = 0;
        foreach (var months in FollowUpSchedule.Milestones)
        {
            created += await CreateDueAsync(months, ct);
        }

        return created;
    }

    private async Task<int> CreateDueAsync(int months, CancellationToken ct)
    {
        var now = Now();
        var (windowStart, windowEnd) = FollowUpSchedule.CandidateWindow(now, months);
        var consenting = Consenting();
        // The person's first path completion (no earlier one exists) inside the milestone's window,
        // for people without this milestone's survey yet.
        var candidates = await (
                from c in db.PathCompletions
                join l in db.Learners on c.LearnerId equals l.Id
                where c.CompletedAt >= windowStart && c.CompletedAt <= windowEnd
                    && !db.PathCompletions.Any(o => o.LearnerId == c.LearnerId && o.CompletedAt < c.CompletedAt)
                    && !db.FollowUpSurveys.Any(s => s.LearnerId == c.LearnerId && s.Months == months)
                    && l.AnonymizedAt == null && l.Email != null
                    && consenting.Contains(l.Id)
                select new { c.Id, c.LearnerId, c.PathId, c.CompletedAt, l.StateCode })
            .AsNoTracking()
            .ToListAsync(ct);

        var surveys = new List<FollowUpSurvey>();
        // Two completions at the same instant: the lowest id is "first", the same on every pass.
        foreach (var first in candidates.GroupBy(c => c.LearnerId).Select(g => g.MinBy(c => c.Id)!))
        {
            var completedAt = DateTime.SpecifyKind(first.CompletedAt, DateTimeKind.Utc);
            if (!FollowUpSchedule.ShouldCreate(completedAt, months, now))
            {
                continue;
            }

            var due = FollowUpSchedule.DueAt(completedAt, months);
            surveys.Add(new FollowUpSurvey
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                LearnerId = first.LearnerId,
                PathCompletionId = first.Id,
                PathId = first.PathId,
                Months = months,
                Cohort = FollowUpSchedule.CohortOf(completedAt),
                StateCode = first.StateCode,
                DueAt = due,
                ExpiresAt = FollowUpSchedule.ExpiresAt(due),
            });
        }

        var created = 0;
        foreach (var chunk in surveys.Chunk(Batch))
        {
            created += await InsertAsync(chunk, ct);
        }

        return created;
    }

    // A concurrent pass may have inserted some of the same surveys: the batch fails on the unique
    // index, and each is then tried alone so the others still go in.
    private async Task<int> InsertAsync(FollowUpSurvey[] surveys, CancellationToken ct)
    {
        db.FollowUpSurveys.AddRange(surveys);
        try
        {
            await db.SaveChangesAsync(ct);
            return surveys.Length;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var inserted = 0;
        foreach (var survey in surveys)
        {
            db.FollowUpSurveys.Add(survey);
            try
            {
                await db.SaveChangesAsync(ct);
                inserted++;
            }
            catch (DbUpdateException)
            {
                // Already there: the other pass created it.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return inserted;
    }

    private sealed record Recipient(Guid Id, int Months, DateTime ExpiresAt, DateTime? SentAt, int Reminders, DateTime? LastReminderAt, string Email, string Name);

    // Open surveys of people who may still be written to: unanswered, due, not closed; `sent` picks
    // the first email (false) or the reminders (true, sent at least a week before `now`).
    private IQueryable<Recipient> Open(DateTime now, bool sent)
    {
        var consenting = Consenting();
        var weekAgo = now - FollowUpSchedule.ReminderEvery;
        var surveys = db.FollowUpSurveys.Where(s => s.AnsweredAt == null && s.DueAt <= now && s.ExpiresAt > now);
        surveys = sent
            ? surveys.Where(s => s.SentAt != null && s.SentAt <= weekAgo && s.Reminders < FollowUpSchedule.MaxReminders)
            : surveys.Where(s => s.SentAt == null);
        return from s in surveys
               join l in db.Learners on s.LearnerId equals l.Id
               where l.AnonymizedAt == null && l.Email != null && consenting.Contains(l.Id)
               orderby s.DueAt, s.Id
               select new Recipient(s.Id, s.Months, s.ExpiresAt, s.SentAt, s.Reminders, s.LastReminderAt, l.Email!, l.GivenNames);
    }

    private async Task<int> SendDueAsync(CancellationToken ct)
    {
        var sent = 0;
        var seen = new HashSet<Guid>();
        while (true)
        {
            var now = Now();
            var due = await Open(now, sent: false).Take(Batch).ToListAsync(ct);
            due.RemoveAll(r => !seen.Add(r.Id));
            if (due.Count == 0)
            {
                return sent;
            }

            foreach (var r in due)
            {
                var expiresAt = DateTime.SpecifyKind(r.ExpiresAt, DateTimeKind.Utc);
                var link = links.Url(r.Id, expiresAt);
                if (await ClaimAsync(
                        db.FollowUpSurveys.Where(s => s.Id == r.Id && s.SentAt == null && s.AnsweredAt == null),
                        u => u.SetProperty(s => s.SentAt, now),
                        () => messages.Survey(r.Email, r.Name, r.Months, link, expiresAt),
                        ct))
                {
                    sent++;
                }
            }
        }
    }

    private async Task<int> RemindDueAsync(CancellationToken ct)
    {
        var now = Now();
        var candidates = await Open(now, sent: true).ToListAsync(ct);
        var reminded = 0;
        foreach (var r in candidates)
        {
            var expiresAt = DateTime.SpecifyKind(r.ExpiresAt, DateTimeKind.Utc);
            if (!FollowUpSchedule.ShouldRemind(r.SentAt, r.Reminders, r.LastReminderAt, null, expiresAt, now))
            {
                continue;
            }

            var link = links.Url(r.Id, expiresAt);
            var count = r.Reminders;
            if (await ClaimAsync(
                    db.FollowUpSurveys.Where(s => s.Id == r.Id && s.Reminders == count && s.AnsweredAt == null),
                    u => u.SetProperty(s => s.Reminders, count + 1).SetProperty(s => s.LastReminderAt, now),
                    () => messages.Reminder(r.Email, r.Name, r.Months, link, expiresAt),
                    ct))
            {
                reminded++;
            }
        }

        return reminded;
    }

    // The conditional update and the queued email commit together: a pass that loses the race
    // updates nothing and queues nothing.
    private async Task<bool> ClaimAsync(
        IQueryable<FollowUpSurvey> target,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<FollowUpSurvey>> set,
        Action enqueue,
        CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await target.ExecuteUpdateAsync(set, ct) != 1)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        enqueue();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up: {Created} survey(s) created, {Sent} sent, {Reminded} reminder(s)")]
    private static partial void LogRun(ILogger logger, int created, int sent, int reminded);
}
