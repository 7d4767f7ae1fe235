using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.LearningRecords.Linking;

public abstract record DecideClaimOutcome
{
    public sealed record Accepted(int Statements) : DecideClaimOutcome;

    public sealed record Rejected : DecideClaimOutcome;

    // Decided already (by another operator, or settled by a link).
    public sealed record AlreadyDecided : DecideClaimOutcome;

    // The account is someone else's by now; the claim was refused.
    public sealed record Taken : DecideClaimOutcome;

    public sealed record NotFound : DecideClaimOutcome;

    public sealed record NotAllowed : DecideClaimOutcome;
}

// An operator answers a learner's claim that waits in the queue: accepting links the account to the
// learner (and re-attributes its statements), refusing leaves it unlinked. Both are audited.
public sealed class DecideClaim(SemilleroDb db, AuditLog audit, TimeProvider clock, IStatementCompletions completions)
{
    public async Task<DecideClaimOutcome> RunAsync(Guid claimId, bool accept, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Roles.Operador)
        {
            return new DecideClaimOutcome.NotAllowed();
        }

        var claim = await db.Set<ActorClaim>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, ct);
        if (claim is null)
        {
            return new DecideClaimOutcome.NotFound();
        }

        if (claim.Status != ActorClaimStatus.Pending)
        {
            return new DecideClaimOutcome.AlreadyDecided();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!accept)
        {
            if (await RefuseAsync(claimId, actor, now, ct) == 0)
            {
                return new DecideClaimOutcome.AlreadyDecided();
            }

            await audit.RecordAsync(actor, [claim.LearnerId], LinkActor.AuditAction,
                "Operación › aprendizaje sin vincular: solicitud de vinculación de la persona rechazada", LinkActor.Why, ct);
            return new DecideClaimOutcome.Rejected();
        }

        // A person who cancelled has an anonymous record that nothing may be attributed to any more.
        if (await db.Learners.AnyAsync(l => l.Id == claim.LearnerId && l.AnonymizedAt != null, ct))
        {
            await RefuseAsync(claimId, actor, now, ct);
            return new DecideClaimOutcome.Taken();
        }

        var result = await Attribution.LinkAsync(db, claim.ActorKey, claim.LearnerId, ActorLinkSource.Learner, actor.Id, now,
            () => audit.RecordAsync(actor, [claim.LearnerId], LinkActor.AuditAction,
                "Operación › aprendizaje sin vincular: solicitud de vinculación de la persona confirmada; sus declaraciones xAPI cuentan para ella", LinkActor.Why, ct), completions,
            ct);
        if (result is AttributionResult.Linked linked)
        {
            return new DecideClaimOutcome.Accepted(linked.Statements);
        }

        await RefuseAsync(claimId, actor, now, ct);
        return new DecideClaimOutcome.Taken();
    }

    // Conditional on still pending: two operators answering at once decide it once.
    private Task<int> RefuseAsync(Guid claimId, Actor actor, DateTime now, CancellationToken ct) =>
        db.Set<ActorClaim>().Where(c => c.Id == claimId && c.Status == ActorClaimStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ActorClaimStatus.Rejected).SetProperty(c => c.DecidedBy, actor.Id).SetProperty(c => c.DecidedAt, now), ct);
}
