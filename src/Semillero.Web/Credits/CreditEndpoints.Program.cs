using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Credits;

// The program's rules, its budget pools and the organisations' vouching codes through the API
// (docs/credits.md). The rules are public and operators publish new versions; pools are the
// operators'; an accelerator's or investment organisation's administrators and keys generate and
// revoke its vouching codes, and another organisation's codes are a 404 as if they did not exist.
public static partial class CreditEndpoints
{
    // Program: the program's JSON, as a string or as the object itself.
    public sealed record ProgramVersionRequest(JsonElement? Program, string? Reason);

    public sealed record PoolRequest(string? Name, string? StartsOn, string? EndsOn, string? Amount, string? Reason);

    public sealed record PoolAmountRequest(string? Amount, string? Reason);

    public sealed record PoolItem(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, long AmountCents, long AwardedCents, long LeftCents,
        decimal PercentUsed, string Amount, string Awarded, string Left, string Reason, DateTime CreatedAt, string Url);

    public sealed record VouchingCodesRequest(int? Count, IReadOnlyList<string?>? Notes, int? AcceptTerms);

    // Status: vigente, usado, vencido or revocado. UsedBy: the startup's trade name.
    public sealed record VouchingCodeItem(Guid Id, string Hint, string? Note, string Status, DateTime CreatedAt, DateTime ExpiresAt, int TermsVersion,
        DateTime? UsedAt, string? UsedBy, DateTime? RevokedAt);

    // The only answer that ever carries the codes themselves.
    public sealed record GeneratedCodesView(IReadOnlyList<GeneratedCodeItem> Codes, int TermsVersion, string Notice);

    public sealed record GeneratedCodeItem(Guid Id, string Code, string Hint, string? Note, DateTime ExpiresAt);

    private static void MapCreditProgram(this IEndpointRouteBuilder app)
    {
        const string Tag = "Créditos: programa / Credits: program";
        app.MapGet("/api/credits/program", CurrentProgram).WithTags(Tag).WithName("GetCreditProgram")
            .WithSummary("Las reglas vigentes del programa de créditos, en el mismo JSON con que se publican: tope por empresa, elegibilidad, niveles y rúbrica.");
        app.MapGet("/api/credits/program/versions", ProgramVersions).WithTags(Tag).WithName("ListCreditProgramVersions")
            .WithSummary("Las versiones de las reglas del programa, con quién y por qué se publicó cada una.");
        app.MapGet("/api/credits/program/versions/{version:int}", ProgramVersion).WithTags(Tag).WithName("GetCreditProgramVersion")
            .WithSummary("Una versión de las reglas del programa, completa.");
        app.MapPost("/api/credits/program/versions", PublishProgram).WithTags(Tag).WithName("PublishCreditProgramVersion")
            .WithSummary("Publica una versión nueva de las reglas (solo operadores): {\"program\": {…} o \"…JSON…\", \"reason\": \"…\"}.")
            .WithDescription("201 con la versión; 400 con cada problema (no se publica nada): JSON no válido, reglas que no cuadran, número que no sigue a la última versión, motivo faltante.");

        app.MapGet("/api/credits/pools", Pools).WithTags(Tag).WithName("ListCreditPools")
            .WithSummary("Las bolsas de presupuesto: periodo, monto, lo otorgado y lo que queda (centavos de dólar y texto).");
        app.MapPost("/api/credits/pools", CreatePool).WithTags(Tag).WithName("CreateCreditPool")
            .WithSummary("Abre una bolsa (solo operadores): {\"name\": \"2026-H1\", \"startsOn\": \"2026-01-01\", \"endsOn\": \"2026-06-30\", \"amount\": \"500,000\", \"reason\": \"…\"}.")
            .WithDescription("201; 400 con cada campo no válido, con un periodo que se traslapa con otra bolsa o con un nombre repetido.");
        app.MapPut("/api/credits/pools/{id:guid}", ChangePool).WithTags(Tag).WithName("ChangeCreditPoolAmount")
            .WithSummary("Cambia el monto de una bolsa con un motivo (solo operadores): {\"amount\": \"600,000\", \"reason\": \"…\"}.")
            .WithDescription("200; 400 con cada campo no válido; 409 si el monto nuevo es menor que lo ya otorgado; 404 bolsa desconocida.");

        app.MapGet("/api/organizations/{id:guid}/vouching-codes", VouchingCodeList).WithTags(Tag).WithName("ListVouchingCodes")
            .WithSummary("Los códigos de aval de la organización: terminación, nota, estado (vigente, usado, vencido, revocado) y qué startup usó cada uno. Nunca el código.");
        app.MapPost("/api/organizations/{id:guid}/vouching-codes", GenerateCodes).WithTags(Tag).WithName("GenerateVouchingCodes")
            .WithSummary("Genera de 1 a 20 códigos de aval (aceleradoras y organizaciones de inversión verificadas): {\"count\": 3, \"notes\": [\"…\"], \"acceptTerms\": 1}.")
            .WithDescription("201 con los códigos: se muestran esta única vez. 400 con cada campo no válido (términos no aceptados); 403 con el motivo; 404 organización ajena o inexistente.");
        app.MapDelete("/api/organizations/{id:guid}/vouching-codes/{codeId:guid}", RevokeCode).WithTags(Tag).WithName("RevokeVouchingCode")
            .WithSummary("Revoca un código de aval que nadie ha usado.")
            .WithDescription("204; 409 si ya se usó o ya estaba revocado; 404 código de otra organización o inexistente.");
    }

