using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Credits;

// GET /organizacion/startups — the investors' directory (docs/credits.md): verified investment
// funds and accelerators, and operators, browse the startups that opted in, filtered by sector,
// state and stage, 20 a page. Another organisation finds no directory (404), told why.
public sealed class StartupsModel(BrowseStartups browse) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entidad { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Etapa { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public StartupDirectory? Directory { get; private set; }

    public Paging? Paging { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var t = StartupTexts.Current;
        switch (await browse.RunAsync(new StartupSearch(Sector, Entidad, Etapa, Pagina), User.Actor(), ct))
        {
            case BrowseStartupsOutcome.Found f:
                Directory = f.Directory;
                Paging = new Paging(f.Directory.Page, f.Directory.PageSize, f.Directory.Total);
                return Page();
            case BrowseStartupsOutcome.Invalid:
                // A stage typed into the address that does not exist: the list without it.
                return RedirectToPage(new { sector = Sector, entidad = Entidad });
            case BrowseStartupsOutcome.NotAllowed n:
                Refusal = t.English ? n.Reason.En : n.Reason.Es;
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            default:
                return NotFound();
        }
    }

    public string? PageUrl(int page) => page < 1 ? null : Url.Page("/Credits/Startups", new { sector = Sector, entidad = Entidad, etapa = Etapa, pagina = page });
}
