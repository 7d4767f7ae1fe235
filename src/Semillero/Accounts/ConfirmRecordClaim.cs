using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Accounts;

public sealed record RecordClaimLink(Guid ClaimId, string NewcomerEmail, DateTime ExpiresAt);

public abstract record ConfirmRecordClaimOutcome
{
    public sealed record Confirmed(bool CanSignIn) : ConfirmRecordClaimOutcome;

    // The mailbox's owner said it was not them.
    public sealed record Refused : ConfirmRecordClaimOutcome;

    // Wrong, used or expired link, or a claim someone already decided: one answer for all of them.
    public sealed record InvalidLink : ConfirmRecordClaimOutcome;
}

// The link sent to the email the record already holds. Whoever opens it controls that mailbox,
// which is the proof a CURP alone cannot give: they accept the claim, or refuse it.
public sealed class ConfirmRecordClaim(SemilleroDb db, AcceptRecordClaim accept, AccountMessages messages, TimeProvider clock)
{
    public const string RefusedByOwner = "el titular del correo del registro dijo que no fue él o ella";

    // What the page shows before the choice: only the newcomer's email, which they gave themselves.
    public async Task<RecordClaimLink?> ReadAsync(Guid claimId, string? secret, CancellationToken ct)
    {
        var claim = await FindLiveAsync(claimId, secret, ct);
        return claim is null ? null : new RecordClaimLink(claim.Id, claim.Email, claim.LinkExpiresAt!.Value);
    }

    public async Task<ConfirmRecordClaimOutcome> RunAsync(Guid claimId, string? secret, bool itWasMe, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claim = await FindLiveAsync(claimId, secret, ct);
        if (claim is null)
        {
            return new ConfirmRecordClaimOutcome.InvalidLink();
        }

        if (!itWasMe)
        {
            claim.Status = ClaimStatus.Rechazada;
            claim.DecidedAt = clock.GetUtcNow().UtcDateTime;
            claim.DecidedBy = AcceptRecordClaim.ByMailbox;
            claim.DecidedByName = AcceptRecordClaim.ByMailbox;
            claim.Reason = RefusedByOwner;
            claim.LinkSecretHash = null;
            messages.ClaimRejected(claim.Email, claim.GivenNames);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ConfirmRecordClaimOutcome.Refused();
        }

        var recordEmail = await db.Learners.Where(l => l.Id == claim.LearnerId).Select(l => l.Email).SingleAsync(ct);
        var sameMailbox = string.Equals(recordEmail, claim.Email, StringComparison.OrdinalIgnoreCase);
        var outcome = await accept.RunAsync(claim, sameMailbox, AcceptRecordClaim.ByMailbox, AcceptRecordClaim.ByMailbox, null, ct);
        await transaction.CommitAsync(ct);
        return outcome switch
        {
            AcceptRecordClaimOutcome.Accepted accepted => new ConfirmRecordClaimOutcome.Confirmed(accepted.EmailConfirmed),
            _ => new ConfirmRecordClaimOutcome.InvalidLink(),
        };
    }

    private async Task<RecordClaim?> FindLiveAsync(Guid claimId, string? secret, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = await db.RecordClaims.FirstOrDefaultAsync(c => c.Id == claimId, ct);
        return claim is { Status: ClaimStatus.Pendiente, Proof: ClaimProof.Correo } && claim.LinkExpiresAt > now && claim.SecretMatches(secret) ? claim : null;
    }
}
