using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Companies;
using Semillero.Diagnostics;
using Semillero.Web.Access;

namespace Semillero.Web.Diagnostics;

// GET/POST /empresa/diagnostico — the company's diagnostics: the one in progress, the submitted
// ones (T0, T1 …) and starting a new one.
public sealed class DiagnosticoModel(ReadCompanies companies, ReadAssessments read, StartAssessment start, BankVersions banks) : PageModel
{
    public const string Flash = "diagnostico-mensaje";

    public Company? Company { get; private set; }

    public IReadOnlyList<AssessmentListItem> Items { get; private set; } = [];

    public AssessmentView? Open { get; private set; }

    public QuestionBank Bank { get; private set; } = QuestionBanks.Shipped;

    public string? Message { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEmpezarAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId)
        {
            return RedirectToPage();
        }

        switch (await start.RunAsync(companyId, actor, ct))
        {
            case StartAssessmentOutcome.Started s:
                return Redirect($"/empresa/diagnostico/{s.AssessmentId}");
            case StartAssessmentOutcome.NotAllowed n:
                Refusal = DiagnosticoTexts.Current.English ? n.Reason.En : n.Reason.Es;
                await LoadAsync(ct);
                return Page();
            default:
                return RedirectToPage();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        Bank = await banks.CurrentAsync(ct);
        var actor = User.Actor();
        Company = actor.CompanyId is { } id ? await companies.FindAsync(id, ct) : null;
        if (Company is null)
        {
            return;
        }

        Items = await read.ListAsync(Company.Id, actor, ct);
        if (Items.FirstOrDefault(a => a.SubmittedAt is null && a.Mode == AssessmentMode.Autodiagnostico) is { } open)
        {
            Open = await read.FindAsync(open.Id, actor, ct);
        }
    }
}
