using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record AssignReviewerOutcome
{
    public sealed record Assigned(Guid ReviewId, int Round) : AssignReviewerOutcome;

    // The reviewer may not review it: conflict declared, vouching organisation, inactive, already assigned.
    public sealed record Refused(string Code, string Es, string En) : AssignReviewerOutcome;

    // The application is not in review any more (decided, withdrawn, all reviews in).
    public sealed record Closed : AssignReviewerOutcome;

    public sealed record NotFound : AssignReviewerOutcome;
}

// Who reviews an application (docs/credits.md, "Review and conflicts of interest"). The draw takes
// active reviewers except anyone whose organisation vouched for the application, anyone with a
// declared conflict with the startup and anyone already assigned; least open load first, ties at
// random. Operators may name a reviewer; the same exclusions refuse them with the reason.
public sealed class AssignReviewers(SemilleroDb db, CreditProgramVersions programs, TimeProvider clock)
{
    public static class Codes
    {
        public const string Conflict = "conflicto_de_interes";
        public const string VouchingOrganization = "organizacion_que_avala";
        public const string NotReviewer = "no_es_revisor";
        public const string AlreadyAssigned = "ya_asignado";
    }

    private sealed record Facts(Guid CompanyId, Guid? VouchingOrganizationId, ApplicationStatus Status, int ProgramVersion);

    // After a submission: draws the regular reviewers; EnRevision once there are enough.
    public async Task<ApplicationStatus> AutoAsync(Guid applicationId, string assignedBy, CancellationToken ct)
    {
        var facts = await FactsAsync(applicationId, ct);
        if (facts is null || facts.Status != ApplicationStatus.Enviada)
        {
            return facts?.Status ?? ApplicationStatus.Enviada;
        }

        var program = await ProgramAsync(facts, ct);
        var needed = program.Review.ReviewersPerApplication;
        await Cohorts.CohortSeats.WithRetriesAsync(db, async () =>
        {
            var have = await db.CreditReviews.CountAsync(r => r.ApplicationId == applicationId && r.Round <= needed, ct);
            if (have < needed)
            {
                await DrawAsync(applicationId, facts, needed - have, round: null, assignedBy, ct);
            }
        }, ct);
        return await PromoteAsync(applicationId, needed, ct);
    }

    // An operator names a reviewer.
    public async Task<AssignReviewerOutcome> ManualAsync(Guid applicationId, Guid reviewerId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = CreditAccess.IsOperator(actor) ? await FactsAsync(applicationId, ct) : null;
        if (facts is null)
        {
            return new AssignReviewerOutcome.NotFound();
        }

        if (facts.Status is not (ApplicationStatus.Enviada or ApplicationStatus.EnRevision))
        {
            return new AssignReviewerOutcome.Closed();
        }

        if (await RefusalAsync(applicationId, facts, reviewerId, ct) is { } refused)
        {
            return refused;
        }

        var program = await ProgramAsync(facts, ct);
        var needed = program.Review.ReviewersPerApplication;
        var reviews = await db.CreditReviews.AsNoTracking().Where(r => r.ApplicationId == applicationId).Select(r => new { r.Round, r.Total }).ToListAsync(ct);
        var regular = reviews.Count(r => r.Round <= needed);
        // A seat among the regular reviewers first; once they are all assigned, the third reviewer's.
        var round = regular < needed ? regular + 1 : needed + 1;
        if (round > needed && reviews.Any(r => r.Round > needed))
        {
            return new AssignReviewerOutcome.Refused(Codes.AlreadyAssigned, "La solicitud ya tiene todos sus revisores.", "The application already has all its reviewers.");
        }

        var review = NewReview(applicationId, reviewerId, round, CreditAccess.Who(actor));
        db.CreditReviews.Add(review);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (RegisterCompany.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return AlreadyAssigned;
        }

        await PromoteAsync(applicationId, needed, ct);
        return new AssignReviewerOutcome.Assigned(review.Id, round);
    }

    // Draws `count` reviewers (round null: the next regular rounds; a number: that round for all).
    // Returns how many were assigned. Runs in the caller's transaction when there is one.
    internal async Task<int> DrawAsync(Guid applicationId, int count, int round, string assignedBy, CancellationToken ct)
    {
        var facts = await FactsAsync(applicationId, ct) ?? throw new InvalidOperationException("application vanished");
        return await DrawAsync(applicationId, facts, count, round, assignedBy, ct);
    }

