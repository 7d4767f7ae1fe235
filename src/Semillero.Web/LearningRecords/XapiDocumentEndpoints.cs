using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Semillero.Access;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Documents;
using Semillero.LearningRecords.Validation;

namespace Semillero.Web.LearningRecords;

// The xAPI document resources (State, Activity Profile, Agent Profile) and the Activities and Agents
// resources, under /xapi (xAPI 1.0.3 Communication §2.2–2.7; xAPI 2.0 §4.1.6.2–4.1.6.6). Documents
// belong to the partner whose credentials wrote them; every read and write is scoped to it.
public static class XapiDocumentEndpoints
{
    public static void MapXapiDocuments(this RouteGroupBuilder xapi)
    {
        var resources = xapi.MapGroup("").AddEndpointFilter(XapiRequests.RequireVersion);
        foreach (var kind in (DocumentKind[])[DocumentKind.State, DocumentKind.ActivityProfile, DocumentKind.AgentProfile])
        {
            var path = Path(kind);
            resources.MapMethods(path, XapiEndpoints.GetAndHead, (HttpContext http, ReadDocuments read, ClaimsPrincipal user, CancellationToken ct) =>
                GetAsync(http, kind, read, user, ct));
            resources.MapPut(path, (HttpContext http, WriteDocument write, ClaimsPrincipal user, CancellationToken ct) =>
                WriteAsync(http, kind, merge: false, write, user, ct));
            resources.MapPost(path, (HttpContext http, WriteDocument write, ClaimsPrincipal user, CancellationToken ct) =>
                WriteAsync(http, kind, merge: true, write, user, ct));
            resources.MapDelete(path, (HttpContext http, DeleteDocuments delete, ClaimsPrincipal user, CancellationToken ct) =>
                DeleteAsync(http, kind, delete, user, ct));
        }

        resources.MapMethods("/activities", XapiEndpoints.GetAndHead, GetActivityAsync);
        resources.MapMethods("/agents", XapiEndpoints.GetAndHead, GetPersonAsync);
    }

