using Semillero.Access;

namespace Semillero.Learners;

// Who writes to the registry, and whose records they may change. Operators keep the whole registry.
// A partner creates people and updates only the ones its organisation registered
// (Learner.RegisteredBy): never another institution's, nor a person's own record (one they
// registered themselves through an account). What a partner may not change it is not told about
// either: no id, no location, only that the CURP is taken.
public sealed record Registrar(string? RegisteredBy, string? Owner, bool MayUpdateAnyone)
{
    public static Registrar Operator(string? name) => new(name, null, MayUpdateAnyone: true);

    public static Registrar Partner(string organization) => new(organization, organization, MayUpdateAnyone: false);

    // An API key acts for the organisation it is named after (Actor.Organization is the key's name);
    // a partner account for User.Organization. A partner account without an organisation sees
    // nobody (LearnerScope), so it updates nobody either.
    public static Registrar For(Actor actor) => actor.Role switch
    {
        Roles.Operador => Operator(actor.Organization ?? actor.Name),
        _ when actor.Organization is { Length: > 0 } organization => Partner(organization),
        _ => new(actor.Name, null, MayUpdateAnyone: false),
    };

    public bool MayUpdate(string? registeredBy) =>
        MayUpdateAnyone || (Owner is not null && string.Equals(registeredBy, Owner, StringComparison.Ordinal));
}
