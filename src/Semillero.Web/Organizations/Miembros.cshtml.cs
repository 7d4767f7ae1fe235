using Microsoft.AspNetCore.Mvc;
using Semillero.Access;
using Semillero.Organizations;
using Semillero.Web.Access;
using Semillero.Web.Forms;

namespace Semillero.Web.Organizations;

// GET/POST /organizacion/miembros — the organisation's people. Its administrators invite staff by
// email (the Accounts invitation), change roles and remove people; ManageMembers checks, on every
// write, that the reader administers this organisation and that the member belongs to it.
public sealed partial class MiembrosModel(ReadOrganizations read, OrganizationAccess access, ManageMembers members, ILogger<MiembrosModel> logger)
    : OrganizacionModelBase(read, access)
{
    [BindProperty(Name = "nombre")]
    public string? InviteName { get; set; }

    [BindProperty(Name = "correo")]
    public string? InviteEmail { get; set; }

    [BindProperty(Name = "rolNuevo")]
    public string? InviteRole { get; set; } = OrganizationRoles.Personal;

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        Members = await members.ListAsync(organization.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInvitarAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        var t = AliadosTexts.Current;
        switch (await members.InviteAsync(organization.Id, InviteEmail, InviteName, InviteRole, User.Actor(), ct))
        {
            case MemberOutcome.Invited invited:
                var actorId = User.Actor().Id;
                Log.Invited(logger, invited.UserId, organization.Id, actorId);
                TempData[Flash] = AliadosTexts.Format(t.Invited, InviteEmail!.Trim().ToLowerInvariant());
                return RedirectToPage();
            case MemberOutcome.Invalid invalid:
                // The invitation names its fields email, displayName and role; the form, correo, nombre and rolNuevo.
                Errors.AddAll(invalid.Errors.Select(e => e with { Field = e.Field switch { "email" => "correo", "displayName" => "nombre", _ => "rolNuevo" } }));
                Members = await members.ListAsync(organization.Id, ct);
                return Page();
            default:
                TempData[FlashError] = t.OnlyAdmins;
                return RedirectToPage();
        }
    }

    public async Task<IActionResult> OnPostRolAsync(Guid miembro, string? rol, CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        Report(await members.ChangeRoleAsync(organization.Id, miembro, rol, User.Actor(), ct), organization.Id);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostQuitarAsync(Guid miembro, CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        Report(await members.RemoveAsync(organization.Id, miembro, User.Actor(), ct), organization.Id);
        return RedirectToPage();
    }

    private void Report(MemberOutcome outcome, Guid organizationId)
    {
        var t = AliadosTexts.Current;
        var actorId = User.Actor().Id;
        switch (outcome)
        {
            case MemberOutcome.Changed changed:
                Log.RoleChanged(logger, changed.Member.UserId, organizationId, actorId);
                TempData[Flash] = AliadosTexts.Format(t.RoleChanged, changed.Member.DisplayName, t.Role(changed.Member.Role));
                break;
            case MemberOutcome.Removed removed:
                Log.Removed(logger, removed.Member.UserId, organizationId, actorId);
                TempData[Flash] = AliadosTexts.Format(t.Removed, removed.Member.DisplayName);
                break;
            case MemberOutcome.LastAdministrator last:
                TempData[FlashError] = AliadosTexts.Format(t.LastAdmin, last.Member.DisplayName);
                break;
            case MemberOutcome.Invalid invalid:
                TempData[FlashError] = t.English ? invalid.Errors[0].Reason.En : invalid.Errors[0].Reason.Es;
                break;
            case MemberOutcome.NotAllowed:
                TempData[FlashError] = t.OnlyAdmins;
                break;
            default:
                TempData[FlashError] = t.MemberNotFound;
                break;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} invited to organization {OrganizationId} by {ActorId}")]
        public static partial void Invited(ILogger logger, Guid userId, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId}'s role in organization {OrganizationId} changed by {ActorId}")]
        public static partial void RoleChanged(ILogger logger, Guid userId, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} removed from organization {OrganizationId} by {ActorId}")]
        public static partial void Removed(ILogger logger, Guid userId, Guid organizationId, string actorId);
    }
}
