using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;

namespace Semillero.Web.Credits;

// GET/POST /empresa/creditos — the startup's credits page: its eligibility up front with the
// reasons, the program's tiers and rubric, the form, and its applications with decisions and reasons.
public sealed class EmpresaCreditosModel(CreditProgramVersions programs, CreditEligibility eligibility, ReadCreditApplications read,
    SubmitApplication submit, WithdrawApplication withdraw) : PageModel
{
    public const string Flash = "creditos-mensaje";

    public CreditProgram Program { get; private set; } = CreditPrograms.Shipped;

    public IReadOnlyList<EligibilityCheck>? Checks { get; private set; }

    public IReadOnlyList<StartupApplicationView> Applications { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public string? TierKey { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? UsePlan { get; set; }

    [BindProperty]
    public string? VouchingCode { get; set; }

    public StartupApplicationView? OpenApplication => Applications.FirstOrDefault(a => CreditApplication.IsOpen(a.Summary.Status));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSolicitarAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId)
        {
            return RedirectToPage();
        }

        var t = SolicitudCreditoTexts.Current;
        long? cents = CreditRules.TryParseUsd(Amount, out var parsed) ? parsed : null;
        switch (await submit.RunAsync(companyId, new ApplicationInput(TierKey, cents, UsePlan, VouchingCode), actor, ct))
        {
            case SubmitApplicationOutcome.Submitted:
                TempData[Flash] = t.Submitted;
                return RedirectToPage();
            case SubmitApplicationOutcome.Invalid i:
                Errors = i.Errors.Select(e => t.English ? e.Reason.En : e.Reason.Es).ToList();
                break;
            case SubmitApplicationOutcome.AlreadyOpen:
                Errors = [t.OpenAlready];
                break;
            default:
                return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetirarAsync(Guid applicationId, CancellationToken ct)
    {
        switch (await withdraw.RunAsync(applicationId, User.Actor(), ct))
        {
            case WithdrawApplicationOutcome.NotFound:
                return NotFound();
            default:
                TempData[Flash] = SolicitudCreditoTexts.Current.Withdrawn;
                return RedirectToPage();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        Program = await programs.CurrentAsync(ct);
        var actor = User.Actor();
        if (actor.CompanyId is { } companyId)
        {
            Checks = await eligibility.CheckAsync(companyId, Program, ct);
            Applications = await read.ForCompanyAsync(companyId, actor, ct) ?? [];
        }
    }
}
