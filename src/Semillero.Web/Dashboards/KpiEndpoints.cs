using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Access;
using Semillero.Dashboards;
using Semillero.Disclosure;
using Semillero.Geography;
using Semillero.Learners;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Dashboards;

public sealed record KpiCellsView(long? Registered, long? Active, long? Graduated, long? Placed);

public sealed record KpiRowView(string Key, string LabelEs, string LabelEn, KpiCellsView Values, double? Per100k = null);

// What the dashboard shows and GET /api/kpis returns: the same object, so the two agree by
// construction. Null counts are suppressed cells (Ministry analysts see aggregates with cells of
// 1–4 people and their complements withheld; operators see exact counts).
public sealed record KpiView(
    string From,
    string To,
    string? State,
    string? Segment,
    string? Path,
    string? Provider,
    string Today,
    bool ActiveLast30Days,
    bool Suppressed,
    KpiCellsView Totals,
    KpiCellsView Cumulative,
    IReadOnlyList<KpiRowView> ByMonth,
    IReadOnlyList<KpiRowView> ByState,
    IReadOnlyList<KpiRowView> BySex,
    IReadOnlyList<KpiRowView> ByAgeBand,
    IReadOnlyList<KpiRowView> BySegment,
    IReadOnlyList<KpiRowView> ByPath,
    IReadOnlyList<KpiRowView> ByProvider,
    IReadOnlyList<CohortRowView>? ByCohort = null);

// A cohort's figures from the program's start to the period's end: seated people, then the KPIs of
// its attributed learning, and its completion rate (egresadas / inscritas), hidden with either count.
public sealed record CohortRowView(string Key, string Name, Guid OrganizationId, long? Enrolled, KpiCellsView Values)
{
    public double? CompletionRate => Enrolled is > 0 && Values.Graduated is { } g ? Math.Round(g / (double)Enrolled.Value, 4) : null;
}

