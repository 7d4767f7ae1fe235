using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Diagnostics;
using Semillero.Web.Access;
using Semillero.Web.Forms;

namespace Semillero.Web.Diagnostics;

// GET/POST /empresa/diagnostico/{id}?paso= — the company answers one dimension per step (saved on
// each step), then reviews, invites colleagues and submits. Someone else's assessment is a 404; a
// submitted one goes to its result.
public sealed partial class CuestionarioModel(ReadAssessments read, SaveAnswers save, InviteRespondent invite, SubmitAssessment submit,
    ILogger<CuestionarioModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Paso { get; set; }

    public AssessmentView View { get; private set; } = null!;

    public Dimension? Current { get; private set; }

    public FormErrors Errors { get; } = new();

    public string? Message { get; private set; }

    public string? Email { get; set; }

    public IReadOnlyList<string> Unanswered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostGuardarAsync(Guid id, string? seguir, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } other)
        {
            return other;
        }

        if (Current is null)
        {
            return RedirectToPage(new { id, paso = QuestionnaireSteps.Review });
        }

        switch (await save.AsOwnerAsync(id, QuestionnaireSteps.Read(Current, Request.Form), User.Actor(), ct))
        {
            case SaveAnswersOutcome.Saved:
                TempData[DiagnosticoModel.Flash] = DiagnosticoTexts.Current.Saved;
                var next = seguir is null ? Current.Id : QuestionnaireSteps.Next(View.Bank, Current) ?? QuestionnaireSteps.Review;
                return RedirectToPage(new { id, paso = next });
            case SaveAnswersOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                return Page();
            case SaveAnswersOutcome.Closed:
                return Redirect($"/empresa/diagnostico/{id}/resultado");
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostInvitarAsync(Guid id, string? email, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } other)
        {
            return other;
        }

        var t = DiagnosticoTexts.Current;
        switch (await invite.RunAsync(id, email, User.Actor(), ct))
        {
            case InviteRespondentOutcome.Invited i:
                Log.Invited(logger, id, i.RespondentId);
                TempData[DiagnosticoModel.Flash] = t.Invited;
                return RedirectToPage(new { id, paso = QuestionnaireSteps.Review });
            case InviteRespondentOutcome.Invalid n:
                Email = email;
                Errors.Add("email", t.English ? n.Reason.En : n.Reason.Es);
                return Page();
            case InviteRespondentOutcome.Closed:
                return Redirect($"/empresa/diagnostico/{id}/resultado");
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostRetirarAsync(Guid id, Guid respondentId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } other)
        {
            return other;
        }

        switch (await invite.RevokeAsync(id, respondentId, User.Actor(), ct))
        {
            case InviteRespondentOutcome.Invited:
                TempData[DiagnosticoModel.Flash] = DiagnosticoTexts.Current.WithdrawnDone;
                return RedirectToPage(new { id, paso = QuestionnaireSteps.Review });
            case InviteRespondentOutcome.Closed:
                return Redirect($"/empresa/diagnostico/{id}/resultado");
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostEnviarAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } other)
        {
            return other;
        }

        switch (await submit.RunAsync(id, User.Actor(), ct))
        {
            case SubmitAssessmentOutcome.Submitted s:
                Log.Submitted(logger, id, s.Sequence);
                return Redirect($"/empresa/diagnostico/{id}/resultado");
            case SubmitAssessmentOutcome.Incomplete i:
                Unanswered = i.Unanswered;
                Errors.Add("enviar", DiagnosticoTexts.Current.SubmitIncomplete);
                return Page();
            case SubmitAssessmentOutcome.AlreadySubmitted:
                return Redirect($"/empresa/diagnostico/{id}/resultado");
            default:
                return NotFound();
        }
    }

    // Null when the page can render; otherwise where to go instead.
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var view = await read.FindAsync(id, User.Actor(), ct);
        if (view is null || !view.CanWrite)
        {
            return NotFound();
        }

        if (view.Submitted)
        {
            return Redirect($"/empresa/diagnostico/{id}/resultado");
        }

        View = view;
        Message = TempData[DiagnosticoModel.Flash] as string;
        Current = Paso == QuestionnaireSteps.Review ? null : QuestionnaireSteps.Find(view.Bank, Paso);
        if (Current is null && Paso != QuestionnaireSteps.Review)
        {
            return NotFound();
        }

        Unanswered = view.Live.Unanswered;
        return null;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Assessment {AssessmentId}: colleague {RespondentId} invited")]
        public static partial void Invited(ILogger logger, Guid assessmentId, Guid respondentId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Assessment {AssessmentId} submitted as T{Sequence}")]
        public static partial void Submitted(ILogger logger, Guid assessmentId, int sequence);
    }
}
