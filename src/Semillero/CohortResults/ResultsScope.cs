using Semillero.Access;

namespace Semillero.CohortResults;

// Who reads which organisation's results, and how (docs/cohorts-results.md): an organisation's own
// members read theirs in full, with the list of their people; operators read every organisation's
// in full; the Ministry's analysts read every organisation's aggregates with small cells withheld
// and no names. Anyone else, or a member asking for another organisation, finds nothing (404).
public sealed record ResultsScope(bool Allowed, bool Suppressed, bool Identified)
{
    public static ResultsScope For(Actor actor, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Roles.Operador => new(true, false, true),
            Roles.Analista => new(true, true, false),
            Roles.Aliado when actor.OrganizationId == organizationId => new(true, false, true),
            _ => new(false, true, false),
        };
    }
}
