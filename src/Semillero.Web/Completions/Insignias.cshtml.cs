using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Badges;
using Semillero.Web.Access;

namespace Semillero.Web.Completions;

// GET /mi-aprendizaje/insignias — the signed-in learner's completed paths with their badges, the
// paths under way and the completed courses. The learner comes from the sign-in only.
public sealed class InsigniasModel(ReadLearnerAchievements achievements) : PageModel
{
    public LearnerAchievements Achievements { get; private set; } = new([], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (User.Actor().LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        Achievements = await achievements.RunAsync(learnerId, ct);
        return Page();
    }

    // The badge's public page as an absolute address, for pasting into a message or a profile.
    public string ShareUrl(Guid awardId) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/verificar/{awardId}";
}
