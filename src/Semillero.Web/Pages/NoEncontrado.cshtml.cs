using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Semillero.Web.Pages;

// The HTML "not found" page, meant as the re-execute target of status code pages for non-API
// paths. Answers 404 whatever the method, so a re-executed POST renders it too (no antiforgery:
// nothing is read from the request body).
[IgnoreAntiforgeryToken]
public sealed class NoEncontradoModel : PageModel
{
    // The address the person asked for, when re-executed from status code pages.
    public string? RequestedPath { get; private set; }

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Response.StatusCode = StatusCodes.Status404NotFound;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        RequestedPath = original is null ? null : original.OriginalPathBase + original.OriginalPath;
    }
}
