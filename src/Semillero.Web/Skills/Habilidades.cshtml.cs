using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;
using Semillero.Skills;

namespace Semillero.Web.Skills;

// GET /habilidades and /habilidades/{id} — the skills list Semillero ships, and for one skill the
// published paths that grant it. Badges name these addresses as their skills' targetUrl.
public sealed class HabilidadesModel(ReadCatalog read) : PageModel
{
    public Skill? Selected { get; private set; }

    public IReadOnlyList<PathCard> GrantedBy { get; private set; } = [];

    // Skill id → how many published paths grant it, for the list.
    public IReadOnlyDictionary<string, int> PathCounts { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        var paths = await read.PathsAsync(null, null, includeDrafts: false, ct);
        if (id is not null)
        {
            if (SkillCatalog.Find(id) is not { } skill)
            {
                return NotFound();
            }

            Selected = skill;
            GrantedBy = paths.Where(p => p.Skills.Any(s => s.Id == skill.Id)).ToList();
            return Page();
        }

        PathCounts = paths.SelectMany(p => p.Skills).GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return Page();
    }
}
