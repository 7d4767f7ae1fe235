using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Semillero.Access;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Validation;
using Semillero.Web.Access;

namespace Semillero.Web.LearningRecords;

// The xAPI LRS under /xapi. It answers with the xAPI specification's status codes and headers
// rather than problem+json (STYLE.md, "Errors").
public static class XapiEndpoints
{
    public const string VersionHeader = "X-Experience-API-Version";
    public const string ConsistentThroughHeader = "X-Experience-API-Consistent-Through";
    public const long MaxBody = 20 * 1024 * 1024;

    public static void MapXapi(this IEndpointRouteBuilder app)
    {
        var xapi = app.MapGroup("/xapi").WithTags("xAPI LRS").ExcludeFromDescription();
                xapi.MapMethods("/about", GetAndHead, About);
        var statements = xapi.MapGroup("/statements").AddEndpointFilter(RequireVersion);
        statements.MapPost("", Post);
        statements.MapPut("", Put);
        statements.MapMethods("", GetAndHead, Get);
        xapi.MapXapiDocuments();
    }

    // Every /xapi response says which version answered and how current reads are (xAPI 1.0.3 §6.2),
    // including 401s, so this runs before authentication.
    public static IApplicationBuilder UseXapiHeaders(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase), xapi => xapi.Use(async (context, next) =>
        {
            var version = ParseVersion(context.Request.Headers[VersionHeader].ToString());
            context.Response.Headers[VersionHeader] = version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.3";
            context.Response.Headers[ConsistentThroughHeader] = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("o", CultureInfo.InvariantCulture);
            context.Items[nameof(XapiVersion)] = version ?? XapiVersion.V1_0_3;
            await next(context);
        }));

    // Every request except About must say which version it speaks; checked after authorization so
    // a caller without credentials learns that first.
    public static async ValueTask<object?> RequireVersion(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
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

    public static XapiVersion Version(HttpContext context) => context.Items[nameof(XapiVersion)] is XapiVersion v ? v : XapiVersion.V1_0_3;

    private static readonly string[] Versions = ["1.0.3", "2.0.0"];

    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static IResult About(HttpContext http) => Json(http, JsonSerializer.Serialize(new { version = Versions, extensions = new Dictionary<string, object>() }));

    // HEAD gets GET's status and headers but no body, whatever server runs the app (xAPI 1.0.3 §1.1).
    public static IResult Json(HttpContext http, string json)
    {
        if (HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = Encoding.UTF8.GetByteCount(json);
            return Results.Empty;
        }

        return Results.Text(json, "application/json", Encoding.UTF8);
    }

    public static XapiCredential Credential(ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return new XapiCredential(actor.Id, actor.Organization ?? actor.Name, actor.Role);
    }

    public static string? PartnerScope(ClaimsPrincipal user) => user.Actor() is var actor && actor.Role == Roles.Operador ? null : actor.Organization;

    private static async Task<(JsonElement? Body, IResult? Error)> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Results.BadRequest($"Content-Type {type} is not supported here; send application/json."));
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, ct);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, Results.BadRequest($"Malformed JSON: {e.Message}"));
        }
    }

    private static async Task<IResult> Post(HttpContext http, StoreStatements store, ClaimsPrincipal user, CancellationToken ct)
    {
        var (body, error) = await ReadJsonAsync(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (body!.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return Results.BadRequest("The body must be a statement or an array of statements.");
        }

        return await store.RunAsync(body.Value, null, Credential(user), Version(http), ct) switch
        {
            StoreStatementsOutcome.Stored s => Results.Json(s.Ids.Select(id => id.ToString()).ToArray()),
            StoreStatementsOutcome.Invalid i => Results.BadRequest(i.Message),
            StoreStatementsOutcome.Conflict c => Results.Conflict(c.Message),
            _ => throw new InvalidOperationException("unexpected outcome"),
        };
    }

    private static async Task<IResult> Put(HttpContext http, StoreStatements store, ClaimsPrincipal user, [FromQuery] string? statementId, CancellationToken ct)
    {
        if (!Guid.TryParse(statementId, out var id))
        {
            return Results.BadRequest("PUT needs a valid statementId parameter.");
        }

        var (body, error) = await ReadJsonAsync(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (body!.Value.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest("PUT takes one statement object.");
        }

        return await store.RunAsync(body.Value, id, Credential(user), Version(http), ct) switch
        {
            StoreStatementsOutcome.Stored => Results.NoContent(),
            StoreStatementsOutcome.Invalid i => Results.BadRequest(i.Message),
            StoreStatementsOutcome.Conflict c => Results.Conflict(c.Message),
            _ => throw new InvalidOperationException("unexpected outcome"),
        };
    }

    private static async Task<IResult> Get(
        HttpContext http, QueryStatements query, IDataProtectionProvider protection, ClaimsPrincipal user, CancellationToken ct,
        [FromQuery] string? statementId = null, [FromQuery] string? voidedStatementId = null, [FromQuery] string? agent = null,
        [FromQuery] string? verb = null, [FromQuery] string? activity = null, [FromQuery] string? registration = null,
        [FromQuery] string? since = null, [FromQuery] string? until = null, [FromQuery] int limit = 0, [FromQuery] bool ascending = false,
        [FromQuery] string? more = null)
    {
        var partner = PartnerScope(user);
        if (statementId is not null || voidedStatementId is not null)
        {
            var voided = voidedStatementId is not null;
            if (!Guid.TryParse(statementId ?? voidedStatementId, out var id) || (statementId is not null && voidedStatementId is not null))
            {
                return Results.BadRequest("statementId / voidedStatementId must be one valid UUID.");
            }

            return await query.ByIdAsync(id, voided, partner, ct) is { } json
                ? Json(http, json)
                : Results.NotFound();
        }

        // `more` links carry the whole query, signed and valid for 24 hours.
        var moreProtector = protection.CreateProtector("Semillero.Xapi.More").ToTimeLimitedDataProtector();
        StatementQuery q;
        if (more is not null)
        {
            try
            {
                q = JsonSerializer.Deserialize<StatementQuery>(moreProtector.Unprotect(more))!;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return Results.BadRequest("The more link is not valid or has expired.");
            }
        }
        else
        {
            string? agentKey = null;
            if (agent is not null)
            {
                try
                {
                    using var document = JsonDocument.Parse(agent);
                    if (StatementValidator.ValidateAgent(document.RootElement, Version(http)).Count > 0)
                    {
                        return Results.BadRequest("The agent parameter is not a valid Agent or Group.");
                    }

                    agentKey = StatementShape.AgentKey(document.RootElement);
                }
                catch (JsonException)
                {
                    return Results.BadRequest("The agent parameter is not JSON.");
                }
            }

            Guid? reg = null;
            if (registration is not null)
            {
                if (!Guid.TryParse(registration, out var r))
                {
                    return Results.BadRequest("registration must be a UUID.");
                }

                reg = r;
            }

            if (!TryTime(since, out var sinceAt) || !TryTime(until, out var untilAt))
            {
                return Results.BadRequest("since and until must be ISO 8601 timestamps.");
            }

            q = new StatementQuery(agentKey, verb, activity, reg, sinceAt, untilAt, limit, ascending);
        }

        var page = await query.RunAsync(q, partner, ct);
        // Absolute path including any base the site is mounted under, so clients resolve it as is.
        var moreLink = page.Next is null ? "" : http.Request.PathBase + "/xapi/statements?more=" + Uri.EscapeDataString(moreProtector.Protect(JsonSerializer.Serialize(page.Next), TimeSpan.FromHours(24)));
        var body = new StringBuilder("{\"statements\":[");
        body.AppendJoin(',', page.Statements);
        body.Append("],\"more\":").Append(JsonSerializer.Serialize(moreLink)).Append('}');
        return Json(http, body.ToString());
    }

    private static bool TryTime(string? text, out DateTime? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            value = parsed.UtcDateTime;
            return true;
        }

        return false;
    }
}
