using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Credits;

// An operator names the reviewer by account id or by email.
public sealed record ReviewerInput(Guid? UserId, string? Email);

public sealed record ReviewerView(Guid UserId, string Name, string? Email, string? Organization, bool Active, int Open, int Done, int Conflicts);

public abstract record ManageReviewerOutcome
{
    public sealed record Saved(Guid UserId, bool Active) : ManageReviewerOutcome;

    // No account with that id or email, or one that may not review (learners and companies).
    public sealed record UnknownUser(string Es, string En) : ManageReviewerOutcome;

    public sealed record NotFound : ManageReviewerOutcome;
}

// The reviewer pool, kept by operators: any person's account of the program's staff, the
// Ministry's analysts or a partner organisation. Deactivating keeps their past reviews and takes
// them out of future draws; assignments they hold stay until an operator reassigns them.
public sealed class ManageReviewers(SemilleroDb db, TimeProvider clock)
{
    private static readonly string[] ReviewerRoles = [Roles.Operador, Roles.Analista, Roles.Aliado];

    public async Task<ManageReviewerOutcome> AddAsync(ReviewerInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!CreditAccess.IsOperator(actor))
        {
            return new ManageReviewerOutcome.NotFound();
        }

        var email = input.Email?.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .Where(u => (input.UserId != null && u.Id == input.UserId) || (email != null && email != "" && u.NormalizedEmail == email))
            .Select(u => new { u.Id, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .FirstOrDefaultAsync(ct);
        if (user is null || !user.Roles.Any(r => ReviewerRoles.Contains(r)))
        {
            return new ManageReviewerOutcome.UnknownUser(
                "No hay una cuenta de operación, analista u organización aliada con ese correo o id.",
                "There is no operator, analyst or partner-organisation account with that email or id.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.CreditReviewers.FirstOrDefaultAsync(r => r.UserId == user.Id, ct);
        if (existing is null)
        {
            db.CreditReviewers.Add(new CreditReviewer { UserId = user.Id, Active = true, AddedAt = now, AddedBy = CreditAccess.Who(actor) });
        }
        else
        {
            existing.Active = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Companies.RegisterCompany.IsUniqueViolation(e))
        {
            // Added by another operator at the same moment: it is there, active.
            db.ChangeTracker.Clear();
        }

        return new ManageReviewerOutcome.Saved(user.Id, true);
    }

    public async Task<ManageReviewerOutcome> SetActiveAsync(Guid userId, bool active, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CreditAccess.IsOperator(actor))
        {
            return new ManageReviewerOutcome.NotFound();
        }

        var changed = await db.CreditReviewers.Where(r => r.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Active, active), ct);
        return changed == 1 ? new ManageReviewerOutcome.Saved(userId, active) : new ManageReviewerOutcome.NotFound();
    }

    public async Task<IReadOnlyList<ReviewerView>> ListAsync(CancellationToken ct) =>
        await db.CreditReviewers.AsNoTracking()
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u })
            .OrderByDescending(x => x.r.Active).ThenBy(x => x.u.DisplayName)
            .Select(x => new ReviewerView(
                x.r.UserId,
                x.u.DisplayName,
                x.u.Email,
                db.Organizations.Where(o => o.Id == x.u.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                x.r.Active,
                db.CreditReviews.Count(v => v.ReviewerId == x.r.UserId && v.SubmittedAt == null),
                db.CreditReviews.Count(v => v.ReviewerId == x.r.UserId && v.SubmittedAt != null),
                db.CreditConflicts.Count(c => c.ReviewerId == x.r.UserId)))
            .ToListAsync(ct);

    public async Task<bool> IsActiveAsync(Actor actor, CancellationToken ct) =>
        CreditAccess.UserId(actor) is { } id && await db.CreditReviewers.AnyAsync(r => r.UserId == id && r.Active, ct);
}
