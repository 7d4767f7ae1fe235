using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Organizations;
using Semillero.Validation;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Organizations;

// GET/POST /aliados/registro — an organisation registers itself: the pending organisation and its
// first administrator's account, waiting for email confirmation and the operators' check.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed partial class RegistroModel(RegisterOrganizationAccount register, ILogger<RegistroModel> logger) : PageModel
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "aviso")]
    public bool Aviso { get; set; }

    [BindProperty(Name = "confirmar_rfc")]
    public bool ConfirmarRfc { get; set; }

    public FormErrors Errors { get; } = new();

    public IdRejection? RfcWarning { get; private set; }

    public IdRejection? Taken { get; private set; }

    // Registered, or the email already had an account (its owner is told by email): the page says
    // the same for both.
    public bool Accepted { get; private set; }

    public bool RetypePassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await register.RunAsync(new RegisterOrganizationAccountInput(Form.ToInput(), Password, Aviso, ConfirmarRfc), ct))
        {
            case RegisterOrganizationAccountOutcome.Registered r:
                Accepted = true;
                RfcWarning = r.RfcWarning;
                Log.Registered(logger, r.Organization.Id, r.UserId);
                break;
            case RegisterOrganizationAccountOutcome.AccountExists exists:
                Accepted = true;
                RfcWarning = exists.RfcWarning;
                break;
            case RegisterOrganizationAccountOutcome.Invalid i:
                Errors.AddAll(i.Errors);
                Errors.OrderAs(OrganizationForm.FieldOrder);
                RfcWarning = i.RfcWarning;
                break;
            case RegisterOrganizationAccountOutcome.RfcCheckDigitMismatch m:
                RfcWarning = m.Warning;
                break;
            case RegisterOrganizationAccountOutcome.Taken t:
                Taken = t.Reason;
                Errors.Add(new FieldError(t.Field, t.Reason));
                break;
        }

        RetypePassword = !Accepted && !string.IsNullOrEmpty(Password) && Errors.For(RegisterOrganizationAccount.Fields.Password) is null;
        Password = null;
        return Page();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} self-registered with administrator account {UserId}")]
        public static partial void Registered(ILogger logger, Guid organizationId, Guid userId);
    }
}
