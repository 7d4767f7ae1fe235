using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Access;
using Semillero.Privacy;
using Semillero.Web.Access;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Accounts;

public enum SignInProblem
{
    None,
    Missing,

    // Wrong password, no such account, locked or not yet confirmed: one answer for all (see
    // Access/PasswordSignIn.cs).
    Refused,
}

// GET/POST /cuenta/entrar — sign in with email and password. A learner with purposes of a newer
// privacy notice still unanswered is asked about them first.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed class EntrarModel(PasswordSignIn passwordSignIn, UserManager<User> users, Consents consents) : PageModel
{
    [BindProperty(Name = "correo")]
    public string? Correo { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public SignInProblem Problem { get; private set; }

    public bool JustSignedOut { get; private set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        JustSignedOut = Request.Query.ContainsKey("salida");
        if (!Url.IsLocalUrl(ReturnUrl))
        {
            ReturnUrl = null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var c = CuentaTexts.Current;
        var email = Correo?.Trim();
        if (!Url.IsLocalUrl(ReturnUrl))
        {
            ReturnUrl = null;
        }

        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(Password))
        {
            Problem = SignInProblem.Missing;
            if (string.IsNullOrEmpty(email))
            {
                Errors.Add("correo", c.SignInMissingEmail);
            }

            if (string.IsNullOrEmpty(Password))
            {
                Errors.Add("password", c.SignInMissingPassword);
            }

            return Page();
        }

        if (await passwordSignIn.RunAsync(email, Password, ct) is not { } user)
        {
            Problem = SignInProblem.Refused;
            return Page();
        }

        var roles = await users.GetRolesAsync(user);
        if (user.LearnerId is { } learnerId && roles.Contains(Roles.Aprendiz) && (await consents.PendingAsync(learnerId, ct)).Count > 0)
        {
            return LocalRedirect(CuentaRoutes.PendingConsents);
        }

        return LocalRedirect(ReturnUrl ?? CuentaRoutes.HomeFor(roles));
    }
}
