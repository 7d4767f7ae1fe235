using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Semillero.Data;

namespace Semillero.LearningRecords.Linking;

// A platform learners can claim an account on: its homePage and the partners that send from it.
public sealed record ProviderPlatform(string HomePage, string Label, IReadOnlyList<string> Partners);

public sealed record LinkedAccount(string ActorKey, ActorIdentity Identity, ActorLinkSource Source, DateTime LinkedAt, int Statements);

public sealed record AccountClaim(Guid Id, ActorIdentity Identity, ActorClaimStatus Status, DateTime ClaimedAt, DateTime? DecidedAt);

// What a learner sees when linking their provider accounts: the platforms, and their own links and
// claims (never anyone else's).
public sealed class LearnerAccounts(SemilleroDb db, IMemoryCache cache)
{
    private const string PlatformsCacheKey = "semillero:xapi:platforms";

    // Platforms with account actors still unlinked: where a claim can find something. Cached for a
    // few minutes — it reads every unlinked statement's key, and a new platform can wait that long.
    public async Task<IReadOnlyList<ProviderPlatform>> PlatformsAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(PlatformsCacheKey, out IReadOnlyList<ProviderPlatform>? cached) && cached is not null)
        {
            return cached;
        }

        var prefix = ActorIdentity.AccountPrefix;
        // The homePage is cut out in SQL so only distinct platforms leave the database. IndexOf(string):
        // Npgsql sends IndexOf(char)'s argument as a char, which PostgreSQL's strpos does not take.
#pragma warning disable CA1866
        var pairs = await db.Statements.AsNoTracking()
            .Where(s => s.LearnerId == null && s.ActorKey.StartsWith(prefix))
            .Select(s => new { HomePage = s.ActorKey.Substring(prefix.Length, s.ActorKey.IndexOf("|") - prefix.Length), s.Partner })
            .Distinct()
            .ToListAsync(ct);
#pragma warning restore CA1866
        var platforms = pairs
            .Where(p => p.HomePage.Length > 0)
            .GroupBy(p => p.HomePage, StringComparer.Ordinal)
            .Select(g => new ProviderPlatform(g.Key, ActorIdentity.PlatformLabel(g.Key), g.Select(p => p.Partner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(p => p.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();
        cache.Set(PlatformsCacheKey, (IReadOnlyList<ProviderPlatform>)platforms, TimeSpan.FromMinutes(5));
        return platforms;
    }

    public async Task<IReadOnlyList<LinkedAccount>> LinksAsync(Guid learnerId, CancellationToken ct)
    {
        var links = await db.ActorLinks.AsNoTracking().Where(l => l.LearnerId == learnerId).OrderByDescending(l => l.LinkedAt).ToListAsync(ct);
        if (links.Count == 0)
        {
            return [];
        }

        var keys = links.Select(l => l.ActorKey).ToList();
        var counts = await db.Statements.AsNoTracking()
            .Where(s => keys.Contains(s.ActorKey) && s.LearnerId == learnerId)
            .GroupBy(s => s.ActorKey)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, ct);
        return links.Select(l => new LinkedAccount(l.ActorKey, ActorIdentity.Parse(l.ActorKey), l.Source, l.LinkedAt, counts.GetValueOrDefault(l.ActorKey))).ToList();
    }

    // Claims still pending or refused (accepted ones are links above), newest first.
    public async Task<IReadOnlyList<AccountClaim>> ClaimsAsync(Guid learnerId, CancellationToken ct) =>
        (await db.Set<ActorClaim>().AsNoTracking()
            .Where(c => c.LearnerId == learnerId && (c.Status == ActorClaimStatus.Pending || c.Status == ActorClaimStatus.Rejected))
            .OrderByDescending(c => c.ClaimedAt)
            .Take(50)
            .ToListAsync(ct))
        .Select(c => new AccountClaim(c.Id, ActorIdentity.Parse(c.ActorKey), c.Status, c.ClaimedAt, c.DecidedAt))
        .ToList();
}
