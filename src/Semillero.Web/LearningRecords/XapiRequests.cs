using System.Globalization;
using System.Security.Claims;
using Semillero.Access;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Validation;
using Semillero.Web.Access;

namespace Semillero.Web.LearningRecords;

// What every /xapi request carries besides its resource: the xAPI version it speaks, the caller's
// credential, and parameters that must be exactly the ones the resource knows.
public static class XapiRequests
{
    public const string VersionHeader = "X-Experience-API-Version";
    public const string ConsistentThroughHeader = "X-Experience-API-Consistent-Through";

    // Every /xapi response says which version answered and how current reads are (xAPI 1.0.3 §6.2),
    // including 401s, so this runs before authentication — and before routing, because the alternate
    // request syntax rewrites the method, headers and query the router and authentication read.
    // A request that names no version is answered as 1.0.3 unless the site sets Xapi:DefaultVersion
    // to 2.0.0 (for a deployment whose partners all speak 2.0.0; the two ADL suites expect each their
    // own version on such a 400, see CONFORMANCE.md).
    public static IApplicationBuilder UseXapiRequests(this IApplicationBuilder app)
    {
        var fallback = ParseVersion(app.ApplicationServices.GetRequiredService<IConfiguration>()["Xapi:DefaultVersion"]) ?? XapiVersion.V1_0_3;
        return app.UseWhen(c => c.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase), xapi => xapi.Use(async (context, next) =>
        {
            var problem = await XapiAlternateSyntax.RewriteAsync(context);
            var version = ParseVersion(context.Request.Headers[VersionHeader].ToString()) ?? fallback;
            context.Response.Headers[VersionHeader] = version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.3";
            context.Response.Headers[ConsistentThroughHeader] = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("o", CultureInfo.InvariantCulture);
            context.Items[nameof(XapiVersion)] = version;
            if (problem is not null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = problem }, context.RequestAborted);
                return;
            }

            await next(context);
        }));
    }

    // Every request except About must say which version it speaks; checked after authorization so
    // a caller without credentials learns that first. A partner's key acts only for a verified
    // organisation (docs/organizations.md): until then, or after a rejection, it is refused.
    public static async ValueTask<object?> RequireVersion(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var actor = context.HttpContext.User.Actor();
        if (actor.Role == Roles.Aliado && actor.Organization is null)
        {
            return Results.Json(new { error = "This key's organisation is not verified: it cannot send or read learning records until an operator verifies it." },
                statusCode: StatusCodes.Status403Forbidden);
        }

        var requested = context.HttpContext.Request.Headers[VersionHeader].ToString();
        return ParseVersion(requested) is null
            ? Results.BadRequest($"Missing or unsupported {VersionHeader} header; send 1.0.3 or 2.0.0.")
            : await next(context);
    }

    // 1.0.x means 1.0.3 (1.0.0–1.0.3 are compatible); 2.0.x means 2.0.0. Nothing else is accepted.
    public static XapiVersion? ParseVersion(string? header) => header?.Trim() switch
    {
        null or "" => null,
        var v when v.StartsWith("1.0", StringComparison.Ordinal) && (v.Length == 3 || v[3] == '.') => XapiVersion.V1_0_3,
        var v when v.StartsWith("2.0", StringComparison.Ordinal) && (v.Length == 3 || v[3] == '.') => XapiVersion.V2_0_0,
        _ => null,
    };

    // The version UseXapiRequests settled on for this request.
    public static XapiVersion Version(HttpContext context) => context.Items[nameof(XapiVersion)] is XapiVersion v ? v : XapiVersion.V1_0_3;

    public static XapiCredential Credential(ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return new XapiCredential(actor.Id, actor.Organization ?? actor.Name, actor.Role);
    }

    // Operators read every partner's statements; anyone else exactly the partner its credential
    // writes as — never "all" because an organisation is missing.
    public static string? PartnerScope(ClaimsPrincipal user) => user.Actor().Role == Roles.Operador ? null : Credential(user).Partner;

    // Parameter names are case-sensitive and unknown ones are errors (xAPI 1.0.3 Communication §3.2).
    public static IResult? RejectUnknownParameters(HttpRequest request, params string[] allowed)
    {
        foreach (var key in request.Query.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                return XapiResponses.Error(StatusCodes.Status400BadRequest, $"Unknown parameter «{key}» (names are case-sensitive). Allowed: {string.Join(", ", allowed)}.");
            }
        }

        return null;
    }
}
