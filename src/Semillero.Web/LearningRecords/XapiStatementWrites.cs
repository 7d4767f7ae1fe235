using System.Security.Claims;
using System.Text.Json;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Ingestion;
using Semillero.LearningRecords.Validation;

namespace Semillero.Web.LearningRecords;

// POST /xapi/statements (one statement or a batch) and PUT /xapi/statements?statementId=… (one
// statement under the id the client chose).
public static class XapiStatementWrites
{
    public static async Task<IResult> PostStatementsAsync(HttpContext http, StoreStatements store, RecordRejection rejections, ClaimsPrincipal user, CancellationToken ct)
    {
        if (XapiRequests.RejectUnknownParameters(http.Request) is { } unknown)
        {
            return unknown;
        }

        var (body, refusal) = await XapiStatementBody.ReadAsync(http.Request, ct);
        if (refusal is null && body!.Json.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            refusal = new(StatusCodes.Status400BadRequest, "The body must be a statement or an array of statements.");
        }

        var outcome = refusal is null ? await store.RunAsync(body!.Json, null, XapiRequests.Credential(user), XapiRequests.Version(http), body.Parts, ct) : null;
        return await AnswerAsync(rejections, user, body, refusal, outcome, ids => Results.Json(ids.Select(id => id.ToString()).ToArray()));
    }

    public static async Task<IResult> PutStatementAsync(HttpContext http, StoreStatements store, RecordRejection rejections, ClaimsPrincipal user, CancellationToken ct)
    {
        if (XapiRequests.RejectUnknownParameters(http.Request, "statementId") is { } unknown)
        {
            return unknown;
        }

        var statementId = http.Request.Query["statementId"].ToString();
        if (!XapiFormats.IsUuid(statementId))
        {
            return XapiResponses.Error(StatusCodes.Status400BadRequest, "PUT needs a valid statementId parameter.");
        }

        var (body, refusal) = await XapiStatementBody.ReadAsync(http.Request, ct);
        if (refusal is null && body!.Json.ValueKind != JsonValueKind.Object)
        {
            refusal = new(StatusCodes.Status400BadRequest, "PUT takes one statement object.");
        }

        var outcome = refusal is null ? await store.RunAsync(body!.Json, Guid.Parse(statementId), XapiRequests.Credential(user), XapiRequests.Version(http), body.Parts, ct) : null;
        return await AnswerAsync(rejections, user, body, refusal, outcome, _ => Results.NoContent());
    }

    // Turns a refused body or a store outcome into the response, and keeps a record of every refusal
    // of a statement body so the partner and operators can see what an integration gets wrong.
    private static async Task<IResult> AnswerAsync(
        RecordRejection rejections, ClaimsPrincipal user, XapiStatementBody? body, XapiRefusal? refusal,
        StoreStatementsOutcome? outcome, Func<IReadOnlyList<Guid>, IResult> stored)
    {
        if (refusal is null && outcome is StoreStatementsOutcome.Stored s)
        {
            return stored(s.Ids);
        }

        refusal ??= outcome switch
        {
            StoreStatementsOutcome.Invalid i => new(StatusCodes.Status400BadRequest, i.Message),
            StoreStatementsOutcome.Conflict c => new(StatusCodes.Status409Conflict, c.Message),
            StoreStatementsOutcome.Forbidden f => new(StatusCodes.Status403Forbidden, f.Message),
            StoreStatementsOutcome.TooLarge t => new(StatusCodes.Status413PayloadTooLarge, t.Message),
            _ => throw new InvalidOperationException("unexpected outcome"),
        };
        await rejections.RunAsync(new RecordRejectionInput(XapiRequests.Credential(user).Partner, refusal.Status, body?.StatementCount ?? 1, refusal.Message));
        return refusal.ToResult();
    }
}
