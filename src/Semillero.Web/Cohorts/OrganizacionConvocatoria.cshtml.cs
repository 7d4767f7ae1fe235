using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Cohorts;

// GET/POST /organizacion/convocatorias/{id} — the organisation changes its cohort while it is under
// review or not approved (a change sends it back to review); an approved cohort only grows its
// capacity. Another organisation's cohort is "not found".
public sealed class OrganizacionConvocatoriaModel(ReadCohorts read, SaveCohort save, SemilleroDb db) : PageModel
{
    [BindProperty]
    public CohortForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public CohortDetail? Cohort { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Paths { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public bool Editable => Cohort?.Status is CohortStatus.Pendiente or CohortStatus.Rechazada;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Message = TempData[ConvocatoriaModel.Flash] as string;
        Form = CohortForm.From(Cohort!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        switch (await save.UpdateAsync(id, User.Actor().OrganizationId, Form.ToInput(), ct))
        {
            case SaveCohortOutcome.Saved:
                TempData[ConvocatoriaModel.Flash] = CohortTexts.Current.Saved;
                return Redirect($"/organizacion/convocatorias/{id}");
            case SaveCohortOutcome.Invalid i:
                Errors.AddAll(i.Errors);
                Errors.OrderAs(CohortForm.FieldOrder);
                return Page();
            case SaveCohortOutcome.Refused r:
                Problem = Problems.Pick(r.Reason.Es, r.Reason.En);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostCupoAsync(Guid id, string? cupo, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var capacity = int.TryParse(cupo?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        switch (await save.IncreaseCapacityAsync(id, User.Actor().OrganizationId, capacity, ct))
        {
            case SaveCohortOutcome.Saved:
                TempData[ConvocatoriaModel.Flash] = CohortTexts.Current.CapacityOk;
                return Redirect($"/organizacion/convocatorias/{id}");
            case SaveCohortOutcome.Invalid i:
                Problem = Pick(i.Errors[0].Reason);
                Form = CohortForm.From(Cohort!);
                return Page();
            case SaveCohortOutcome.Refused r:
                Problem = Pick(r.Reason);
                Form = CohortForm.From(Cohort!);
                return Page();
            default:
                return NotFound();
        }
    }

    private static string Pick(IdRejection reason) => Problems.Pick(reason.Es, reason.En);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Cohort = User.Actor().OrganizationId is { } org && await read.FindAsync(id, ct) is { } c && c.OrganizationId == org ? c : null;
        Paths = await NuevaConvocatoriaModel.PublishedPathsAsync(db, ct);
        return Cohort is not null;
    }
}
