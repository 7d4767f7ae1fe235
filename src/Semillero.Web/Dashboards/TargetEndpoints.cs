using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Dashboards;
using Semillero.Validation;
using Semillero.Web.Catalog;
using Semillero.Web.Hosting;

namespace Semillero.Web.Dashboards;

// One current target line with what the program has reached against it.
public sealed record TargetLine(KpiTarget Target, long Achieved, double Percent);

// The program's targets over HTTP: operators and analysts read the current lines (with progress)
// and their history; only operators revise them, always with a reason.
public static class TargetEndpoints
{
    public sealed record TargetView(
        string Key,
        int Version,
        string Metric,
        int? Year,
        string Scope,
        string ScopeValue,
        long People,
        DateOnly DueOn,
        string Reason,
        string? ReasonEn,
        string CreatedBy,
        DateTime CreatedAt,
        string Description);

    public sealed record TargetLineView(
        string Key,
        int Version,
        string Metric,
        int? Year,
        string Scope,
        string ScopeValue,
        long People,
        DateOnly DueOn,
        string Reason,
        string? ReasonEn,
        string CreatedBy,
        DateTime CreatedAt,
        string Description,
        long Achieved,
        double Percent);

    // Strings rather than typed values so a wrong one comes back as a field error, not a binding failure.
    public sealed record TargetRequest(string? Metric, int? Year, string? Scope, string? ScopeValue, long? People, string? DueOn, string? Reason, string? ReasonEn = null);

    public static void MapTargets(this IEndpointRouteBuilder app)
    {
        const string Tag = "Metas / Targets";
        app.MapGet("/api/targets", Current).WithTags(Tag).WithName("CurrentTargets")
            .WithSummary("Versión vigente de cada línea de meta, con lo logrado (personas) y el porcentaje.")
            .WithDescription("Lo logrado cuenta personas de ProgramStart al mes en curso para las metas totales, o de enero a diciembre de su año para las anuales, con el filtro de la línea (entidad, segmento o sexo).");
        app.MapGet("/api/targets/history", History).WithTags(Tag).WithName("TargetHistory")
            .WithSummary("Todas las versiones de una línea (key), la más reciente primero, con sus motivos. 404 si la línea no existe.");
        app.MapPost("/api/targets", Revise).WithTags(Tag).WithName("ReviseTarget")
            .WithSummary("Crea una línea de meta o una nueva versión de una existente; el motivo es obligatorio. 201 con la versión; 400 con los campos no válidos.");
    }

    // Progress for every current line: totals count from the program's first month to this one;
    // a yearly line counts its calendar year.
    public static async Task<IReadOnlyList<TargetLine>> LinesAsync(KpiTargets targets, ReadKpis kpis, CancellationToken ct)
    {
        var lines = new List<TargetLine>();
        foreach (var target in await targets.CurrentAsync(ct))
        {
            var (from, to) = target.Year is { } year ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 1)) : (kpis.ProgramStart, kpis.CurrentMonth);
            var achieved = await kpis.CountAsync(
                target.Metric,
                from,
                to,
                target.Scope == TargetScope.State ? target.ScopeValue : null,
                target.Scope == TargetScope.Segment ? target.ScopeValue : null,
                target.Scope == TargetScope.Sex ? target.ScopeValue : null,
                ct);
            lines.Add(new TargetLine(target, achieved, PercentOf(achieved, target.People)));
        }

        return lines;
    }

    public static double PercentOf(long achieved, long people) => people <= 0 ? 0 : Math.Round(100.0 * achieved / people, 1);

    public static TargetView View(KpiTarget t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Key, t.Version, KpiTargets.MetricWire(t.Metric), t.Year, KpiTargets.ScopeWire(t.Scope), t.ScopeValue, t.People, t.DueOn, t.Reason, t.ReasonEn, t.CreatedBy, t.CreatedAt, KpiTargets.Describe(t));
    }

    private static TargetLineView View(TargetLine line)
    {
        var t = line.Target;
        return new(t.Key, t.Version, KpiTargets.MetricWire(t.Metric), t.Year, KpiTargets.ScopeWire(t.Scope), t.ScopeValue, t.People, t.DueOn, t.Reason, t.ReasonEn, t.CreatedBy, t.CreatedAt, KpiTargets.Describe(t), line.Achieved, line.Percent);
    }

    private static async Task<Ok<IReadOnlyList<TargetLineView>>> Current(KpiTargets targets, ReadKpis kpis, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<TargetLineView>>((await LinesAsync(targets, kpis, ct)).Select(View).ToList());

    private static async Task<Results<Ok<IReadOnlyList<TargetView>>, ProblemHttpResult>> History(KpiTargets targets, CancellationToken ct, string? key = null)
    {
        var versions = string.IsNullOrWhiteSpace(key) ? [] : await targets.HistoryAsync(key.Trim(), ct);
        return versions.Count == 0
            ? Problems.Status(StatusCodes.Status404NotFound, "La línea de meta no existe", "The target line does not exist", "Use la clave (key) que devuelve GET /api/targets.", "Use the key GET /api/targets returns.")
            : TypedResults.Ok<IReadOnlyList<TargetView>>(versions.Select(View).ToList());
    }

    private static async Task<Results<Created<TargetView>, ValidationProblem>> Revise(TargetRequest request, KpiTargets targets, HttpContext http, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var metric = KpiTargets.ParseMetric(request.Metric);
        if (metric is null)
        {
            errors.Add(Error("metric", "Use inscritas o egresadas.", "Use inscritas or egresadas."));
        }

        var scope = KpiTargets.ParseScope(request.Scope);
        if (scope is null)
        {
            errors.Add(Error("scope", "Use total, entidad, segmento o sexo.", "Use total, entidad, segmento or sexo."));
        }

        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(request.DueOn))
        {
            if (DateOnly.TryParseExact(request.DueOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                due = parsed;
            }
            else
            {
                errors.Add(Error("dueOn", "La fecha límite va en formato AAAA-MM-DD.", "The due date is written YYYY-MM-DD."));
            }
        }

        if (errors.Count > 0)
        {
            // What the wire could not even read; the domain's own checks follow once these are fixed.
            return Problems.Validation(errors);
        }

        var input = new TargetInput(metric!.Value, request.Year, scope!.Value, request.ScopeValue, request.People ?? 0, due, request.Reason, request.ReasonEn);
        return await targets.ReviseAsync(input, CatalogEndpoints.Who(http.User), ct) switch
        {
            ReviseTargetOutcome.Revised revised => TypedResults.Created($"/api/targets/history?key={Uri.EscapeDataString(revised.Target.Key)}", View(revised.Target)),
            ReviseTargetOutcome.Invalid invalid => Problems.Validation(invalid.Errors.Select(e => Error(e.Field, e.Es, e.En))),
            _ => throw new InvalidOperationException("unknown outcome"),
        };
    }

    private static FieldError Error(string field, string es, string en) => new(field, new IdRejection("invalido", es, en));
}
