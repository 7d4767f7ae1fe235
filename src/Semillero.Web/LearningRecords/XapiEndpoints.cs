using System.Text.Json;
using Semillero.LearningRecords;

namespace Semillero.Web.LearningRecords;

// The xAPI LRS under /xapi. The edge middleware (XapiRequests.UseXapiRequests) has already settled
// the version and rewritten the alternate request syntax by the time these routes run.
public static class XapiEndpoints
{
    // The largest statement request; the edge's NUL check (Hosting/NulCharacters.cs) buffers up to it.
    public const long MaxBody = XapiLimits.MaxRequestBytes;

    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    private static readonly string[] Versions = ["1.0.3", "2.0.0"];

    public static void MapXapi(this IEndpointRouteBuilder app)
    {
        var xapi = app.MapGroup("/xapi").WithTags("xAPI LRS").ExcludeFromDescription();
        xapi.MapMethods("/about", GetAndHead, About);

        var statements = xapi.MapGroup("/statements").AddEndpointFilter(XapiRequests.RequireVersion);
        statements.MapPost("", XapiStatementWrites.PostStatementsAsync);
        statements.MapPut("", XapiStatementWrites.PutStatementAsync);
        statements.MapMethods("", GetAndHead, XapiStatementReads.GetStatementsAsync);

        xapi.MapXapiDocuments();
    }

    private static IResult About(HttpContext http) => XapiResponses.Json(http, JsonSerializer.Serialize(new { version = Versions, extensions = new Dictionary<string, object>() }));
}
