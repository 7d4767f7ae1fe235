using System.Text;

namespace Semillero.Web.LearningRecords;

// The xAPI surface answers with the xAPI specification's status codes and headers rather than
// problem+json (docs/style.md, "Errors").
public static class XapiResponses
{
    // xAPI errors are plain JSON objects with a message; the spec defines status codes, not bodies.
    public static IResult Error(int status, string message) =>
        Results.Json(new { error = message }, statusCode: status);

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
}
