using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Organizations;

// What an actor may do with one organisation.
public enum OrganizationAuthority
{
    // Anyone else: another organisation's people, keys, other roles. Writes answer as if the
    // organisation (or member, or key) did not exist for them.
    None,

    // Its staff (personal): they see its hub, members and keys, and change nothing of them.
    Member,

    // Its administrators: they edit its data, invite and manage members and manage its keys.
    Administrator,

    // The program's operators, for any organisation.
    Operator,
}

// The person's place in an organisation, read from their account rather than from the sign-in
// claims: a pending organisation's people need their hub before the organisation can act
// (docs/organizations.md), and a role changed by an administrator counts at once.
public sealed record Membership(Guid OrganizationId, string Role)
{
    public bool IsAdministrator => Role == OrganizationRoles.Administrador;
}

public sealed class OrganizationAccess(SemilleroDb db)
{
    // Only a signed-in person (an account id) is a member; a key acts for its organisation but
    // manages nothing of it.
    public async Task<Membership?> MembershipAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Roles.Aliado || !Guid.TryParse(actor.Id, out var userId))
        {
            return null;
        }

        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.OrganizationId != null)
            .Select(u => new { u.OrganizationId, u.OrganizationRole }).FirstOrDefaultAsync(ct);
        return row is null ? null : new Membership(row.OrganizationId!.Value, row.OrganizationRole ?? OrganizationRoles.Personal);
    }

    public async Task<OrganizationAuthority> AuthorityAsync(Actor actor, Guid organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == Roles.Operador)
        {
            return OrganizationAuthority.Operator;
        }

        return await MembershipAsync(actor, ct) is { } membership && membership.OrganizationId == organizationId
            ? membership.IsAdministrator ? OrganizationAuthority.Administrator : OrganizationAuthority.Member
            : OrganizationAuthority.None;
    }
}
