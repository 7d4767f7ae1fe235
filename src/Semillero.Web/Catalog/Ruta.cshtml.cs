using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;

namespace Semillero.Web.Catalog;

// GET /catalogo/{code} — one published path: its courses, skills and what completes it, in words.
// A draft is not found here, whoever asks: operators see drafts in /operacion/catalogo.
public sealed class RutaModel(ReadCatalog read) : PageModel
{
    public PathDetail Path { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await read.PathAsync(code, includeDrafts: false, ct) is not { } path)
        {
            return NotFound();
        }

        Path = path;
        return Page();
    }
}
