using Semillero.Access;

namespace Semillero.Credits;

// Who may do what with applications (docs/credits.md): the startup with its own, the assigned
// reviewers with theirs, operators with all. Someone else's application is not found.
public static class CreditAccess
{
    public static string Who(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id.Length <= 100 ? actor.Id : actor.Id[..100];
    }

    public static bool IsOperator(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == Roles.Operador;
    }

    public static bool OwnsCompany(Actor actor, Guid companyId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == Roles.Empresa && actor.CompanyId == companyId;
    }

    // A reviewer is a person's account: keys never review.
    public static Guid? UserId(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Guid.TryParse(actor.Id, out var id) ? id : null;
    }
}
