using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Arco;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Privacy;
using Semillero.Web.Access;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Arco;

// GET/POST /operacion/solicitudes/{id} — one ARCO request, the person's current data (the read is
// recorded in the audit log) and, while it is pending, the answer.
public sealed class SolicitudModel(SemilleroDb db, FindLearners learners, AuditLog audit, ArcoRequests arco, TimeProvider clock) : PageModel
{
    public const string Accept = "atender";
    public const string Reject = "rechazar";

    public ArcoRequest? Item { get; private set; }

    public LearnerView? Learner { get; private set; }

    // The other requests of the same person, oldest first.
    public IReadOnlyList<ArcoRequestView> History { get; private set; } = [];

    // Who answered: the operator's name when HandledBy is an account, "autoservicio" otherwise.
    public string? HandledByName { get; private set; }

    public (string Nombre, string PrimerApellido, string SegundoApellido)? RequestedName { get; private set; }

    [BindProperty(Name = "decision")]
    public string? Decision { get; set; }

    [BindProperty(Name = "respuesta")]
    public string? Answer { get; set; }

    [BindProperty(Name = "nombre")]
    public string? Nombre { get; set; }

    [BindProperty(Name = "primer_apellido")]
    public string? PrimerApellido { get; set; }

    [BindProperty(Name = "segundo_apellido")]
    public string? SegundoApellido { get; set; }

    // Answer problems by field: decision, respuesta, nombre, primer_apellido, segundo_apellido.
    public ILookup<string, string> Errors { get; private set; } = Array.Empty<string>().ToLookup(e => e);

    public bool IsRectification => Item?.Kind == ArcoKind.Rectificacion;

    public bool IsPending => Item?.Status == ArcoStatus.Recibida;

    // The deadline as the queue shows it, while the request is pending.
    public ArcoQueueItem? Deadline { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // The form starts with the name the person asked for, or the one on record.
        Nombre = RequestedName?.Nombre ?? Learner?.Nombre;
        PrimerApellido = RequestedName?.PrimerApellido ?? Learner?.PrimerApellido;
        SegundoApellido = RequestedName?.SegundoApellido ?? Learner?.SegundoApellido;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var t = OperacionTexts.Current;
        var errors = new List<(string Field, string Message)>();
        var accept = Decision == Accept;
        if (!accept && Decision != Reject)
        {
            errors.Add(("decision", t.ResolveDecisionRequired));
        }

        // Also checked by the service; asked here too so both problems show at once.
        if (string.IsNullOrWhiteSpace(Answer))
        {
            errors.Add(("respuesta", t.ResolveResponseRequired));
        }

        if (errors.Count == 0)
        {
            // The name fields say the whole name that will be on record: an empty second surname
            // removes it; an empty given name or first surname is refused by the registry's rules.
            var rectification = accept ? new RectificationInput(Nombre ?? "", PrimerApellido ?? "", SegundoApellido ?? "") : null;
            var outcome = await arco.ResolveAsync(id, User.Actor(), accept, Answer, rectification, ct);
            switch (outcome)
            {
                case ResolveArcoOutcome.Resolved resolved:
                    TempData[Aviso.Ok] = Texts.Format(accept ? t.ResolveAccepted : t.ResolveRejected, t.KindInSentence(resolved.Request.Kind));
                    return RedirectToPage("/Arco/Solicitudes");
                case ResolveArcoOutcome.NotFound:
                    return NotFound();
                case ResolveArcoOutcome.AlreadyResolved:
                    TempData[Aviso.Error] = t.ResolveAlreadyResolved;
                    return RedirectToPage(new { id });
                case ResolveArcoOutcome.Invalid invalid:
                    errors.AddRange(invalid.Errors.Select(e => (e.Field == "response" ? "respuesta" : e.Field, t.Reason(e.Reason))));
                    break;
            }
        }

        Errors = errors.ToLookup(e => e.Field, e => e.Message, StringComparer.Ordinal);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Item = await db.ArcoRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (Item is null)
        {
            return false;
        }

        RequestedName = Item.Kind == ArcoKind.Rectificacion ? OperacionText.RequestedName(Item.Details) : null;
        Learner = await learners.ByIdAsync(Item.LearnerId, LearnerScope.Everyone, ct);
        if (Learner is not null)
        {
            await audit.RecordAsync(User.Actor(), [Learner.Id], "consulta", "Operación › solicitud ARCO: ficha", "atender solicitud ARCO", ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Deadline = Item.Status == ArcoStatus.Recibida
            ? new ArcoQueueItem(Item.Id, Item.LearnerId, Item.Kind.ToString(), null, Item.ReceivedAt, Item.AnswerDueAt, Item.AnswerDueAt < now, (int)Math.Floor((Item.AnswerDueAt - now).TotalDays))
            : null;
        History = (await ArcoRequests.ForLearnerAsync(db, Item.LearnerId, ct)).Where(r => r.Id != id).ToList();
        HandledByName = Item.HandledBy switch
        {
            null => null,
            ArcoRequests.SelfService => OperacionTexts.Current.HandledBySelfService,
            var handler when Guid.TryParse(handler, out var userId) =>
                await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? handler,
            var handler => handler,
        };
        return true;
    }
}
