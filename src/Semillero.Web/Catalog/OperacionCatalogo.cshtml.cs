using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Catalog;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Catalog;

// GET /operacion/catalogo — every path (drafts too) and course, with the way into editing them and
// their rules; publishing and unpublishing are small POST forms in the list (Post/Redirect/Get).
public sealed class OperacionCatalogoModel(ReadCatalog read, PublishPath publish) : PageModel
{
    public IReadOnlyList<PathCard> Paths { get; private set; } = [];

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Paths = await read.PathsAsync(null, null, includeDrafts: true, ct);
        Courses = await read.CoursesAsync(ct);
    }

    public Task<IActionResult> OnPostPublicarAsync(string? ruta, CancellationToken ct) => SetAsync(ruta, true, ct);

    public Task<IActionResult> OnPostDespublicarAsync(string? ruta, CancellationToken ct) => SetAsync(ruta, false, ct);

    private async Task<IActionResult> SetAsync(string? code, bool published, CancellationToken ct)
    {
        var k = CatalogoTexts.Current;
        var outcome = string.IsNullOrWhiteSpace(code)
            ? new PublishPathOutcome.NotFound()
            : published ? await publish.PublishAsync(code, ct) : await publish.UnpublishAsync(code, ct);
        switch (outcome)
        {
            case PublishPathOutcome.Done done:
                TempData[Aviso.Ok] = Texts.Format(published ? k.PathPublished : k.PathUnpublished, k.Pick(done.Path.NameEs, done.Path.NameEn));
                break;
            case PublishPathOutcome.Invalid invalid:
                TempData[Aviso.Error] = k.Pick(invalid.Es, invalid.En);
                break;
            default:
                TempData[Aviso.Error] = k.PathGone;
                break;
        }

        return RedirectToPage();
    }
}
