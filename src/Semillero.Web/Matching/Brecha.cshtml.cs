using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;
using Semillero.Hiring;
using Semillero.Web.Access;

namespace Semillero.Web.Matching;

// GET /operacion/brecha — the skills-gap backlog: open demand by skill and state against visible
// graduates with the skill verified, and the hires made. Analysts see small counts suppressed.
public sealed class BrechaModel(SkillsGap gap) : PageModel
{
    public SkillsGapReport? Report { get; private set; }

    public IReadOnlyList<MatchingEndpoints.SkillGapView> Lines { get; private set; } = [];

    public bool Suppressed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Suppressed = User.Actor().Role != Roles.Operador;
        Report = await gap.RunAsync(ct);
        if (Report is null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
            return Page();
        }

        Lines = Report.Lines.Select(l => MatchingEndpoints.View(l, Suppressed)).ToList();
        return Page();
    }
}