    private static async Task<ContentHttpResult> CurrentProgram(CreditProgramVersions programs, CancellationToken ct) =>
        TypedResults.Text(CreditPrograms.ToJson(await programs.CurrentAsync(ct)), "application/json");

    private static async Task<Ok<IReadOnlyList<CreditProgramVersionView>>> ProgramVersions(CreditProgramVersions programs, CancellationToken ct) =>
        TypedResults.Ok(await programs.ListAsync(ct));

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ProgramVersion(int version, CreditProgramVersions programs, CancellationToken ct) =>
        await programs.FindAsync(version, ct) is { } program ? TypedResults.Text(CreditPrograms.ToJson(program), "application/json") : ProgramNotFound();

    private static async Task<Results<Created<CreditProgramVersionView>, ProblemHttpResult>> PublishProgram(ProgramVersionRequest request, PublishCreditProgram publish,
        CreditProgramVersions programs, ClaimsPrincipal user, CancellationToken ct)
    {
        var json = request.Program is { } p ? p.ValueKind == JsonValueKind.String ? p.GetString() : p.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : p.GetRawText() : null;
        switch (await publish.RunAsync(json, request.Reason, user.Actor(), ct))
        {
            case PublishCreditProgramOutcome.Published published:
                var view = (await programs.ListAsync(ct)).First(v => v.Version == published.Version);
                return TypedResults.Created($"/api/credits/program/versions/{published.Version}", view);
            case PublishCreditProgramOutcome.Invalid i:
                return Problems.Status(StatusCodes.Status400BadRequest, "Las reglas no se publicaron", "The rules were not published",
                    string.Join(" ", i.Errors), string.Join(" ", i.Errors), new Dictionary<string, object?> { ["errors"] = i.Errors });
            default:
                return ProgramNotFound();
        }
    }

