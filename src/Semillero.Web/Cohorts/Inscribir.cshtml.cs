using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Cohorts;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Cohorts;

// GET/POST /organizacion/convocatorias/{id}/inscribir — the organisation enrols one person by CURP
// or a CSV of CURPs, and reads the result of each row. Another organisation's cohort is "not found".
public sealed partial class InscribirModel(ReadCohorts read, EnrolInCohort enrol, ImportEnrolments import, ILogger<InscribirModel> logger) : PageModel
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public CohortDetail? Cohort { get; private set; }

    public EnrolmentImportSummary? Report { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty(Name = "curp")]
    public string? Curp { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUnaAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var actor = User.Actor();
        var outcome = await enrol.ByCurpAsync(id, Curp, actor, actor.OrganizationId, ct);
        var curp = Curp?.Trim().ToUpperInvariant();
        Report = outcome switch
        {
            EnrolOutcome.Enrolled { Created: true } e => One(curp, e.Enrolment.Status == EnrolmentStatus.Inscrita ? EnrolmentRowStatus.Inscrita : EnrolmentRowStatus.EnEspera, e.Enrolment, null),
            EnrolOutcome.Enrolled e => One(curp, EnrolmentRowStatus.Rechazada, e.Enrolment, new IdRejection(CohortRules.Codes.AlreadyEnrolled,
                "La persona ya está inscrita o en lista de espera en esta convocatoria.", "The person is already enrolled or waitlisted in this cohort.")),
            EnrolOutcome.NotEligible n => One(curp, EnrolmentRowStatus.Rechazada, null, n.Reason),
            EnrolOutcome.UnknownPerson u => One(curp, EnrolmentRowStatus.Rechazada, null, u.Reason),
            EnrolOutcome.NotAllowed a => One(curp, EnrolmentRowStatus.Rechazada, null, a.Reason),
            _ => null,
        };
        if (Report is null)
        {
            return NotFound();
        }

        Log.Enrolled(logger, id, Report.Enrolled, Report.Waiting, Report.Rejected);
        Problem = Report.Rejected > 0 ? Pick(Report.Results[0]) : null;
        Cohort = await read.FindAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostArchivoAsync(Guid id, IFormFile? archivo, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (archivo is not { Length: > 0 and <= MaxFileBytes })
        {
            Problem = CohortTexts.Current.MissingFile;
            return Page();
        }

        await using var stream = archivo.OpenReadStream();
        var actor = User.Actor();
        switch (await import.RunAsync(id, stream, actor, actor.OrganizationId, ct))
        {
            case ImportEnrolmentsOutcome.Completed c:
                Report = c.Summary;
                Log.Enrolled(logger, id, c.Summary.Enrolled, c.Summary.Waiting, c.Summary.Rejected);
                break;
            case ImportEnrolmentsOutcome.Unreadable u:
                Problem = Problems.Pick(u.Es, u.En);
                break;
            case ImportEnrolmentsOutcome.MissingColumns:
                Problem = Problems.Pick("Falta la columna «curp» en el archivo.", "The file has no «curp» column.");
                break;
            case ImportEnrolmentsOutcome.TooManyRows t:
                Problem = Problems.Pick($"Envíe a lo más {t.Max} filas por archivo.", $"Send at most {t.Max} rows per file.");
                break;
            default:
                return NotFound();
        }

        Cohort = await read.FindAsync(id, ct);
        return Page();
    }

    public static string? Pick(EnrolmentRowResult r) => r.ReasonEs is null ? null : Problems.Pick(r.ReasonEs, r.ReasonEn ?? r.ReasonEs);

    private static EnrolmentImportSummary One(string? curp, EnrolmentRowStatus status, EnrolmentView? e, IdRejection? reason) => new(1,
        status == EnrolmentRowStatus.Inscrita ? 1 : 0, status == EnrolmentRowStatus.EnEspera ? 1 : 0, status == EnrolmentRowStatus.Rechazada ? 1 : 0,
        [new EnrolmentRowResult(1, curp, status, e?.Registration, e?.Position, reason?.Code, reason?.Es, reason?.En)]);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Cohort = User.Actor().OrganizationId is { } org && await read.FindAsync(id, ct) is { } c && c.OrganizationId == org ? c : null;
        return Cohort is not null;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId}: organisation enrolled {Enrolled}, waitlisted {Waiting}, rejected {Rejected}")]
        public static partial void Enrolled(ILogger logger, Guid cohortId, int enrolled, int waiting, int rejected);
    }
}
