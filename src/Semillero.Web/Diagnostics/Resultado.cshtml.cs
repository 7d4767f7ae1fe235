using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Diagnostics;
using Semillero.Email;
using Semillero.Web.Access;
using Semillero.Web.Forms;

namespace Semillero.Web.Diagnostics;

// GET/POST /empresa/diagnostico/{id}/resultado — a submitted assessment's result; the company
// invites its staff to training from it and sees what became of the invitations. Operators read it.
public sealed partial class ResultadoModel(ReadAssessments read, InviteToTraining training, ReadTrainingFunnel funnel, IOptions<SiteOptions> site,
    ILogger<ResultadoModel> logger) : PageModel
{
    public ResultPresentation Result { get; private set; } = null!;

    public IReadOnlyList<TrainingOption> Options { get; private set; } = [];

    public IReadOnlyList<TrainingFunnelRow> Funnel { get; private set; } = [];

    public bool CanInvite { get; private set; }

    public FormErrors Errors { get; } = new();

    public string? Message { get; private set; }

    [BindProperty]
    public string? Destino { get; set; }

    [BindProperty]
    public string? Correos { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    // ?handler=pdf — the same result as a PDF for the company's records.
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var url = site.Value.PublicUrl.TrimEnd('/') + $"/empresa/diagnostico/{id}/resultado";
        var summary = Result.Result.View.Summary;
        var name = string.Create(CultureInfo.InvariantCulture, $"diagnostico-ia-{DiagnosticoTexts.Sequence(summary.Sequence)}-{summary.SubmittedAt:yyyy-MM-dd}.pdf");
        return File(ResultPdf.Render(Result.Pdf(url)), "application/pdf", name);
    }

    public async Task<IActionResult> OnPostInvitarAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !CanInvite)
        {
            return NotFound();
        }

        var (path, cohort) = InviteToTraining.ParseOption(Destino);
        var companyId = Result.Result.View.Summary.CompanyId;
        switch (await training.RunAsync(companyId, new TrainingInvitationInput(id, Correos, path, cohort), User.Actor(), ct))
        {
            case InviteToTrainingOutcome.Invited i:
                Log.Invited(logger, companyId, i.Sent);
                TempData[DiagnosticoModel.Flash] = DiagnosticoTexts.Current.TrainSent(i.Sent, i.Already);
                return Redirect($"/empresa/diagnostico/{id}/resultado#formacion");
            case InviteToTrainingOutcome.Invalid n:
                Errors.AddAll(n.Errors);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.Actor();
        var result = await read.ResultAsync(id, actor, ct);
        if (result is null)
        {
            return false;
        }

        Result = new ResultPresentation(result, DiagnosticoTexts.Current);
        Message = TempData[DiagnosticoModel.Flash] as string;
        CanInvite = actor.Role == Roles.Empresa && actor.CompanyId == result.View.Summary.CompanyId;
        if (CanInvite)
        {
            Options = await training.OptionsAsync(result.Recommendations.SelectMany(r => r.Paths).Select(p => p.PathId).ToHashSet(), ct);
            Funnel = await funnel.RunAsync(result.View.Summary.CompanyId, ct);
        }

        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} invited {Count} people to training from a diagnostic")]
        public static partial void Invited(ILogger logger, Guid companyId, int count);
    }
}