    private static async Task<Ok<IReadOnlyList<PoolItem>>> Pools(ReadCreditPools read, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<PoolItem>>((await read.ListAsync(ct)).Select(Pool).ToList());

    private static async Task<Results<Created<PoolItem>, ValidationProblem, ProblemHttpResult>> CreatePool(PoolRequest request, SaveCreditPool save, ReadCreditPools read,
        ClaimsPrincipal user, CancellationToken ct)
    {
        switch (await save.CreateAsync(new CreditPoolInput(request.Name, request.StartsOn, request.EndsOn, request.Amount, request.Reason), user.Actor(), ct))
        {
            case SaveCreditPoolOutcome.Saved s:
                var view = Pool((await read.FindAsync(s.PoolId, ct))!);
                return TypedResults.Created(view.Url, view);
            case SaveCreditPoolOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            default:
                return ProgramNotFound();
        }
    }

    private static async Task<Results<Ok<PoolItem>, ValidationProblem, ProblemHttpResult>> ChangePool(Guid id, PoolAmountRequest request, SaveCreditPool save, ReadCreditPools read,
        ClaimsPrincipal user, CancellationToken ct)
    {
        switch (await save.ChangeAmountAsync(id, request.Amount, request.Reason, user.Actor(), ct))
        {
            case SaveCreditPoolOutcome.Saved s:
                return TypedResults.Ok(Pool((await read.FindAsync(s.PoolId, ct))!));
            case SaveCreditPoolOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case SaveCreditPoolOutcome.BelowAwarded b:
                return Problems.Status(StatusCodes.Status409Conflict, "Monto menor que lo otorgado", "Amount below what was awarded",
                    $"La bolsa ya otorgó {CreditRules.FormatUsd(b.AwardedCents)}: su monto no puede ser menor.",
                    $"The pool has already awarded {CreditRules.FormatUsd(b.AwardedCents)}: its amount cannot be lower.",
                    new Dictionary<string, object?> { ["code"] = "monto_menor_que_otorgado", ["awardedCents"] = b.AwardedCents });
            default:
                return ProgramNotFound();
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<VouchingCodeItem>>, ProblemHttpResult>> VouchingCodeList(Guid id, ReadVouchingCodes read, ClaimsPrincipal user, CancellationToken ct) =>
        await read.ListAsync(id, user.Actor(), ct) is { } codes
            ? TypedResults.Ok<IReadOnlyList<VouchingCodeItem>>(codes.Select(c => new VouchingCodeItem(c.Id, c.Hint, c.Note, WireStatus(c.Status), c.CreatedAt, c.ExpiresAt,
                c.TermsVersion, c.UsedAt, c.UsedBy, c.RevokedAt)).ToList())
            : ProgramNotFound();

    private static async Task<Results<Created<GeneratedCodesView>, ValidationProblem, ProblemHttpResult>> GenerateCodes(Guid id, VouchingCodesRequest request,
        GenerateVouchingCodes generate, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await generate.RunAsync(id, new GenerateVouchingCodesInput(request.Count, request.Notes, request.AcceptTerms), user.Actor(), ct))
        {
            case GenerateVouchingCodesOutcome.Generated g:
                var logger = logs.CreateLogger(ProgramLogCategory);
                ProgramLog.CodesGenerated(logger, g.Codes.Count, id);
                return TypedResults.Created($"/api/organizations/{id}/vouching-codes", new GeneratedCodesView(
                    g.Codes.Select(c => new GeneratedCodeItem(c.Id, c.Code, c.Hint, c.Note, c.ExpiresAt)).ToList(), g.TermsVersion,
                    Problems.Pick("Guarde estos códigos ahora: el programa no los vuelve a mostrar.", "Keep these codes now: the program never shows them again.")));
            case GenerateVouchingCodesOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case GenerateVouchingCodesOutcome.NotAllowed n:
                return Problems.Status(StatusCodes.Status403Forbidden, "No permitido", "Not allowed", n.Reason.Es, n.Reason.En,
                    new Dictionary<string, object?> { ["code"] = n.Reason.Code });
            default:
                return ProgramNotFound();
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeCode(Guid id, Guid codeId, RevokeVouchingCode revoke, ClaimsPrincipal user, CancellationToken ct) =>
        await revoke.RunAsync(id, codeId, user.Actor(), ct) switch
        {
            RevokeVouchingCodeOutcome.Revoked => TypedResults.NoContent(),
            RevokeVouchingCodeOutcome.AlreadyUsed => Problems.Status(StatusCodes.Status409Conflict, "El código ya se usó", "The code was already used",
                "Una startup ya usó este código en su solicitud; no se puede revocar.", "A startup already used this code in its application; it cannot be revoked.",
                new Dictionary<string, object?> { ["code"] = "codigo_usado" }),
            RevokeVouchingCodeOutcome.AlreadyRevoked => Problems.Status(StatusCodes.Status409Conflict, "El código ya estaba revocado", "The code was already revoked",
                extensions: new Dictionary<string, object?> { ["code"] = "codigo_revocado" }),
            RevokeVouchingCodeOutcome.NotAllowed n => Problems.Status(StatusCodes.Status403Forbidden, "No permitido", "Not allowed", n.Reason.Es, n.Reason.En,
                new Dictionary<string, object?> { ["code"] = n.Reason.Code }),
            _ => ProgramNotFound(),
        };

    private static PoolItem Pool(CreditPoolView p) => new(p.Id, p.Name, p.StartsOn, p.EndsOn, p.AmountCents, p.AwardedCents, p.LeftCents, p.PercentUsed,
        CreditRules.FormatUsd(p.AmountCents), CreditRules.FormatUsd(p.AwardedCents), CreditRules.FormatUsd(p.LeftCents), p.Reason, p.CreatedAt, $"/api/credits/pools/{p.Id}");

    internal static string WireStatus(VouchingCodeStatus status) => status switch
    {
        VouchingCodeStatus.Usado => "usado",
        VouchingCodeStatus.Vencido => "vencido",
        VouchingCodeStatus.Revocado => "revocado",
        _ => "vigente",
    };

    // Worded exactly as for an unknown id, so another owner's object says nothing more.
    private static ProblemHttpResult ProgramNotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string ProgramLogCategory = "Semillero.Credits";

    // Counts and ids only: never a code, a note or a name.
    private static partial class ProgramLog
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Count} vouching codes generated for organization {OrganizationId}")]
        public static partial void CodesGenerated(ILogger logger, int count, Guid organizationId);
    }
}
