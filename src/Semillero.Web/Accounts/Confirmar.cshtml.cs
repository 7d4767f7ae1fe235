using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Accounts;

namespace Semillero.Web.Accounts;

// /cuenta/confirmar?usuario={id}&codigo={token} — the link of the confirmation email. Opening the
// link only shows a button; the POST confirms. Mail scanners that follow every link in a message
// must not confirm an address on its owner's behalf (someone may have registered it without them).
public sealed class ConfirmarModel(PasswordReset accounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "usuario")]
    public string? Usuario { get; set; }

    [BindProperty(SupportsGet = true, Name = "codigo")]
    public string? Codigo { get; set; }

    public bool Submitted { get; private set; }

    public bool Confirmed { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        Submitted = true;
        Confirmed = Guid.TryParse(Usuario, out var userId) && await accounts.ConfirmEmailAsync(userId, Codigo);
    }
}
