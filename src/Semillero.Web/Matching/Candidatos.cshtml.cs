using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Matching;
using Semillero.Web.Access;

namespace Semillero.Web.Matching;

// GET /empresa/vacantes/{id}/candidatos — the vacancy's ranked, pseudonymous candidates with why
// they rank there and an invitation form each (the hiring feature receives it).
public sealed class CandidatosModel(RankCandidates rank) : PageModel
{
    public RankCandidatesOutcome Outcome { get; private set; } = new RankCandidatesOutcome.NotFound();

    public Guid Id { get; private set; }

    [FromQuery(Name = "invitado")]
    public string? Invited { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Id = id;
        Outcome = await rank.RunAsync(id, RankCandidates.DefaultTop, User.Actor(), ct);
        if (Outcome is RankCandidatesOutcome.NotFound)
        {
            return NotFound();
        }

        if (Outcome is RankCandidatesOutcome.Warming)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }

        return Page();
    }
}