// The dashboard's filters as query parameters (the page and the API take the same names):
// desde/hasta (yyyy-MM), estado (INEGI code or name), segmento, ruta (path code), proveedor, and
// organizacion (an organisation's id: what it sent and what its cohorts' people learnt) or
// convocatoria (a cohort's id): one of the last three at a time, as they share the provider dimension.
public sealed record KpiQuery(string? Desde, string? Hasta, string? Estado, string? Segmento, string? Ruta, string? Proveedor, string? Organizacion = null, string? Convocatoria = null)
{
    public async Task<(KpiFilter? Filter, List<FieldError> Errors)> ParseAsync(ReadKpis read, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var from = Month(Desde, "desde", read.ProgramStart, errors);
        var to = Month(Hasta, "hasta", read.CurrentMonth, errors);
        if (errors.Count == 0 && from > to)
        {
            errors.Add(new("hasta", new IdRejection("periodo", "El mes final es anterior al inicial.", "The end month is before the start month.")));
        }

        if (errors.Count == 0 && (to.Year - from.Year) * 12 + to.Month - from.Month >= 240)
        {
            errors.Add(new("desde", new IdRejection("periodo", "El periodo abarca hasta 20 años.", "The period spans up to 20 years.")));
        }

        string? state = null;
        if (!string.IsNullOrWhiteSpace(Estado))
        {
            state = Entidades.Find(Estado)?.Clave;
            if (state is null)
            {
                errors.Add(new("estado", new IdRejection("desconocido", "La entidad no existe (use su clave INEGI 01–32 o su nombre).", "Unknown state (use its INEGI code 01–32 or name).")));
            }
        }

        Segment? segment = null;
        if (!string.IsNullOrWhiteSpace(Segmento))
        {
            if (SegmentNames.TryParse(Segmento, out var s))
            {
                segment = s;
            }
            else
            {
                errors.Add(new("segmento", new IdRejection("desconocido", "El segmento no existe.", "Unknown segment.")));
            }
        }

        Guid? path = null;
        if (!string.IsNullOrWhiteSpace(Ruta))
        {
            var paths = await read.PathsAsync(ct);
            path = paths.FirstOrDefault(p => string.Equals(p.Code, Ruta.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
            if (path is null)
            {
                errors.Add(new("ruta", new IdRejection("desconocida", "La ruta no existe o no está publicada.", "Unknown or unpublished path.")));
            }
        }

        var provider = string.IsNullOrWhiteSpace(Proveedor) ? null : Proveedor.Trim();
        if (provider is { Length: > 100 })
        {
            errors.Add(new("proveedor", new IdRejection("largo", "El nombre del proveedor es demasiado largo.", "The provider name is too long.")));
        }

        if (new[] { Proveedor, Organizacion, Convocatoria }.Count(x => !string.IsNullOrWhiteSpace(x)) > 1)
        {
            errors.Add(new("proveedor", new IdRejection("uno", "Filtre por proveedor, organización o convocatoria, uno a la vez.", "Filter by provider, organisation or cohort, one at a time.")));
        }
        else if (!string.IsNullOrWhiteSpace(Organizacion))
        {
            provider = Guid.TryParse(Organizacion.Trim(), out var org) ? Semillero.Access.PartnerKey.Of(org) : null;
            if (provider is null)
            {
                errors.Add(new("organizacion", new IdRejection("formato", "Indique el identificador de la organización.", "Give the organisation's id.")));
            }
        }
        else if (!string.IsNullOrWhiteSpace(Convocatoria))
        {
            provider = Guid.TryParse(Convocatoria.Trim(), out var cohort) ? LearnerMarks.CohortKey(cohort) : null;
            if (provider is null)
            {
                errors.Add(new("convocatoria", new IdRejection("formato", "Indique el identificador de la convocatoria.", "Give the cohort's id.")));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new KpiFilter(from, to, state, segment, path, provider), errors);
    }

    private static DateOnly Month(string? text, string field, DateOnly fallback, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100)
        {
            return month;
        }

        errors.Add(new(field, new IdRejection("formato", "Escriba el mes como AAAA-MM (por ejemplo 2026-03).", "Write the month as YYYY-MM (e.g. 2026-03).")));
        return fallback;
    }
}

public static class KpiEndpoints
{
    public static void MapKpis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/kpis", Kpis)
            .WithTags("Avance e indicadores / Progress and KPIs")
            .WithName("Kpis")
            .WithSummary("Indicadores del programa: inscritas, activas (30 días), egresadas y colocadas, por mes, entidad, sexo, edad, segmento, ruta y proveedor.")
            .WithDescription("Filtros: desde y hasta (AAAA-MM), estado (clave INEGI o nombre), segmento, ruta (código), y uno de proveedor, organizacion (id) o convocatoria (id). byCohort: cada convocatoria desde el inicio del programa, con su tasa de egreso (egresadas / inscritas). Cada persona cuenta una vez (CURP). Para analistas, las celdas de 1 a 4 personas y sus complementarias llegan como null (suppressed: true). 400 con problem+json si un filtro no es válido.");
    }

    private static async Task<Results<Ok<KpiView>, ValidationProblem>> Kpis(
        ReadKpis read, ClaimsPrincipal user, CancellationToken ct,
        string? desde = null, string? hasta = null, string? estado = null, string? segmento = null, string? ruta = null, string? proveedor = null,
        string? organizacion = null, string? convocatoria = null)
    {
        var (filter, errors) = await new KpiQuery(desde, hasta, estado, segmento, ruta, proveedor, organizacion, convocatoria).ParseAsync(read, ct);
        if (filter is null)
        {
            return Problems.Validation(errors);
        }

        var report = await read.RunAsync(filter, ct);
        return TypedResults.Ok(KpiViews.From(report, SuppressFor(user)));
    }

    // Analysts (the Ministry) see suppressed aggregates; operators run the program and see exact counts.
    public static bool SuppressFor(ClaimsPrincipal user) => user.Actor().Role != Roles.Operador;
}

public static class KpiViews
{
    public static KpiView From(KpiReport report, bool suppress)
    {
        ArgumentNullException.ThrowIfNull(report);
        var f = report.Filter;
        var pathCode = f.PathId is { } id ? report.Paths.FirstOrDefault(p => p.Id == id)?.Code : null;
        var pathNames = report.Paths.ToDictionary(p => p.Code, StringComparer.Ordinal);
        return new KpiView(
            Month(f.From),
            Month(f.To),
            f.State,
            f.Segment is { } s ? SegmentNames.ToWire(s) : null,
            pathCode,
            f.Provider,
            report.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.ActiveLast30Days,
            suppress,
            Single(report.Totals, suppress),
            Single(report.Cumulative, suppress),
            Table(report.ByMonth, report.Totals, suppress, k => (MonthLabel(k, "es-MX"), MonthLabel(k, "en-US")), totalsLine: false),
            Table(report.ByState, report.Totals, suppress, k => (Entidades.NameOf(k, english: false), Entidades.NameOf(k, english: true)), per100k: k => Entidades.ByCode(k)?.Poblacion2020),
            Table(report.BySex, report.Totals, suppress, k => k switch { "M" => ("Mujeres", "Women"), "H" => ("Hombres", "Men"), _ => ("No binario (X)", "Non-binary (X)") }),
            Table(report.ByAgeBand, report.Totals, suppress, k => (AgeLabel(k, es: true), AgeLabel(k, es: false))),
            Table(report.BySegment, report.Totals, suppress, k => SegmentNames.TryParse(k, out var seg) ? (SegmentNames.Spanish(seg), SegmentNames.English(seg)) : (k, k)),
            Table(report.ByPath, report.Totals, suppress, k => pathNames.TryGetValue(k, out var p) ? (p.NameEs, p.NameEn) : (k, k), totalsLine: false),
            Table(report.ByProvider, report.Totals, suppress, k => (k, k), totalsLine: false),
            (report.ByCohort ?? []).Select(r => new CohortRowView(r.Key, r.Name, r.OrganizationId, Cell(r.Enrolled, suppress), Single(r.Values, suppress))).ToList());
    }

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string MonthLabel(string key, string culture) =>
        DateOnly.ParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMM yyyy", CultureInfo.GetCultureInfo(culture));

