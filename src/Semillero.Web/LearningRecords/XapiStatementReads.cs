using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Validation;

namespace Semillero.Web.LearningRecords;

// GET and HEAD /xapi/statements (xAPI 1.0.3 Communication §2.1.3): one statement by statementId or
// voidedStatementId, a page of statements matching the filter parameters, or the next page of an
// earlier query through its `more` link.
public static class XapiStatementReads
{
    private static readonly string[] QueryParameters =
    [
        "statementId", "voidedStatementId", "agent", "verb", "activity", "registration", "related_activities", "related_agents",
        "since", "until", "limit", "format", "attachments", "ascending", "more",
    ];

    private static readonly string[] SingleParameters = ["statementId", "voidedStatementId", "format", "attachments"];

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // How a caller asked to see the statements, whichever way it asked for them.
    private sealed record Presentation(StatementFormat Format, bool Attachments, IReadOnlyList<string> Languages);

    public static async Task<IResult> GetStatementsAsync(HttpContext http, QueryStatements query, IDataProtectionProvider protection, ClaimsPrincipal user, CancellationToken ct)
    {
        var parameters = http.Request.Query;
        if (XapiRequests.RejectUnknownParameters(http.Request, QueryParameters) is { } unknown)
        {
            return unknown;
        }

        if (!TryFormat(Param(parameters, "format"), out var format) || !TryBool(Param(parameters, "attachments"), out var attachments))
        {
            return BadRequest("format must be exact, ids or canonical; attachments true or false.");
        }

        var presentation = new Presentation(format, attachments, StatementFormats.ParseAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString()));
        var partner = XapiRequests.PartnerScope(user);
        if (parameters.ContainsKey("statementId") || parameters.ContainsKey("voidedStatementId"))
        {
            return await GetOneAsync(http, query, partner, presentation, ct);
        }

