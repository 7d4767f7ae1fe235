using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Cohorts;
using Semillero.Web.Access;
using Semillero.Web.Hosting;
using Semillero.Web.Operations;

namespace Semillero.Web.Cohorts;

// GET/POST /operacion/convocatorias — operators approve cohorts (only approved ones are public) or
// say why not; who and when stay on the cohort and in the log, as for companies.
public sealed partial class OperacionConvocatoriasModel(ReadCohorts read, ReviewCohort review, ILogger<OperacionConvocatoriasModel> logger) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Estado { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public CohortStatus Status => Estado switch
    {
        "aprobadas" => CohortStatus.Aprobada,
        "rechazadas" => CohortStatus.Rechazada,
        _ => CohortStatus.Pendiente,
    };

    public CohortPage Result { get; private set; } = new([], 0, 1, PageSize);

    public CohortCounts Counts { get; private set; } = new(0, 0, 0);

    public Guid? ReasonErrorFor { get; private set; }

    public string? ReasonError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAprobarAsync(Guid convocatoria, CancellationToken ct)
    {
        var t = CohortTexts.Current;
        var actor = User.Actor();
        switch (await review.ApproveAsync(convocatoria, actor, ct))
        {
            case ReviewCohortOutcome.Reviewed r:
                Log.Reviewed(logger, r.Cohort.Id, "approved", actor.Id);
                TempData[Aviso.Ok] = t.OpApprovedOk(r.Cohort.Name);
                break;
            case ReviewCohortOutcome.Refused refused:
                TempData[Aviso.Error] = Problems.Pick(refused.Reason.Es, refused.Reason.En);
                break;
            default:
                TempData[Aviso.Error] = t.NotFound;
                break;
        }

        return Redirect(Url.Page("/Cohorts/OperacionConvocatorias", new { estado = Estado })!);
    }

    public async Task<IActionResult> OnPostRechazarAsync(Guid convocatoria, string? motivo, CancellationToken ct)
    {
        var t = CohortTexts.Current;
        var actor = User.Actor();
        switch (await review.RejectAsync(convocatoria, motivo, actor, ct))
        {
            case ReviewCohortOutcome.Reviewed r:
                Log.Reviewed(logger, r.Cohort.Id, "rejected", actor.Id);
                TempData[Aviso.Ok] = t.OpRejectedOk(r.Cohort.Name);
                return Redirect(Url.Page("/Cohorts/OperacionConvocatorias", new { estado = Estado })!);
            case ReviewCohortOutcome.Invalid i:
                ReasonErrorFor = convocatoria;
                ReasonError = Problems.Pick(i.Reason.Es, i.Reason.En);
                await LoadAsync(ct);
                return Page();
            case ReviewCohortOutcome.Refused refused:
                TempData[Aviso.Error] = Problems.Pick(refused.Reason.Es, refused.Reason.En);
                return Redirect(Url.Page("/Cohorts/OperacionConvocatorias", new { estado = Estado })!);
            default:
                TempData[Aviso.Error] = t.NotFound;
                return Redirect(Url.Page("/Cohorts/OperacionConvocatorias", new { estado = Estado })!);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Counts = await read.CountsAsync(ct);
        Result = await read.ForReviewAsync(Status, Math.Max(1, Pagina), PageSize, ct);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId} {Decision} by {ActorId}")]
        public static partial void Reviewed(ILogger logger, Guid cohortId, string decision, string actorId);
    }
}
