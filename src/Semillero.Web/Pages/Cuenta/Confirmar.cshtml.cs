using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Accounts;

namespace Semillero.Web.Pages.Cuenta;

// GET /cuenta/confirmar?usuario={id}&codigo={token} — the link of the confirmation email.
public sealed class ConfirmarModel(PasswordReset accounts) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? usuario, string? codigo)
    {
        Response.Headers.CacheControl = "no-store";
        Confirmed = Guid.TryParse(usuario, out var userId) && await accounts.ConfirmEmailAsync(userId, codigo);
    }
}
