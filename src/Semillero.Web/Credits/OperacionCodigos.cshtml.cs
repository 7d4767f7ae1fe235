using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Credits;

// GET/POST /operacion/creditos/codigos — the operators' credit codes (docs/credits.md, "Delivery of
// credit codes"): the stock by value, importing a batch (all-or-nothing, the row-numbered report on
// refusal), the batches imported, the awards waiting for codes with "Entregar pendientes", and the
// credits that expired unused. No code is ever shown here.
public sealed partial class OperacionCodigosModel(
    ReadCreditCodeStock stock, ImportCreditCodes import, DeliverCredits deliver, ReadExpiredCredits expired, ILogger<OperacionCodigosModel> logger) : PageModel
{
    private const long MaxBytes = 2 * 1024 * 1024;

    [BindProperty(Name = "lote")]
    public string? BatchName { get; set; }

    [BindProperty(Name = "archivo")]
    public IFormFile? Upload { get; set; }

    public CreditCodeStock Stock { get; private set; } = null!;

    public ExpiredCredits Expired { get; private set; } = null!;

    public IReadOnlyList<CodeRowError> Report { get; private set; } = [];

    public string? ImportError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportarAsync(CancellationToken ct)
    {
        var t = CreditCodesTexts.Current;
        if (Upload is not { Length: > 0 and <= MaxBytes })
        {
            ImportError = t.FileMissing;
            await LoadAsync(ct);
            return Page();
        }

        await using var buffer = new MemoryStream();
        await using (var upload = Upload.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, ct);
        }

        buffer.Position = 0;
        switch (await import.RunAsync(buffer, BatchName, User.Actor(), ct))
        {
            case ImportCreditCodesOutcome.Imported i:
                Log.Imported(logger, i.BatchId, i.Codes);
                TempData[Aviso.Ok] = CreditCodesTexts.Format(t.Imported, i.Codes.ToString("N0", CultureInfo.CurrentCulture), CreditRules.FormatUsd(i.TotalCents), i.Delivery.Delivered);
                return RedirectToPage();
            case ImportCreditCodesOutcome.Refused r:
                Report = r.Errors;
                break;
            case ImportCreditCodesOutcome.MissingColumns m:
                ImportError = t.English ? $"Missing columns: {string.Join(", ", m.Missing)}." : $"Faltan columnas: {string.Join(", ", m.Missing)}.";
                break;
            case ImportCreditCodesOutcome.Unreadable u:
                ImportError = t.English ? u.En : u.Es;
                break;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEntregarAsync(CancellationToken ct)
    {
        var result = await deliver.DeliverPendingAsync(ct);
        Log.Delivered(logger, result.Delivered, result.Waiting);
        TempData[Aviso.Ok] = CreditCodesTexts.Format(CreditCodesTexts.Current.DeliveredMessage, result.Delivered, result.Waiting, CreditRules.FormatUsd(result.WaitingCents));
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Stock = await stock.RunAsync(ct);
        Expired = await expired.RunAsync(ct);
    }

    public static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string When(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(OperacionTime.ToLocal(utc));

    public static string Day(DateOnly day) => Semillero.Calendar.Dates.Compact(day);

    // Ids and counts only: never a code.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Credit code batch {BatchId} imported from the operation page with {Codes} codes")]
        public static partial void Imported(ILogger logger, Guid batchId, int codes);

        [LoggerMessage(Level = LogLevel.Information, Message = "Credit delivery from the operation page: {Delivered} delivered, {Waiting} waiting")]
        public static partial void Delivered(ILogger logger, int delivered, int waiting);
    }
}
