using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Badges;

public sealed record LearnerBadge(
    Guid AwardId,
    Guid PathId,
    string PathCode,
    string PathNameEs,
    string PathNameEn,
    DateTime IssuedAt,
    bool Revoked,
    DateTime? RevokedAt,
    string VerifyUrl);

// A person's badges, newest first: what /mi-aprendizaje/insignias and the badges API list.
public sealed class ListLearnerBadges(SemilleroDb db, BadgeAddresses addresses)
{
    public async Task<IReadOnlyList<LearnerBadge>> RunAsync(Guid learnerId, CancellationToken ct)
    {
        var rows = await db.BadgeAwards.AsNoTracking()
            .Where(a => a.LearnerId == learnerId)
            .Join(db.LearningPaths, a => a.PathId, p => p.Id, (a, p) => new { a.Id, a.PathId, p.Code, p.NameEs, p.NameEn, a.IssuedAt, a.RevokedAt })
            .ToListAsync(ct);
        return [.. rows
            .OrderByDescending(r => r.IssuedAt).ThenBy(r => r.Id)
            .Select(r => new LearnerBadge(r.Id, r.PathId, r.Code, r.NameEs, r.NameEn, r.IssuedAt, r.RevokedAt is not null, r.RevokedAt, addresses.Verify(r.Id)))];
    }
}
