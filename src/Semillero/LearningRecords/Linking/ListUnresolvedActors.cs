using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Linking;

// Partner: only this partner's statements (a partner's own view; null = all, for operators).
// Search: part of the actor's identifier (user name, email, platform).
public sealed record UnresolvedActorsQuery(string? Partner, string? Search, int Page = 1, int PageSize = 50);

// One actor as one partner sent it, with what the provider called it.
public sealed record UnresolvedActor(
    string ActorKey,
    ActorIdentity Identity,
    string Partner,
    int Statements,
    DateTime FirstSeen,
    DateTime LastSeen,
    string? ProviderName,
    // A link exists but some statements arrived unlinked while it was being made: applying it again
    // attributes them.
    bool Linked,
    int PendingClaims);

// Rows: (partner, actor) pairs on the page's filter, for paging. Actors: distinct actors (one actor
// sent by two partners is one), Statements: their statements — the queue's size, each counted once.
public sealed record UnresolvedActorsPage(IReadOnlyList<UnresolvedActor> Items, int Rows, int Actors, int Statements);

// The resolution queue: every actor whose statements no rule or link tied to a learner, per partner,
// most recently active first. Nothing is dropped: these statements are stored and wait here.
// REVIEW: grouping the unlinked statements is a scan of them; fine while the queue is worked, wants a
// per-actor rollup if it grows to millions of rows.
public sealed class ListUnresolvedActors(SemilleroDb db)
{
    public async Task<UnresolvedActorsPage> RunAsync(UnresolvedActorsQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var unlinked = db.Statements.AsNoTracking().Where(s => s.LearnerId == null);
        if (query.Partner is { } partner)
        {
            unlinked = unlinked.Where(s => s.Partner == partner);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Case-insensitive on both engines (SQLite's LIKE folds ASCII; PostgreSQL needs ILIKE).
            var pattern = "%" + query.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            unlinked = db.Provider == DatabaseProvider.Postgres
                ? unlinked.Where(s => EF.Functions.ILike(s.ActorKey, pattern, "\\"))
                : unlinked.Where(s => EF.Functions.Like(s.ActorKey, pattern, "\\"));
        }

        var statements = await unlinked.CountAsync(ct);
        if (statements == 0)
        {
            return new UnresolvedActorsPage([], 0, 0, 0);
        }

        var actors = await unlinked.Select(s => s.ActorKey).Distinct().CountAsync(ct);
        var groups = unlinked.GroupBy(s => new { s.Partner, s.ActorKey });
        var rows = await groups.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var items = await groups
            .Select(g => new
            {
                g.Key.Partner,
                g.Key.ActorKey,
                Statements = g.Count(),
                FirstSeen = g.Min(s => s.StoredAt),
                LastSeen = g.Max(s => s.StoredAt),
                Latest = g.Max(s => s.Sequence),
            })
            .OrderByDescending(g => g.Latest)
            .Skip((page - 1) * size)
            .Take(size)
            .ToListAsync(ct);

        var names = await Attribution.ProviderNamesAsync(db, items.Select(i => i.Latest).ToList(), ct);
        var keys = items.Select(i => i.ActorKey).Distinct(StringComparer.Ordinal).ToList();
        var linked = (await db.ActorLinks.AsNoTracking().Where(l => keys.Contains(l.ActorKey)).Select(l => l.ActorKey).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var claims = await db.Set<ActorClaim>().AsNoTracking()
            .Where(c => keys.Contains(c.ActorKey) && c.Status == ActorClaimStatus.Pending)
            .GroupBy(c => c.ActorKey)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, ct);

        return new UnresolvedActorsPage(
            items.Select(i => new UnresolvedActor(
                i.ActorKey,
                ActorIdentity.Parse(i.ActorKey),
                i.Partner,
                i.Statements,
                i.FirstSeen,
                i.LastSeen,
                names.GetValueOrDefault(i.Latest),
                linked.Contains(i.ActorKey),
                claims.GetValueOrDefault(i.ActorKey))).ToList(),
            rows,
            actors,
            statements);
    }

    // The partners that have unlinked statements, for the operators' filter.
    public async Task<IReadOnlyList<string>> PartnersAsync(CancellationToken ct) =>
        await db.Statements.AsNoTracking().Where(s => s.LearnerId == null).Select(s => s.Partner).Distinct()
            .OrderBy(p => p).ToListAsync(ct);
}
