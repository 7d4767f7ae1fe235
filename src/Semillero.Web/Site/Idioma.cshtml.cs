using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Web.Hosting;

namespace Semillero.Web.Site;

// GET /idioma?culture=en&returnUrl=/referencia-api — the language switch. Stores the choice in the
// request-localization cookie (read on every later request) and redirects back, to a local URL only.
// A plain link, so it works without JavaScript; the choice is a preference, not state worth a form.
public sealed class IdiomaModel : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var chosen = WebHosting.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    Path = Request.PathBase.HasValue ? Request.PathBase.Value : "/",
                    HttpOnly = true,
                    Secure = Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    // A language the person picked is needed for the site to work as they asked.
                    IsEssential = true,
                });
        }

        Response.Headers.CacheControl = "no-store";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
    }
}
