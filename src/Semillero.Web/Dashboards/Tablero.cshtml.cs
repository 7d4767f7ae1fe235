using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Dashboards;
using Semillero.Disclosure;
using Semillero.Learners;
using Semillero.Web.Site;

namespace Semillero.Web.Dashboards;

// GET /operacion/avance — the program's KPIs for operators and the Ministry's analysts, with the
// same filters and figures as GET /api/kpis (KpiViews builds both), the target it is measured
// against and when it is reached at the current pace. Every table downloads as CSV or XLSX
// (?handler=exportar&vista=…&formato=csv|xlsx) with the page's filters.
public sealed class TableroModel(ReadKpis read, KpiTargets targets) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Desde { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hasta { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Estado { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Segmento { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ruta { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Proveedor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organizacion { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Convocatoria { get; set; }

    public KpiView? View { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<PathInfo> Paths { get; private set; } = [];

    public IReadOnlyList<string> Providers { get; private set; } = [];

    public KpiTarget? Target { get; private set; }

    public long Achieved { get; private set; }

    public ForecastResult? Forecast { get; private set; }

    // This year's line of the same metric and scope, and people reached in the year so far: the gap
    // to the next 31 December milestone.
    public KpiTarget? YearTarget { get; private set; }

    public long YearAchieved { get; private set; }

    // With a state chosen and a target line that is not that state's: the state's people within
    // what the target counts (its contribution), null otherwise.
    public long? StateAchieved { get; private set; }

    // The chosen state's code, when the filter names one.
    public string? ChosenState { get; private set; }

    // Some filter narrows the page's figures but not the target block (a period, a path, a
    // provider, or a segment with no target line of its own).
    public bool TargetIgnoresFilters { get; private set; }

    public DateOnly ProgramStart => read.ProgramStart;

    public DateOnly CurrentMonth => read.CurrentMonth;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Paths = await read.PathsAsync(ct);
        var (filter, errors) = await Query.ParseAsync(read, ct);
        if (filter is null)
        {
            Errors = errors.Select(e => TableroTexts.Current.English ? e.Reason.En : e.Reason.Es).ToList();
            filter = read.DefaultFilter();
        }

        ChosenState = filter.State;
        var report = await read.RunAsync(filter, ct);
        View = KpiViews.From(report, KpiEndpoints.SuppressFor(User));
        Providers = await read.ProvidersAsync(ct);
        await LoadTargetAsync(filter, ct);
    }

    private KpiQuery Query => new(Desde, Hasta, Estado, Segmento, Ruta, Proveedor, Organizacion, Convocatoria);

    // The target line the filter is measured against: the state's or segment's when the filter
    // names one and such a line exists, otherwise the program total for people registered.
    private async Task LoadTargetAsync(KpiFilter filter, CancellationToken ct)
    {
        var current = await targets.CurrentAsync(ct);
        var scoped = current.Where(t => t.Year is null && t.Metric == KpiMetric.Registered).ToList();
        Target = (filter.State is not null ? scoped.FirstOrDefault(t => t.Scope == TargetScope.State && t.ScopeValue == filter.State) : null)
            ?? (filter.Segment is { } s ? scoped.FirstOrDefault(t => t.Scope == TargetScope.Segment && t.ScopeValue == SegmentNames.ToWire(s)) : null)
            ?? scoped.FirstOrDefault(t => t.Scope == TargetScope.Total);
        if (Target is null)
        {
            return;
        }

        var (state, segment, sex) = Target.Scope switch
        {
            TargetScope.State => (Target.ScopeValue, null, null),
            TargetScope.Segment => ((string?)null, Target.ScopeValue, (string?)null),
            TargetScope.Sex => (null, null, Target.ScopeValue),
            _ => (null, null, null),
        };
        Achieved = await read.CountAsync(Target.Metric, read.ProgramStart, read.CurrentMonth, state, segment, sex, ct);
        TargetIgnoresFilters = filter.From != read.ProgramStart || filter.To != read.CurrentMonth || filter.PathId is not null || filter.Provider is not null
            || (filter.Segment is not null && Target.Scope != TargetScope.Segment);
        if (filter.State is { } chosen && Target.Scope != TargetScope.State)
        {
            StateAchieved = await read.CountAsync(Target.Metric, read.ProgramStart, read.CurrentMonth, chosen, segment, sex, ct);
        }

        var series = await read.SeriesAsync(Target.Metric, read.ProgramStart, read.CurrentMonth, state, segment, sex, ct);
        Forecast = Semillero.Dashboards.Forecast.Run(new ForecastInput(series, Achieved, Target.People, Target.DueOn, read.Today));

        var year = read.Today.Year;
        YearTarget = current.FirstOrDefault(t => t.Year == year && t.Metric == Target.Metric && t.Scope == Target.Scope && t.ScopeValue == Target.ScopeValue);
        if (YearTarget is not null)
        {
            YearAchieved = await read.CountAsync(Target.Metric, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1), state, segment, sex, ct);
        }
    }

