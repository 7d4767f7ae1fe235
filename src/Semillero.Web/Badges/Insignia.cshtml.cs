using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Badges;
using Semillero.Data;
using Semillero.Web.Access;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.Badges;

// GET/POST /operacion/insignias/{awardId} — an operator revokes a badge with a written reason. The
// reason and the operator's account stay on the award, the revocation is audited against the
// person, and the status list and verification page reflect it at once.
public sealed partial class InsigniaModel(SemilleroDb db, RevokeBadge revoke, ILogger<InsigniaModel> logger) : PageModel
{
    public sealed record AwardSummary(Guid Id, string PathNameEs, string PathNameEn, DateTime IssuedAt, DateTime? RevokedAt, string? RevokedBy, string? RevokedReason);

    [BindProperty(Name = "motivo")]
    public string? Motivo { get; set; }

    public AwardSummary Award { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid awardId, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(awardId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid awardId, CancellationToken ct)
    {
        var b = InsigniasTexts.Current;
        switch (await revoke.RunAsync(awardId, Motivo, User.Actor(), ct))
        {
            case RevokeBadgeOutcome.Revoked r:
                Log.Revoked(logger, r.Revocation.AwardId, r.Revocation.RevokedBy);
                TempData[Aviso.Ok] = b.OpDone;
                return RedirectToPage(new { awardId });
            case RevokeBadgeOutcome.AlreadyRevoked a:
                TempData[Aviso.Error] = Texts.Format(b.OpAlready, b.Date(a.Revocation.RevokedAt));
                return RedirectToPage(new { awardId });
            case RevokeBadgeOutcome.Invalid i:
                Error = b.Language == "en" ? i.En : i.Es;
                Response.Headers.CacheControl = "no-store";
                return await LoadAsync(awardId, ct) ? Page() : NotFound();
            case RevokeBadgeOutcome.NotFound:
                return NotFound();
            case var other:
                throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}.");
        }
    }

    private async Task<bool> LoadAsync(Guid awardId, CancellationToken ct)
    {
        var award = await db.BadgeAwards.AsNoTracking().Where(a => a.Id == awardId)
            .Join(db.LearningPaths, a => a.PathId, p => p.Id, (a, p) => new AwardSummary(a.Id, p.NameEs, p.NameEn, a.IssuedAt, a.RevokedAt, a.RevokedBy, a.RevokedReason))
            .SingleOrDefaultAsync(ct);
        if (award is null)
        {
            return false;
        }

        Award = award;
        return true;
    }

    // Ids only: the operation's trace of revocations (the audit log holds the person's side).
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Badge {AwardId} revoked by account {ActorId}")]
        public static partial void Revoked(ILogger logger, Guid awardId, string actorId);
    }
}
