using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Completions;
using Semillero.Web.Access;
using Semillero.Web.Site;

namespace Semillero.Web.Completions;

// GET/POST /operacion/constancias — an operator imports a provider's CSV completion report
// (docs/completion-reports.md) and sees the same summary as `semillero records import`: the counts
// and the rejected rows with their row numbers. The summary is the response to the upload, not a
// redirect: it lists CURPs, which do not belong in a cookie.
[RequestSizeLimit(MaxUpload)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
public sealed partial class ConstanciasModel(ImportCompletionReport import, ILogger<ConstanciasModel> logger) : PageModel
{
    // The file plus the form's other fields and multipart framing.
    private const int MaxUpload = ImportCompletionReport.MaxBytes + (64 * 1024);

    [BindProperty(Name = "proveedor")]
    public string? Provider { get; set; }

    public IReadOnlyList<string> Providers { get; private set; } = [];

    public CompletionReportSummary? Summary { get; private set; }

    public ImportCompletionReportOutcome.AlreadyImported? Already { get; private set; }

    // Why nothing was imported, in the page's language.
    public string? Error { get; private set; }

    // Which field the error is about ("proveedor", "archivo"), for aria-invalid.
    public string? ErrorField { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? archivo, CancellationToken ct)
    {
        await LoadAsync(ct);
        var t = ConstanciasTexts.Current;
        if (string.IsNullOrWhiteSpace(Provider))
        {
            (Error, ErrorField) = (t.ErrorProvider, "proveedor");
            return Page();
        }

        if (archivo is null)
        {
            (Error, ErrorField) = (t.ErrorFile, "archivo");
            return Page();
        }

        if (archivo.Length > ImportCompletionReport.MaxBytes)
        {
            (Error, ErrorField) = (Texts.Format(t.ErrorTooLarge, ImportCompletionReport.MaxBytes / 1024 / 1024), "archivo");
            return Page();
        }

        var bytes = new byte[archivo.Length];
        await using (var stream = archivo.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        var actor = User.Actor();
        var outcome = await import.RunAsync(new ImportCompletionReportInput(Provider, archivo.FileName, bytes, actor.Id), ct);
        switch (outcome)
        {
            case ImportCompletionReportOutcome.Imported imported:
                Summary = imported.Summary;
                Log.Imported(logger, imported.Summary.ReportId, actor.Id);
                break;
            case ImportCompletionReportOutcome.AlreadyImported already:
                Already = already;
                break;
            case ImportCompletionReportOutcome.UnknownProvider unknown:
                (Error, ErrorField) = (Texts.Format(t.UnknownProvider, unknown.Provider, string.Join(", ", unknown.Known)), "proveedor");
                break;
            case ImportCompletionReportOutcome.Unreadable unreadable:
                (Error, ErrorField) = (t.IsEnglish ? unreadable.En : unreadable.Es, "archivo");
                break;
            case ImportCompletionReportOutcome.MissingColumns missing:
                (Error, ErrorField) = (Texts.Format(t.MissingColumns, string.Join(", ", missing.Missing), string.Join(", ", missing.Found)), "archivo");
                break;
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}.");
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // The response to an upload lists CURPs: no copy in any cache.
        Response.Headers.CacheControl = "no-store";
        Providers = await import.ProvidersAsync(ct);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Completion report {ReportId} imported from the web by account {ActorId}")]
        public static partial void Imported(ILogger logger, Guid reportId, string actorId);
    }
}
