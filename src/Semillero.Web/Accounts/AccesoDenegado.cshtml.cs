using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Semillero.Web.Accounts;

// GET /cuenta/acceso-denegado?ReturnUrl=… — where the sign-in cookie sends a person whose role
// may not open a page. Answers 403, explains, and offers the ways on.
public sealed class AccesoDenegadoModel : PageModel
{
    public string? RequestedPath { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        RequestedPath = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
    }
}
