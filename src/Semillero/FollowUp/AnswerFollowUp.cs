using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.FollowUp;

// What the survey page shows: no name, no email — only what the questions need.
public sealed record OpenSurvey(Guid Id, int Months, DateTime ExpiresAt, string PathNameEs, string PathNameEn);

public abstract record FollowUpSurveyOutcome
{
    public sealed record Open(OpenSurvey Survey) : FollowUpSurveyOutcome;

    public sealed record Answered : FollowUpSurveyOutcome;

    public sealed record Rejected(OpenSurvey Survey, IReadOnlyList<FieldError> Errors) : FollowUpSurveyOutcome;

    // Not a token this site issued (tampered, truncated, or from another installation).
    public sealed record NotFound : FollowUpSurveyOutcome;

    public sealed record Expired(DateTime ExpiredAt) : FollowUpSurveyOutcome;

    public sealed record AlreadyAnswered : FollowUpSurveyOutcome;

    // The person withdrew consent to follow-up surveys or cancelled: nothing more is collected.
    public sealed record Closed : FollowUpSurveyOutcome;
}

// Opens and answers a survey from its emailed link, without signing in. A survey is answered once:
// the answer is written by a conditional update, so two submits at once store one answer. Nothing
// about the request (address, browser) is kept: the survey row is the only record.
public sealed class AnswerFollowUp(SemilleroDb db, FollowUpLinks links, TimeProvider clock)
{
    public async Task<FollowUpSurveyOutcome> OpenAsync(string? token, CancellationToken ct)
    {
        var (outcome, _) = await FindAsync(token, ct);
        return outcome;
    }

    public async Task<FollowUpSurveyOutcome> RunAsync(string? token, FollowUpAnswer answer, CancellationToken ct)
    {
        var (outcome, survey) = await FindAsync(token, ct);
        if (outcome is not FollowUpSurveyOutcome.Open || survey is null)
        {
            return outcome;
        }

        var (valid, errors) = FollowUpAnswerRules.Validate(answer);
        if (valid is null)
        {
            return new FollowUpSurveyOutcome.Rejected(survey, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.FollowUpSurveys
            .Where(s => s.Id == survey.Id && s.AnsweredAt == null && s.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.AnsweredAt, now)
                .SetProperty(s => s.Employment, valid.Employment)
                .SetProperty(s => s.SectorCode, valid.SectorCode)
                .SetProperty(s => s.SalaryBand, valid.SalaryBand)
                .SetProperty(s => s.Helped, valid.Helped)
                .SetProperty(s => s.Comment, valid.Comment), ct);
        if (stored == 1)
        {
            return new FollowUpSurveyOutcome.Answered();
        }

        // Lost a race with another submit, or the survey closed in between.
        var (again, _) = await FindAsync(token, ct);
        return again is FollowUpSurveyOutcome.Open ? new FollowUpSurveyOutcome.AlreadyAnswered() : again;
    }

    private async Task<(FollowUpSurveyOutcome Outcome, OpenSurvey? Survey)> FindAsync(string? token, CancellationToken ct)
    {
        if (links.Read(token) is not { } id)
        {
            return (new FollowUpSurveyOutcome.NotFound(), null);
        }

        var consenting = Consents.LearnersWith(db, Purposes.EncuestasSeguimiento);
        var row = await (
                from s in db.FollowUpSurveys
                join l in db.Learners on s.LearnerId equals l.Id
                join p in db.LearningPaths on s.PathId equals p.Id
                where s.Id == id
                select new
                {
                    s.Id,
                    s.Months,
                    s.ExpiresAt,
                    s.AnsweredAt,
                    p.NameEs,
                    p.NameEn,
                    Cancelled = l.AnonymizedAt != null,
                    Consents = consenting.Contains(l.Id),
                })
            .AsNoTracking()
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return (new FollowUpSurveyOutcome.NotFound(), null);
        }

        var expiresAt = DateTime.SpecifyKind(row.ExpiresAt, DateTimeKind.Utc);
        if (row.AnsweredAt is not null)
        {
            return (new FollowUpSurveyOutcome.AlreadyAnswered(), null);
        }

        if (row.Cancelled || !row.Consents)
        {
            return (new FollowUpSurveyOutcome.Closed(), null);
        }

        if (clock.GetUtcNow().UtcDateTime >= expiresAt)
        {
            return (new FollowUpSurveyOutcome.Expired(expiresAt), null);
        }

        var survey = new OpenSurvey(row.Id, row.Months, expiresAt, row.NameEs, row.NameEn);
        return (new FollowUpSurveyOutcome.Open(survey), survey);
    }
}
