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

    public string PageUrl { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public bool CanRevoke => User.IsInRole(Roles.Operador);

    public async Task<IActionResult> OnGetAsync(Guid awardId, CancellationToken ct)
    {
        if (await verify.ForAwardAsync(awardId, ct) is not { } award)
        {
            return NotFound();
        }

        // The verdict is computed per request; a revocation must show at once.
        Response.Headers.CacheControl = "no-cache";
        Award = award;
        PageUrl = addresses.Verify(awardId);
        QrDataUri = BadgeLinks.QrDataUri(PageUrl);
        return Page();
    }

    public string LinkedInUrl => Result.Claims is { } claims ? BadgeLinks.LinkedInAdd(claims, PageUrl, Award.AwardId) : "";

    public string MailtoUrl(string subject) => BadgeLinks.Mailto(subject, PageUrl);
}
