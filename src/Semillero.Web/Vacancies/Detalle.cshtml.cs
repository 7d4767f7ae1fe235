using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;
using Semillero.Vacancies;
using Semillero.Web.Access;

namespace Semillero.Web.Vacancies;

// GET /vacantes/{id} — a vacancy's public page. A vacancy that is not public (draft, closed, past
// its date, or of an unverified company) is shown only to its company and operators; anyone else
// gets "not found".
public sealed class DetalleModel(ReadVacancy read) : PageModel
{
    public VacancyDetail Vacancy { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Actor? viewer = User.Identity?.IsAuthenticated == true ? User.Actor() : null;
        if (await read.RunAsync(id, viewer, ct) is not { } vacancy)
        {
            return NotFound();
        }

        Vacancy = vacancy;
        return Page();
    }
}
