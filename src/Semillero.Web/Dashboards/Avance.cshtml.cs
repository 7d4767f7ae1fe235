using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Dashboards;
using Semillero.Diagnostics;
using Semillero.Disclosure;
using Semillero.Geography;
using Semillero.Language;
using Semillero.Web.Access;
using Semillero.Web.Site;

namespace Semillero.Web.Dashboards;

// How far a target line is: the version measured against, what was reached and the forecast.
public sealed record TargetProgress(KpiTarget Target, long Achieved, double Fraction, ForecastResult Forecast);

public sealed record YearProgress(KpiTarget Target, long Achieved);

// GET /avance — the program's public progress: national figures, progress toward the current
// target with its forecast, the Pymes' AI-maturity diagnostic (national figures only), and tables by
// state, sex, age and month with small cells suppressed (PublicProgress).
// ?handler=csv|xlsx&vista=estados|sexo|edad|meses downloads the same suppressed tables as open data.
public sealed class AvanceModel(ReadKpis kpis, KpiTargets targets, Semillero.Data.SemilleroDb db, ReadDiagnosticFigures diagnostic) : PageModel
{
    public static IReadOnlyList<string> Views { get; } = ["estados", "sexo", "edad", "meses"];

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true, Name = "vista")]
    public string? View { get; set; }

    public PublicProgressView Progress { get; private set; } = null!;

    public TargetProgress? Total { get; private set; }

    public YearProgress? Year { get; private set; }

    // The diagnostic's figures of the current question bank version; the page shows only the
    // national row (docs/diagnostic.md: the public page has the national share and levels).
    public DiagnosticFigures Diagnostic { get; private set; } = null!;

    // Analysts and operators get a link to the figures by state, size and sector.
    public bool SeesDiagnosticBreakdowns => AccessTable.Find("PAGE /operacion/diagnostico")?.Allows(User.Actor().Role) == true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Progress = await LoadAsync(ct);
        Diagnostic = await diagnostic.RunAsync(null, ct);
        var current = await targets.CurrentAsync(ct);
        var total = current.FirstOrDefault(t => t.Year is null && t.Scope == TargetScope.Total && t.Metric == KpiMetric.Registered);
        var today = kpis.Today;
        var everFrom = new DateOnly(2000, 1, 1);
        if (total is not null)
        {
            var achieved = await kpis.CountAsync(KpiMetric.Registered, everFrom, kpis.CurrentMonth, null, null, null, ct);
            var series = await kpis.SeriesAsync(KpiMetric.Registered, kpis.ProgramStart, kpis.CurrentMonth, null, null, null, ct);
            var forecast = Forecast.Run(new ForecastInput(series, achieved, total.People, total.DueOn, today));
            Total = new TargetProgress(total, achieved, total.People <= 0 ? 0 : Math.Min(1, (double)achieved / total.People), forecast);
        }

        var yearly = current.FirstOrDefault(t => t.Year == today.Year && t.Scope == TargetScope.Total && t.Metric == KpiMetric.Registered);
        if (yearly is not null)
        {
            var inYear = await kpis.CountAsync(KpiMetric.Registered, new DateOnly(today.Year, 1, 1), kpis.CurrentMonth, null, null, null, ct);
            Year = new YearProgress(yearly, inYear);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (table, name) = await ExportAsync(ct);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        await TableExport.WriteCsvAsync(table, Response.Body, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var (table, name) = await ExportAsync(ct);
        // The zip writer finishes with synchronous writes, which Kestrel refuses on the response body.
        var buffer = new MemoryStream();
        await TableExport.WriteXlsxAsync(table, buffer, ct);
        buffer.Position = 0;
        return File(buffer, XlsxType, name + ".xlsx");
    }

    private async Task<PublicProgressView> LoadAsync(CancellationToken ct) =>
        PublicProgress.Build(await kpis.RunAsync(kpis.DefaultFilter(), ct), verifiedNames: await VerifiedNamesAsync(ct));

    // Only organisations an operator verified are named in public.
    private async Task<Dictionary<string, string>> VerifiedNamesAsync(CancellationToken ct) =>
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Organizations.Where(o => o.VerifiedAt != null).Select(o => new { o.Id, o.Name }), ct))
        .ToDictionary(o => Semillero.Access.PartnerKey.Of(o.Id), o => o.Name, StringComparer.Ordinal);

    private async Task<(ExportTable Table, string Name)> ExportAsync(CancellationToken ct)
    {
        var view = Views.FirstOrDefault(v => string.Equals(v, View, StringComparison.OrdinalIgnoreCase)) ?? Views[0];
        var progress = await LoadAsync(ct);
        var date = progress.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var notes = new List<string>
        {
            "Fuente: Semillero, registros de aprendizaje de sus proveedores. Cifras no oficiales; cada persona se cuenta una vez (CURP).",
            $"Fecha de corte: {date}.",
            $"Celdas vacías: cifras no publicadas. {SuppressedCell.Explanation(english: false)}",
            "Licencia: Datos abiertos, uso libre con atribución.",
        };
        ExportTable table = view switch
        {
            "sexo" => Simple("Avance por sexo", progress.Sexes, notes),
            "edad" => Simple("Avance por edad", progress.Ages, notes),
            "meses" => Months(progress.Months, notes),
            _ => States(progress.States, notes),
        };
        return (table, $"semillero-avance-{view}-{date}");
    }

    private static ExportTable States(PublicTable t, List<string> notes)
    {
        notes.Insert(1, "inscritas_por_100k: población del Censo de Población y Vivienda 2020 (INEGI).");
        return new ExportTable(
            "Avance por entidad",
            [
                new("clave", ColumnKind.Text), new("nombre", ColumnKind.Text), new("inscritas", ColumnKind.Integer),
                new("egresadas", ColumnKind.Integer), new("colocadas", ColumnKind.Integer), new("inscritas_por_100k", ColumnKind.Decimal),
            ],
            [.. t.Rows.Append(t.Total).Select(r => (IReadOnlyList<object?>)[r.Key, r.LabelEs, r.Counts[0], r.Counts[1], r.Counts[2], Round(r.Per100k)])],
            notes);
    }

    private static ExportTable Simple(string title, PublicTable t, List<string> notes) => new(
        title,
        [new("clave", ColumnKind.Text), new("nombre", ColumnKind.Text), new("inscritas", ColumnKind.Integer), new("egresadas", ColumnKind.Integer)],
        [.. t.Rows.Append(t.Total).Select(r => (IReadOnlyList<object?>)[r.Key, r.LabelEs, r.Counts[0], r.Counts[1]])],
        notes);

    private static ExportTable Months(PublicTable t, List<string> notes) => new(
        "Inscripciones por mes",
        [new("mes", ColumnKind.Text), new("inscritas", ColumnKind.Integer), new("egresadas", ColumnKind.Integer), new("colocadas", ColumnKind.Integer)],
        [.. t.Rows.Append(t.Total).Select(r => (IReadOnlyList<object?>)[r.Key, r.Counts[0], r.Counts[1], r.Counts[2]])],
        notes);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;

    public static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.CurrentCulture) : "—";

    public static string Rate(double? value) => value is { } v ? v.ToString("N1", CultureInfo.CurrentCulture) : "—";

    // A share is not a count: a hidden one is "Reservado", never "<5", which would read as "under 5 %".
    public static IHtmlContent Share(decimal? percent, AvanceTexts t) => percent is { } p
        ? new HtmlString(System.Net.WebUtility.HtmlEncode(string.Format(CultureInfo.CurrentCulture, t.DiagnosticPercent, Percent(p))))
        : SuppressedCell.Html(Suppression.Withheld);

    public static string Percent(decimal percent) => percent.ToString("#,0.#", CultureInfo.CurrentCulture);

    public static IHtmlContent Companies(CompanyCell cell) =>
        SuppressedCell.Html(cell.Value.ToString("N0", CultureInfo.CurrentCulture), cell.Suppression);

    public static string Date(DateOnly? date) => date is { } d ? Semillero.Calendar.Dates.Written(d) : "—";

    public static string MonthName(string key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Semillero.Calendar.Dates.CompactMonth(d)
            : key;

    // Percent of the bar, whole numbers for the w-N width classes; at least 1 once anything is reached.
    public static int BarPercent(double fraction) =>
        fraction <= 0 ? 0 : Math.Clamp((int)Math.Floor(fraction * 100), 1, 100);

    public IReadOnlyList<MapValue> MapValues(AvanceTexts t) =>
        [.. Progress.States.Rows.Where(r => Entidades.ByCode(r.Key) is not null).Select(r => new MapValue(
            r.Key,
            UiLanguage.IsEnglish ? r.LabelEn : r.LabelEs,
            r.Per100k,
            r.Per100k is { } rate && r.Counts[0] is { } people
                ? string.Format(CultureInfo.CurrentCulture, t.MapLabel, Count(people), Rate(rate))
                : r.Cells.First().Why == Suppression.Small ? Texts.Current.SmallCellSpoken : Texts.Current.StatesWithheld))];
}
