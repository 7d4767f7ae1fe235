using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Accounts;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Accounts;

// GET/POST /cuenta/olvide — asks for a reset link. The answer is the same whether or not the
// address has an account, so the form cannot be used to find out who is registered.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed class OlvideModel(PasswordReset reset) : PageModel
{
    [BindProperty(Name = "correo")]
    public string? Correo { get; set; }

    public bool Sent { get; private set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Correo))
        {
            Errors.Add("correo", CuentaTexts.Current.ForgotMissingEmail);
            return Page();
        }

        await reset.RequestAsync(Correo.Trim(), ct);
        Sent = true;
        return Page();
    }
}
