using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Accounts;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Accounts;

// GET/POST /operacion/reclamos/{id} — one account request: the record beside what the newcomer
// wrote (the read is audited) and, while pending, the vouch or rejection with its reason. A partner
// reaches only requests on people its organisation registered; anything else is a 404.
public sealed class ReclamoModel(ListRecordClaims claims, DecideRecordClaim decide) : PageModel
{
    public const string Vouch = "avalar";
    public const string Reject = "rechazar";

    public RecordClaimDetail? Item { get; private set; }

    [BindProperty(Name = "decision")]
    public string? Decision { get; set; }

    [BindProperty(Name = "motivo")]
    public string? Reason { get; set; }

    public string? ReasonError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Item = await claims.DetailAsync(User.Actor(), id, ct);
        return Item is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var r = ReclamosTexts.Current;
        if (Decision is not (Vouch or Reject))
        {
            return BadRequest();
        }

        var outcome = await decide.RunAsync(User.Actor(), new DecideRecordClaimInput(id, Decision == Vouch, Reason), ct);
        switch (outcome)
        {
            case DecideRecordClaimOutcome.NotFound:
                if (await claims.DetailAsync(User.Actor(), id, ct) is null)
                {
                    return NotFound();
                }

                TempData[Aviso.Error] = r.NotPending;
                return RedirectToPage(new { id });
            case DecideRecordClaimOutcome.ReasonRequired:
                ReasonError = r.ReasonRequired;
                Item = await claims.DetailAsync(User.Actor(), id, ct);
                return Item is null ? NotFound() : Page();
            case DecideRecordClaimOutcome.Vouched:
                TempData[Aviso.Ok] = r.Vouched;
                break;
            case DecideRecordClaimOutcome.Rejected:
                TempData[Aviso.Ok] = r.Rejected;
                break;
            case DecideRecordClaimOutcome.Superseded:
                TempData[Aviso.Error] = r.Superseded;
                break;
        }

        return RedirectToPage("/Accounts/Reclamos");
    }
}
