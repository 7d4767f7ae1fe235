using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Accounts;

public sealed record DecideRecordClaimInput(Guid ClaimId, bool Vouch, string? Reason);

public abstract record DecideRecordClaimOutcome
{
    public sealed record Vouched(Guid UserId) : DecideRecordClaimOutcome;

    public sealed record Rejected : DecideRecordClaimOutcome;

    // The record got an account meanwhile, or the newcomer's email did: the claim was closed.
    public sealed record Superseded : DecideRecordClaimOutcome;

    // Not a pending claim this actor may decide (another partner's person, or already decided).
    public sealed record NotFound : DecideRecordClaimOutcome;

    public sealed record ReasonRequired : DecideRecordClaimOutcome;
}

// A partner vouches for (or rejects) a claim on a person it registered; an operator on anyone. Both
// say why, and the decision is in the person's access log: vouching gives someone their record.
public sealed class DecideRecordClaim(SemilleroDb db, AcceptRecordClaim accept, AccountMessages messages, AuditLog audit, TimeProvider clock)
{
    public const string VouchAction = "aval-reclamo";
    public const string RejectAction = "rechazo-reclamo";

    public async Task<DecideRecordClaimOutcome> RunAsync(Actor actor, DecideRecordClaimInput input, CancellationToken ct)
    {
        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new DecideRecordClaimOutcome.ReasonRequired();
        }

        if (reason.Length > 500)
        {
            reason = reason[..500];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claim = await ListRecordClaims.InScope(db, actor)
            .Where(c => c.Id == input.ClaimId && c.Status == ClaimStatus.Pendiente)
            .FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return new DecideRecordClaimOutcome.NotFound();
        }

        DecideRecordClaimOutcome outcome;
        if (input.Vouch)
        {
            outcome = await accept.RunAsync(claim, emailProven: false, actor.Id, actor.Name, reason, ct) switch
            {
                AcceptRecordClaimOutcome.Accepted accepted => new DecideRecordClaimOutcome.Vouched(accepted.UserId),
                _ => new DecideRecordClaimOutcome.Superseded(),
            };
        }
        else
        {
            claim.Status = ClaimStatus.Rechazada;
            claim.DecidedAt = clock.GetUtcNow().UtcDateTime;
            claim.DecidedBy = actor.Id;
            claim.DecidedByName = actor.Name;
            claim.Reason = reason;
            claim.LinkSecretHash = null;
            messages.ClaimRejected(claim.Email, claim.GivenNames);
            await db.SaveChangesAsync(ct);
            outcome = new DecideRecordClaimOutcome.Rejected();
        }

        await audit.RecordAsync(actor, [claim.LearnerId], input.Vouch ? VouchAction : RejectAction, $"solicitud de cuenta {claim.Id:D}", reason, ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }
}
