using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Semillero.Access;
using Semillero.Arco;
using Semillero.Web.Accounts;
using Semillero.Web.Forms;

namespace Semillero.Web.Arco;

// GET/POST /mis-datos/cancelar — derecho de cancelación: the account is deleted and the person's
// record irreversibly anonymised. Asks for the password and an explicit acknowledgement.
public sealed class CancelarModel(CancelAccount cancel, SignInManager<User> signIn) : MisDatosPage
{
    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "entiendo")]
    public bool Entiendo { get; set; }

    public FormErrors Errors { get; } = new();

    public CancelAccountOutcome.Cancelled? Cancelled { get; private set; }

    public static IReadOnlyList<RetainedItem> Retained => CancelAccount.Retained;

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var c = CuentaTexts.Current;
        if (UserId is not { } userId)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add("password", c.CancelMissingPassword);
        }

        if (!Entiendo)
        {
            Errors.Add("entiendo", c.CancelMustAcknowledge);
        }

        if (Errors.Any)
        {
            return Page();
        }

        switch (await cancel.RunAsync(userId, Password, ct))
        {
            case CancelAccountOutcome.Cancelled cancelled:
                Cancelled = cancelled;
                await signIn.SignOutAsync();
                // The rest of this response (header included) is for someone no longer signed in.
                HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
                break;
            case CancelAccountOutcome.WrongPassword:
                Errors.Add("password", c.CancelWrongPassword);
                break;
            default:
                return NotFound();
        }

        Password = null;
        return Page();
    }
}
