using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Credits;

// The startup is named by its company id or by an application the reviewer was assigned.
public sealed record ConflictInput(Guid? CompanyId, Guid? ApplicationId, string? Reason);

public abstract record DeclareConflictOutcome
{
    // Removed: unsubmitted assignments taken from the reviewer; Replaced: how many were drawn again.
    public sealed record Declared(Guid CompanyId, int Removed, int Replaced) : DeclareConflictOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : DeclareConflictOutcome;

    public sealed record NotFound : DeclareConflictOutcome;
}

// A reviewer declares a conflict of interest with a startup, or an operator records one for them.
// From then on the reviewer is never drawn for its applications; an assignment they hold and have
// not submitted is removed and a replacement drawn in its place (a submitted review stays: it was
// given before the conflict was known, and operators see both).
public sealed class DeclareConflict(SemilleroDb db, CreditProgramVersions programs, AssignReviewers assign, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<DeclareConflictOutcome> RunAsync(Guid reviewerId, ConflictInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var self = CreditAccess.UserId(actor) == reviewerId;
        if ((!self && !CreditAccess.IsOperator(actor)) || !await db.CreditReviewers.AnyAsync(r => r.UserId == reviewerId, ct))
        {
            return new DeclareConflictOutcome.NotFound();
        }

        Guid? companyId = input.CompanyId;
        if (input.ApplicationId is { } applicationId)
        {
            // A reviewer names only an application assigned to them; an operator any.
            companyId = await db.CreditApplications.AsNoTracking()
                .Where(a => a.Id == applicationId && (!self || db.CreditReviews.Any(r => r.ApplicationId == a.Id && r.ReviewerId == reviewerId)))
                .Select(a => (Guid?)a.CompanyId).FirstOrDefaultAsync(ct);
            if (companyId is null)
            {
                return new DeclareConflictOutcome.NotFound();
            }
        }

        var errors = new List<FieldError>();
        if (companyId is not { } company || !await db.Companies.AnyAsync(c => c.Id == company, ct))
        {
            errors.Add(new FieldError("companyId", new IdRejection("startup_desconocida", "Indique la startup (su id o una solicitud que tenga asignada).", "Name the startup (its id or an application assigned to you).")));
        }

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > MaxReasonLength)
        {
            errors.Add(new FieldError("reason", new IdRejection("motivo", $"Explique el conflicto en 1 a {MaxReasonLength} caracteres.", $"Explain the conflict in 1 to {MaxReasonLength} characters.")));
        }

        if (errors.Count > 0)
        {
            return new DeclareConflictOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var removed = 0;
        var replaced = 0;
        await Cohorts.CohortSeats.WithRetriesAsync(db, async () =>
        {
            removed = replaced = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await db.CreditConflicts.AnyAsync(c => c.ReviewerId == reviewerId && c.CompanyId == companyId, ct))
            {
                db.CreditConflicts.Add(new CreditConflict { ReviewerId = reviewerId, CompanyId = companyId!.Value, Reason = reason, DeclaredAt = now, DeclaredBy = CreditAccess.Who(actor) });
                await db.SaveChangesAsync(ct);
            }

            var pending = await db.CreditReviews.AsNoTracking()
                .Where(r => r.ReviewerId == reviewerId && r.SubmittedAt == null)
                .Join(db.CreditApplications, r => r.ApplicationId, a => a.Id, (r, a) => new { r.Id, r.ApplicationId, r.Round, a.CompanyId, a.Status, a.ProgramVersion })
                .Where(x => x.CompanyId == companyId && (x.Status == ApplicationStatus.Enviada || x.Status == ApplicationStatus.EnRevision))
                .ToListAsync(ct);
            foreach (var p in pending)
            {
                removed += await db.CreditReviews.Where(r => r.Id == p.Id && r.SubmittedAt == null).ExecuteDeleteAsync(ct);
                var got = await assign.DrawAsync(p.ApplicationId, 1, p.Round, CreditApproval.Program, ct);
                replaced += got;
                if (got == 0)
                {
                    var needed = (await programs.FindAsync(p.ProgramVersion, ct))!.Review.ReviewersPerApplication;
                    if (p.Round <= needed)
                    {
                        // Short of a regular reviewer: back to Enviada until operators assign one.
                        await db.CreditApplications.Where(a => a.Id == p.ApplicationId && a.Status == ApplicationStatus.EnRevision)
                            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Enviada).SetProperty(a => a.StatusChangedAt, now), ct);
                    }
                }
            }

            await transaction.CommitAsync(ct);
        }, ct);
        return new DeclareConflictOutcome.Declared(companyId!.Value, removed, replaced);
    }
}