    public async Task<IActionResult> OnGetExportarAsync(string? vista, string? formato, CancellationToken ct)
    {
        var (filter, errors) = await Query.ParseAsync(read, ct);
        if (filter is null || !AvanceExports.Views.Contains(vista ?? "") || formato is not ("csv" or "xlsx"))
        {
            var t = TableroTexts.Current;
            return BadRequest(errors.Count > 0 ? string.Join(" ", errors.Select(e => t.English ? e.Reason.En : e.Reason.Es)) : t.BadExport);
        }

        var view = KpiViews.From(await read.RunAsync(filter, ct), KpiEndpoints.SuppressFor(User));
        var table = AvanceExports.Table(view, vista!, TableroTexts.Current, filter.State);
        var name = $"avance-{vista}-{view.From}-{view.To}.{formato}";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (formato == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            await TableExport.WriteCsvAsync(table, Response.Body, ct);
        }
        else
        {
            // The XLSX writer does synchronous writes inside its zip, which Kestrel refuses on the
            // response stream: the (small) workbook is built in memory first.
            using var buffer = new MemoryStream();
            await TableExport.WriteXlsxAsync(table, buffer, ct);
            Response.Headers.ContentDisposition = default;
            return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }

        return new EmptyResult();
    }

    // How to read the page, folded under its head: nothing here can tell when it has been learnt.
    public static FirstSteps Guide(TableroTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new FirstSteps("primeros-pasos", t.StepsTitle, null,
        [
            new("filtrar", t.StepFilterTitle, t.StepFilterText, null, null, null),
            new("meta", t.StepTargetTitle, t.StepTargetText, "/operacion/metas", t.StepTargetLink, null),
            new("descargar", t.StepDownloadTitle, t.StepDownloadText, null, null, null),
            new("seguimiento", t.StepOutcomesTitle, t.StepOutcomesText, "/operacion/seguimiento", t.StepOutcomesLink, null),
        ]);
    }

    // A null count is suppressed for analysts; which kind the view does not say, so it reads "Reservado".
    public static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.CurrentCulture) : SuppressedCell.Text(Suppression.Withheld);

    public static string Share(long? part, long? whole) =>
        part is { } p && whole is { } w && w > 0 ? (p / (double)w).ToString("P1", CultureInfo.CurrentCulture) : "—";
}

// The tables of the dashboard as export tables (CSV / XLSX): the same rows the page shows.
public static class AvanceExports
{
    public static IReadOnlyList<string> Views { get; } = ["meses", "estados", "sexo", "edad", "segmentos", "rutas", "proveedores"];

    // With a state chosen, the states table holds that state only: the other rows are zeros by
    // construction of the filter, not figures.
    public static IReadOnlyList<KpiRowView> StateRows(KpiView view, string? state)
    {
        ArgumentNullException.ThrowIfNull(view);
        return state is null ? view.ByState : view.ByState.Where(r => string.Equals(r.Key, state, StringComparison.Ordinal)).ToList();
    }

    public static ExportTable Table(KpiView view, string vista, TableroTexts t, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        var rows = vista switch
        {
            "meses" => view.ByMonth,
            "estados" => StateRows(view, state),
            "sexo" => view.BySex,
            "edad" => view.ByAgeBand,
            "segmentos" => view.BySegment,
            "rutas" => view.ByPath,
            _ => view.ByProvider,
        };
        var columns = new List<ExportColumn>
        {
            new("clave", ColumnKind.Text), new(t.English ? "name" : "nombre", ColumnKind.Text),
            new(t.English ? "registered" : "inscritas", ColumnKind.Integer), new(t.English ? "active" : "activas", ColumnKind.Integer),
            new(t.English ? "graduated" : "egresadas", ColumnKind.Integer), new(t.English ? "placed" : "colocadas", ColumnKind.Integer),
        };
        if (vista == "estados")
        {
            columns.Add(new(t.English ? "registered_per_100k" : "inscritas_por_100_mil", ColumnKind.Decimal));
        }

        var data = rows.Select(r => (IReadOnlyList<object?>)new List<object?>(
            vista == "estados"
                ? [r.Key, t.English ? r.LabelEn : r.LabelEs, r.Values.Registered, r.Values.Active, r.Values.Graduated, r.Values.Placed, r.Per100k]
                : [r.Key, t.English ? r.LabelEn : r.LabelEs, r.Values.Registered, r.Values.Active, r.Values.Graduated, r.Values.Placed])).ToList();
        var notes = new List<string>
        {
            string.Format(CultureInfo.CurrentCulture, t.ExportPeriod, view.From, view.To, view.Today),
            view.ActiveLast30Days ? t.ActiveLast30Note : t.ActiveLastMonthNote,
            t.CountedOnceNote,
        };
        if (view.Suppressed)
        {
            notes.Add(t.SuppressedNote);
        }

        return new ExportTable($"avance-{vista}", columns, data, notes);
    }
}

// One table of the dashboard, with its download links' route values.
public sealed record TablaAvance(string Id, string Title, IReadOnlyList<KpiRowView> Rows, bool Per100k, object Csv, object Xlsx)
{
    public IDictionary<string, string> CsvRoute => Route(Csv);

    public IDictionary<string, string> XlsxRoute => Route(Xlsx);

    private static Dictionary<string, string> Route(object values) =>
        new Microsoft.AspNetCore.Routing.RouteValueDictionary(values)
            .Where(p => p.Value is string { Length: > 0 })
            .ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);
}
