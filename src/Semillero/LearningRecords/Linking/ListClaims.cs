using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Linking;

// A learner's claim waiting for an operator: who claims (registered name and CURP), what the provider
// calls the account, and how much learning is at stake.
public sealed record PendingClaim(
    Guid Id,
    string ActorKey,
    ActorIdentity Identity,
    Guid LearnerId,
    string LearnerName,
    string LearnerCurp,
    DateTime ClaimedAt,
    ActorClaimReview Review,
    string? ProviderName,
    int Statements,
    IReadOnlyList<string> Partners);

// The claims operators decide in the resolution queue, oldest first.
public sealed class ListClaims(SemilleroDb db)
{
    public const int Limit = 100;

    public async Task<(IReadOnlyList<PendingClaim> Items, int Total)> PendingAsync(CancellationToken ct)
    {
        var pending = db.Set<ActorClaim>().AsNoTracking().Where(c => c.Status == ActorClaimStatus.Pending);
        var total = await pending.CountAsync(ct);
        if (total == 0)
        {
            return ([], 0);
        }

        var claims = await pending
            .Join(db.Learners, c => c.LearnerId, l => l.Id, (c, l) => new { c.Id, c.ActorKey, c.LearnerId, c.ClaimedAt, c.Review, l.Curp, l.GivenNames, l.FirstSurname, l.SecondSurname })
            .OrderBy(c => c.ClaimedAt)
            .Take(Limit)
            .ToListAsync(ct);
        var keys = claims.Select(c => c.ActorKey).Distinct(StringComparer.Ordinal).ToList();
        var stats = await db.Statements.AsNoTracking()
            .Where(s => keys.Contains(s.ActorKey) && s.LearnerId == null)
            .GroupBy(s => new { s.ActorKey, s.Partner })
            .Select(g => new { g.Key.ActorKey, g.Key.Partner, Count = g.Count(), Latest = g.Max(s => s.Sequence) })
            .ToListAsync(ct);
        var latest = stats.GroupBy(s => s.ActorKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(s => s.Latest), StringComparer.Ordinal);
        var names = await Attribution.ProviderNamesAsync(db, latest.Values.ToList(), ct);

        return (claims.Select(c => new PendingClaim(
            c.Id,
            c.ActorKey,
            ActorIdentity.Parse(c.ActorKey),
            c.LearnerId,
            Attribution.FullName(c.GivenNames, c.FirstSurname, c.SecondSurname),
            c.Curp,
            c.ClaimedAt,
            c.Review,
            latest.TryGetValue(c.ActorKey, out var sequence) ? names.GetValueOrDefault(sequence) : null,
            stats.Where(s => s.ActorKey == c.ActorKey).Sum(s => s.Count),
            stats.Where(s => s.ActorKey == c.ActorKey).Select(s => s.Partner).Order(StringComparer.Ordinal).ToList())).ToList(), total);
    }
}
