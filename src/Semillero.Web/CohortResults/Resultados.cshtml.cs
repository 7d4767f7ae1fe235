using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.CohortResults;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.CohortResults;

public sealed record ResultPersonView(Guid LearnerId, string Name, string Curp, string StateCode, string Cohort, FunnelStage Stage);

public sealed record OrganizationChoice(Guid Id, string Name, string Kind);

// GET /organizacion/resultados — an organisation's funnel per cohort and its breakdowns, and, for
// its own members and operators, the list of its enrolled people (audited as a read of personal
// data). Members read their own organisation (Actor.OrganizationId); operators and analysts choose
// one (?organizacion=id), analysts with small cells withheld and no list. Every table downloads as
// CSV or XLSX (?handler=exportar&vista=…&formato=csv|xlsx).
public sealed class ResultadosModel(ReadOrganizationResults read, AuditLog audit, SemilleroDb db) : PageModel
{
    public const int PageSize = 50;

    public const string ListWhat = "/organizacion/resultados: nombre, CURP, entidad y etapa de las personas inscritas en sus convocatorias";

    [BindProperty(SupportsGet = true)]
    public Guid? Organizacion { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public ResultsView? View { get; private set; }

    public bool NoOrganization { get; private set; }

    public IReadOnlyList<OrganizationChoice> Choices { get; private set; } = [];

    public IReadOnlyList<ResultPersonView>? People { get; private set; }

    public Paging? PeoplePaging { get; private set; }

    // People counted in the figures but left out of the list: they withdrew their consent to share
    // their data with the cohort's organisation.
    public int NotShared { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (Target(actor) is not { } id)
        {
            if (actor.Role == Roles.Aliado)
            {
                NoOrganization = true;
            }
            else
            {
                Choices = await db.Organizations.AsNoTracking().OrderBy(o => o.Name)
                    .Select(o => new OrganizationChoice(o.Id, o.Name, o.Kind.ToString())).ToListAsync(ct);
            }

            return Page();
        }

        var scope = ResultsScope.For(actor, id);
        if (!scope.Allowed || await read.RunAsync(id, ct) is not ReadOrganizationResultsOutcome.Found found)
        {
            return NotFound();
        }

        View = FunnelTables.Build(found.Results, scope.Suppressed);
        if (scope.Identified)
        {
            var all = PersonRows(found.Results);
            NotShared = found.Results.People.Where(p => !p.Shared).Select(p => p.LearnerId).Distinct().Count();
            var paging = new Paging(Math.Max(1, Pagina), PageSize, all.Count);
            PeoplePaging = paging;
            People = all.Skip((paging.Page - 1) * PageSize).Take(PageSize).ToList();
            await audit.RecordAsync(actor, People.Select(p => p.LearnerId), "consulta", ListWhat, null, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportarAsync(string? vista, string? formato, CancellationToken ct)
    {
        var actor = User.Actor();
        var t = ResultadosTexts.Current;
        if (Target(actor) is not { } id)
        {
            return NotFound();
        }

        var scope = ResultsScope.For(actor, id);
        if (!scope.Allowed || await read.RunAsync(id, ct) is not ReadOrganizationResultsOutcome.Found found)
        {
            return NotFound();
        }

        if (vista is not ("cohortes" or "estados" or "sexo" or "edad" or "personas") || formato is not ("csv" or "xlsx") || (vista == "personas" && !scope.Identified))
        {
            return BadRequest(t.BadExport);
        }

        var view = FunnelTables.Build(found.Results, scope.Suppressed);
        ExportTable table;
        if (vista == "personas")
        {
            var rows = PersonRows(found.Results);
            await audit.RecordAsync(actor, rows.Select(p => p.LearnerId), "exportacion", ListWhat.Replace("/organizacion/resultados", "/organizacion/resultados (descarga)", StringComparison.Ordinal), null, ct);
            table = ResultsExports.People(rows, t);
        }
        else
        {
            table = ResultsExports.Funnel(view, vista, t);
        }

        var name = $"resultados-{vista}.{formato}";
        using var buffer = new MemoryStream();
        if (formato == "csv")
        {
            await TableExport.WriteCsvAsync(table, buffer, ct);
            return File(buffer.ToArray(), "text/csv; charset=utf-8", name);
        }

        // The XLSX writer writes synchronously inside its zip, which Kestrel refuses on the response.
        await TableExport.WriteXlsxAsync(table, buffer, ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    // Members read their own organisation whatever the address says; others the one they chose.
    private Guid? Target(Actor actor) => actor.Role == Roles.Aliado ? actor.OrganizationId : Organizacion;

    private static List<ResultPersonView> PersonRows(OrganizationResults results)
    {
        var cohorts = results.Cohorts.ToDictionary(c => c.Id);
        return results.People.Where(p => p.Shared)
            .OrderBy(p => cohorts[p.CohortId].StartsOn).ThenBy(p => cohorts[p.CohortId].Name, StringComparer.CurrentCulture)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Curp, StringComparer.Ordinal)
            .Select(p => new ResultPersonView(p.LearnerId, p.Name, p.Curp, p.StateCode, cohorts[p.CohortId].Name, p.Outcome.Stage))
            .ToList();
    }

    public string? PageUrl(int page) => Url.Page("/CohortResults/Resultados", new { organizacion = Organizacion, pagina = page });

    // A null count is withheld for analysts; which kind the view does not say, so it reads "Reservado".
    public static string Count(long? value) => value is { } v ? v.ToString("N0", CultureInfo.CurrentCulture) : Semillero.Web.Site.SuppressedCell.Text(Semillero.Disclosure.Suppression.Withheld);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}

// The results' tables as CSV / XLSX: the rows the page shows, with the rule and suppression notes.
public static class ResultsExports
{
    public static ExportTable Funnel(ResultsView view, string vista, ResultadosTexts t)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(t);
        var rows = vista switch
        {
            "cohortes" => view.ByCohort,
            "estados" => view.ByState,
            "sexo" => view.BySex,
            _ => view.ByAgeBand,
        };
        var en = t.English;
        var columns = new List<ExportColumn>
        {
            new("clave", ColumnKind.Text), new(en ? "name" : "nombre", ColumnKind.Text),
            new(en ? "waiting" : "en_espera", ColumnKind.Integer), new(en ? "enrolled" : "inscritas", ColumnKind.Integer),
            new(en ? "active" : "activas", ColumnKind.Integer), new(en ? "completed_a_course" : "completaron_un_curso", ColumnKind.Integer),
            new(en ? "graduated" : "egresadas", ColumnKind.Integer), new(en ? "badge_earned" : "con_insignia", ColumnKind.Integer),
            new(en ? "placed" : "colocadas", ColumnKind.Integer), new(en ? "completion_rate" : "tasa_de_egreso", ColumnKind.Percent),
        };
        var data = rows.Append(new FunnelRowView("total", "Total", "Total", view.Totals))
            .Where(r => vista != "cohortes" || r.Key != "total")
            .Select(r => (IReadOnlyList<object?>)new List<object?>
            {
                r.Key, en ? r.LabelEn : r.LabelEs, r.Cells.Waiting, r.Cells.Enrolled, r.Cells.Active, r.Cells.CompletedCourse,
                r.Cells.Graduated, r.Cells.Badged, r.Cells.Placed, r.Cells.CompletionRate,
            }).ToList();
        var notes = new List<string> { view.Organization, t.RuleNote };
        if (view.Suppressed)
        {
            notes.Add(t.SuppressedNote);
        }

        return new ExportTable($"resultados-{vista}", columns, data, notes);
    }

    public static ExportTable People(IReadOnlyList<ResultPersonView> people, ResultadosTexts t)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(t);
        var en = t.English;
        var columns = new List<ExportColumn>
        {
            new(en ? "name" : "nombre", ColumnKind.Text), new("curp", ColumnKind.Text), new(en ? "state" : "entidad", ColumnKind.Text),
            new(en ? "cohort" : "convocatoria", ColumnKind.Text), new(en ? "stage" : "etapa", ColumnKind.Text),
        };
        var data = people.Select(p => (IReadOnlyList<object?>)new List<object?>
        {
            p.Name, p.Curp, Semillero.Geography.Entidades.NameOf(p.StateCode, en), p.Cohort, t.StageName(p.Stage),
        }).ToList();
        return new ExportTable("resultados-personas", columns, data, [t.RuleNote, t.PeopleNote]);
    }
}
