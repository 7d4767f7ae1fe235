using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Accounts;
using Semillero.Language;
using Semillero.Privacy;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;
using Semillero.Web.Privacy;

namespace Semillero.Web.Accounts;

// GET/POST /cuenta/registro — a learner registers: their CURP record, an account waiting for email
// confirmation, and their consents. A CURP a partner already registered is claimed only with proof
// of control (RecordClaim), and the answer never says whether it was.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed class RegistroModel(RegisterAccount register, PrivacyNotices notices) : PageModel
{
    [BindProperty(Name = "curp")]
    public string? Curp { get; set; }

    [BindProperty(Name = "nombre")]
    public string? Nombre { get; set; }

    [BindProperty(Name = "primer_apellido")]
    public string? PrimerApellido { get; set; }

    [BindProperty(Name = "segundo_apellido")]
    public string? SegundoApellido { get; set; }

    [BindProperty(Name = "correo")]
    public string? Correo { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "entidad")]
    public string? Entidad { get; set; }

    [BindProperty(Name = "segmento")]
    public string? Segmento { get; set; }

    [BindProperty(Name = "aviso")]
    public bool Aviso { get; set; }

    [BindProperty(Name = "consentimientos")]
    public List<string> Consentimientos { get; set; } = [];

    [BindProperty(Name = "confirmar_nombres")]
    public bool ConfirmarNombres { get; set; }

    public FormErrors Errors { get; } = new();

    public RegisterAccountOutcome.NamesDoNotMatchCurp? NamesWarning { get; private set; }

    // Registered, a pending claim on an existing record, or an email/CURP that already has an
    // account: the page says the same for all three ("check your email").
    public bool Accepted { get; private set; }

    // A password was typed but is never sent back: the person types it again.
    public bool RetypePassword { get; private set; }

    public PrivacyNotice Notice => notices.Current;

    public IReadOnlyList<Purpose> OptionalPurposes => notices.Current.Purposes.Where(p => !p.Necessary).ToList();

    public Purpose? NecessaryPurpose => notices.Current.Purposes.FirstOrDefault(p => p.Necessary);

    public string NoticeHtml => NoticeRenderer.Body(notices.Current, NoticeRenderer.Simplified, UiLanguage.Code, headingLevel: 3);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await register.RunAsync(new RegisterAccountInput(
            Curp, Nombre, PrimerApellido, SegundoApellido, Correo, Password, Entidad, Segmento,
            Aviso, Consentimientos.Distinct(StringComparer.Ordinal).ToList(), ConfirmarNombres), ct);
        switch (outcome)
        {
            case { Accepted: true }:
                Accepted = true;
                break;
            case RegisterAccountOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs("curp", "nombre", "primer_apellido", "segundo_apellido", "correo", "password", "entidad", "segmento", "aviso", "consentimientos");
                break;
            case RegisterAccountOutcome.NamesDoNotMatchCurp warning:
                NamesWarning = warning;
                break;
        }

        RetypePassword = !Accepted && !string.IsNullOrEmpty(Password) && Errors.For("password") is null;
        Password = null;
        return Page();
    }
}
