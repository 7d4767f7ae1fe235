using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Hiring;

public abstract record MoveApplicationOutcome
{
    public sealed record Moved(Guid ApplicationId, ApplicationStage From, ApplicationStage To) : MoveApplicationOutcome;

    public sealed record NotFound : MoveApplicationOutcome;

    // The move does not exist from this stage, or is not this party's to make.
    public sealed record NotAllowed(ApplicationStage From, ApplicationStage To, IReadOnlyList<ApplicationStage> Allowed) : MoveApplicationOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : MoveApplicationOutcome;
}

// Moves a candidacy through the pipeline: the employer reviews, interviews, offers or discards;
// the candidate answers an invitation or withdraws. Hiring is RecordPlacement, not a move.
public sealed class MoveApplication(SemilleroDb db, TimeProvider clock)
{
    public async Task<MoveApplicationOutcome> RunAsync(Guid applicationId, ApplicationStage to, string? note, Actor actor, CancellationToken ct)
    {
        if (HiringRules.PartyOf(actor) is not { } party)
        {
            return new MoveApplicationOutcome.NotFound();
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > HiringRules.MaxMessageLength })
        {
            return new MoveApplicationOutcome.Invalid([new("note", new IdRejection("length",
                $"La nota excede {HiringRules.MaxMessageLength} caracteres.", $"The note exceeds {HiringRules.MaxMessageLength} characters."))]);
        }

        var query = party == HiringParty.Candidato
            ? db.Applications.Where(a => a.LearnerId == actor.LearnerId)
            : HiringScope.Applications(db, actor);
        var application = await query.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return new MoveApplicationOutcome.NotFound();
        }

        var from = application.Stage;
        if (!HiringRules.CanMove(from, to, party))
        {
            return new MoveApplicationOutcome.NotAllowed(from, to, HiringRules.MovesFrom(from, party));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var acceptsContact = party == HiringParty.Candidato && to == ApplicationStage.Postulada;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional on the stage read above: of two moves racing from the same stage, one wins and
        // the other is told the stage changed.
        var changed = await db.Applications
            .Where(a => a.Id == application.Id && a.Stage == from)
            .ExecuteUpdateAsync(u => u
                .SetProperty(a => a.Stage, to)
                .SetProperty(a => a.UpdatedAt, now)
                // Accepting the invitation is accepting contact.
                .SetProperty(a => a.ContactAcceptedAt, a => acceptsContact ? (DateTime?)now : a.ContactAcceptedAt), ct);
        if (changed == 0)
        {
            var current = await db.Applications.AsNoTracking().Where(a => a.Id == application.Id).Select(a => a.Stage).FirstAsync(ct);
            return new MoveApplicationOutcome.NotAllowed(current, to, HiringRules.MovesFrom(current, party));
        }

        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, Stage = to, Note = text, At = now, By = HiringRules.By(actor) });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new MoveApplicationOutcome.Moved(application.Id, from, to);
    }
}
