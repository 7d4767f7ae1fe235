using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Badges;

public sealed record RevocationView(Guid AwardId, DateTime RevokedAt, string RevokedBy, string Reason);

public abstract record RevokeBadgeOutcome
{
    public sealed record Revoked(RevocationView Revocation) : RevokeBadgeOutcome;

    // Revoking twice changes nothing; the first revocation stands.
    public sealed record AlreadyRevoked(RevocationView Revocation) : RevokeBadgeOutcome;

    public sealed record Invalid(string Es, string En) : RevokeBadgeOutcome;

    public sealed record NotFound : RevokeBadgeOutcome;
}

// An operator withdraws a badge (issued by mistake, evidence found false) with a written reason that
// stays with it. The credential is not deleted: its bit in the status list turns on, and every
// verifier that checks the list sees it revoked.
public sealed class RevokeBadge(SemilleroDb db, StatusListPublisher statusList, AuditLog audit, TimeProvider clock, LearnerChanges changes)
{
    public const int MinReason = 10;
    public const int MaxReason = 1000;

    public async Task<RevokeBadgeOutcome> RunAsync(Guid awardId, string? reason, Actor actor, CancellationToken ct)
    {
        var award = await db.BadgeAwards.AsNoTracking().Where(a => a.Id == awardId)
            .Select(a => new { a.LearnerId, a.RevokedAt, a.RevokedBy, a.RevokedReason })
            .SingleOrDefaultAsync(ct);
        if (award is null)
        {
            return new RevokeBadgeOutcome.NotFound();
        }

        if (award.RevokedAt is { } revokedAt)
        {
            return new RevokeBadgeOutcome.AlreadyRevoked(new RevocationView(awardId, revokedAt, award.RevokedBy ?? "", award.RevokedReason ?? ""));
        }

        var text = reason?.Trim() ?? "";
        if (text.Length < MinReason || text.Length > MaxReason)
        {
            return new RevokeBadgeOutcome.Invalid(
                "Escriba el motivo de la revocación (entre 10 y 1,000 caracteres): queda registrado con la insignia.",
                "Write the reason for revoking (10 to 1,000 characters): it stays recorded with the badge.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = actor.Id.Length > 100 ? actor.Id[..100] : actor.Id;
        // Conditional on "not revoked yet": two operators racing both get an answer, one revocation.
        var changed = await db.BadgeAwards.Where(a => a.Id == awardId && a.RevokedAt == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(a => a.RevokedAt, now)
                .SetProperty(a => a.RevokedBy, by)
                .SetProperty(a => a.RevokedReason, text), ct);
        statusList.Invalidate();
        if (changed == 0)
        {
            var first = await db.BadgeAwards.AsNoTracking().SingleAsync(a => a.Id == awardId, ct);
            return new RevokeBadgeOutcome.AlreadyRevoked(new RevocationView(awardId, first.RevokedAt!.Value, first.RevokedBy ?? "", first.RevokedReason ?? ""));
        }

        await audit.RecordAsync(actor, [award.LearnerId], "revocacion-insignia", $"insignia {awardId:D}", text, ct);
        // The badge's skills stop counting as verified (Matching) before this returns.
        await changes.PublishAsync(db, award.LearnerId, ct);

        return new RevokeBadgeOutcome.Revoked(new RevocationView(awardId, now, by, text));
    }
}