        // `more` links carry the whole query, signed and valid for 24 hours.
        var moreLinks = protection.CreateProtector("Semillero.Xapi.More").ToTimeLimitedDataProtector();
        var (statementQuery, error) = Param(parameters, "more") is { } more
            ? Continue(more, moreLinks)
            : Filter(parameters, XapiRequests.Version(http), format, attachments);
        return error ?? await GetPageAsync(http, query, statementQuery!, partner, presentation.Languages, moreLinks, ct);
    }

    private static async Task<IResult> GetOneAsync(HttpContext http, QueryStatements query, string? partner, Presentation presentation, CancellationToken ct)
    {
        var parameters = http.Request.Query;
        var extra = parameters.Keys.FirstOrDefault(k => !SingleParameters.Contains(k, StringComparer.Ordinal));
        var voided = parameters.ContainsKey("voidedStatementId");
        var idText = Param(parameters, voided ? "voidedStatementId" : "statementId");
        if (extra is not null || (parameters.ContainsKey("statementId") && voided) || !XapiFormats.IsUuid(idText))
        {
            return BadRequest("statementId or voidedStatementId takes one valid UUID and combines only with format and attachments.");
        }

        if (await query.ByIdAsync(Guid.Parse(idText), voided, partner, ct) is not { } found)
        {
            return XapiResponses.Error(StatusCodes.Status404NotFound, "No such statement.");
        }

        if (XapiRequests.Version(http) == XapiVersion.V2_0_0)
        {
            http.Response.Headers.LastModified = DateTime.SpecifyKind(found.StoredAt, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);
        }

        var single = Formatted(found.Json, presentation.Format, presentation.Languages);
        return await RespondAsync(http, query, single, [found.Json], presentation.Attachments, ct);
    }

    private static async Task<IResult> GetPageAsync(
        HttpContext http, QueryStatements query, StatementQuery statementQuery, string? partner, IReadOnlyList<string> languages,
        ITimeLimitedDataProtector moreLinks, CancellationToken ct)
    {
        var page = await query.RunAsync(statementQuery, partner, ct);
        // Absolute path including any base the site is mounted under, so clients resolve it as is.
        var moreLink = page.Next is null ? "" : http.Request.PathBase + "/xapi/statements?more=" + Uri.EscapeDataString(moreLinks.Protect(JsonSerializer.Serialize(page.Next), TimeSpan.FromHours(24)));
        var body = new StringBuilder("{\"statements\":[");
        body.AppendJoin(',', page.Statements.Select(s => Formatted(s, statementQuery.Format, languages)));
        body.Append("],\"more\":").Append(JsonSerializer.Serialize(moreLink)).Append('}');
        return await RespondAsync(http, query, body.ToString(), page.Statements, statementQuery.Attachments, ct);
    }

    // The next page repeats the query the link carries, format and attachments included; the
    // request's other parameters are not read.
    private static (StatementQuery? Query, IResult? Error) Continue(string more, ITimeLimitedDataProtector moreLinks)
    {
        try
        {
            return (JsonSerializer.Deserialize<StatementQuery>(moreLinks.Unprotect(more))!, null);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return (null, BadRequest("The more link is not valid or has expired."));
        }
    }

    // The filter parameters, each checked in turn; the first invalid one answers 400.
    private static (StatementQuery? Query, IResult? Error) Filter(IQueryCollection parameters, XapiVersion version, StatementFormat format, bool attachments)
    {
        var (agentKey, agentError) = AgentKey(Param(parameters, "agent"), version);
        if (agentError is not null)
        {
            return (null, agentError);
        }

        var verb = Param(parameters, "verb");
        var activity = Param(parameters, "activity");
        var registration = Param(parameters, "registration");
        if ((verb is not null && !XapiFormats.IsIri(verb)) || (activity is not null && !XapiFormats.IsIri(activity)))
        {
            return (null, BadRequest("verb and activity must be IRIs."));
        }

        if (registration is not null && !XapiFormats.IsUuid(registration))
        {
            return (null, BadRequest("registration must be a UUID."));
        }

        if (!TryTime(Param(parameters, "since"), version, out var sinceAt) || !TryTime(Param(parameters, "until"), version, out var untilAt))
        {
            return (null, BadRequest("since and until must be ISO 8601 timestamps."));
        }

        var limitText = Param(parameters, "limit");
        var limit = 0;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 0))
        {
            return (null, BadRequest("limit must be a non-negative integer."));
        }

        if (!TryBool(Param(parameters, "ascending"), out var ascending) || !TryBool(Param(parameters, "related_agents"), out var relatedAgents)
            || !TryBool(Param(parameters, "related_activities"), out var relatedActivities))
        {
            return (null, BadRequest("ascending, related_agents and related_activities must be true or false."));
        }

        return (new StatementQuery(agentKey, verb, activity, registration is null ? null : Guid.Parse(registration), sinceAt, untilAt, limit, ascending,
            RelatedAgents: relatedAgents, RelatedActivities: relatedActivities, Format: format, Attachments: attachments), null);
    }

    // The agent parameter is an Agent or Group as JSON; statements are matched by its identifying key.
    private static (string? Key, IResult? Error) AgentKey(string? agent, XapiVersion version)
    {
        if (agent is null)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(agent);
            return StatementValidator.ValidateAgent(document.RootElement, version).Count > 0
                ? (null, BadRequest("The agent parameter is not a valid Agent or Group."))
                : (StatementShape.AgentKey(document.RootElement), null);
        }
        catch (JsonException)
        {
            return (null, BadRequest("The agent parameter is not JSON."));
        }
    }

    private static string Formatted(string json, StatementFormat format, IReadOnlyList<string> languages) =>
        format == StatementFormat.Exact ? json : StatementFormats.Apply(JsonNode.Parse(json)!, format, languages).ToJsonString(RelaxedJson);

    // With attachments=true the statements go out as multipart/mixed with their attachments' content.
    private static async Task<IResult> RespondAsync(HttpContext http, QueryStatements query, string json, IEnumerable<string> statements, bool attachments, CancellationToken ct)
    {
        if (!attachments)
        {
            return XapiResponses.Json(http, json);
        }

        var files = await query.AttachmentsAsync(statements, ct);
        await XapiMultipart.WriteAsync(http.Response, json, files, HttpMethods.IsHead(http.Request.Method), ct);
        return Results.Empty;
    }

    private static IResult BadRequest(string message) => XapiResponses.Error(StatusCodes.Status400BadRequest, message);

    private static string? Param(IQueryCollection parameters, string name) => parameters.TryGetValue(name, out var v) ? v.ToString() : null;

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
