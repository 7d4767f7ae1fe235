using Semillero.Access;
using Semillero.Organizations;

namespace Semillero.Diagnostics;

// Who may do what with an assessment (docs/diagnostic.md, "Who sees what"). The owner writes: the
// company for its self-assessment, the running organisation for an accompanied one. The company
// always reads what was assessed about it; operators read everything; nobody else sees it exists.
public static class AssessmentAccess
{
    // Organisations that run the diagnostic with their members.
    public static IReadOnlySet<OrganizationKind> RunningKinds { get; } = new HashSet<OrganizationKind> { OrganizationKind.Camara, OrganizationKind.Gobierno };

    public static bool CanWrite(Actor actor, Guid companyId, AssessmentMode mode, Guid? organizationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return mode switch
        {
            AssessmentMode.Autodiagnostico => actor.Role == Roles.Empresa && actor.CompanyId == companyId,
            AssessmentMode.Acompanado => actor.Role == Roles.Aliado && actor.OrganizationId is { } org && org == organizationId,
            _ => false,
        };
    }

    public static bool CanRead(Actor actor, Guid companyId, AssessmentMode mode, Guid? organizationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CanWrite(actor, companyId, mode, organizationId)
            || (actor.Role == Roles.Empresa && actor.CompanyId == companyId)
            || actor.Role == Roles.Operador;
    }
}
