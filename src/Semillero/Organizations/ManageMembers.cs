using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Organizations;

public sealed record MemberView(Guid UserId, string DisplayName, string Email, string Role, bool EmailConfirmed, DateTime CreatedAt)
{
    public bool IsAdministrator => Role == OrganizationRoles.Administrador;
}

public abstract record MemberOutcome
{
    public sealed record Invited(Guid UserId, string SetPasswordLink) : MemberOutcome;

    public sealed record Changed(MemberView Member) : MemberOutcome;

    public sealed record Removed(MemberView Member) : MemberOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : MemberOutcome;

    // No such member in this organisation (another organisation's people are not found either).
    public sealed record NotFound : MemberOutcome;

    // The actor is not an administrator of this organisation (nor an operator).
    public sealed record NotAllowed(OrganizationAuthority Authority) : MemberOutcome;

    // The organisation must keep at least one administrator, or nobody could manage it.
    public sealed record LastAdministrator(MemberView Member) : MemberOutcome;
}

// An organisation's people: its administrators invite staff (through the Accounts invitation, so
// the person chooses a password from the emailed link), change their role and remove them. Every
// write checks that the actor administers THIS organisation.
public sealed class ManageMembers(SemilleroDb db, OrganizationAccess access, InviteUser invite, UserManager<User> users)
{
    public async Task<IReadOnlyList<MemberView>> ListAsync(Guid organizationId, CancellationToken ct)
    {
        var members = await db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId)
            .Select(u => new MemberView(u.Id, u.DisplayName, u.Email ?? "", u.OrganizationRole ?? OrganizationRoles.Personal, u.EmailConfirmed, u.CreatedAt))
            .ToListAsync(ct);
        var order = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-MX"), ignoreCase: true);
        return members.OrderBy(m => m.IsAdministrator ? 0 : 1).ThenBy(m => m.DisplayName, order).ToList();
    }

    public async Task<MemberOutcome> InviteAsync(Guid organizationId, string? email, string? displayName, string? role, Actor actor, CancellationToken ct)
    {
        if (await AdministersAsync(actor, organizationId, ct) is { } refused)
        {
            return refused;
        }

        var organizationRole = ParseRole(role);
        if (organizationRole is null)
        {
            return new MemberOutcome.Invalid([new FieldError("role", RoleRejection())]);
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            return new MemberOutcome.NotFound();
        }

        return await invite.RunForOrganizationAsync(new InviteUserInput(email, displayName, Roles.Aliado, null), organizationId, organizationRole, ct) switch
        {
            InviteUserOutcome.Invited i => new MemberOutcome.Invited(i.UserId, i.SetPasswordLink),
            InviteUserOutcome.Invalid i => new MemberOutcome.Invalid(i.Errors),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    public async Task<MemberOutcome> ChangeRoleAsync(Guid organizationId, Guid userId, string? role, Actor actor, CancellationToken ct)
    {
        if (await AdministersAsync(actor, organizationId, ct) is { } refused)
        {
            return refused;
        }

        var newRole = ParseRole(role);
        if (newRole is null)
        {
            return new MemberOutcome.Invalid([new FieldError("role", RoleRejection())]);
        }

        var user = await users.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganizationId == organizationId, ct);
        if (user is null)
        {
            return new MemberOutcome.NotFound();
        }

        if (user.OrganizationRole == OrganizationRoles.Administrador && newRole != OrganizationRoles.Administrador
            && !await AnotherAdministratorAsync(organizationId, userId, ct))
        {
            return new MemberOutcome.LastAdministrator(View(user));
        }

        if (user.OrganizationRole != newRole)
        {
            user.OrganizationRole = newRole;
            // A new stamp ends the person's sessions, so what they may do follows the new role at once.
            await users.UpdateSecurityStampAsync(user);
        }

        return new MemberOutcome.Changed(View(user));
    }

    // The account stays (it may hold the person's other roles' history) but no longer belongs to
    // the organisation: it acts for nobody, and its sessions end.
    public async Task<MemberOutcome> RemoveAsync(Guid organizationId, Guid userId, Actor actor, CancellationToken ct)
    {
        if (await AdministersAsync(actor, organizationId, ct) is { } refused)
        {
            return refused;
        }

        var user = await users.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganizationId == organizationId, ct);
        if (user is null)
        {
            return new MemberOutcome.NotFound();
        }

        var view = View(user);
        if (user.OrganizationRole == OrganizationRoles.Administrador && !await AnotherAdministratorAsync(organizationId, userId, ct))
        {
            return new MemberOutcome.LastAdministrator(view);
        }

        user.OrganizationId = null;
        user.OrganizationRole = null;
        user.Organization = null;
        await users.UpdateSecurityStampAsync(user);
        return new MemberOutcome.Removed(view);
    }

    public static string? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        OrganizationRoles.Administrador or "administrator" or "admin" => OrganizationRoles.Administrador,
        OrganizationRoles.Personal or "staff" => OrganizationRoles.Personal,
        _ => null,
    };

    private async Task<MemberOutcome?> AdministersAsync(Actor actor, Guid organizationId, CancellationToken ct)
    {
        var authority = await access.AuthorityAsync(actor, organizationId, ct);
        return authority is OrganizationAuthority.Administrator or OrganizationAuthority.Operator ? null : new MemberOutcome.NotAllowed(authority);
    }

    private Task<bool> AnotherAdministratorAsync(Guid organizationId, Guid userId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.OrganizationId == organizationId && u.Id != userId && u.OrganizationRole == OrganizationRoles.Administrador, ct);

    private static MemberView View(User u) =>
        new(u.Id, u.DisplayName, u.Email ?? "", u.OrganizationRole ?? OrganizationRoles.Personal, u.EmailConfirmed, u.CreatedAt);

    private static IdRejection RoleRejection() => new("role",
        "Elija el rol en la organización: administrador o personal.",
        "Choose the role in the organisation: administrador (administrator) or personal (staff).");
}
