using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Diagnostics;

public abstract record SubmitAssessmentOutcome
{
    public sealed record Submitted(Guid AssessmentId, int Sequence, MaturityResult Result) : SubmitAssessmentOutcome;

    public sealed record NotFound : SubmitAssessmentOutcome;

    public sealed record AlreadySubmitted : SubmitAssessmentOutcome;

    // Questions nobody answered yet, in the bank's order.
    public sealed record Incomplete(IReadOnlyList<string> Unanswered) : SubmitAssessmentOutcome;
}

// The owner submits: the answers of every respondent whose invitation stands are scored
// (MaturityScoring), the scores frozen on the assessment, and from then on nothing about it changes.
// It takes the company's next sequence number (T0 first).
public sealed class SubmitAssessment(SemilleroDb db, BankVersions banks, TimeProvider clock)
{
    public async Task<SubmitAssessmentOutcome> RunAsync(Guid assessmentId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await db.Assessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => new { a.CompanyId, a.Mode, a.OrganizationId, a.SubmittedAt, a.BankVersion }).FirstOrDefaultAsync(ct);
        if (facts is null || !AssessmentAccess.CanWrite(actor, facts.CompanyId, facts.Mode, facts.OrganizationId))
        {
            return new SubmitAssessmentOutcome.NotFound();
        }

        if (facts.SubmittedAt is not null)
        {
            return new SubmitAssessmentOutcome.AlreadySubmitted();
        }

        var bank = await banks.FindAsync(facts.BankVersion, ct) ?? throw new InvalidOperationException($"Question bank version {facts.BankVersion} is missing.");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // Takes the row first (SaveAnswers updates it too), so no answer lands between scoring and freezing.
        var taken = await db.Assessments.Where(a => a.Id == assessmentId && a.SubmittedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedAt, now).SetProperty(a => a.SubmittedBy, actor.Id), ct);
        if (taken == 0)
        {
            return new SubmitAssessmentOutcome.AlreadySubmitted();
        }

        var answers = await AssessmentAnswers.LoadAsync(db, assessmentId, ct);
        var result = MaturityScoring.Score(bank, answers);
        if (!result.Complete)
        {
            await tx.RollbackAsync(ct);
            return new SubmitAssessmentOutcome.Incomplete(result.Unanswered);
        }

        var sequence = await db.Assessments.CountAsync(a => a.CompanyId == facts.CompanyId && a.SubmittedAt != null && a.Id != assessmentId, ct);
        await db.Assessments.Where(a => a.CompanyId == facts.CompanyId && a.BankVersion == facts.BankVersion && a.Latest)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Latest, false), ct);
        await db.Assessments.Where(a => a.Id == assessmentId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Latest, true)
            .SetProperty(a => a.Sequence, sequence)
            .SetProperty(a => a.OverallScore, result.Overall)
            .SetProperty(a => a.Level, result.Level)
            .SetProperty(a => a.AdvancedAi, result.AdvancedAi)
            .SetProperty(a => a.Respondents, answers.Count(r => r.Scores.Count > 0)), ct);
        db.AssessmentScores.AddRange(result.Dimensions.Select(d => new AssessmentDimensionScore { AssessmentId = assessmentId, DimensionId = d.DimensionId, Score = d.Score!.Value }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        DiagnosticFiguresCache.Changed(db.Database.GetConnectionString());
        return new SubmitAssessmentOutcome.Submitted(assessmentId, sequence, result);
    }
}

// The answers that count for an assessment: the lead's and those of colleagues whose invitation was
// not withdrawn.
public static class AssessmentAnswers
{
    public static async Task<List<RespondentAnswers>> LoadAsync(SemilleroDb db, Guid assessmentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AssessmentRespondents.AsNoTracking()
            .Where(r => r.AssessmentId == assessmentId && r.RevokedAt == null)
            .OrderByDescending(r => r.Lead).ThenBy(r => r.InvitedAt)
            .Select(r => new { r.Id, Answers = r.Answers.Select(a => new { a.QuestionId, a.Score }).ToList() })
            .ToListAsync(ct);
        return rows.Select(r => new RespondentAnswers(r.Id, r.Answers.ToDictionary(a => a.QuestionId, a => a.Score, StringComparer.Ordinal))).ToList();
    }
}
