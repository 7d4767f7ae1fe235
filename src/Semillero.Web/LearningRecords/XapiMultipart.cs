using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Semillero.LearningRecords.Attachments;

namespace Semillero.Web.LearningRecords;

// Reads and writes statements with attachments as multipart/mixed (xAPI 1.0.3 Data §2.4.11,
// Communication §1.5.2): the first part is the statement JSON, each further part the raw bytes of one
// attachment, named by its SHA-2 in X-Experience-API-Hash.
public static class XapiMultipart
{
    public const string HashHeader = "X-Experience-API-Hash";

    public sealed record Request(byte[] Json, IReadOnlyDictionary<string, AttachmentPart> Parts);

    public static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase);

    public static async Task<(Request? Value, string? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, "A multipart/mixed request needs a boundary parameter in its Content-Type.");
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = XapiEndpoints.MaxBody };
        byte[]? json = null;
        var parts = new Dictionary<string, AttachmentPart>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer, ct);
                var contentType = section.ContentType ?? "";
                if (json is null)
                {
                    if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
                    {
                        return (null, "The first part of a multipart/mixed statement request must be the application/json statements.");
                    }

                    json = buffer.ToArray();
                    continue;
                }

                if (section.Headers is null || !section.Headers.TryGetValue(HashHeader, out var hash) || string.IsNullOrWhiteSpace(hash))
                {
                    return (null, $"Every attachment part needs an {HashHeader} header with the attachment's sha2.");
                }

                if (section.Headers.TryGetValue("Content-Transfer-Encoding", out var encoding)
                    && !string.Equals(encoding.ToString().Trim(), "binary", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, "Attachment parts must use Content-Transfer-Encoding: binary.");
                }

                parts[hash.ToString().Trim().ToLowerInvariant()] = new AttachmentPart(contentType, buffer.ToArray());
            }
        }
        catch (IOException e)
        {
            return (null, $"The multipart body is malformed: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            return (null, $"The multipart body is malformed: {e.Message}");
        }

        return json is null
            ? (null, "The multipart body has no statement part (check the boundary).")
            : (new Request(json, parts), null);
    }

    // The response for attachments=true. The Content-Type header is written by hand: the conformance
    // suite (and some clients) read the boundary without unquoting it, and ASP.NET quotes it.
    public static async Task WriteAsync(HttpResponse response, string json, IReadOnlyList<StoredAttachment> attachments, bool head, CancellationToken ct)
    {
        var boundary = "xapi-" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        void Text(string s) => body.Write(Encoding.UTF8.GetBytes(s));
        Text($"--{boundary}\r\nContent-Type: application/json\r\n\r\n{json}\r\n");
        foreach (var a in attachments)
        {
            Text($"--{boundary}\r\nContent-Type: {a.ContentType}\r\nContent-Transfer-Encoding: binary\r\n{HashHeader}: {a.Sha2}\r\n\r\n");
            body.Write(a.Content);
            Text("\r\n");
        }

        Text($"--{boundary}--\r\n");
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.ContentType = $"multipart/mixed; boundary={boundary}";
        response.ContentLength = body.Length;
        if (!head)
        {
            body.Position = 0;
            await body.CopyToAsync(response.Body, ct);
        }
    }
}
