using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Credits;

// GET/POST /operacion/creditos/revisores — operators keep the reviewer pool and record conflicts.
public sealed class OperacionRevisoresModel(ManageReviewers reviewers, DeclareConflict declare) : PageModel
{
    public IReadOnlyList<ReviewerView> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await reviewers.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAgregarAsync(string? email, CancellationToken ct)
    {
        var t = SolicitudCreditoTexts.Current;
        switch (await reviewers.AddAsync(new ReviewerInput(null, email), User.Actor(), ct))
        {
            case ManageReviewerOutcome.Saved:
                TempData[Aviso.Ok] = t.Added;
                break;
            case ManageReviewerOutcome.UnknownUser u:
                TempData[Aviso.Error] = t.English ? u.En : u.Es;
                break;
            default:
                return NotFound();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostActivarAsync(Guid userId, bool active, CancellationToken ct)
    {
        if (await reviewers.SetActiveAsync(userId, active, User.Actor(), ct) is ManageReviewerOutcome.NotFound)
        {
            return NotFound();
        }

        TempData[Aviso.Ok] = SolicitudCreditoTexts.Current.Saved;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConflictoAsync(Guid userId, Guid? companyId, string? reason, CancellationToken ct)
    {
        var t = SolicitudCreditoTexts.Current;
        switch (await declare.RunAsync(userId, new ConflictInput(companyId, null, reason), User.Actor(), ct))
        {
            case DeclareConflictOutcome.Declared:
                TempData[Aviso.Ok] = t.ConflictDeclared;
                break;
            case DeclareConflictOutcome.Invalid i:
                TempData[Aviso.Error] = string.Join(" ", i.Errors.Select(e => t.English ? e.Reason.En : e.Reason.Es));
                break;
            default:
                return NotFound();
        }

        return RedirectToPage();
    }
}
