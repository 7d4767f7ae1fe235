using System.Globalization;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Identity;
using Semillero.Importing;

namespace Semillero.Cohorts;

public enum EnrolmentRowStatus
{
    Inscrita,
    EnEspera,
    Rechazada,
}

// One row of the report: the line a person sees in Excel (the header is row 1).
public sealed record EnrolmentRowResult(int Row, string? Curp, EnrolmentRowStatus Status, Guid? Registration, int? Position, string? Code, string? ReasonEs, string? ReasonEn);

public sealed record EnrolmentImportSummary(int Rows, int Enrolled, int Waiting, int Rejected, IReadOnlyList<EnrolmentRowResult> Results);

public abstract record ImportEnrolmentsOutcome
{
    public sealed record Completed(EnrolmentImportSummary Summary) : ImportEnrolmentsOutcome;

    public sealed record Unreadable(string Es, string En) : ImportEnrolmentsOutcome;

    public sealed record MissingColumns(IReadOnlyList<string> Missing, IReadOnlyList<string> Found) : ImportEnrolmentsOutcome;

    public sealed record TooManyRows(int Max) : ImportEnrolmentsOutcome;

    public sealed record CohortNotFound : ImportEnrolmentsOutcome;
}

// The organisation enrols a list of people by CURP, from the same CSV files the learners' import
// reads (Importing/CsvImportReader: encodings, separators, header aliases). Each row is one
// enrolment with the same rules as enrolling one CURP (EnrolInCohort), in file order, so the
// file's order is the waitlist's order; a row's result does not depend on a later row, and an
// interrupted import keeps the rows already enrolled (re-sending the file reports them as
// already enrolled). Rows are reported as enrolled, waiting (with the place) or rejected with a
// reason in both languages.
public sealed class ImportEnrolments(EnrolInCohort enrol, TimeProvider clock)
{
    public const int MaxRows = 5_000;

    public static IReadOnlyList<CsvColumn> Columns { get; } = [new(CohortRules.Fields.Curp, true, "clave_curp", "curp_de_la_persona")];

    public static readonly string[] ReportHeader = ["fila", "curp", "resultado", "lugar_en_espera", "registro", "codigo", "motivo", "reason"];

    public async Task<ImportEnrolmentsOutcome> RunAsync(Guid cohortId, Stream content, Actor actor, Guid? organizationScope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var cohort = await enrol.FactsAsync(cohortId, ct);
        if (cohort is null || (organizationScope is { } scope && cohort.OrganizationId != scope))
        {
            return new ImportEnrolmentsOutcome.CohortNotFound();
        }

        var open = CsvImportReader.Open(content, Columns);
        switch (open)
        {
            case CsvOpenOutcome.Unreadable u:
                return new ImportEnrolmentsOutcome.Unreadable(u.Es, u.En);
            case CsvOpenOutcome.MissingColumns m:
                return new ImportEnrolmentsOutcome.MissingColumns(m.Missing, m.Found);
        }

        using var reader = ((CsvOpenOutcome.Opened)open).Reader;
        var rows = reader.Rows().Take(MaxRows + 1).ToList();
        if (rows.Count > MaxRows)
        {
            return new ImportEnrolmentsOutcome.TooManyRows(MaxRows);
        }

        var today = ProgramCalendar.Today(clock);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<EnrolmentRowResult>(rows.Count);
        foreach (var row in rows)
        {
            var raw = row.Values[0]?.Trim();
            if (!Curp.TryParse(raw, today, out var curp, out var rejection))
            {
                results.Add(Rejected(row.RowNumber, raw, CohortRules.Codes.InvalidCurp, rejection.Es, rejection.En));
                continue;
            }

            if (seen.TryGetValue(curp.Value, out var first))
            {
                results.Add(Rejected(row.RowNumber, curp.Value, CohortRules.Codes.DuplicateInFile,
                    string.Create(CultureInfo.InvariantCulture, $"La CURP ya aparece en la fila {first}."),
                    string.Create(CultureInfo.InvariantCulture, $"The CURP already appears on row {first}.")));
                continue;
            }

            seen[curp.Value] = row.RowNumber;
            results.Add(await enrol.ByLearnerAsync(cohortId, cohort, curp.Value, actor, organizationScope, ct) switch
            {
                EnrolOutcome.Enrolled { Created: false } e => Rejected(row.RowNumber, curp.Value, CohortRules.Codes.AlreadyEnrolled,
                    "La persona ya está inscrita o en lista de espera en esta convocatoria.", "The person is already enrolled or waitlisted in this cohort.",
                    e.Enrolment.Registration),
                EnrolOutcome.Enrolled e => new EnrolmentRowResult(row.RowNumber, curp.Value,
                    e.Enrolment.Status == EnrolmentStatus.Inscrita ? EnrolmentRowStatus.Inscrita : EnrolmentRowStatus.EnEspera,
                    e.Enrolment.Registration, e.Enrolment.Position, null, null, null),
                EnrolOutcome.NotEligible n => Rejected(row.RowNumber, curp.Value, n.Reason.Code, n.Reason.Es, n.Reason.En),
                EnrolOutcome.UnknownPerson u => Rejected(row.RowNumber, curp.Value, u.Reason.Code, u.Reason.Es, u.Reason.En),
                EnrolOutcome.NotAllowed a => Rejected(row.RowNumber, curp.Value, a.Reason.Code, a.Reason.Es, a.Reason.En),
                _ => Rejected(row.RowNumber, curp.Value, CohortRules.Codes.NotApproved, "La convocatoria no existe.", "The cohort does not exist."),
            });
        }

        return new ImportEnrolmentsOutcome.Completed(new EnrolmentImportSummary(results.Count,
            results.Count(r => r.Status == EnrolmentRowStatus.Inscrita),
            results.Count(r => r.Status == EnrolmentRowStatus.EnEspera),
            results.Count(r => r.Status == EnrolmentRowStatus.Rechazada),
            results));
    }

    public static string StatusName(EnrolmentRowStatus status) => status switch
    {
        EnrolmentRowStatus.Inscrita => "inscrita",
        EnrolmentRowStatus.EnEspera => "en_espera",
        _ => "rechazada",
    };

    // The report as the CSV an office opens in Excel, one line per row of the file.
    public static async Task WriteReportAsync(SafeCsvWriter csv, EnrolmentImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(summary);
        await csv.WriteRowAsync(ReportHeader);
        foreach (var r in summary.Results)
        {
            await csv.WriteRowAsync(r.Row.ToString(CultureInfo.InvariantCulture), r.Curp, StatusName(r.Status),
                r.Position?.ToString(CultureInfo.InvariantCulture), r.Registration?.ToString(), r.Code, r.ReasonEs, r.ReasonEn);
        }
    }

    private static EnrolmentRowResult Rejected(int row, string? curp, string code, string es, string en, Guid? registration = null) =>
        new(row, curp, EnrolmentRowStatus.Rechazada, registration, null, code, es, en);
}
