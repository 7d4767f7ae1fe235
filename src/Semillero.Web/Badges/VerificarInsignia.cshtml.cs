using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;
using Semillero.Badges;

namespace Semillero.Web.Badges;

// GET /verificar/{awardId} — the public page a badge's QR code and share link open: the stored
// credential verified now (signature, claims, status list), what it recognises, and the ways to
// keep or share it. Nothing about the person: the credential names only a random subject id.
public sealed class VerificarInsigniaModel(VerifyBadge verify, BadgeAddresses addresses) : PageModel
{
    public AwardVerification Award { get; private set; } = null!;

    public BadgeVerification Result => Award.Result;

    // No award of ours has this address: the page says so (and still answers 404).
    public bool NotIssued { get; private set; }

    public BadgeWording? Wording { get; private set; }

    public string PageUrl { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public bool CanRevoke => User.IsInRole(Roles.Operador);

    public async Task<IActionResult> OnGetAsync(Guid awardId, CancellationToken ct)
    {
        // The verdict is computed per request; a revocation must show at once.
        Response.Headers.CacheControl = "no-cache";
        if (await verify.ForAwardAsync(awardId, ct) is not { } award)
        {
            // An employer who followed a badge link needs a verdict, not a generic missing page; the
            // status stays 404 for anything that reads it (the page's own body keeps status code
            // pages from replacing it).
            NotIssued = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Award = award;
        if (award.Result.Claims is { } claims)
        {
            Wording = BadgeWording.For(claims, await verify.CatalogTextAsync(awardId, ct), InsigniasTexts.Current.Language == "en");
        }

        PageUrl = addresses.Verify(awardId);
        QrDataUri = BadgeLinks.QrDataUri(PageUrl);
        return Page();
    }

    public string LinkedInUrl => Result.Claims is { } claims ? BadgeLinks.LinkedInAdd(claims, PageUrl, Award.AwardId) : "";

    public string MailtoUrl(string subject) => BadgeLinks.Mailto(subject, PageUrl);
}
