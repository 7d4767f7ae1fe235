using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.FollowUp;
using Semillero.Importing;

namespace Semillero.Web.FollowUp;

// GET /operacion/seguimiento?meses=3&por=cohorte — graduate follow-up outcomes for operators and the
// Ministry's analysts: aggregates only, small cells and their complements suppressed. The same
// table downloads as CSV (?handler=csv), UTF-8 with BOM, formula-looking cells neutralised.
public sealed class SeguimientoModel(FollowUpOutcomes outcomes) : PageModel
{
    public static IReadOnlyList<(string Wire, OutcomeBreakdown By)> Breakdowns { get; } =
    [
        ("cohorte", OutcomeBreakdown.Cohort),
        ("ruta", OutcomeBreakdown.Path),
        ("entidad", OutcomeBreakdown.State),
    ];

    [BindProperty(SupportsGet = true, Name = "meses")]
    public int Months { get; set; } = 3;

    [BindProperty(SupportsGet = true, Name = "por")]
    public string? By { get; set; }

    public OutcomeBreakdown Breakdown { get; private set; }

    public OutcomeTable Table { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Table = await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var table = await LoadAsync(ct);
        var t = SeguimientoTexts.Current;
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"seguimiento-{Months}m-{WireOf(Breakdown)}.csv\"";
        await using var csv = new SafeCsvWriter(Response.Body);
        await csv.WriteRowAsync(
            [
                "grupo", "nombre", "enviadas", "respondidas", "tasa_respuesta", "con_empleo", "tasa_empleo", "capacitacion_ayudo", "tasa_ayudo",
                .. FollowUpEndpoints.SalaryKeys.Select(k => "ingreso_" + k),
                "suprimida",
            ]);
        foreach (var row in table.Rows.Append(table.Total))
        {
            await csv.WriteRowAsync(
                [
                    row.Key, t.English ? row.LabelEn : row.LabelEs, Num(row.Sent), Num(row.Answered), Rate(row.ResponseRate), Num(row.Employed), Rate(row.EmployedRate),
                    Num(row.Helped), Rate(row.HelpedRate),
                    .. row.Salary.Select(Num),
                    row.Suppressed ? t.Yes : t.No,
                ]);
        }

        return new EmptyResult();
    }

    private async Task<OutcomeTable> LoadAsync(CancellationToken ct)
    {
        Months = FollowUpSchedule.IsMilestone(Months) ? Months : 3;
        Breakdown = Breakdowns.FirstOrDefault(b => string.Equals(b.Wire, By, StringComparison.OrdinalIgnoreCase)) is { Wire: not null } found ? found.By : OutcomeBreakdown.Cohort;
        By = WireOf(Breakdown);
        return await outcomes.RunAsync(Breakdown, Months, ct) is FollowUpOutcomesResult.Ok ok
            ? ok.Table
            : throw new InvalidOperationException("milestone checked above");
    }

    public static string WireOf(OutcomeBreakdown by) => Breakdowns.First(b => b.By == by).Wire;

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Rate(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";

    public static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.CurrentCulture) : "—";

    // A null count is suppressed (docs/texts.md, suppressed cells); a null rate has no figure.
    public static string Count(int? value) => value is { } v ? v.ToString("N0", CultureInfo.CurrentCulture) : Semillero.Web.Site.SuppressedCell.Text(Semillero.Disclosure.Suppression.Withheld);
}
