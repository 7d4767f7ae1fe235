using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Accounts;

// GET /operacion/usuarios?q=&rol=&pagina= — who has an account, with invitations and role changes.
public sealed class UsuariosModel(ManageUsers manage, InviteUser invite) : PageModel
{
    public const int PageSize = 50;

    public sealed class InviteForm
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Role { get; set; }

        public string? Organization { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "rol")]
    public string? RoleFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public InviteForm Invite { get; set; } = new();

    public IReadOnlyList<UserView> Users { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    // Invitation problems by field (email, displayName, role, organization).
    public ILookup<string, FieldError> InviteErrors { get; private set; } = Array.Empty<FieldError>().ToLookup(e => e.Field);

    public string MyId => User.Actor().Id;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInvitarAsync(CancellationToken ct)
    {
        var outcome = await invite.RunAsync(new InviteUserInput(Invite.Email, Invite.DisplayName, Invite.Role, Invite.Organization), ct);
        switch (outcome)
        {
            case InviteUserOutcome.Invited invited:
                var email = Invite.Email!.Trim().ToLowerInvariant();
                TempData[Aviso.Ok] = Texts.Format(OperacionTexts.Current.InviteDone, Invite.DisplayName!.Trim(), email);
                TempData[Aviso.Enlace] = invited.SetPasswordLink;
                TempData[Aviso.Correo] = email;
                return RedirectToPage(new { q = email });
            case InviteUserOutcome.Invalid invalid:
                InviteErrors = invalid.Errors.ToLookup(e => e.Field, StringComparer.Ordinal);
                Search = null;
                RoleFilter = null;
                PageNumber = 1;
                await LoadAsync(ct);
                return Page();
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}.");
        }
    }

    public async Task<IActionResult> OnPostRolAsync(Guid usuario, string? nuevoRol, CancellationToken ct)
    {
        var t = OperacionTexts.Current;
        if (string.Equals(usuario.ToString(), MyId, StringComparison.OrdinalIgnoreCase))
        {
            TempData[Aviso.Error] = t.RoleOwnAccount;
        }
        else
        {
            switch (await manage.ChangeRoleAsync(usuario, nuevoRol, ct))
            {
                case ChangeRoleOutcome.Changed changed:
                    TempData[Aviso.Ok] = Texts.Format(t.RoleChanged, changed.User.DisplayName, t.Role(changed.User.Role));
                    break;
                case ChangeRoleOutcome.NotFound:
                    TempData[Aviso.Error] = t.RoleUserNotFound;
                    break;
                case ChangeRoleOutcome.Invalid invalid:
                    TempData[Aviso.Error] = t.Reason(invalid.Error.Reason);
                    break;
            }
        }

        return RedirectToPage(new { q = Blank(Search), rol = Blank(RoleFilter), pagina = PageNumber > 1 ? PageNumber : (int?)null });
    }

    public IEnumerable<SelectListItem> RoleFilterOptions()
    {
        var t = OperacionTexts.Current;
        yield return new SelectListItem(t.UsersAllRoles, "", string.IsNullOrEmpty(RoleFilter));
        foreach (var role in Roles.All)
        {
            yield return new SelectListItem(t.Role(role), role, role == RoleFilter);
        }
    }

    public static IEnumerable<SelectListItem> InvitableOptions(string? selected, bool placeholder)
    {
        var t = OperacionTexts.Current;
        if (placeholder)
        {
            yield return new SelectListItem(t.InviteRoleChoose, "", string.IsNullOrEmpty(selected));
        }

        foreach (var role in Roles.Invitable)
        {
            yield return new SelectListItem(t.Role(role), role, role == selected);
        }
    }

    public string? PageUrl(int page) => Url.Page(null, new { q = Blank(Search), rol = Blank(RoleFilter), pagina = page > 1 ? page : (int?)null });

    private async Task LoadAsync(CancellationToken ct)
    {
        if (RoleFilter is not null && !Roles.All.Contains(RoleFilter))
        {
            RoleFilter = null;
        }

        PageNumber = Math.Max(1, PageNumber);
        var (items, total) = await manage.ListAsync(Blank(Search), RoleFilter, PageNumber, PageSize, ct);
        Users = items;
        Paging = new Paging(PageNumber, PageSize, total);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