    private static string AgeLabel(string wire, bool es)
    {
        var band = AgeBands.All.FirstOrDefault(a => AgeBands.Wire(a) == wire);
        return es ? AgeBands.Label(band) : wire.Replace("60+", "60 and over", StringComparison.Ordinal).Replace("0-17", "Under 18", StringComparison.Ordinal);
    }

    private static KpiCellsView Single(KpiValues v, bool suppress) => new(
        Cell(v.Registered, suppress), Cell(v.Active, suppress), Cell(v.Graduated, suppress), Cell(v.Placed, suppress));

    private static long? Cell(long value, bool suppress) => suppress && SmallCells.IsSmall(value, SmallCells.Threshold) ? null : value;

    // A breakdown whose rows add up to the headline (states, sexes, ages, segments): the totals
    // row takes part in complementary suppression. Months, paths and providers do not add up to a
    // published figure (people learn in several paths), so each cell stands alone.
    private static List<KpiRowView> Table(
        IReadOnlyList<KpiRow> rows, KpiValues totals, bool suppress, Func<string, (string Es, string En)> label,
        bool totalsLine = true, Func<string, int?>? per100k = null)
    {
        var hidden = new bool[rows.Count + 1, 4];
        if (suppress)
        {
            var cells = new long[rows.Count + (totalsLine ? 1 : 0), 4];
            for (var r = 0; r < rows.Count; r++)
            {
                var v = rows[r].Values;
                (cells[r, 0], cells[r, 1], cells[r, 2], cells[r, 3]) = (v.Registered, v.Active, v.Graduated, v.Placed);
            }

            if (totalsLine)
            {
                (cells[rows.Count, 0], cells[rows.Count, 1], cells[rows.Count, 2], cells[rows.Count, 3]) = (totals.Registered, totals.Active, totals.Graduated, totals.Placed);
                // The four metrics are different populations: each column with its total is a line.
                hidden = SmallCells.Columns(cells, SmallCells.Threshold);
            }
            else
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    for (var c = 0; c < 4; c++)
                    {
                        hidden[r, c] = SmallCells.IsSmall(cells[r, c], SmallCells.Threshold);
                    }
                }
            }
        }

        return rows.Select((row, r) =>
        {
            var (es, en) = label(row.Key);
            var v = row.Values;
            var view = new KpiCellsView(
                hidden[r, 0] ? null : v.Registered, hidden[r, 1] ? null : v.Active, hidden[r, 2] ? null : v.Graduated, hidden[r, 3] ? null : v.Placed);
            double? rate = per100k?.Invoke(row.Key) is int population && population > 0 && view.Registered is { } registered
                ? Math.Round(registered * 100_000.0 / population, 1)
                : null;
            return new KpiRowView(row.Key, es, en, view, rate);
        }).ToList();
    }
}
