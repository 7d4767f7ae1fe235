using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Privacy;

public sealed record AuditView(DateTime At, string ActorName, string ActorRole, Guid LearnerId, string Action, string What, string Why);

public sealed record AuditSearch(Guid? LearnerId, string? Actor, DateTime? From, DateTime? To, int Page = 1, int PageSize = 50);

public sealed class AuditLog(SemilleroDb db, TimeProvider clock)
{
    public const string DefaultWhy = "operación del programa";

    // Records reads of personal data; a person reading their own data is not an access by another.
    public async Task RecordAsync(Actor actor, IEnumerable<Guid> learnerIds, string action, string what, string? why, CancellationToken ct)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        var any = false;
        foreach (var id in learnerIds.Distinct())
        {
            if (actor.IsSelf(id))
            {
                continue;
            }

            any = true;
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                ActorId = Truncate(actor.Id, 100),
                ActorName = Truncate(actor.Name, 200),
                ActorRole = actor.Role,
                LearnerId = id,
                Action = action,
                What = Truncate(what, 300),
                Why = Truncate(string.IsNullOrWhiteSpace(why) ? DefaultWhy : why.Trim(), 300),
            });
        }

        if (any)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<IReadOnlyList<AuditView>> ForLearnerAsync(Guid learnerId, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking()
            .Where(a => a.LearnerId == learnerId)
            .OrderByDescending(a => a.Id)
            .Take(500)
            .Select(a => new AuditView(a.At, a.ActorName, a.ActorRole, a.LearnerId, a.Action, a.What, a.Why))
            .ToListAsync(ct);

    public async Task<(IReadOnlyList<AuditView> Items, int Total)> SearchAsync(AuditSearch search, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (search.LearnerId is { } learner)
        {
            query = query.Where(a => a.LearnerId == learner);
        }

        if (!string.IsNullOrWhiteSpace(search.Actor))
        {
            var actor = search.Actor.Trim();
            query = query.Where(a => a.ActorName.Contains(actor) || a.ActorId == actor);
        }

        if (search.From is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (search.To is { } to)
        {
            query = query.Where(a => a.At < to);
        }

        var total = await query.CountAsync(ct);
        var page = Math.Max(1, search.Page);
        var size = Math.Clamp(search.PageSize, 1, 200);
        var items = await query.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new AuditView(a.At, a.ActorName, a.ActorRole, a.LearnerId, a.Action, a.What, a.Why))
            .ToListAsync(ct);
        return (items, total);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
