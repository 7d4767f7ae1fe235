using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Accounts;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Accounts;

// GET/POST /cuenta/restablecer?usuario={id}&codigo={token}[&invitacion=1] — chooses a new password
// from the emailed link; for an invitation, the first password, which also activates the account.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed class RestablecerModel(PasswordReset reset) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "usuario")]
    public string? Usuario { get; set; }

    [BindProperty(SupportsGet = true, Name = "codigo")]
    public string? Codigo { get; set; }

    [BindProperty(SupportsGet = true, Name = "invitacion")]
    public string? Invitacion { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "confirmacion")]
    public string? Confirmacion { get; set; }

    public bool IsInvitation => Invitacion is "1" or "true";

    public bool LinkInvalid { get; private set; }

    public bool Done { get; private set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        LinkInvalid = !Guid.TryParse(Usuario, out _) || string.IsNullOrEmpty(Codigo);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var c = CuentaTexts.Current;
        if (!Guid.TryParse(Usuario, out var userId) || string.IsNullOrEmpty(Codigo))
        {
            LinkInvalid = true;
            return Page();
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add("password", c.ResetMissingPassword);
        }
        else if (!string.Equals(Password, Confirmacion, StringComparison.Ordinal))
        {
            Errors.Add("confirmacion", c.ResetMismatch);
        }

        if (Errors.Any)
        {
            return Page();
        }

        switch (await reset.CompleteAsync(userId, Codigo, Password, ct))
        {
            case ResetPasswordOutcome.Reset:
                Done = true;
                break;
            case ResetPasswordOutcome.Invalid invalid:
                LinkInvalid = invalid.Errors.Any(e => e.Field == "codigo");
                Errors.AddAll(invalid.Errors.Where(e => e.Field != "codigo"));
                break;
        }

        return Page();
    }
}
