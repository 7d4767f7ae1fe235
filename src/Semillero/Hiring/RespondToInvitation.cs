using Semillero.Access;

namespace Semillero.Hiring;

public abstract record RespondToInvitationOutcome
{
    public sealed record Responded(Guid ApplicationId, ApplicationStage Stage) : RespondToInvitationOutcome;

    // Not this person's invitation (or none at all).
    public sealed record NotFound : RespondToInvitationOutcome;

    // Already answered: the candidacy is at another stage.
    public sealed record NotPending(ApplicationStage Stage) : RespondToInvitationOutcome;
}

// The candidate answers an invitation. Accepting is accepting contact: from then on the company
// sees the person's name and email; declining ends the candidacy and the company never learns who.
public sealed class RespondToInvitation(MoveApplication move)
{
    public async Task<RespondToInvitationOutcome> RunAsync(Guid applicationId, bool accept, string? note, Actor actor, CancellationToken ct)
    {
        if (actor.LearnerId is null)
        {
            return new RespondToInvitationOutcome.NotFound();
        }

        var to = accept ? ApplicationStage.Postulada : ApplicationStage.Declinada;
        var text = note is { Length: > HiringRules.MaxMessageLength } ? note[..HiringRules.MaxMessageLength] : note;
        return await move.RunAsync(applicationId, to, text, actor, ct) switch
        {
            MoveApplicationOutcome.Moved moved => new RespondToInvitationOutcome.Responded(moved.ApplicationId, moved.To),
            MoveApplicationOutcome.NotAllowed refused => new RespondToInvitationOutcome.NotPending(refused.From),
            _ => new RespondToInvitationOutcome.NotFound(),
        };
    }
}
