using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Credits;

// GET/POST /operacion/creditos/solicitudes/{id} — one application for operators: the startup, the
// reviews, assigning a reviewer and deciding.
public sealed class OperacionSolicitudCreditoModel(ReadCreditApplications read, ManageReviewers reviewers, AssignReviewers assign, DecideApplication decide) : PageModel
{
    public OperatorApplicationView? View { get; private set; }

    public IReadOnlyList<ReviewerView> Reviewers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsignarAsync(Guid id, Guid reviewerId, CancellationToken ct)
    {
        var t = SolicitudCreditoTexts.Current;
        switch (await assign.ManualAsync(id, reviewerId, User.Actor(), ct))
        {
            case AssignReviewerOutcome.Assigned:
                TempData[Aviso.Ok] = t.AssignedOk;
                return Redirect($"/operacion/creditos/solicitudes/{id}");
            case AssignReviewerOutcome.Refused r:
                Errors = [t.English ? r.En : r.Es];
                break;
            case AssignReviewerOutcome.Closed:
                Errors = [t.ClosedReview];
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDecidirAsync(Guid id, string? outcome, string? amount, string? reasons, CancellationToken ct)
    {
        var t = SolicitudCreditoTexts.Current;
        long? cents = CreditRules.TryParseUsd(amount, out var parsed) ? parsed : null;
        switch (await decide.RunAsync(id, new DecisionInput(outcome, cents, reasons), User.Actor(), ct))
        {
            case DecideApplicationOutcome.Decided:
                TempData[Aviso.Ok] = t.DecidedOk;
                return Redirect($"/operacion/creditos/solicitudes/{id}");
            case DecideApplicationOutcome.Invalid i:
                Errors = i.Errors.Select(e => t.English ? e.Reason.En : e.Reason.Es).ToList();
                break;
            case DecideApplicationOutcome.CapExceeded c:
                Errors = [t.CapLeft(c.LeftCents)];
                break;
            case DecideApplicationOutcome.WrongStatus w:
                Errors = [t.WrongStatus(w.Status)];
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.Actor();
        View = await read.ForOperatorAsync(id, actor, ct);
        Reviewers = (await reviewers.ListAsync(ct)).Where(r => r.Active).ToList();
        return View is not null;
    }
}
