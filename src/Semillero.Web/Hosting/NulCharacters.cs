using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Semillero.LearningRecords;

namespace Semillero.Web.Hosting;

// PostgreSQL's text type cannot hold U+0000 (a query carrying one fails, which surfaced as a 500),
// and no field of this application has a use for it. So one rule at the edge, for every endpoint and
// page: a request carrying a NUL character in any text it sends is answered 400 before it reaches
// the endpoint — problem+json under /api (and /health, /openapi), the xAPI error shape under /xapi,
// the "could not process the request" page for the site.
//
// What is checked:
// - the path (route values come from it), every query parameter name and value, and header values;
// - form fields (urlencoded and multipart), and uploaded files whose type is text or JSON;
// - JSON bodies (application/json, application/*+json, and an xAPI statement request with no
//   Content-Type, which the LRS reads as JSON): raw 0x00 bytes and the escape \u0000 (an escaped
//   backslash, \\u0000, is not a NUL);
// - text/* bodies: raw 0x00 bytes;
// - multipart/mixed (xAPI statements with attachments): the JSON and text parts. Attachments of any
//   other type are opaque bytes that may legitimately hold 0x00, and so are bodies of other types or
//   of none (an xAPI document stored as application/octet-stream).
// Query and form values that are themselves JSON (xAPI's agent parameter) are checked for \u0000 too.
// Bodies are read only up to the limit already enforced for them (xAPI's 20 MB, the endpoint's or the
// server's request size limit); a larger body is passed on unchecked for that limit to refuse.
public static class NulCharacters
{
    private const long DefaultBodyLimit = 30L * 1024 * 1024;

