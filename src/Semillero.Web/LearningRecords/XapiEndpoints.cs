using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Semillero.Access;
using System.Text.Json.Nodes;
using Semillero.Data;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Attachments;
using Semillero.LearningRecords.Ingestion;
using Semillero.LearningRecords.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.LearningRecords;

// The xAPI LRS under /xapi. It answers with the xAPI specification's status codes and headers
// rather than problem+json (STYLE.md, "Errors").
public static class XapiEndpoints
{
    public const string VersionHeader = "X-Experience-API-Version";
    public const string ConsistentThroughHeader = "X-Experience-API-Consistent-Through";
    public const long MaxBody = XapiLimits.MaxRequestBytes;

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

    // Operators read every partner's statements; anyone else exactly the partner its credential
    // writes as — never "all" because an organisation is missing.
    public static string? PartnerScope(ClaimsPrincipal user) => user.Actor().Role == Roles.Operador ? null : Credential(user).Partner;

    private sealed record Body(JsonElement Json, IReadOnlyDictionary<string, AttachmentPart>? Parts);

    // A statement request body: application/json, or multipart/mixed with attachments. Content-Type
    // may be absent (some clients omit it); anything else is refused.
    private static async Task<(Body? Body, IResult? Error)> ReadStatementsAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {MaxBody / (1024 * 1024)} MB."));
        }

        byte[]? multipartJson = null;
        IReadOnlyDictionary<string, AttachmentPart>? parts = null;
        if (XapiMultipart.IsMultipart(request.ContentType))
        {
            var (multipart, problem) = await XapiMultipart.ReadAsync(request, ct);
            if (problem is not null)
            {
                return (null, Error(StatusCodes.Status400BadRequest, problem));
            }

            multipartJson = multipart!.Json;
            parts = multipart.Parts;
        }
        else if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Error(StatusCodes.Status400BadRequest, $"Content-Type {type} is not supported here; send application/json or multipart/mixed."));
        }

        // The statements are parsed in place and used until the response is sent: the body sits in a
        // pooled buffer, and the document (whose metadata is pooled too) is disposed with the request
        // rather than copied out (JsonElement.Clone). For a batch of 1,000 statements the copies were
        // megabytes on the large-object heap per request. The buffer is the one the edge's NUL check
        // (Hosting/NulCharacters.cs) already read the body into, so the body is read once.
        ReadOnlyMemory<byte> json;
        if (multipartJson is not null)
        {
            json = multipartJson;
        }
        else
        {
            var body = await BufferedBodyAsync(request, ct);
            if (!body.Complete)
            {
                return (null, Error(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {MaxBody / (1024 * 1024)} MB."));
            }

            json = body.Bytes;
        }

        // JSON text is UTF-8 (xAPI 1.0.3 Communication §1.4); the parser only checks string bytes
        // when a value is read, so check them all here, before anything reads a value.
        if (!System.Text.Unicode.Utf8.IsValid(json.Span))
        {
            return (null, Error(StatusCodes.Status400BadRequest, "The body is not valid UTF-8."));
        }

        try
        {
            var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            request.HttpContext.Response.RegisterForDispose(document);
            return (new Body(document.RootElement, parts), null);
        }
        catch (JsonException e)
        {
            return (null, Error(StatusCodes.Status400BadRequest, $"Malformed JSON: {e.Message}"));
        }
    }

    // The body in a pooled buffer that lives until the response is sent, read up to one byte past
    // MaxBody (a longer body is refused): the edge's buffer when it holds this body, else read now.
    private static async Task<ReplayableBodyStream> BufferedBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.Body is ReplayableBodyStream buffered)
        {
            return buffered;
        }

        var body = await ReplayableBodyStream.ReadAsync(request, MaxBody, ct);
        request.HttpContext.Response.RegisterForDispose(body);
        request.Body = body;
        return body;
    }

    // xAPI errors are plain JSON objects with a message; the spec defines status codes, not bodies.
    public static IResult Error(int status, string message) =>
        Results.Json(new { error = message }, statusCode: status);

    // Parameter names are case-sensitive and unknown ones are errors (xAPI 1.0.3 Communication §3.2).
    public static IResult? RejectUnknownParameters(HttpRequest request, params string[] allowed)
    {
        foreach (var key in request.Query.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                return Error(StatusCodes.Status400BadRequest, $"Unknown parameter «{key}» (names are case-sensitive). Allowed: {string.Join(", ", allowed)}.");
            }
        }

        return null;
    }

    private static async Task<IResult> Post(HttpContext http, StoreStatements store, SemilleroDb db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (RejectUnknownParameters(http.Request) is { } unknown)
        {
            return unknown;
        }

        var (body, error) = await ReadStatementsAsync(http.Request, ct);
        if (error is null && body!.Json.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            error = Error(StatusCodes.Status400BadRequest, "The body must be a statement or an array of statements.");
        }

        var outcome = error is null ? await store.RunAsync(body!.Json, null, Credential(user), Version(http), body.Parts, ct) : null;
        return await Answer(http, db, clock, user, body, error, outcome, ids => Results.Json(ids.Select(id => id.ToString()).ToArray()), ct);
    }

    private static async Task<IResult> Put(HttpContext http, StoreStatements store, SemilleroDb db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        if (RejectUnknownParameters(http.Request, "statementId") is { } unknown)
        {
            return unknown;
        }

        var statementId = http.Request.Query["statementId"].ToString();
        if (!XapiFormats.IsUuid(statementId))
        {
            return Error(StatusCodes.Status400BadRequest, "PUT needs a valid statementId parameter.");
        }

        var (body, error) = await ReadStatementsAsync(http.Request, ct);
        if (error is null && body!.Json.ValueKind != JsonValueKind.Object)
        {
            error = Error(StatusCodes.Status400BadRequest, "PUT takes one statement object.");
        }

        var outcome = error is null ? await store.RunAsync(body!.Json, Guid.Parse(statementId), Credential(user), Version(http), body.Parts, ct) : null;
        return await Answer(http, db, clock, user, body, error, outcome, _ => Results.NoContent(), ct);
    }

    // Turns a store outcome into the response, and keeps a record of every refusal so the partner and
    // operators can see what an integration gets wrong (reasons only, never the statement).
    private static async Task<IResult> Answer(
        HttpContext http, SemilleroDb db, TimeProvider clock, ClaimsPrincipal user, Body? body, IResult? error,
        StoreStatementsOutcome? outcome, Func<IReadOnlyList<Guid>, IResult> stored, CancellationToken ct)
    {
        var (result, status, reason) = (error, outcome) switch
        {
            (not null, _) => (error, (error as IStatusCodeHttpResult)?.StatusCode ?? 400, ErrorText(error)),
            (_, StoreStatementsOutcome.Stored s) => (stored(s.Ids), 0, null),
            (_, StoreStatementsOutcome.Invalid i) => (Error(StatusCodes.Status400BadRequest, i.Message), 400, i.Message),
            (_, StoreStatementsOutcome.Conflict c) => (Error(StatusCodes.Status409Conflict, c.Message), 409, c.Message),
            (_, StoreStatementsOutcome.Forbidden f) => (Error(StatusCodes.Status403Forbidden, f.Message), 403, f.Message),
            (_, StoreStatementsOutcome.TooLarge t) => (Error(StatusCodes.Status413PayloadTooLarge, t.Message), 413, t.Message),
            _ => throw new InvalidOperationException("unexpected outcome"),
        };
        if (reason is not null)
        {
            db.ChangeTracker.Clear();
            db.XapiRejections.Add(new XapiRejection
            {
                Partner = Credential(user).Partner,
                At = clock.GetUtcNow().UtcDateTime,
                Status = status,
                StatementCount = body?.Json.ValueKind == JsonValueKind.Array ? body.Json.GetArrayLength() : 1,
                Reason = reason.Length > 1000 ? reason[..1000] : reason,
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return result!;
    }

    private static string ErrorText(IResult error) =>
        error is IValueHttpResult { Value: { } value } ? (value.GetType().GetProperty("error")?.GetValue(value) as string ?? value.ToString() ?? "") : "";

    private static readonly string[] QueryParameters =
    [
        "statementId", "voidedStatementId", "agent", "verb", "activity", "registration", "related_activities", "related_agents",
        "since", "until", "limit", "format", "attachments", "ascending", "more",
    ];

    private static readonly string[] SingleParameters = ["statementId", "voidedStatementId", "format", "attachments"];

    private static async Task<IResult> Get(HttpContext http, QueryStatements query, IDataProtectionProvider protection, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = http.Request;
        if (RejectUnknownParameters(request, QueryParameters) is { } unknown)
        {
            return unknown;
        }

        var p = request.Query;
        string? Param(string name) => p.TryGetValue(name, out var v) ? v.ToString() : null;
        var version = Version(http);
        var partner = PartnerScope(user);
        var head = HttpMethods.IsHead(request.Method);

        if (!TryFormat(Param("format"), out var format) || !TryBool(Param("attachments"), out var attachments))
        {
            return Error(StatusCodes.Status400BadRequest, "format must be exact, ids or canonical; attachments true or false.");
        }

        var languages = StatementFormats.ParseAcceptLanguage(request.Headers.AcceptLanguage.ToString());
        if (p.ContainsKey("statementId") || p.ContainsKey("voidedStatementId"))
        {
            var extra = p.Keys.FirstOrDefault(k => !SingleParameters.Contains(k, StringComparer.Ordinal));
            var voided = p.ContainsKey("voidedStatementId");
            var idText = Param(voided ? "voidedStatementId" : "statementId");
            if (extra is not null || (p.ContainsKey("statementId") && voided) || !XapiFormats.IsUuid(idText))
            {
                return Error(StatusCodes.Status400BadRequest, "statementId or voidedStatementId takes one valid UUID and combines only with format and attachments.");
            }

            if (await query.ByIdAsync(Guid.Parse(idText), voided, partner, ct) is not { } found)
            {
                return Error(StatusCodes.Status404NotFound, "No such statement.");
            }

            if (version == XapiVersion.V2_0_0)
            {
                http.Response.Headers.LastModified = DateTime.SpecifyKind(found.StoredAt, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);
            }

            var single = Formatted(found.Json, format, languages);
            return await Respond(http, query, single, [found.Json], attachments, head, ct);
        }

        // `more` links carry the whole query, signed and valid for 24 hours.
        var moreProtector = protection.CreateProtector("Semillero.Xapi.More").ToTimeLimitedDataProtector();
        StatementQuery q;
        if (Param("more") is { } more)
        {
            try
            {
                q = JsonSerializer.Deserialize<StatementQuery>(moreProtector.Unprotect(more))!;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return Error(StatusCodes.Status400BadRequest, "The more link is not valid or has expired.");
            }
        }
        else
        {
            string? agentKey = null;
            if (Param("agent") is { } agent)
            {
                try
                {
                    using var document = JsonDocument.Parse(agent);
                    if (StatementValidator.ValidateAgent(document.RootElement, version).Count > 0)
                    {
                        return Error(StatusCodes.Status400BadRequest, "The agent parameter is not a valid Agent or Group.");
                    }

                    agentKey = StatementShape.AgentKey(document.RootElement);
                }
                catch (JsonException)
                {
                    return Error(StatusCodes.Status400BadRequest, "The agent parameter is not JSON.");
                }
            }

            var verb = Param("verb");
            var activity = Param("activity");
            var registration = Param("registration");
            if ((verb is not null && !XapiFormats.IsIri(verb)) || (activity is not null && !XapiFormats.IsIri(activity)))
            {
                return Error(StatusCodes.Status400BadRequest, "verb and activity must be IRIs.");
            }

            if (registration is not null && !XapiFormats.IsUuid(registration))
            {
                return Error(StatusCodes.Status400BadRequest, "registration must be a UUID.");
            }

            if (!TryTime(Param("since"), version, out var sinceAt) || !TryTime(Param("until"), version, out var untilAt))
            {
                return Error(StatusCodes.Status400BadRequest, "since and until must be ISO 8601 timestamps.");
            }

            var limitText = Param("limit");
            var limit = 0;
            if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 0))
            {
                return Error(StatusCodes.Status400BadRequest, "limit must be a non-negative integer.");
            }

            if (!TryBool(Param("ascending"), out var ascending) || !TryBool(Param("related_agents"), out var relatedAgents)
                || !TryBool(Param("related_activities"), out var relatedActivities))
            {
                return Error(StatusCodes.Status400BadRequest, "ascending, related_agents and related_activities must be true or false.");
            }

            q = new StatementQuery(agentKey, verb, activity, registration is null ? null : Guid.Parse(registration), sinceAt, untilAt, limit, ascending,
                RelatedAgents: relatedAgents, RelatedActivities: relatedActivities, Format: format, Attachments: attachments);
        }

        var page = await query.RunAsync(q, partner, ct);
        // Absolute path including any base the site is mounted under, so clients resolve it as is.
        var moreLink = page.Next is null ? "" : request.PathBase + "/xapi/statements?more=" + Uri.EscapeDataString(moreProtector.Protect(JsonSerializer.Serialize(page.Next), TimeSpan.FromHours(24)));
        var body = new StringBuilder("{\"statements\":[");
        body.AppendJoin(',', page.Statements.Select(s => Formatted(s, q.Format, languages)));
        body.Append("],\"more\":").Append(JsonSerializer.Serialize(moreLink)).Append('}');
        return await Respond(http, query, body.ToString(), page.Statements, q.Attachments, head, ct);
    }

    private static string Formatted(string json, StatementFormat format, IReadOnlyList<string> languages) =>
        format == StatementFormat.Exact ? json : StatementFormats.Apply(JsonNode.Parse(json)!, format, languages).ToJsonString(RelaxedJson);

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<IResult> Respond(HttpContext http, QueryStatements query, string json, IEnumerable<string> statements, bool attachments, bool head, CancellationToken ct)
    {
        if (!attachments)
        {
            return Json(http, json);
        }

        var files = await query.AttachmentsAsync(statements, ct);
        await XapiMultipart.WriteAsync(http.Response, json, files, head, ct);
        return Results.Empty;
    }

    private static bool TryFormat(string? text, out StatementFormat format)
    {
        format = StatementFormat.Exact;
        switch (text)
        {
            case null or "exact":
                return true;
            case "ids":
                format = StatementFormat.Ids;
                return true;
            case "canonical":
                format = StatementFormat.Canonical;
                return true;
            default:
                return false;
        }
    }

    private static bool TryBool(string? text, out bool value)
    {
        value = text == "true";
        return text is null or "true" or "false";
    }

    private static bool TryTime(string? text, XapiVersion version, out DateTime? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (XapiFormats.TryParseTimestamp(text, version, out var parsed))
        {
            value = parsed.UtcDateTime;
            return true;
        }

        return false;
    }
}
