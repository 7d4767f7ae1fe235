using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords;

public sealed record StatementQuery(
    string? AgentKey = null,
    string? Verb = null,
    string? Activity = null,
    Guid? Registration = null,
    DateTime? Since = null,
    DateTime? Until = null,
    int Limit = 0,
    bool Ascending = false,
    long? After = null);

public sealed record StatementPage(IReadOnlyList<string> Statements, StatementQuery? Next);

// The Statement resource's reads. A partner (Partner set) reads only the statements it sent.
public sealed class QueryStatements(SemilleroDb db)
{
    public const int MaxLimit = 500;

    public async Task<string?> ByIdAsync(Guid id, bool voided, string? partner, CancellationToken ct) =>
        await Scoped(partner).Where(s => s.Id == id && s.Voided == voided).Select(s => s.Json).FirstOrDefaultAsync(ct);

    public async Task<StatementPage> RunAsync(StatementQuery query, string? partner, CancellationToken ct)
    {
        // Voided statements are never returned by queries (xAPI 1.0.3 §2.3.2), only by voidedStatementId.
        var q = Scoped(partner).Where(s => !s.Voided);
        if (query.AgentKey is { } agent)
        {
            q = q.Where(s => s.ActorKey == agent);
        }

        if (query.Verb is { } verb)
        {
            q = q.Where(s => s.VerbId == verb);
        }

        if (query.Activity is { } activity)
        {
            q = q.Where(s => s.ActivityId == activity);
        }

        if (query.Registration is { } registration)
        {
            q = q.Where(s => s.Registration == registration);
        }

        if (query.Since is { } since)
        {
            q = q.Where(s => s.StoredAt > since);
        }

        if (query.Until is { } until)
        {
            q = q.Where(s => s.StoredAt <= until);
        }

        if (query.After is { } after)
        {
            q = query.Ascending ? q.Where(s => s.Sequence > after) : q.Where(s => s.Sequence < after);
        }

        var limit = query.Limit is <= 0 or > MaxLimit ? MaxLimit : query.Limit;
        q = query.Ascending ? q.OrderBy(s => s.Sequence) : q.OrderByDescending(s => s.Sequence);
        var rows = await q.Take(limit + 1).Select(s => new { s.Sequence, s.Json }).ToListAsync(ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? query with { After = page[^1].Sequence } : null;
        return new StatementPage(page.Select(r => r.Json).ToList(), next);
    }

    private IQueryable<StoredStatement> Scoped(string? partner) =>
        partner is null ? db.Statements.AsNoTracking() : db.Statements.AsNoTracking().Where(s => s.Partner == partner);
}
