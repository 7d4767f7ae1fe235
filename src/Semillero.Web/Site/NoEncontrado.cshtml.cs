using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Semillero.Web.Site;

// The HTML error page, the re-execute target of status code pages for non-API paths: "not found"
// for 404 and when visited directly, "could not process" for other client errors (a form whose
// antiforgery token expired is a 400). Keeps the original status; renders for any method, so a
// re-executed POST shows it too (no antiforgery: nothing is read from the request body).
[IgnoreAntiforgeryToken]
public sealed class NoEncontradoModel : PageModel
{
    // The address the person asked for, when re-executed from status code pages.
    public string? RequestedPath { get; private set; }

    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = original is { OriginalStatusCode: >= 400 and < 600 } ? original.OriginalStatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        RequestedPath = original is null ? null : original.OriginalPathBase + original.OriginalPath;
    }
}
