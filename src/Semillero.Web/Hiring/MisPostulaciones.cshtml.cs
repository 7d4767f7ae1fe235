using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Hiring;
using Semillero.Web.Access;

namespace Semillero.Web.Hiring;

// GET/POST /mi-aprendizaje/postulaciones — the signed-in learner's invitations (accept, decline)
// and candidacies (stage, history, withdraw). Acts only on the person's own applications.
public sealed class MisPostulacionesModel(ListMyApplications list, RespondToInvitation respond, MoveApplication move) : PageModel
{
    public const string Flash = "postulaciones.aviso";

    public const string AcceptValue = "aceptar";

    public MyApplications Mine { get; private set; } = new([], []);

    [BindProperty(Name = "postulacion")]
    public Guid ApplicationId { get; set; }

    [BindProperty(Name = "respuesta")]
    public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (User.Actor().LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        Mine = await list.RunAsync(learnerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostResponderAsync(CancellationToken ct)
    {
        var t = HiringTexts.Current;
        var accept = Answer == AcceptValue;
        TempData[Flash] = await respond.RunAsync(ApplicationId, accept, null, User.Actor(), ct) switch
        {
            RespondToInvitationOutcome.Responded => accept ? t.Accepted : t.Declined,
            RespondToInvitationOutcome.NotPending => t.NotPending,
            _ => null,
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetirarAsync(CancellationToken ct)
    {
        var t = HiringTexts.Current;
        TempData[Flash] = await move.RunAsync(ApplicationId, ApplicationStage.Retirada, null, User.Actor(), ct) switch
        {
            MoveApplicationOutcome.Moved => t.Withdrawn,
            MoveApplicationOutcome.NotAllowed refused => HiringTexts.Format(t.MoveRefused, t.StageName(refused.From)),
            _ => null,
        };
        return RedirectToPage();
    }
}
