using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Companies;
using Semillero.Validation;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Companies;

// GET/POST /empresas/registro — a company registers itself: the unverified company and its
// contact person's empresa account, waiting for email confirmation and the operators' check.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed partial class RegistroModel(RegisterCompanyAccount register, ILogger<RegistroModel> logger) : PageModel
{
    [BindProperty]
    public CompanyForm Form { get; set; } = new();

    [BindProperty(Name = "contactName")]
    public string? ContactName { get; set; }

    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "aviso")]
    public bool Aviso { get; set; }

    [BindProperty(Name = "confirmar_rfc")]
    public bool ConfirmarRfc { get; set; }

    public FormErrors Errors { get; } = new();

    public IdRejection? RfcWarning { get; private set; }

    // The warning stops the registration once, until the person confirms the RFC.
    public bool RfcNeedsConfirmation { get; private set; }

    public string? RfcTaken { get; private set; }

    // Registered, or the email already had an account (its owner is told by email): the page says
    // the same for both.
    public bool Accepted { get; private set; }

    public bool RetypePassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await register.RunAsync(new RegisterCompanyAccountInput(Form.ToInput(), ContactName, Email, Password, Aviso, ConfirmarRfc), ct);
        switch (outcome)
        {
            case RegisterCompanyAccountOutcome.Registered r:
                Accepted = true;
                RfcWarning = r.RfcWarning;
                Log.Registered(logger, r.Company.Id, r.UserId);
                break;
            case RegisterCompanyAccountOutcome.AccountExists exists:
                Accepted = true;
                RfcWarning = exists.RfcWarning;
                break;
            case RegisterCompanyAccountOutcome.Invalid i:
                Errors.AddAll(i.Errors);
                Errors.OrderAs(CompanyForm.FieldOrder);
                RfcWarning = i.RfcWarning;
                break;
            case RegisterCompanyAccountOutcome.RfcCheckDigitMismatch m:
                RfcWarning = m.Warning;
                RfcNeedsConfirmation = true;
                break;
            case RegisterCompanyAccountOutcome.RfcTaken t:
                RfcTaken = t.Rfc;
                break;
        }

        RetypePassword = !Accepted && !string.IsNullOrEmpty(Password) && Errors.For("password") is null;
        Password = null;
        return Page();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} self-registered with account {UserId}")]
        public static partial void Registered(ILogger logger, Guid companyId, Guid userId);
    }
}
