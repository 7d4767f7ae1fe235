using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Credits;

// Credit codes through the API (docs/credits.md, "Delivery of credit codes, expiry and
// reminders"): operators import the provider's batches, read the stock and deliver awards waiting
// for codes; a startup (its account or its own key) reads its codes, each read recorded in the access
// log, and says when it redeemed them. Another company's codes answer as an unknown company's.
public static partial class CreditEndpoints
{
    private const long MaxCodeImportBytes = 2 * 1024 * 1024;

    public sealed record CodeRowErrorView(int Row, string Column, string Es, string En);

    public sealed record DeliveryView(int Delivered, int Waiting, string WaitingUsd, long WaitingCents);

    public sealed record CodeBatchImported(Guid Id, int Codes, long TotalCents, string TotalUsd, DeliveryView Delivery);

    public sealed record StockLineView(long ValueCents, string ValueUsd, int Codes, long Cents);

    public sealed record BatchView(Guid Id, string Name, DateTime ImportedAt, int Codes, long TotalCents, int Delivered);

    public sealed record WaitingAwardView(Guid AwardId, Guid CompanyId, string Company, string Tier, long GrantedCents, string GrantedUsd, DateTime AwardedAt);

    public sealed record CodeStockView(int AvailableCodes, long AvailableCents, string AvailableUsd, IReadOnlyList<StockLineView> Available,
        IReadOnlyList<BatchView> Batches, IReadOnlyList<WaitingAwardView> Waiting, long WaitingCents);

    public sealed record CompanyCodeView(Guid Id, long ValueCents, string ValueUsd, DateOnly? ProviderExpiresOn, string Code);

    public sealed record CompanyAwardView(Guid Id, string Tier, long GrantedCents, string GrantedUsd, DateTime AwardedAt, DateOnly ExpiresOn,
        DateTime? DeliveredAt, DateTime? RedeemedAt, IReadOnlyList<CompanyCodeView> Codes);

    public sealed record CompanyCodesView(Guid CompanyId, IReadOnlyList<CompanyAwardView> Awards);

    public sealed record RedeemedView(Guid AwardId, DateTime RedeemedAt);

    private static void MapCreditCodes(this IEndpointRouteBuilder app)
    {
        const string Tag = "Créditos: códigos / Credits: codes";
        app.MapPost("/api/credits/code-batches", ImportCodeBatch).WithTags(Tag).WithName("ImportCreditCodeBatch")
            .WithSummary("Importa un lote de códigos del proveedor (text/csv con codigo,valor_usd[,vence], o multipart campo «file»; ?lote=NOMBRE). Todo o nada.")
            .WithDescription("201 con el lote y las entregas hechas después; 400 con el reporte por fila («errors»: fila, columna, motivo): no se guarda nada.")
            .DisableAntiforgery();
        app.MapGet("/api/credits/code-stock", CodeStock).WithTags(Tag).WithName("CreditCodeStock")
            .WithSummary("Códigos disponibles por valor, lotes importados y premios que esperan códigos.");
        app.MapPost("/api/credits/deliveries", DeliverPendingCodes).WithTags(Tag).WithName("DeliverPendingCredits")
            .WithSummary("Entrega códigos a cada premio que los espera, del más antiguo al más reciente, si el inventario suma el monto exacto.");
        app.MapGet("/api/companies/{id:guid}/credit-codes", CompanyCreditCodes).WithTags(Tag).WithName("CompanyCreditCodes")
            .WithSummary("Los créditos de la startup y sus códigos, descifrados (solo la propia empresa; cada consulta queda en la bitácora de accesos).");
        app.MapPost("/api/companies/{id:guid}/credit-awards/{awardId:guid}/redeemed", MarkAwardRedeemed).WithTags(Tag).WithName("MarkCreditAwardRedeemed")
            .WithSummary("La startup indica que ya canjeó los códigos del premio: no más recordatorios.")
            .WithDescription("200 con la fecha; 409 si aún no se entregan los códigos; 404 si el premio no es de la empresa.");
    }

    private static async Task<Results<Created<CodeBatchImported>, ProblemHttpResult>> ImportCodeBatch(
        HttpRequest http, [FromQuery(Name = "lote")] string? lote, ImportCreditCodes import, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        await using var buffer = new MemoryStream();
        var name = lote;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(ct);
            name ??= form["lote"].FirstOrDefault();
            if (form.Files.GetFile("file") is { Length: > 0 and <= MaxCodeImportBytes } file)
            {
                await using var upload = file.OpenReadStream();
                await upload.CopyToAsync(buffer, ct);
            }
        }
        else
        {
            await http.Body.CopyToAsync(buffer, ct);
        }

