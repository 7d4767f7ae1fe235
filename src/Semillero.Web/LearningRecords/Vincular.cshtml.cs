using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.LearningRecords.Linking;
using Semillero.Web.Access;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;
using Semillero.Web.Site;

namespace Semillero.Web.LearningRecords;

// GET/POST /mi-aprendizaje/vincular — a learner links their account on a provider's platform (Moodle,
// Open edX…) so the learning recorded there counts for them. Acts only on the signed-in learner's own
// record. Rate-limited: guessing other people's user names should be slow.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed class VincularModel(ClaimActor claim, LearnerAccounts accounts) : PageModel
{
    public const string Message = "vincular.aviso";
    public const string MessageKind = "vincular.tipo";

    [BindProperty(Name = ClaimActor.PlatformField)]
    public string? Plataforma { get; set; }

    [BindProperty(Name = ClaimActor.UsernameField)]
    public string? Usuario { get; set; }

    public IReadOnlyList<ProviderPlatform> Platforms { get; private set; } = [];

    public IReadOnlyList<LinkedAccount> Links { get; private set; } = [];

    public IReadOnlyList<AccountClaim> Claims { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    // A refusal that is about the account, not a field (someone else's, nothing received…).
    public string? Problem { get; private set; }

    private Guid? LearnerId => User.Actor().LearnerId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        await LoadAsync(learnerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        var t = AprendizajeTexts.Current;
        var outcome = await claim.RunAsync(learnerId, User.Actor().Id, new ClaimActorInput(Plataforma, Usuario), ct);
        switch (outcome)
        {
            case ClaimActorOutcome.Linked linked:
                return Done("ok", Texts.Format(linked.Statements == 1 ? t.ClaimLinkedOne : t.ClaimLinkedMany,
                    linked.Username, ActorIdentity.PlatformLabel(linked.HomePage), Texts.Number(linked.Statements)));
            case ClaimActorOutcome.PendingReview:
                return Done("info", t.ClaimPending);
            case ClaimActorOutcome.AlreadyYours:
                return Done("info", t.ClaimAlreadyYours);
            case ClaimActorOutcome.AlreadyPending:
                return Done("info", t.ClaimAlreadyPending);
            case ClaimActorOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs(ClaimActor.PlatformField, ClaimActor.UsernameField);
                break;
            case ClaimActorOutcome.LinkedToSomeoneElse:
                Problem = t.ClaimSomeoneElse;
                break;
            case ClaimActorOutcome.NotSeen:
                Problem = Texts.Format(t.ClaimNotSeen, Usuario?.Trim() ?? "");
                break;
            case ClaimActorOutcome.TooManyPending tooMany:
                Problem = Texts.Format(t.ClaimTooMany, Texts.Number(tooMany.Limit));
                break;
            default:
                return NotFound();
        }

        await LoadAsync(learnerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetirarAsync(Guid solicitud, CancellationToken ct)
    {
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        var t = AprendizajeTexts.Current;
        return await claim.WithdrawAsync(learnerId, User.Actor().Id, solicitud, ct)
            ? Done("ok", t.ClaimWithdrawn)
            : Done("info", t.ClaimWithdrawGone);
    }

    private RedirectToPageResult Done(string kind, string message)
    {
        TempData[MessageKind] = kind;
        TempData[Message] = message;
        return RedirectToPage();
    }

    private async Task LoadAsync(Guid learnerId, CancellationToken ct)
    {
        Platforms = await accounts.PlatformsAsync(ct);
        Links = await accounts.LinksAsync(learnerId, ct);
        Claims = await accounts.ClaimsAsync(learnerId, ct);
    }
}
