using System.Text.Json;
using Semillero.LearningRecords.Attachments;
using Semillero.Web.Hosting;

namespace Semillero.Web.LearningRecords;

// A statement request refused before or by the store: the xAPI status code and the message its
// error body carries.
public sealed record XapiRefusal(int Status, string Message)
{
    public IResult ToResult() => XapiResponses.Error(Status, Message);
}

// The body of a statement request: a statement or an array of them, with the attachments a
// multipart/mixed body carried.
public sealed record XapiStatementBody(JsonElement Json, IReadOnlyDictionary<string, AttachmentPart>? Parts)
{
    public int StatementCount => Json.ValueKind == JsonValueKind.Array ? Json.GetArrayLength() : 1;

    private static readonly string TooLarge = $"The request is larger than {XapiEndpoints.MaxBody / (1024 * 1024)} MB.";

    // application/json, or multipart/mixed with attachments. Content-Type may be absent (some clients
    // omit it); anything else is refused.
    public static async Task<(XapiStatementBody? Body, XapiRefusal? Refusal)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > XapiEndpoints.MaxBody)
        {
            return (null, new(StatusCodes.Status413PayloadTooLarge, TooLarge));
        }

        byte[]? multipartJson = null;
        IReadOnlyDictionary<string, AttachmentPart>? parts = null;
        if (XapiMultipart.IsMultipart(request.ContentType))
        {
            var (multipart, problem) = await XapiMultipart.ReadAsync(request, ct);
            if (problem is not null)
            {
                return (null, new(StatusCodes.Status400BadRequest, problem));
            }

            multipartJson = multipart!.Json;
            parts = multipart.Parts;
        }
        else if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new(StatusCodes.Status400BadRequest, $"Content-Type {type} is not supported here; send application/json or multipart/mixed."));
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
            var body = await BufferedAsync(request, ct);
            if (!body.Complete)
            {
                return (null, new(StatusCodes.Status413PayloadTooLarge, TooLarge));
            }

            json = body.Bytes;
        }

        // JSON text is UTF-8 (xAPI 1.0.3 Communication §1.4); the parser only checks string bytes
        // when a value is read, so check them all here, before anything reads a value.
        if (!System.Text.Unicode.Utf8.IsValid(json.Span))
        {
            return (null, new(StatusCodes.Status400BadRequest, "The body is not valid UTF-8."));
        }

        try
        {
            var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            request.HttpContext.Response.RegisterForDispose(document);
            return (new XapiStatementBody(document.RootElement, parts), null);
        }
        catch (JsonException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, $"Malformed JSON: {e.Message}"));
        }
    }

    // The body in a pooled buffer that lives until the response is sent, read up to one byte past
    // MaxBody (a longer body is refused): the edge's buffer when it holds this body, else read now.
    private static async Task<ReplayableBodyStream> BufferedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.Body is ReplayableBodyStream buffered)
        {
            return buffered;
        }

        var body = await ReplayableBodyStream.ReadAsync(request, XapiEndpoints.MaxBody, ct);
        request.HttpContext.Response.RegisterForDispose(body);
        request.Body = body;
        return body;
    }
}