        if (buffer.Length is 0 or > MaxCodeImportBytes)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Falta el archivo", "The file is missing",
                "Envíe el CSV (hasta 2 MB) como cuerpo text/csv o como multipart/form-data en el campo «file».",
                "Send the CSV (up to 2 MB) as a text/csv body or as multipart/form-data in the «file» field.");
        }

        buffer.Position = 0;
        switch (await import.RunAsync(buffer, name, user.Actor(), ct))
        {
            case ImportCreditCodesOutcome.Imported i:
                var logger = logs.CreateLogger(CodesLogCategory);
                CodesLog.Imported(logger, i.BatchId, i.Codes, i.Delivery.Delivered);
                return TypedResults.Created($"/api/credits/code-stock", new CodeBatchImported(i.BatchId, i.Codes, i.TotalCents, CreditRules.FormatUsd(i.TotalCents), Delivery(i.Delivery)));
            case ImportCreditCodesOutcome.Refused r:
                return Problems.Status(StatusCodes.Status400BadRequest, "No se importó ningún código", "No code was imported",
                    Report(r.Errors, false), Report(r.Errors, true),
                    new Dictionary<string, object?> { ["errors"] = r.Errors.Select(e => new CodeRowErrorView(e.Row, e.Column, e.Es, e.En)).ToList() });
            case ImportCreditCodesOutcome.MissingColumns m:
                return Problems.Status(StatusCodes.Status400BadRequest, "No se importó ningún código: faltan columnas", "No code was imported: columns are missing",
                    $"Faltan: {string.Join(", ", m.Missing)}.", $"Missing: {string.Join(", ", m.Missing)}.",
                    new Dictionary<string, object?> { ["missing"] = m.Missing, ["found"] = m.Found });
            case ImportCreditCodesOutcome.Unreadable u:
                return Problems.Status(StatusCodes.Status400BadRequest, "No se importó ningún código: el archivo no se pudo leer", "No code was imported: the file could not be read", u.Es, u.En);
            default:
                throw new InvalidOperationException("Unexpected outcome.");
        }
    }

    // The row report in one line per problem, as the CLI prints it.
    internal static string Report(IReadOnlyList<CodeRowError> errors, bool english) =>
        string.Join(" ", errors.Select(e => (e.Row > 0 ? (english ? $"Row {e.Row}" : $"Fila {e.Row}") + $" ({e.Column}): " : "") + (english ? e.En : e.Es)));

    private static DeliveryView Delivery(DeliverPendingResult d) => new(d.Delivered, d.Waiting, CreditRules.FormatUsd(d.WaitingCents), d.WaitingCents);

    private static async Task<Ok<CodeStockView>> CodeStock(ReadCreditCodeStock read, CancellationToken ct)
    {
        var s = await read.RunAsync(ct);
        return TypedResults.Ok(new CodeStockView(s.AvailableCodes, s.AvailableCents, CreditRules.FormatUsd(s.AvailableCents),
            s.Available.Select(l => new StockLineView(l.ValueCents, CreditRules.FormatUsd(l.ValueCents), l.Codes, l.Cents)).ToList(),
            s.Batches.Select(b => new BatchView(b.Id, b.Name, b.ImportedAt, b.Codes, b.TotalCents, b.Delivered)).ToList(),
            s.Waiting.Select(w => new WaitingAwardView(w.AwardId, w.CompanyId, w.CompanyName, w.TierKey, w.GrantedCents, CreditRules.FormatUsd(w.GrantedCents), w.AwardedAt)).ToList(),
            s.WaitingCents));
    }

    private static async Task<Ok<DeliveryView>> DeliverPendingCodes(DeliverCredits deliver, ILoggerFactory logs, CancellationToken ct)
    {
        var result = await deliver.DeliverPendingAsync(ct);
        var logger = logs.CreateLogger(CodesLogCategory);
        CodesLog.Delivered(logger, result.Delivered, result.Waiting);
        return TypedResults.Ok(Delivery(result));
    }

    private static async Task<Results<Ok<CompanyCodesView>, ProblemHttpResult>> CompanyCreditCodes(Guid id, ReadCreditCodes read, ClaimsPrincipal user, CancellationToken ct) =>
        await read.RevealAsync(id, user.Actor(), ct) is ReadCreditCodesOutcome.Found f
            ? TypedResults.Ok(new CompanyCodesView(id, f.Codes.Awards.Select(a => new CompanyAwardView(a.Id, a.TierKey, a.GrantedCents, CreditRules.FormatUsd(a.GrantedCents),
                a.AwardedAt, a.ExpiresOn, a.DeliveredAt, a.RedeemedAt,
                a.Codes.Select(c => new CompanyCodeView(c.Id, c.ValueCents, CreditRules.FormatUsd(c.ValueCents), c.ProviderExpiresOn, c.Code!)).ToList())).ToList()))
            : CodesNotFound();

    private static async Task<Results<Ok<RedeemedView>, ProblemHttpResult>> MarkAwardRedeemed(Guid id, Guid awardId, ReadCreditCodes read, ClaimsPrincipal user, CancellationToken ct) =>
        await read.MarkRedeemedAsync(id, awardId, user.Actor(), ct) switch
        {
            MarkRedeemedOutcome.Redeemed r => TypedResults.Ok(new RedeemedView(awardId, r.At)),
            MarkRedeemedOutcome.NotDelivered => Problems.Status(StatusCodes.Status409Conflict, "Los códigos aún no se entregan", "The codes have not been delivered yet",
                "Podrá marcarlos como canjeados cuando reciba sus códigos.", "You can mark them as redeemed once you receive your codes."),
            _ => CodesNotFound(),
        };

    private static ProblemHttpResult CodesNotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string CodesLogCategory = "Semillero.Credits";

    // Ids and counts only: never a code.
    private static partial class CodesLog
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Credit code batch {BatchId} imported with {Codes} codes; {Delivered} awards delivered after it")]
        public static partial void Imported(ILogger logger, Guid batchId, int codes, int delivered);

        [LoggerMessage(Level = LogLevel.Information, Message = "Credit delivery pass: {Delivered} awards delivered, {Waiting} waiting for codes")]
        public static partial void Delivered(ILogger logger, int delivered, int waiting);
    }
}
