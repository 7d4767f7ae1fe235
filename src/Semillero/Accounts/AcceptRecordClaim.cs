using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Accounts;

public abstract record AcceptRecordClaimOutcome
{
    // EmailConfirmed: the newcomer proved their own address too (it is the record's), so they can
    // sign in at once; otherwise a confirmation link went to the newcomer's address.
    public sealed record Accepted(Guid UserId, Guid LearnerId, bool EmailConfirmed) : AcceptRecordClaimOutcome;

    // The record got an account meanwhile, or the newcomer's email did: the claim is closed.
    public sealed record Superseded : AcceptRecordClaimOutcome;
}

// The one step that turns a proven claim into an account over the record: used by the record's
// mailbox (ConfirmRecordClaim) and by a vouching partner or operator (DecideRecordClaim). The record
// takes the newcomer's details only here, after the proof.
public sealed class AcceptRecordClaim(SemilleroDb db, UserManager<User> users, Consents consents, AccountMessages messages, TimeProvider clock)
{
    public const string ByMailbox = "correo";

    public async Task<AcceptRecordClaimOutcome> RunAsync(RecordClaim claim, bool emailProven, string decidedBy, string decidedByName, string? reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var learner = await db.Learners.SingleAsync(l => l.Id == claim.LearnerId, ct);
        claim.DecidedAt = now;
        claim.DecidedBy = decidedBy;
        claim.DecidedByName = decidedByName;
        claim.Reason = reason;
        if (learner.AnonymizedAt is not null
            || await db.Users.AnyAsync(u => u.LearnerId == learner.Id, ct)
            || await users.FindByEmailAsync(claim.Email) is not null)
        {
            claim.Status = ClaimStatus.Rechazada;
            claim.Reason = "superada: el registro o el correo ya tienen cuenta";
            await db.SaveChangesAsync(ct);
            return new AcceptRecordClaimOutcome.Superseded();
        }

        // The person's own words about themselves win over a partner's file, once proven.
        learner.GivenNames = claim.GivenNames;
        learner.FirstSurname = claim.FirstSurname;
        learner.SecondSurname = claim.SecondSurname;
        learner.Email = claim.Email;
        learner.StateCode = claim.StateCode;
        learner.Segment = claim.Segment;
        learner.UpdatedAt = now;

        var user = new User
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = claim.Email,
            Email = claim.Email,
            EmailConfirmed = emailProven,
            DisplayName = $"{claim.GivenNames} {claim.FirstSurname}",
            LearnerId = learner.Id,
            CreatedAt = now,
            PasswordHash = claim.PasswordHash,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Creating the account of a proven claim failed: " + string.Join(", ", created.Errors.Select(e => e.Code)));
        }

        await users.AddToRoleAsync(user, Roles.Aprendiz);
        consents.RecordAll(learner.Id, claim.OptionalConsents.Split(',', StringSplitOptions.RemoveEmptyEntries), RegisterAccount.SelfRegistered);

        claim.Status = ClaimStatus.Aceptada;
        claim.UserId = user.Id;
        claim.LinkSecretHash = null;
        var rivals = await db.RecordClaims.Where(c => c.LearnerId == learner.Id && c.Status == ClaimStatus.Pendiente && c.Id != claim.Id).ToListAsync(ct);
        foreach (var rival in rivals)
        {
            rival.Status = ClaimStatus.Rechazada;
            rival.DecidedAt = now;
            rival.DecidedBy = decidedBy;
            rival.DecidedByName = decidedByName;
            rival.Reason = "superada: se aceptó otra solicitud sobre el mismo registro";
            rival.LinkSecretHash = null;
            messages.ClaimRejected(rival.Email, rival.GivenNames);
        }

        if (!emailProven)
        {
            messages.Confirmation(user.Email!, claim.GivenNames, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        }

        await db.SaveChangesAsync(ct);
        return new AcceptRecordClaimOutcome.Accepted(user.Id, learner.Id, emailProven);
    }
}
