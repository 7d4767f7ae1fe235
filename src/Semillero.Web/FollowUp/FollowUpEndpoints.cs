using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Disclosure;
using Semillero.FollowUp;
using Semillero.Validation;
using Semillero.Web.Hosting;

namespace Semillero.Web.FollowUp;

// Graduate follow-up outcomes for operators and the Ministry's analysts: aggregates only, with
// small cells and their complements suppressed (null, and the row flagged "suppressed").
public static class FollowUpEndpoints
{
    public sealed record OutcomeRowView(
        string Key,
        string LabelEs,
        string LabelEn,
        int? Sent,
        int? Answered,
        double? ResponseRate,
        int? Employed,
        double? EmployedRate,
        int? Helped,
        double? HelpedRate,
        IReadOnlyDictionary<string, int?> SalaryBands,
        bool Suppressed);

    public sealed record OutcomesView(string By, int Months, int Threshold, int SensitiveThreshold, IReadOnlyList<OutcomeRowView> Rows, OutcomeRowView Total);

    public static void MapFollowUp(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/follow-up/outcomes", Outcomes)
            .WithTags("Seguimiento de egresados / Graduate follow-up")
            .WithName("FollowUpOutcomes")
            .WithSummary("Resultados de las encuestas de seguimiento por cohorte, ruta o entidad (by=cohort|path|state, months=3|6|12).")
            .WithDescription("Solo cifras agregadas. Las celdas con menos de 5 personas (10 en rangos de ingreso) y sus complementarias se suprimen: valor null y la fila con \"suppressed\": true. 400 si by o months no son válidos.");
    }

    public static OutcomeBreakdown? ParseBy(string? by) => by?.Trim().ToLowerInvariant() switch
    {
        null or "" or "cohort" or "cohorte" => OutcomeBreakdown.Cohort,
        "path" or "ruta" => OutcomeBreakdown.Path,
        "state" or "entidad" => OutcomeBreakdown.State,
        _ => null,
    };

    public static string Wire(OutcomeBreakdown by) => by switch
    {
        OutcomeBreakdown.Cohort => "cohort",
        OutcomeBreakdown.Path => "path",
        _ => "state",
    };

    private static async Task<Results<Ok<OutcomesView>, ValidationProblem>> Outcomes(
        FollowUpOutcomes outcomes, CancellationToken ct, string? by = null, int? months = null)
    {
        var errors = new List<FieldError>();
        var breakdown = ParseBy(by);
        if (breakdown is null)
        {
            errors.Add(new("by", new IdRejection("desconocido", "Use cohort, path o state.", "Use cohort, path or state.")));
        }

        var milestone = months ?? 3;
        if (!FollowUpSchedule.IsMilestone(milestone))
        {
            errors.Add(new("months", new IdRejection("desconocido", "Use 3, 6 o 12.", "Use 3, 6 or 12.")));
        }

        if (errors.Count > 0 || await outcomes.RunAsync(breakdown!.Value, milestone, ct) is not FollowUpOutcomesResult.Ok ok)
        {
            return Problems.Validation(errors);
        }

        var table = ok.Table;
        return TypedResults.Ok(new OutcomesView(
            Wire(table.By), table.Months, SmallCells.Threshold, SmallCells.SensitiveThreshold,
            table.Rows.Select(View).ToList(), View(table.Total)));
    }

    public static IReadOnlyList<string> SalaryKeys { get; } =
        FollowUpAnswerRules.Salary.Select(b => b.Wire).Append(FollowUpAnswerRules.NoSalary).ToList();

    private static OutcomeRowView View(OutcomeRow row) => new(
        row.Key, row.LabelEs, row.LabelEn, row.Sent, row.Answered, row.ResponseRate, row.Employed, row.EmployedRate, row.Helped, row.HelpedRate,
        SalaryKeys.Select((key, i) => (key, row.Salary[i])).ToDictionary(x => x.key, x => x.Item2, StringComparer.Ordinal),
        row.Suppressed);
}
