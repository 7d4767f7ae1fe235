using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Hiring;
using Semillero.Web.Access;

namespace Semillero.Web.Hiring;

// GET /empresa/vacantes/{id}/postulaciones — the vacancy's candidacies by stage. Aliases always;
// names and emails only of people who accepted contact (the read is audited).
public sealed class PostulacionesModel(ListVacancyApplications list) : PageModel
{
    public VacancyPipeline Pipeline { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var pipeline = await list.RunAsync(id, User.Actor(), "Empresa › postulaciones de la vacante", ct);
        if (pipeline is null)
        {
            return NotFound();
        }

        Pipeline = pipeline;
        return Page();
    }
}
