using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Hiring;
using Semillero.Web.Access;

namespace Semillero.Web.Hiring;

// GET/POST /empresa/postulaciones/{id} — one candidacy: the pseudonymous profile, the contact once
// accepted (an audited read), the history, the stage moves and the hire form; after the hire, the
// placement with the badges it is attributed to.
public sealed class PostulacionModel(ReadApplication read, MoveApplication move, RecordPlacement record) : PageModel
{
    public const string Flash = "contratacion.aviso";

    public ApplicationDetail Detail { get; private set; } = null!;

    [BindProperty(Name = "etapa")]
    public string? Etapa { get; set; }

    [BindProperty(Name = "nota")]
    public string? Nota { get; set; }

    [BindProperty(Name = "inicio")]
    public DateOnly? Inicio { get; set; }

    [BindProperty(Name = "sueldo")]
    public string? Sueldo { get; set; }

    [BindProperty(Name = "contrato")]
    public string? Contrato { get; set; }

    public ILookup<string, string> Errors { get; private set; } = Array.Empty<string>().ToLookup(e => e);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoverAsync(Guid id, CancellationToken ct)
    {
        var t = HiringTexts.Current;
        if (!HiringRules.TryParse<ApplicationStage>(Etapa, out var stage))
        {
            return await ShowAsync(id, [("etapa", HiringTexts.Format(t.MoveRefused, "—"))], ct);
        }

        switch (await move.RunAsync(id, stage, Nota, User.Actor(), ct))
        {
            case MoveApplicationOutcome.Moved moved:
                TempData[Flash] = HiringTexts.Format(t.Moved, t.StageName(moved.To));
                return RedirectToPage(new { id });
            case MoveApplicationOutcome.NotAllowed refused:
                return await ShowAsync(id, [("etapa", HiringTexts.Format(t.MoveRefused, t.StageName(refused.From)))], ct);
            case MoveApplicationOutcome.Invalid:
                return await ShowAsync(id, [("nota", HiringTexts.Format(t.ApplyNoteTooLong))], ct);
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostContratarAsync(Guid id, CancellationToken ct)
    {
        var t = HiringTexts.Current;
        switch (await record.RunAsync(id, new RecordPlacementInput(Inicio, Sueldo, Contrato), User.Actor(), ct))
        {
            case RecordPlacementOutcome.Recorded:
            case RecordPlacementOutcome.AlreadyRecorded:
                TempData[Flash] = t.Hired;
                return RedirectToPage(new { id });
            case RecordPlacementOutcome.NotAllowed refused:
                return await ShowAsync(id, [("inicio", HiringTexts.Format(t.MoveRefused, t.StageName(refused.Stage)))], ct);
            case RecordPlacementOutcome.Invalid invalid:
                var field = new Dictionary<string, string>(StringComparer.Ordinal) { ["startsOn"] = "inicio", ["salaryBand"] = "sueldo", ["contractType"] = "contrato" };
                return await ShowAsync(id, [.. invalid.Errors.Select(e => (field.GetValueOrDefault(e.Field, e.Field), t.English ? e.Reason.En : e.Reason.Es))], ct);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, IReadOnlyList<(string Field, string Message)> errors, CancellationToken ct)
    {
        Errors = errors.ToLookup(e => e.Field, e => e.Message, StringComparer.Ordinal);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var detail = await read.RunAsync(id, User.Actor(), "Empresa › candidatura", ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        return true;
    }
}
