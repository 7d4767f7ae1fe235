using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Credits;

// Scores: criterion id → 1..5, every criterion of the application's rubric.
public sealed record ReviewInput(IReadOnlyDictionary<string, int>? Scores, string? Comment);

public abstract record SubmitReviewOutcome
{
    // ThirdDrawn: the two totals differed by more than the margin and a third reviewer was drawn.
    public sealed record Submitted(int Total, ApplicationStatus Status, bool ThirdDrawn) : SubmitReviewOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SubmitReviewOutcome;

    // A submitted review never changes.
    public sealed record AlreadySubmitted : SubmitReviewOutcome;

    // The application was decided or withdrawn.
    public sealed record Closed : SubmitReviewOutcome;

    // Not assigned to this person (or no such application).
    public sealed record NotFound : SubmitReviewOutcome;
}

// The assigned reviewer scores the application on the rubric (docs/credits.md, "Review and
// conflicts of interest"). Submitting is final. When the regular reviews are all in and the first
// two totals differ by more than the margin, a third reviewer is drawn with the same exclusions;
// otherwise, or once the third is in, the application is PorDecidir. The application's row is
// taken first, so two reviewers submitting at once see each other's work.
public sealed class SubmitReview(SemilleroDb db, CreditProgramVersions programs, AssignReviewers assign, TimeProvider clock)
{
    public async Task<SubmitReviewOutcome> RunAsync(Guid applicationId, ReviewInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var reviewerId = CreditAccess.UserId(actor);
        var review = reviewerId is null ? null : await db.CreditReviews.AsNoTracking()
            .Where(r => r.ApplicationId == applicationId && r.ReviewerId == reviewerId)
            .Select(r => new { r.Id, r.SubmittedAt }).FirstOrDefaultAsync(ct);
        if (review is null)
        {
            return new SubmitReviewOutcome.NotFound();
        }

        if (review.SubmittedAt is not null)
        {
            return new SubmitReviewOutcome.AlreadySubmitted();
        }

        var app = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => new { a.Status, a.ProgramVersion }).SingleAsync(ct);
        if (app.Status is not (ApplicationStatus.Enviada or ApplicationStatus.EnRevision))
        {
            return new SubmitReviewOutcome.Closed();
        }

        var program = await programs.FindAsync(app.ProgramVersion, ct) ?? throw new InvalidOperationException($"Credit program version {app.ProgramVersion} is missing.");
        var rubric = program.Review.Rubric;
        var scores = input.Scores ?? new Dictionary<string, int>();
        var errors = new List<FieldError>();
        foreach (var c in rubric)
        {
            if (!scores.TryGetValue(c.Id, out var score) || score is < CreditPrograms.MinCriterionScore or > CreditPrograms.MaxCriterionScore)
            {
                errors.Add(new FieldError(c.Id, new IdRejection("puntaje", $"Califique «{c.NameEs}» de 1 a 5.", $"Score \"{c.NameEn}\" from 1 to 5.")));
            }
        }

        foreach (var unknown in scores.Keys.Where(k => rubric.All(c => c.Id != k)))
        {
            errors.Add(new FieldError(unknown, new IdRejection("criterio_desconocido", $"«{unknown}» no es un criterio de la rúbrica.", $"\"{unknown}\" is not a rubric criterion.")));
        }

        var comment = input.Comment?.Trim() ?? "";
        if (comment.Length is 0 or > CreditRules.MaxCommentLength)
        {
            errors.Add(new FieldError("comment", new IdRejection("comentario", $"Escriba un comentario de 1 a {CreditRules.MaxCommentLength} caracteres.", $"Write a comment of 1 to {CreditRules.MaxCommentLength} characters.")));
        }

        if (errors.Count > 0)
        {
            return new SubmitReviewOutcome.Invalid(errors);
        }

        var total = CreditRules.RubricTotal(rubric, scores)!.Value;
        var json = JsonSerializer.Serialize(rubric.ToDictionary(c => c.Id, c => scores[c.Id]));
        SubmitReviewOutcome outcome = new SubmitReviewOutcome.AlreadySubmitted();
        await Cohorts.CohortSeats.WithRetriesAsync(db, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var open = await db.CreditApplications.Where(a => a.Id == applicationId && (a.Status == ApplicationStatus.Enviada || a.Status == ApplicationStatus.EnRevision))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.StatusChangedAt, a => a.StatusChangedAt), ct);
            if (open == 0)
            {
                outcome = new SubmitReviewOutcome.Closed();
                return;
            }

            var taken = await db.CreditReviews.Where(r => r.Id == review.Id && r.SubmittedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, now).SetProperty(r => r.ScoresJson, json)
                    .SetProperty(r => r.Total, total).SetProperty(r => r.Comment, comment), ct);
            if (taken == 0)
            {
                outcome = new SubmitReviewOutcome.AlreadySubmitted();
                return;
            }

            var (status, third) = await ProgressAsync(applicationId, program, now, ct);
            await transaction.CommitAsync(ct);
            outcome = new SubmitReviewOutcome.Submitted(total, status, third);
        }, ct);
        return outcome;
    }

    private async Task<(ApplicationStatus Status, bool ThirdDrawn)> ProgressAsync(Guid applicationId, CreditProgram program, DateTime now, CancellationToken ct)
    {
        var needed = program.Review.ReviewersPerApplication;
        var reviews = await db.CreditReviews.AsNoTracking().Where(r => r.ApplicationId == applicationId)
            .Select(r => new { r.Round, r.SubmittedAt, r.Total }).ToListAsync(ct);
        var regular = reviews.Where(r => r.Round <= needed).ToList();
        var extra = reviews.Where(r => r.Round > needed).ToList();
        var third = false;
        var ready = false;
        if (regular.Count >= needed && regular.All(r => r.SubmittedAt is not null))
        {
            if (extra.Count > 0)
            {
                ready = extra.All(r => r.SubmittedAt is not null);
            }
            else
            {
                var firstTwo = regular.OrderBy(r => r.SubmittedAt).Take(2).Select(r => r.Total!.Value).ToList();
                if (firstTwo.Count == 2 && CreditRules.NeedsThirdReviewer(firstTwo[0], firstTwo[1], program.Review.ThirdReviewerMargin))
                {
                    // With nobody left to draw it stays in review until an operator assigns one.
                    third = await assign.DrawAsync(applicationId, 1, needed + 1, CreditApproval.Program, ct) > 0;
                }
                else
                {
                    ready = true;
                }
            }
        }

        if (!ready && regular.Count < needed)
        {
            // Still short of regular reviewers: it stays as it is until operators assign them.
            return (await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(ct), false);
        }

        var status = ready ? ApplicationStatus.PorDecidir : ApplicationStatus.EnRevision;
        await db.CreditApplications.Where(a => a.Id == applicationId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status).SetProperty(a => a.StatusChangedAt, now), ct);
        return (status, third);
    }
}
