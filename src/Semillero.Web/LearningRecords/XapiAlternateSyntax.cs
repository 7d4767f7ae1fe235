using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Semillero.Web.LearningRecords;

// xAPI 1.0.3's alternate request syntax (Communication §1.3): clients that cannot send custom headers
// or methods (old browsers, some proxies) POST a form with `?method=PUT|GET|...`, carrying headers,
// parameters and the body as form fields. The request is rewritten into the request it stands for
// before routing and authentication, so every resource handles it with its normal code.
// xAPI 2.0.0 removed the syntax: there, a `method` parameter is refused.
public static class XapiAlternateSyntax
{
    private static readonly HashSet<string> HeaderFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "X-Experience-API-Version", "Content-Type", "Content-Length", "If-Match", "If-None-Match",
    };

    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "GET", "HEAD", "PUT", "POST", "DELETE" };

    // Returns an error message when the request uses the syntax wrongly; null when it is not used or
    // was rewritten.
    public static async Task<string?> RewriteAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Query.TryGetValue("method", out var method))
        {
            return null;
        }

        if (XapiRequests.ParseVersion(request.Headers[XapiRequests.VersionHeader].ToString()) == Semillero.LearningRecords.Validation.XapiVersion.V2_0_0)
        {
            return "xAPI 2.0.0 has no alternate request syntax; send the request with its own method and headers.";
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return "The alternate request syntax is only for POST requests.";
        }

        if (request.Query.Count != 1 || method.Count != 1 || !Methods.Contains(method.ToString()))
        {
            return "With the alternate request syntax the only query parameter is method=GET|HEAD|PUT|POST|DELETE; send the rest as form fields.";
        }

        if (!request.HasFormContentType || !(request.ContentType ?? "").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return "The alternate request syntax needs an application/x-www-form-urlencoded body.";
        }

        if (request.ContentLength > XapiEndpoints.MaxBody)
        {
            return "The request is too large.";
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        var query = new QueryBuilder();
        string? content = null;
        foreach (var (name, values) in form)
        {
            if (HeaderFields.Contains(name))
            {
                request.Headers[name] = values;
            }
            else if (name == "content")
            {
                content = values.ToString();
            }
            else
            {
                foreach (var value in values)
                {
                    query.Add(name, value ?? "");
                }
            }
        }

        if (XapiRequests.ParseVersion(request.Headers[XapiRequests.VersionHeader].ToString()) == Semillero.LearningRecords.Validation.XapiVersion.V2_0_0)
        {
            return "xAPI 2.0.0 has no alternate request syntax; send the request with its own method and headers.";
        }

        var target = method.ToString();
        if (content is null && target is "PUT" or "POST")
        {
            return "The alternate request syntax for PUT and POST carries the body in a form field named content.";
        }

        request.Method = target;
        request.QueryString = query.ToQueryString();
        request.Query = new QueryCollection(QueryHelpers.ParseQuery(request.QueryString.Value));
        var bytes = Encoding.UTF8.GetBytes(content ?? "");
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        if (StringValues.IsNullOrEmpty(request.Headers.ContentType) || request.HasFormContentType)
        {
            request.ContentType = "application/json";
        }

        return null;
    }
}