    private static string Path(DocumentKind kind) => kind switch
    {
        DocumentKind.State => "/activities/state",
        DocumentKind.ActivityProfile => "/activities/profile",
        DocumentKind.AgentProfile => "/agents/profile",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string IdParameter(DocumentKind kind) => kind == DocumentKind.State ? "stateId" : "profileId";

    // What the query string of a document request says, once checked.
    private sealed record DocumentRequest(DocumentAddress Address, string? DocumentId, DateTime? Since);

    private enum Operation
    {
        Read,
        Write,
        Delete,
    }

    private static IResult BadRequest(string message) => XapiResponses.Error(StatusCodes.Status400BadRequest, message);

    // Parameters per resource (Communication §2.3 table, §2.6, §2.7): names are case-sensitive and
    // unknown ones are refused (§3.2); `since` only lists ids. The document id is required to write,
    // and to delete a profile; without it GET lists ids and a State DELETE clears the whole address.
    private static (DocumentRequest? Request, IResult? Error) Parse(HttpContext http, DocumentKind kind, Operation operation)
    {
        var query = http.Request.Query;
        var idName = IdParameter(kind);
        string[] allowed = kind switch
        {
            DocumentKind.State => ["activityId", "agent", "registration", idName],
            DocumentKind.ActivityProfile => ["activityId", idName],
            _ => ["agent", idName],
        };
        if (operation == Operation.Read)
        {
            allowed = [.. allowed, "since"];
        }

        if (XapiRequests.RejectUnknownParameters(http.Request, allowed) is { } unknown)
        {
            return (null, unknown);
        }

        string? Single(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        var version = XapiRequests.Version(http);

        string activityId = "";
        if (kind != DocumentKind.AgentProfile)
        {
            var given = Single("activityId");
            if (!XapiFormats.IsIri(given) || given.Length > DocumentAddress.MaxIri)
            {
                return (null, BadRequest("activityId is required and must be an IRI."));
            }

            activityId = given;
        }

        string agentKey = "";
        if (kind != DocumentKind.ActivityProfile)
        {
            var (key, problem) = AgentKeyOf(Single("agent"), version);
            if (problem is not null)
            {
                return (null, BadRequest(problem));
            }

            agentKey = key!;
        }

        Guid? registration = null;
        if (Single("registration") is { } registrationText)
        {
            if (!XapiFormats.IsUuid(registrationText))
            {
                return (null, BadRequest("registration must be a UUID."));
            }

            registration = Guid.Parse(registrationText);
        }

        var documentId = Single(idName);
        if (documentId is not null && (documentId.Length == 0 || documentId.Length > DocumentAddress.MaxDocumentId))
        {
            return (null, BadRequest($"{idName} must be between 1 and {DocumentAddress.MaxDocumentId} characters."));
        }

        if (documentId is null && (operation == Operation.Write || (operation == Operation.Delete && kind != DocumentKind.State)))
        {
            return (null, BadRequest($"{idName} is required."));
        }

        DateTime? since = null;
        if (documentId is null && Single("since") is { } sinceText)
        {
            if (!TryTimestamp(sinceText, version, out var parsed))
            {
                return (null, BadRequest("since must be a timestamp (ISO 8601)."));
            }

            since = parsed.UtcDateTime;
        }

        var address = kind switch
        {
            DocumentKind.State => DocumentAddress.State(activityId, agentKey, registration, anyRegistration: documentId is null),
            DocumentKind.ActivityProfile => DocumentAddress.ActivityProfile(activityId),
            _ => DocumentAddress.AgentProfile(agentKey),
        };
        return (new DocumentRequest(address, documentId, since), null);
    }

    // The agent parameter: JSON, a valid Agent or identified Group under the request's version, with
    // an inverse functional identifier (documents and Person objects hang off it).
    private static (string? Key, string? Problem) AgentKeyOf(string? text, XapiVersion version)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, "agent is required (an Agent as JSON).");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var agent = document.RootElement;
            if (agent.ValueKind != JsonValueKind.Object || StatementValidator.ValidateAgent(agent, version).Count > 0)
            {
                return (null, "agent is not a valid Agent.");
            }

            var key = StatementShape.AgentKey(agent);
            if (key.StartsWith("group:", StringComparison.Ordinal) || key.StartsWith("unknown:", StringComparison.Ordinal))
            {
                return (null, "agent needs an identifier (mbox, mbox_sha1sum, openid or account).");
            }

            return key.Length > DocumentAddress.MaxAgentKey ? (null, "agent's identifier is too long.") : (key, null);
        }
        catch (JsonException)
        {
            return (null, "agent is not JSON.");
        }
    }

    // A '+' in an offset arrives as a space when the client did not percent-encode it.
    private static bool TryTimestamp(string text, XapiVersion version, out DateTimeOffset value) =>
        XapiFormats.TryParseTimestamp(text, version, out value)
        || (text.Contains(' ', StringComparison.Ordinal) && XapiFormats.TryParseTimestamp(text.Replace(' ', '+'), version, out value));

    private static string Partner(ClaimsPrincipal user) => XapiRequests.Credential(user).Partner;

    // Whose statements the Activities and Agents resources draw on: operators all, anyone else only
    // their own partner's (never "all" because a key lacks an organisation).
    private static string? StatementScope(ClaimsPrincipal user) =>
        XapiRequests.Credential(user) is var credential && credential.Role == Roles.Operador ? null : credential.Partner;

    private static string HttpDate(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);

    private static async Task<IResult> GetAsync(HttpContext http, DocumentKind kind, ReadDocuments read, ClaimsPrincipal user, CancellationToken ct)
    {
        var (request, error) = Parse(http, kind, Operation.Read);
        if (error is not null)
        {
            return error;
        }

        if (request!.DocumentId is null)
        {
            var ids = await read.IdsAsync(Partner(user), request.Address, request.Since, ct);
            if (ids.LastUpdated is { } last)
            {
                http.Response.Headers.LastModified = HttpDate(last);
            }

            return XapiResponses.Json(http, JsonSerializer.Serialize(ids.Ids));
        }

        if (await read.OneAsync(Partner(user), request.Address, request.DocumentId, ct) is not { } document)
        {
            return XapiResponses.Error(StatusCodes.Status404NotFound, $"No document with that {IdParameter(kind)}.");
        }

        http.Response.Headers.ETag = document.ETag;
        http.Response.Headers.LastModified = HttpDate(document.Updated);
        if (HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.ContentType = document.ContentType;
            http.Response.ContentLength = document.Content.Length;
            return Results.Empty;
        }

        return Results.Bytes(document.Content, document.ContentType);
    }

    private static async Task<IResult> WriteAsync(HttpContext http, DocumentKind kind, bool merge, WriteDocument write, ClaimsPrincipal user, CancellationToken ct)
    {
        var (request, error) = Parse(http, kind, Operation.Write);
        if (error is not null)
        {
            return error;
        }

        var contentType = http.Request.ContentType;
        if (contentType?.Length > DocumentAddress.MaxContentType)
        {
            return BadRequest($"Content-Type is longer than {DocumentAddress.MaxContentType} characters.");
        }

        var (body, tooLarge) = await ReadBodyAsync(http.Request, ct);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var version = XapiRequests.Version(http);
        var outcome = await write.RunAsync(new WriteDocumentInput(
            Partner(user), request!.Address, request.DocumentId!, string.IsNullOrWhiteSpace(contentType) ? null : contentType, body!, merge,
            http.Request.Headers.IfMatch.ToString(), http.Request.Headers.IfNoneMatch.ToString(), DocumentConcurrency.RuleFor(kind, version)), ct);
        switch (outcome)
        {
            case WriteDocumentOutcome.Written written:
                http.Response.Headers.ETag = written.ETag;
                return Results.NoContent();
            case WriteDocumentOutcome.PreconditionFailed failed:
                return XapiResponses.Error(StatusCodes.Status412PreconditionFailed, failed.Message);
            case WriteDocumentOutcome.Conflict conflict:
                return XapiResponses.Error(StatusCodes.Status409Conflict, conflict.Message);
            case WriteDocumentOutcome.Invalid invalid:
                return BadRequest(invalid.Message);
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, DocumentKind kind, DeleteDocuments delete, ClaimsPrincipal user, CancellationToken ct)
    {
        var (request, error) = Parse(http, kind, Operation.Delete);
        if (error is not null)
        {
            return error;
        }

        var outcome = request!.DocumentId is null
            ? await delete.AllAsync(Partner(user), request.Address, ct)
            : await delete.OneAsync(Partner(user), request.Address, request.DocumentId,
                http.Request.Headers.IfMatch.ToString(), http.Request.Headers.IfNoneMatch.ToString(), ct);
        return outcome is DeleteDocumentsOutcome.PreconditionFailed failed
            ? XapiResponses.Error(StatusCodes.Status412PreconditionFailed, failed.Message)
            : Results.NoContent();
    }

    // Documents are stored as sent, whatever their type, up to XapiLimits.MaxDocumentBytes.
    private static async Task<(byte[]? Body, IResult? Error)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        var tooLarge = XapiResponses.Error(StatusCodes.Status413PayloadTooLarge, $"The document is larger than {XapiLimits.MaxDocumentBytes / 1024} KB, the most this LRS accepts for one document.");
        if (request.ContentLength > XapiLimits.MaxDocumentBytes)
        {
            return (null, tooLarge);
        }

        using var body = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 0);
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > XapiLimits.MaxDocumentBytes)
            {
                return (null, tooLarge);
            }

            body.Write(buffer, 0, read);
        }

        return (body.ToArray(), null);
    }

    private static async Task<IResult> GetActivityAsync(HttpContext http, ReadActivity read, ClaimsPrincipal user, CancellationToken ct)
    {
        if (XapiRequests.RejectUnknownParameters(http.Request, "activityId") is { } unknown)
        {
            return unknown;
        }

        var activityId = http.Request.Query["activityId"].ToString();
        if (!XapiFormats.IsIri(activityId))
        {
            return BadRequest("activityId is required and must be an IRI.");
        }

        return XapiResponses.Json(http, await read.RunAsync(activityId, StatementScope(user), ct));
    }

    private static async Task<IResult> GetPersonAsync(HttpContext http, ReadPerson read, ClaimsPrincipal user, CancellationToken ct)
    {
        if (XapiRequests.RejectUnknownParameters(http.Request, "agent") is { } unknown)
        {
            return unknown;
        }

        var text = http.Request.Query["agent"].ToString();
        var (_, problem) = AgentKeyOf(text, XapiRequests.Version(http));
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        using var agent = JsonDocument.Parse(text);
        return XapiResponses.Json(http, await read.RunAsync(agent.RootElement, StatementScope(user), ct));
    }
}