    private async Task<int> DrawAsync(Guid applicationId, Facts facts, int count, int? round, string assignedBy, CancellationToken ct)
    {
        var assigned = db.CreditReviews.Where(r => r.ApplicationId == applicationId);
        var candidates = await db.CreditReviewers.AsNoTracking()
            .Where(r => r.Active)
            .Where(r => !db.CreditConflicts.Any(c => c.ReviewerId == r.UserId && c.CompanyId == facts.CompanyId))
            .Where(r => !assigned.Any(a => a.ReviewerId == r.UserId))
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.UserId, u.OrganizationId })
            .Where(r => facts.VouchingOrganizationId == null || r.OrganizationId == null || r.OrganizationId != facts.VouchingOrganizationId)
            .Select(r => new
            {
                r.UserId,
                Load = db.CreditReviews.Count(v => v.ReviewerId == r.UserId && v.SubmittedAt == null),
            })
            .ToListAsync(ct);
        var chosen = candidates.OrderBy(c => c.Load).ThenBy(_ => Random.Shared.Next()).Take(count).ToList();
        var rounds = await assigned.Select(r => r.Round).ToListAsync(ct);
        var next = 1;
        foreach (var c in chosen)
        {
            int use;
            if (round is { } fixedRound)
            {
                use = fixedRound;
            }
            else
            {
                while (rounds.Contains(next))
                {
                    next++;
                }

                use = next;
                rounds.Add(use);
            }

            db.CreditReviews.Add(NewReview(applicationId, c.UserId, use, assignedBy));
        }

        if (chosen.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return chosen.Count;
    }

    // Enviada → EnRevision once the regular reviewers are all assigned.
    private async Task<ApplicationStatus> PromoteAsync(Guid applicationId, int needed, CancellationToken ct)
    {
        var have = await db.CreditReviews.CountAsync(r => r.ApplicationId == applicationId && r.Round <= needed, ct);
        if (have >= needed)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.CreditApplications.Where(a => a.Id == applicationId && a.Status == ApplicationStatus.Enviada)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.EnRevision).SetProperty(a => a.StatusChangedAt, now), ct);
        }

        return await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(ct);
    }

    private async Task<AssignReviewerOutcome.Refused?> RefusalAsync(Guid applicationId, Facts facts, Guid reviewerId, CancellationToken ct)
    {
        var reviewer = await db.CreditReviewers.AsNoTracking().Where(r => r.UserId == reviewerId)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.Active, u.OrganizationId }).FirstOrDefaultAsync(ct);
        if (reviewer is not { Active: true })
        {
            return new AssignReviewerOutcome.Refused(Codes.NotReviewer, "Esa persona no es un revisor activo.", "That person is not an active reviewer.");
        }

        var conflict = await db.CreditConflicts.AsNoTracking().Where(c => c.ReviewerId == reviewerId && c.CompanyId == facts.CompanyId)
            .Select(c => c.Reason).FirstOrDefaultAsync(ct);
        if (conflict is not null)
        {
            return new AssignReviewerOutcome.Refused(Codes.Conflict,
                $"No se puede asignar: el revisor declaró un conflicto de interés con esta startup («{conflict}»).",
                $"Cannot assign: the reviewer declared a conflict of interest with this startup (\"{conflict}\").");
        }

        if (facts.VouchingOrganizationId is { } org && reviewer.OrganizationId == org)
        {
            return new AssignReviewerOutcome.Refused(Codes.VouchingOrganization,
                "No se puede asignar: el revisor pertenece a la organización que avaló la solicitud.",
                "Cannot assign: the reviewer belongs to the organisation that vouched for the application.");
        }

        return await db.CreditReviews.AnyAsync(r => r.ApplicationId == applicationId && r.ReviewerId == reviewerId, ct) ? AlreadyAssigned : null;
    }

    private static AssignReviewerOutcome.Refused AlreadyAssigned => new(Codes.AlreadyAssigned, "Ese revisor ya está asignado a la solicitud.", "That reviewer is already assigned to the application.");

    private CreditReview NewReview(Guid applicationId, Guid reviewerId, int round, string assignedBy) => new()
    {
        Id = Guid.NewGuid(),
        ApplicationId = applicationId,
        ReviewerId = reviewerId,
        Round = round,
        AssignedAt = clock.GetUtcNow().UtcDateTime,
        AssignedBy = assignedBy,
    };

    private async Task<Facts?> FactsAsync(Guid applicationId, CancellationToken ct) =>
        await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new Facts(a.CompanyId, a.VouchingOrganizationId, a.Status, a.ProgramVersion)).FirstOrDefaultAsync(ct);

    private async Task<CreditProgram> ProgramAsync(Facts facts, CancellationToken ct) =>
        await programs.FindAsync(facts.ProgramVersion, ct) ?? throw new InvalidOperationException($"Credit program version {facts.ProgramVersion} is missing.");
}
