using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Language;
using Semillero.Privacy;
using Semillero.Web.Privacy;

namespace Semillero.Web.Accounts;

// GET /aviso-de-privacidad[?version=simplificado] — the privacy notice in force, in the person's
// language: the full one by default, the short one on request.
public sealed class AvisoDePrivacidadModel(PrivacyNotices notices) : PageModel
{
    public PrivacyNotice Notice => notices.Current;

    public bool Simplified { get; private set; }

    public RenderedNotice Rendered { get; private set; } = null!;

    public void OnGet(string? version)
    {
        Simplified = string.Equals(version, NoticeRenderer.Simplified, StringComparison.OrdinalIgnoreCase);
        Rendered = NoticeRenderer.Render(Notice, Simplified ? NoticeRenderer.Simplified : NoticeRenderer.Integral, UiLanguage.Code, keepTitle: false, titleLevel: 1);
    }
}
