using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Badges;
using Semillero.Badges.Credentials;

namespace Semillero.Web.Badges;

// GET/POST /verificar — anyone pastes a compact VC-JWT and gets the verdict. A plain form: it works
// without JavaScript, and the pasted text is checked and forgotten, never stored or logged.
public sealed class VerificarModel(VerifyBadge verify) : PageModel
{
    [BindProperty]
    public string? Credencial { get; set; }

    public BadgeVerification? Result { get; private set; }

    public BadgeWording? Wording { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(Credencial))
        {
            Error = InsigniasTexts.Current.PasteEmpty;
            return Page();
        }

        if (Credencial.Length > CredentialVerifier.MaxLength)
        {
            Credencial = Credencial[..CredentialVerifier.MaxLength];
        }

        Result = await verify.ForJwtAsync(Credencial, ct);
        if (Result.Claims is { } claims)
        {
            var catalog = Result.AwardId is { } awardId ? await verify.CatalogTextAsync(awardId, ct) : null;
            Wording = BadgeWording.For(claims, catalog, InsigniasTexts.Current.Language == "en");
        }

        return Page();
    }
}
