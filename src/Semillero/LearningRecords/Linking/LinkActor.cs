using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.LearningRecords.Linking;

// ActorKey: the queue row's actor; Confirmed: the operator saw that the names differ and links anyway.
public sealed record LinkActorInput(string ActorKey, string? Curp, bool Confirmed = false);

public abstract record LinkActorOutcome
{
    public sealed record Linked(Guid LearnerId, string LearnerName, int Statements) : LinkActorOutcome;

    // The provider's name for the actor is not the name registered with that CURP: the operator sees
    // both and confirms (a mistyped but valid CURP would otherwise hand the records to a stranger).
    public sealed record NeedsConfirmation(Guid LearnerId, string LearnerName, string? ProviderName) : LinkActorOutcome;

    public sealed record InvalidCurp(IdRejection Reason) : LinkActorOutcome;

    public sealed record CurpNotFound(string Curp) : LinkActorOutcome;

    // No statement has this actor.
    public sealed record UnknownActor : LinkActorOutcome;

    // An anonymous group: not a person.
    public sealed record NotLinkable : LinkActorOutcome;

    // Linked (or attributed) to someone else already.
    public sealed record Taken : LinkActorOutcome;

    // Only operators link from the queue.
    public sealed record NotAllowed : LinkActorOutcome;
}

// An operator links an unresolved actor to the learner with a CURP: the actor's past statements are
// re-attributed at once, future ones resolve on arrival. Recorded in the audit log.
public sealed class LinkActor(SemilleroDb db, AuditLog audit, TimeProvider clock, IStatementCompletions completions)
{
    public const string AuditAction = "vinculacion";

    public async Task<LinkActorOutcome> RunAsync(LinkActorInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Roles.Operador)
        {
            return new LinkActorOutcome.NotAllowed();
        }

        if (!ActorIdentity.Parse(input.ActorKey).CanBeLinked)
        {
            return new LinkActorOutcome.NotLinkable();
        }

        var now = clock.GetUtcNow();
        var typed = (input.Curp ?? "").Trim().ToUpperInvariant();
        if (!Curp.TryParse(typed, DateOnly.FromDateTime(now.UtcDateTime), out var curp, out var rejection))
        {
            return new LinkActorOutcome.InvalidCurp(rejection);
        }

        var value = curp.Value;
        var learner = await db.Learners.AsNoTracking()
            .Where(l => l.Curp == value && l.AnonymizedAt == null)
            .Select(l => new { l.Id, l.GivenNames, l.FirstSurname, l.SecondSurname })
            .FirstOrDefaultAsync(ct);
        if (learner is null)
        {
            return new LinkActorOutcome.CurpNotFound(value);
        }

        if (!await db.Statements.AnyAsync(s => s.ActorKey == input.ActorKey, ct))
        {
            return new LinkActorOutcome.UnknownActor();
        }

        var name = Attribution.FullName(learner.GivenNames, learner.FirstSurname, learner.SecondSurname);
        if (!input.Confirmed)
        {
            var providerName = await Attribution.LatestProviderNameAsync(db, input.ActorKey, unlinkedOnly: false, ct);
            if (providerName is not null && !NameMatcher.Same(providerName, learner.GivenNames, learner.FirstSurname, learner.SecondSurname))
            {
                // The operator is about to see the person's registered name.
                await audit.RecordAsync(actor, [learner.Id], "consulta",
                    "Operación › aprendizaje sin vincular: nombre registrado con la CURP indicada, para confirmar el vínculo", Why, ct);
                return new LinkActorOutcome.NeedsConfirmation(learner.Id, name, providerName);
            }
        }

        var result = await Attribution.LinkAsync(db, input.ActorKey, learner.Id, ActorLinkSource.Operator, actor.Id, now.UtcDateTime,
            () => audit.RecordAsync(actor, [learner.Id], AuditAction,
                "Operación › aprendizaje sin vincular: cuenta de un proveedor vinculada por CURP; sus declaraciones xAPI cuentan para la persona", Why, ct), completions,
            ct);
        return result switch
        {
            AttributionResult.Linked linked => new LinkActorOutcome.Linked(learner.Id, name, linked.Statements),
            _ => new LinkActorOutcome.Taken(),
        };
    }

    public const string Why = "resolución de identidad de registros de aprendizaje";
}
