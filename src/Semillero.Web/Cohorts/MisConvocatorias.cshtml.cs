using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Cohorts;
using Semillero.Web.Access;

namespace Semillero.Web.Cohorts;

// GET/POST /mi-aprendizaje/convocatorias — the signed-in learner's cohorts: status, place on the
// waitlist, and a withdraw button for each active enrolment.
public sealed class MisConvocatoriasModel(ReadEnrolments read, WithdrawEnrolment withdraw) : PageModel
{
    public IReadOnlyList<MyEnrolment> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Actor().LearnerId is not { } learnerId)
        {
            return Forbid();
        }

        Message = TempData[ConvocatoriaModel.Flash] as string;
        Items = await read.ForLearnerAsync(learnerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBajaAsync(Guid convocatoria, Guid registro, CancellationToken ct)
    {
        if (await withdraw.RunAsync(convocatoria, registro, User.Actor(), null, ct) is WithdrawOutcome.NotFound)
        {
            return NotFound();
        }

        TempData[ConvocatoriaModel.Flash] = CohortTexts.Current.WithdrawnOk;
        return Redirect("/mi-aprendizaje/convocatorias");
    }
}
