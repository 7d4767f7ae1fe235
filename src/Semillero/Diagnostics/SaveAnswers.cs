using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Diagnostics;

public abstract record SaveAnswersOutcome
{
    public sealed record Saved(int Answered, int Questions) : SaveAnswersOutcome;

    public sealed record NotFound : SaveAnswersOutcome;

    // Submitted (or the invitation withdrawn): answers no longer change.
    public sealed record Closed : SaveAnswersOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveAnswersOutcome;
}

// Saves some answers of one respondent as they come (a page of the questionnaire, or a client's
// batch): a score sets the answer, null clears it. Nothing is saved when any answer is invalid.
// The conditional update of the assessment row first: it fails once the assessment is submitted,
// and holds the row against a submission until the answers are in.
public sealed class SaveAnswers(SemilleroDb db, BankVersions banks, TimeProvider clock)
{
    // The owner answers as the lead respondent.
    public async Task<SaveAnswersOutcome> AsOwnerAsync(Guid assessmentId, IReadOnlyDictionary<string, int?> answers, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var assessment = await db.Assessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => new { a.CompanyId, a.Mode, a.OrganizationId, a.BankVersion }).FirstOrDefaultAsync(ct);
        if (assessment is null || !AssessmentAccess.CanWrite(actor, assessment.CompanyId, assessment.Mode, assessment.OrganizationId))
        {
            return new SaveAnswersOutcome.NotFound();
        }

        var lead = await db.AssessmentRespondents.AsNoTracking().Where(r => r.AssessmentId == assessmentId && r.Lead).Select(r => r.Id).FirstAsync(ct);
        return await SaveAsync(assessmentId, assessment.BankVersion, lead, answers, ct);
    }

    // A colleague answers through their link (RespondentLinks resolved it to their respondent id).
    public async Task<SaveAnswersOutcome> AsRespondentAsync(Guid respondentId, IReadOnlyDictionary<string, int?> answers, CancellationToken ct)
    {
        var respondent = await db.AssessmentRespondents.AsNoTracking().Where(r => r.Id == respondentId)
            .Select(r => new { r.AssessmentId, r.RevokedAt, db.Assessments.First(a => a.Id == r.AssessmentId).BankVersion }).FirstOrDefaultAsync(ct);
        if (respondent is null)
        {
            return new SaveAnswersOutcome.NotFound();
        }

        return respondent.RevokedAt is not null
            ? new SaveAnswersOutcome.Closed()
            : await SaveAsync(respondent.AssessmentId, respondent.BankVersion, respondentId, answers, ct);
    }

    private async Task<SaveAnswersOutcome> SaveAsync(Guid assessmentId, int version, Guid respondentId, IReadOnlyDictionary<string, int?> answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var bank = await banks.FindAsync(version, ct) ?? throw new InvalidOperationException($"Question bank version {version} is missing.");
        var errors = Check(bank, answers);
        if (errors.Count > 0)
        {
            return new SaveAnswersOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var open = await db.Assessments.Where(a => a.Id == assessmentId && a.SubmittedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastAnsweredAt, now), ct);
        if (open == 0)
        {
            return new SaveAnswersOutcome.Closed();
        }

        var ids = answers.Keys.ToList();
        var existing = await db.AssessmentAnswers.Where(a => a.RespondentId == respondentId && ids.Contains(a.QuestionId)).ToDictionaryAsync(a => a.QuestionId, StringComparer.Ordinal, ct);
        foreach (var (questionId, score) in answers)
        {
            if (existing.TryGetValue(questionId, out var answer))
            {
                if (score is { } s)
                {
                    answer.Score = s;
                    answer.AnsweredAt = now;
                }
                else
                {
                    db.AssessmentAnswers.Remove(answer);
                }
            }
            else if (score is { } s)
            {
                db.AssessmentAnswers.Add(new AssessmentAnswer { RespondentId = respondentId, QuestionId = questionId, Score = s, AnsweredAt = now });
            }
        }

        await db.SaveChangesAsync(ct);
        await db.AssessmentRespondents.Where(r => r.Id == respondentId).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastAnsweredAt, now), ct);
        await tx.CommitAsync(ct);
        var answered = await db.AssessmentAnswers.CountAsync(a => a.RespondentId == respondentId, ct);
        return new SaveAnswersOutcome.Saved(answered, bank.Questions.Count());
    }

    public static List<FieldError> Check(QuestionBank bank, IReadOnlyDictionary<string, int?> answers)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<FieldError>();
        foreach (var (questionId, score) in answers)
        {
            if (bank.FindQuestion(questionId) is null)
            {
                errors.Add(new FieldError(questionId, new IdRejection("unknown",
                    $"La pregunta «{Shorten(questionId)}» no está en la versión {bank.Version} del diagnóstico.",
                    $"Question «{Shorten(questionId)}» is not in version {bank.Version} of the diagnostic.")));
            }
            else if (score is < QuestionBanks.MinScore or > QuestionBanks.MaxScore)
            {
                errors.Add(new FieldError(questionId, new IdRejection("range",
                    "La respuesta debe ser una de las opciones, con puntaje de 0 a 4.",
                    "The answer must be one of the options, scored 0 to 4.")));
            }
        }

        return errors;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
