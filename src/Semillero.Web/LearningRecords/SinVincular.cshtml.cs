using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.LearningRecords.Linking;
using Semillero.Privacy;
using Semillero.Web.Access;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.LearningRecords;

// GET/POST /operacion/aprendizaje/sin-vincular?aliado=&q=&pagina= — the resolution queue: actors whose
// statements no rule tied to a learner, per partner. Operators link one to a learner by CURP (its past
// statements are re-attributed at once) and decide the claims learners made from their accounts.
// Partners see their own organisation's rows, read-only.
public sealed class SinVincularModel(
    ListUnresolvedActors queue, ListClaims claims, LinkActor link, DecideClaim decide, AuditLog audit, SemilleroDb db) : PageModel
{
    public const int PageSize = 50;
    public const string Confirm = "confirmar";
    public const string Refuse = "rechazar";

    [BindProperty(SupportsGet = true, Name = "aliado")]
    public string? PartnerFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PartnerScope Scope { get; private set; } = new(false, null);

    public UnresolvedActorsPage Queue { get; private set; } = new([], 0, 0, 0);

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    // Operators only: partners with unlinked statements, for the filter.
    public IReadOnlyList<string> Partners { get; private set; } = [];

    public IReadOnlyList<PendingClaim> Claims { get; private set; } = [];

    public int ClaimsTotal { get; private set; }

    // After a failed link: the row's actor, the CURP typed and what is wrong with it.
    public string? ErrorKey { get; private set; }

    public string? ErrorCurp { get; private set; }

    public string? Error { get; private set; }

    // After "the names differ": what the operator confirms.
    public ConfirmLink? Confirmation { get; private set; }

    public sealed record ConfirmLink(string ActorKey, ActorIdentity Identity, string Curp, string LearnerName, string? ProviderName);

    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || (Scope.IsOperator && !string.IsNullOrWhiteSpace(PartnerFilter));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVincularAsync(string? clave, string? curp, bool confirmar, CancellationToken ct)
    {
        Scope = PartnerScope.Of(User);
        if (!Scope.IsOperator)
        {
            return Forbid();
        }

        var t = AprendizajeTexts.Current;
        var key = clave ?? "";
        var outcome = await link.RunAsync(new LinkActorInput(key, curp, confirmar), User.Actor(), ct);
        switch (outcome)
        {
            case LinkActorOutcome.Linked linked:
                TempData[Aviso.Ok] = Texts.Format(linked.Statements == 1 ? t.LinkedOne : t.LinkedMany,
                    t.Describe(ActorIdentity.Parse(key)), linked.LearnerName, Texts.Number(linked.Statements));
                return RedirectToPage(Query(PageNumber));
            case LinkActorOutcome.NeedsConfirmation ask:
                Confirmation = new ConfirmLink(key, ActorIdentity.Parse(key), curp!.Trim().ToUpperInvariant(), ask.LearnerName, ask.ProviderName);
                break;
            case LinkActorOutcome.InvalidCurp invalid:
                (ErrorKey, ErrorCurp, Error) = (key, curp, t.IsEnglish ? invalid.Reason.En : invalid.Reason.Es);
                break;
            case LinkActorOutcome.CurpNotFound notFound:
                (ErrorKey, ErrorCurp, Error) = (key, curp, Texts.Format(t.CurpNotFound, notFound.Curp));
                break;
            case LinkActorOutcome.Taken:
                (ErrorKey, ErrorCurp, Error) = (key, curp, t.LinkTaken);
                break;
            case LinkActorOutcome.UnknownActor or LinkActorOutcome.NotLinkable:
                TempData[Aviso.Error] = t.LinkUnknown;
                return RedirectToPage(Query(PageNumber));
            default:
                return Forbid();
        }

        await LoadAsync(ct);
        return Page();
    }

    // A link exists but statements arrived unlinked while it was being made: attribute them.
    public async Task<IActionResult> OnPostReaplicarAsync(string? clave, CancellationToken ct)
    {
        Scope = PartnerScope.Of(User);
        if (!Scope.IsOperator)
        {
            return Forbid();
        }

        var curp = await db.ActorLinks.AsNoTracking().Where(l => l.ActorKey == clave)
            .Join(db.Learners, l => l.LearnerId, l => l.Id, (_, l) => l.Curp).FirstOrDefaultAsync(ct);
        var t = AprendizajeTexts.Current;
        if (curp is null || await link.RunAsync(new LinkActorInput(clave!, curp, Confirmed: true), User.Actor(), ct) is not LinkActorOutcome.Linked linked)
        {
            TempData[Aviso.Error] = t.ReapplyFailed;
            return RedirectToPage(Query(PageNumber));
        }

        TempData[Aviso.Ok] = Texts.Format(t.Reapplied, Texts.Number(linked.Statements), linked.LearnerName);
        return RedirectToPage(Query(PageNumber));
    }

    public async Task<IActionResult> OnPostSolicitudAsync(Guid solicitud, string? decision, CancellationToken ct)
    {
        Scope = PartnerScope.Of(User);
        if (!Scope.IsOperator)
        {
            return Forbid();
        }

        var t = AprendizajeTexts.Current;
        if (decision is not (Confirm or Refuse))
        {
            TempData[Aviso.Error] = t.ClaimChooseDecision;
            return RedirectToPage(Query(PageNumber));
        }

        var outcome = await decide.RunAsync(solicitud, decision == Confirm, User.Actor(), ct);
        switch (outcome)
        {
            case DecideClaimOutcome.Accepted accepted:
                TempData[Aviso.Ok] = Texts.Format(t.ClaimAccepted, Texts.Number(accepted.Statements));
                break;
            case DecideClaimOutcome.Rejected:
                TempData[Aviso.Ok] = t.ClaimRejected;
                break;
            case DecideClaimOutcome.Taken:
                TempData[Aviso.Error] = t.ClaimTaken;
                break;
            case DecideClaimOutcome.AlreadyDecided or DecideClaimOutcome.NotFound:
                TempData[Aviso.Error] = t.ClaimAlreadyDecided;
                break;
            default:
                return Forbid();
        }

        return RedirectToPage(Query(PageNumber));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Scope = PartnerScope.Of(User);
        PageNumber = Math.Max(1, PageNumber);
        if (!Scope.HasOrganization)
        {
            return;
        }

        var search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Queue = await queue.RunAsync(new UnresolvedActorsQuery(Scope.Filter(PartnerFilter), search, PageNumber, PageSize), ct);
        Paging = new Paging(PageNumber, PageSize, Queue.Rows);
        if (Scope.IsOperator)
        {
            Partners = await queue.PartnersAsync(ct);
            (Claims, ClaimsTotal) = await claims.PendingAsync(ct);
            // Operators see who claims (name and CURP): a read of those people's data.
            await audit.RecordAsync(User.Actor(), Claims.Select(c => c.LearnerId), "consulta",
                "Operación › aprendizaje sin vincular: solicitudes de vinculación (nombre y CURP de quien la hizo)", LinkActor.Why, ct);
        }
    }

    public RouteValueDictionary Query(int page) => new()
    {
        ["aliado"] = Scope.IsOperator && !string.IsNullOrWhiteSpace(PartnerFilter) ? PartnerFilter.Trim() : null,
        ["q"] = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
        ["pagina"] = page > 1 ? page : null,
    };

    public string? PageUrl(int page) => Url.Page(null, Query(page));

    // The same filters on a form's address, so a post returns to the list the operator was on.
    public Dictionary<string, string> FormQuery() => Query(PageNumber)
        .Where(p => p.Value is not null)
        .ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
}
