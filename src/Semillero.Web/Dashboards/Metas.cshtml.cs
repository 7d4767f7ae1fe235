using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;
using Semillero.Dashboards;
using Semillero.Web.Access;
using Semillero.Web.Catalog;
using Semillero.Web.Forms;
using Semillero.Web.Operations;

namespace Semillero.Web.Dashboards;

// GET/POST /operacion/metas[?linea=KEY] — the program's target lines with their progress, one line's
// history, and (operators only) the form that revises a line or adds one, with a reason.
public sealed class MetasModel(KpiTargets targets, ReadKpis kpis) : PageModel
{
    public sealed class TargetForm
    {
        public string? Metric { get; set; } = "inscritas";

        public string? Year { get; set; }

        public string? Scope { get; set; } = "total";

        public string? State { get; set; }

        public string? Segment { get; set; }

        public string? Sex { get; set; }

        public string? People { get; set; }

        public string? DueOn { get; set; }

        public string? Reason { get; set; }

        public string? ReasonEn { get; set; }
    }

    [BindProperty]
    public TargetForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "linea")]
    public string? Line { get; set; }

    public IReadOnlyList<TargetLine> Lines { get; private set; } = [];

    // The chosen line's versions, newest first; null when no line is asked for.
    public IReadOnlyList<KpiTarget>? History { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public bool CanRevise => User.Actor().Role == Roles.Operador;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // Revising a line starts from its current values; the reason is always new.
        if (History is [var current, ..])
        {
            Form = new TargetForm
            {
                Metric = KpiTargets.MetricWire(current.Metric),
                Year = current.Year?.ToString(CultureInfo.InvariantCulture),
                Scope = KpiTargets.ScopeWire(current.Scope),
                State = current.Scope == TargetScope.State ? current.ScopeValue : null,
                Segment = current.Scope == TargetScope.Segment ? current.ScopeValue : null,
                Sex = current.Scope == TargetScope.Sex ? current.ScopeValue : null,
                People = current.People.ToString(CultureInfo.InvariantCulture),
                DueOn = current.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The page is open to analysts for reading; only operators change targets.
        if (!CanRevise)
        {
            return Forbid();
        }

        var m = MetasTexts.Current;
        var metric = KpiTargets.ParseMetric(Form.Metric) ?? KpiMetric.Registered;
        var scope = KpiTargets.ParseScope(Form.Scope) ?? TargetScope.Total;
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Form.Year))
        {
            if (int.TryParse(Form.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                year = y;
            }
            else
            {
                Errors.Add("year", m.YearInvalid);
            }
        }

        long people = 0;
        if (!long.TryParse((Form.People ?? "").Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out people))
        {
            Errors.Add("people", m.PeopleInvalid);
        }

        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(Form.DueOn))
        {
            if (OperacionTime.TryParseDate(Form.DueOn, out var d))
            {
                due = d;
            }
            else
            {
                Errors.Add("dueOn", m.DateInvalid);
            }
        }

        var value = scope switch
        {
            TargetScope.State => Form.State,
            TargetScope.Segment => Form.Segment,
            TargetScope.Sex => Form.Sex,
            _ => null,
        };

        if (!Errors.Any)
        {
            var input = new TargetInput(metric, year, scope, value, people, due, Form.Reason, Form.ReasonEn);
            switch (await targets.ReviseAsync(input, CatalogEndpoints.Who(User), ct))
            {
                case ReviseTargetOutcome.Revised revised:
                    TempData[Aviso.Ok] = string.Format(CultureInfo.CurrentCulture, m.Updated, revised.Target.Version);
                    return RedirectToPage(new { linea = revised.Target.Key });
                case ReviseTargetOutcome.Invalid invalid:
                    foreach (var error in invalid.Errors)
                    {
                        Errors.Add(error.Field, m.English ? error.En : error.Es);
                    }

                    break;
            }
        }

        Errors.OrderAs(Fields);
        await LoadAsync(ct);
        return Page();
    }

    private static readonly string[] Fields = ["metric", "year", "scopeValue", "people", "dueOn", "reason", "reasonEn"];

    private async Task LoadAsync(CancellationToken ct)
    {
        Lines = await TargetEndpoints.LinesAsync(targets, kpis, ct);
        History = string.IsNullOrWhiteSpace(Line) ? null : await targets.HistoryAsync(Line.Trim(), ct);
    }

    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Date(DateOnly day) => Semillero.Calendar.Dates.Compact(day);

    public static string When(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(OperacionTime.ToLocal(utc));

    public static string Percent(double percent) => (percent / 100).ToString("P1", CultureInfo.CurrentCulture);
}
