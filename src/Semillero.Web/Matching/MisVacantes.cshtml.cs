using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Matching;
using Semillero.Privacy;
using Semillero.Web.Access;

namespace Semillero.Web.Matching;

// GET /mi-aprendizaje/vacantes — open vacancies that fit the signed-in learner, best first, with
// what they meet, what they lack and the path that closes the gap.
public sealed class MisVacantesModel(MatchVacancies match, Consents consents) : PageModel
{
    public IReadOnlyList<VacancyFit> Fits { get; private set; } = [];

    public bool Visible { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (User.Actor().LearnerId is not { } learnerId || await match.RunAsync(learnerId, ct) is not { } fits)
        {
            return NotFound();
        }

        Fits = fits;
        Visible = await consents.HasAsync(learnerId, Purposes.VisibleEmpleadores, ct);
        return Page();
    }
}
