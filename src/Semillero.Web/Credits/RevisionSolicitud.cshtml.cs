using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;

namespace Semillero.Web.Credits;

// GET/POST /revision/creditos/{id} — one assigned application: the rubric form (once, final) and the
// declare-conflict form. Not assigned to this person: 404.
public sealed class RevisionSolicitudModel(ReadCreditApplications read, CreditProgramVersions programs, SubmitReview submit, DeclareConflict declare) : PageModel
{
    public ReviewerItem? Item { get; private set; }

    public CreditProgram Program { get; private set; } = CreditPrograms.Shipped;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevisarAsync(Guid id, string? comment, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in Program.Review.Rubric)
        {
            if (int.TryParse(Request.Form["s-" + c.Id], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var score))
            {
                scores[c.Id] = score;
            }
        }

        var t = SolicitudCreditoTexts.Current;
        switch (await submit.RunAsync(id, new ReviewInput(scores, comment), User.Actor(), ct))
        {
            case SubmitReviewOutcome.Submitted:
                TempData[EmpresaCreditosModel.Flash] = t.ReviewSent;
                return Redirect($"/revision/creditos/{id}");
            case SubmitReviewOutcome.Invalid i:
                Errors = i.Errors.Select(e => t.English ? e.Reason.En : e.Reason.Es).ToList();
                return Page();
            case SubmitReviewOutcome.NotFound:
                return NotFound();
            default:
                Errors = [t.ClosedReview];
                await LoadAsync(id, ct);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostConflictoAsync(Guid id, string? reason, CancellationToken ct)
    {
        var actor = User.Actor();
        if (!await LoadAsync(id, ct) || CreditAccess.UserId(actor) is not { } me)
        {
            return NotFound();
        }

        var t = SolicitudCreditoTexts.Current;
        switch (await declare.RunAsync(me, new ConflictInput(null, id, reason), actor, ct))
        {
            case DeclareConflictOutcome.Declared:
                TempData[EmpresaCreditosModel.Flash] = t.ConflictDeclared;
                return Redirect("/revision/creditos");
            case DeclareConflictOutcome.Invalid i:
                Errors = i.Errors.Select(e => t.English ? e.Reason.En : e.Reason.Es).ToList();
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Message = TempData[EmpresaCreditosModel.Flash] as string;
        Item = await read.ForReviewerAsync(id, User.Actor(), ct);
        if (Item is null)
        {
            return false;
        }

        Program = await programs.FindAsync(Item.Summary.ProgramVersion, ct) ?? CreditPrograms.Shipped;
        return true;
    }
}
