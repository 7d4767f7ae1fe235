using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.LearningRecords.Timeline;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.LearningRecords;

// GET /mi-aprendizaje?pagina= — the signed-in learner's own learning records, newest first. The
// learner comes from the sign-in, never from the request: nobody reads another person's records here.
public sealed class MiAprendizajeModel(ReadLearningTimeline timeline) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public TimelinePage Timeline { get; private set; } = new([], 1, PageSize, new TimelineSummary(0, 0, 0, []));

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (User.Actor().LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        PageNumber = Math.Max(1, PageNumber);
        Timeline = await timeline.RunAsync(learnerId, PageNumber, PageSize, ct);
        Paging = new Paging(PageNumber, PageSize, Timeline.Summary.Records);
        return Page();
    }

    public string? PageUrl(int page) => Url.Page(null, new { pagina = page > 1 ? page : (int?)null });
}
