using Microsoft.AspNetCore.Antiforgery;
using Semillero.Web.Access;

namespace Semillero.Web.Hosting;

// The API and the LRS answer API keys and, for people signed in to the site, the session cookie. A
// browser sends that cookie by itself, so a page elsewhere could make a signed-in person's browser
// write (SameSite=Lax stops cross-site form posts, not same-site ones, nor older browsers). Every
// state-changing request under /api or /xapi that is authenticated by the cookie must therefore carry
// the site's antiforgery token — the form field __RequestVerificationToken or the header
// RequestVerificationToken, issued to the same person by any page of the site — or it is refused with
// 400. Calls with an API key (Bearer, or Basic for xAPI) are not affected: no browser adds those by
// itself. The site's own pages never write to the API with the cookie; they post their own forms.
public static class CookieApiAntiforgery
{
    public static IApplicationBuilder UseCookieApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsCookieWrite(context) && !await IsValidAsync(context))
        {
            await RefuseAsync(context);
            return;
        }

        await next(context);
    });

    private static bool IsCookieWrite(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase))
        && context.User.Identity is { IsAuthenticated: true } identity
        && identity.AuthenticationType != ApiKeyAuthenticationHandler.SchemeName;

    private static async Task<bool> IsValidAsync(HttpContext context)
    {
        try
        {
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or IOException)
        {
            return false;
        }
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.WriteAsJsonAsync(new { error = "A request signed in with the site's cookie must carry its antiforgery token; systems should use an API key (HTTP Basic)." }, context.RequestAborted);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = Problems.Pick("Falta el token antifalsificación", "The antiforgery token is missing"),
                Detail = Problems.Pick(
                    "Una escritura con la sesión del sitio debe llevar el token antifalsificación (campo __RequestVerificationToken o encabezado RequestVerificationToken). Los sistemas deben usar una llave de API.",
                    "A write made with the site's session must carry the antiforgery token (field __RequestVerificationToken or header RequestVerificationToken). Systems should use an API key."),
            },
        });
    }
}
