using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;

namespace Semillero.Web.Catalog;

// GET /catalogo?area=&nivel= — the published paths, grouped by area. The filters are a plain GET
// form, so they work without JavaScript and a filtered list can be shared as a link.
public sealed class CatalogoModel(ReadCatalog read) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "area")]
    public string? AreaFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "nivel")]
    public string? LevelFilter { get; set; }

    public PathArea? Area { get; private set; }

    public PathLevel? Level { get; private set; }

    public IReadOnlyList<PathCard> Paths { get; private set; } = [];

    public bool Filtered => Area is not null || Level is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An unknown value in a shared link shows everything rather than an error.
        Area = CatalogRules.ParseArea(AreaFilter);
        Level = CatalogRules.ParseLevel(LevelFilter);
        Paths = await read.PathsAsync(Area, Level, includeDrafts: false, ct);
    }
}