    public static IApplicationBuilder UseNulCharacterRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page re-executed for a refused request sees the same request again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && await FindAsync(context) is { } where)
        {
            await RefuseAsync(context, where);
            return;
        }

        await next(context);
    });

    // Where the first NUL is ("path", "query", "headers", "form", "body"), or null.
    public static async Task<string?> FindAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.PathBase.Value?.Contains('\0', StringComparison.Ordinal) == true || request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            return "path";
        }

        foreach (var (name, values) in request.Query)
        {
            if (HasNul(name) || values.Any(HasNul))
            {
                return "query";
            }
        }

        foreach (var (_, values) in request.Headers)
        {
            if (values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return "headers";
            }
        }

        ApplyEndpointLimits(context);
        if (request.HasFormContentType)
        {
            return await FormHasNulAsync(request, context.RequestAborted) ? "form" : null;
        }

        return await BodyHasNulAsync(context) ? "body" : null;
    }

    // A text value: a raw NUL, or, for a value that is JSON, the escape \u0000.
    private static bool HasNul(string? value) =>
        value is not null
        && (value.Contains('\0', StringComparison.Ordinal)
            || (value.AsSpan().TrimStart() is ['{' or '[', ..] && JsonHasNul(Encoding.UTF8.GetBytes(value))));

    // Raw 0x00 anywhere, or \u0000 whose backslash is not itself escaped (an odd run of backslashes).
    public static bool JsonHasNul(ReadOnlySpan<byte> json)
    {
        if (json.Contains((byte)0))
        {
            return true;
        }

        var from = 0;
        while (json[from..].IndexOf("\\u0000"u8) is var found and >= 0)
        {
            var at = from + found;
            var backslashes = 1;
            while (at - backslashes >= 0 && json[at - backslashes] == (byte)'\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // Endpoints and pages declare their own limits as metadata ([RequestSizeLimit],
    // [RequestFormLimits]); they would apply them when reading the body, and this reads first.
    private static void ApplyEndpointLimits(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { } limit
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit.MaxRequestBodySize;
        }

        // Only while the form is unread: a feature set now would lose a form already parsed.
        if (metadata?.GetMetadata<IFormOptionsMetadata>() is { } form
            && context.Request.HasFormContentType
            && context.Features.Get<IFormFeature>() is not { Form: not null })
        {
            var site = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormOptions>>().Value;
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
            {
                BufferBody = form.BufferBody ?? site.BufferBody,
                MemoryBufferThreshold = form.MemoryBufferThreshold ?? site.MemoryBufferThreshold,
                BufferBodyLengthLimit = form.BufferBodyLengthLimit ?? site.BufferBodyLengthLimit,
                ValueCountLimit = form.ValueCountLimit ?? site.ValueCountLimit,
                KeyLengthLimit = form.KeyLengthLimit ?? site.KeyLengthLimit,
                ValueLengthLimit = form.ValueLengthLimit ?? site.ValueLengthLimit,
                MultipartBoundaryLengthLimit = form.MultipartBoundaryLengthLimit ?? site.MultipartBoundaryLengthLimit,
                MultipartHeadersCountLimit = form.MultipartHeadersCountLimit ?? site.MultipartHeadersCountLimit,
                MultipartHeadersLengthLimit = form.MultipartHeadersLengthLimit ?? site.MultipartHeadersLengthLimit,
                MultipartBodyLengthLimit = form.MultipartBodyLengthLimit ?? site.MultipartBodyLengthLimit,
            }));
        }
    }

    private static async Task<bool> FormHasNulAsync(HttpRequest request, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            if (!(request.ContentType ?? "").StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                // A URL-encoded body is small; kept readable for an endpoint that reads it raw.
                request.EnableBuffering();
            }

            form = await request.ReadFormAsync(ct);
            if (request.Body.CanSeek)
            {
                request.Body.Position = 0;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A malformed or oversized form is the endpoint's to refuse, as it always was.
            return false;
        }

        foreach (var (name, values) in form)
        {
            if (HasNul(name) || values.Any(HasNul))
            {
                return true;
            }
        }

        foreach (var file in form.Files)
        {
            if (HasNul(file.Name) || HasNul(file.FileName))
            {
                return true;
            }

            if (Kind(file.ContentType) is BodyKind.Json or BodyKind.Text && await StreamHasZeroByteAsync(file.OpenReadStream(), ct))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> StreamHasZeroByteAsync(Stream stream, CancellationToken ct)
    {
        await using (stream)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, ct)) > 0)
                {
                    if (buffer.AsSpan(0, read).Contains((byte)0))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private enum BodyKind
    {
        Json,
        Text,
        MultipartMixed,
        Opaque,
    }

    // A body without Content-Type is opaque, except a statement request: xAPI clients may omit the
    // header there and the LRS reads the body as JSON.
    private static BodyKind Kind(string? contentType, bool untypedIsJson = false)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return untypedIsJson ? BodyKind.Json : BodyKind.Opaque;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return BodyKind.Opaque;
        }

        var type = media.MediaType.Value ?? "";
        return type switch
        {
            _ when type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)) => BodyKind.Json,
            _ when type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) => BodyKind.Text,
            _ when type.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase) => BodyKind.MultipartMixed,
            _ => BodyKind.Opaque,
        };
    }

    private static async Task<bool> BodyHasNulAsync(HttpContext context)
    {
        var request = context.Request;
        var kind = Kind(request.ContentType, untypedIsJson: request.Path.StartsWithSegments("/xapi/statements", StringComparison.OrdinalIgnoreCase));
        if (kind == BodyKind.Opaque
            || request.ContentLength == 0
            || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return false;
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? DefaultBodyLimit;
        if (request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase))
        {
            limit = Math.Min(limit, XapiLimits.MaxRequestBytes);
        }

        if (request.ContentLength > limit)
        {
            return false;
        }

        var body = await ReplayableBodyStream.ReadAsync(request, limit, context.RequestAborted);
        context.Response.RegisterForDispose(body);
        request.Body = body;
        if (!body.Complete)
        {
            return false;
        }

        return kind switch
        {
            BodyKind.Json => JsonHasNul(Utf8(body.Bytes, request.ContentType)),
            BodyKind.Text => Utf8(body.Bytes, request.ContentType).Contains((byte)0),
            BodyKind.MultipartMixed => await MultipartHasNulAsync(body, request.ContentType, context.RequestAborted),
            _ => false,
        };
    }

    // The bytes as UTF-8: JSON is UTF-8 unless a charset says otherwise (UTF-16 JSON is full of 0x00
    // bytes that are not NULs).
    private static ReadOnlySpan<byte> Utf8(ReadOnlyMemory<byte> bytes, string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.Charset.Value is not { Length: > 0 } charset)
        {
            return bytes.Span;
        }

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return bytes.Span;
        }

        return encoding.CodePage == Encoding.UTF8.CodePage ? bytes.Span : Encoding.UTF8.GetBytes(encoding.GetString(bytes.Span));
    }

    private static async Task<bool> MultipartHasNulAsync(ReplayableBodyStream body, string? contentType, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 } boundary)
        {
            return false;
        }

        var reader = new MultipartReader(boundary, body.OpenRead());
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                var kind = Kind(section.ContentType ?? "application/octet-stream");
                if (kind is not (BodyKind.Json or BodyKind.Text))
                {
                    continue;
                }

                using var part = new MemoryStream();
                await section.Body.CopyToAsync(part, ct);
                var text = Utf8(part.GetBuffer().AsMemory(0, (int)part.Length), section.ContentType);
                if (kind == BodyKind.Json ? JsonHasNul(text) : text.Contains((byte)0))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Malformed multipart is the endpoint's to refuse.
        }

        return false;
    }

    private static async Task RefuseAsync(HttpContext context, string where)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase))
        {
            // X-Experience-API-Version was set by UseXapiRequests, which runs earlier.
            await context.Response.WriteAsJsonAsync(new { error = $"The request contains a NUL character (U+0000) in its {where}; no value may contain it." }, context.RequestAborted);
            return;
        }

        if (WebHosting.IsMachinePath(context))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = Problems.Pick("Carácter no válido", "Invalid character"),
                    Detail = Problems.Pick(
                        $"La solicitud contiene el carácter nulo (U+0000) en {SpanishPlace(where)}; ningún valor puede contenerlo.",
                        $"The request contains the NUL character (U+0000) in its {where}; no value may contain it."),
                    Extensions = { ["where"] = where },
                },
            });
        }

        // Pages: status code pages show the bilingual "could not process the request" page.
    }

    private static string SpanishPlace(string where) => where switch
    {
        "path" => "la ruta",
        "query" => "los parámetros",
        "headers" => "los encabezados",
        "form" => "el formulario",
        _ => "el cuerpo",
    };
}
