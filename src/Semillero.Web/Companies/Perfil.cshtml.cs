using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Companies;
using Semillero.Web.Access;
using Semillero.Web.Forms;

namespace Semillero.Web.Companies;

// GET/POST /empresa/perfil — the company corrects its profile (not its RFC).
public sealed partial class PerfilModel(ReadCompanies companies, UpdateCompany update, ILogger<PerfilModel> logger) : PageModel
{
    [BindProperty]
    public CompanyForm Form { get; set; } = new();

    public Company? Company { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } company)
        {
            return RedirectToPage("/Companies/Empresa");
        }

        Form = CompanyForm.From(company);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } company)
        {
            return RedirectToPage("/Companies/Empresa");
        }

        var wasRejected = company.RejectedReason is not null;
        switch (await update.RunAsync(company.Id, Form.ToInput(), ct))
        {
            case UpdateCompanyOutcome.Updated:
                Log.Updated(logger, company.Id);
                TempData[EmpresaModel.Flash] = wasRejected ? EmpresasTexts.Current.SavedBackToReview : EmpresasTexts.Current.Saved;
                return RedirectToPage("/Companies/Empresa");
            case UpdateCompanyOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs(CompanyForm.FieldOrder);
                Form.Rfc = company.Rfc;
                return Page();
            default:
                return RedirectToPage("/Companies/Empresa");
        }
    }

    private async Task<Company?> LoadAsync(CancellationToken ct) =>
        Company = User.Actor().CompanyId is { } id ? await companies.FindAsync(id, ct) : null;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} updated its profile")]
        public static partial void Updated(ILogger logger, Guid companyId);
    }
}
