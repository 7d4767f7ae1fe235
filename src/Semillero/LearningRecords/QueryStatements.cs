using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.LearningRecords.Attachments;

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
    long? After = null,
    bool RelatedAgents = false,
    bool RelatedActivities = false,
    StatementFormat Format = StatementFormat.Exact,
    bool Attachments = false)
{
    public bool HasFilter => AgentKey is not null || Verb is not null || Activity is not null || Registration is not null;
}

public sealed record StatementPage(IReadOnlyList<string> Statements, StatementQuery? Next);

public sealed record StatementById(string Json, DateTime StoredAt);

// The Statement resource's reads. A partner (Partner set) reads only the statements it sent.
public sealed class QueryStatements(SemilleroDb db)
{
    public const int MaxLimit = 500;

    // How many StatementRef hops the filter rule follows (a targets b targets c …). Chains longer than
    // this are not something any client we know produces.
    private const int MaxReferenceDepth = 4;

    public async Task<StatementById?> ByIdAsync(Guid id, bool voided, string? partner, CancellationToken ct)
    {
        var row = await Scoped(partner).Where(s => s.Id == id && s.Voided == voided && (!voided || s.VerbId != StatementShape.VoidedVerb))
            .Select(s => new { s.Json, s.StoredAt }).FirstOrDefaultAsync(ct);
        return row is null ? null : new StatementById(row.Json, row.StoredAt);
    }

    public async Task<StatementPage> RunAsync(StatementQuery query, string? partner, CancellationToken ct)
    {
        var all = Scoped(partner);
        IQueryable<StoredStatement> q;
        if (query.HasFilter)
        {
            // Statements that match the filters themselves, voided or not, and then — following
            // StatementRefs — statements that target a match (xAPI 1.0.3 Communication §2.1.3,
            // "Filter Conditions for StatementRefs"); time and paging apply to what is returned.
            var matches = Filter(all, query);
            var matched = matches.Select(s => s.Id);
            IQueryable<Guid> level = matched;
            var targeting = new List<IQueryable<Guid>>();
            for (var depth = 0; depth < MaxReferenceDepth; depth++)
            {
                var current = level;
                level = all.Where(s => s.TargetStatementId != null && current.Contains(s.TargetStatementId.Value)).Select(s => s.Id);
                targeting.Add(level);
            }

            var ids = targeting.Aggregate(matched, (acc, next) => acc.Concat(next));
            q = all.Where(s => ids.Contains(s.Id));
        }
        else
        {
            q = all;
        }

        // Voided statements are never returned by queries (xAPI 1.0.3 §2.3.2), only by voidedStatementId.
        q = q.Where(s => !s.Voided);
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

    // The attachments the given statements reference by sha2 and the LRS holds the bytes of.
    public async Task<IReadOnlyList<StoredAttachment>> AttachmentsAsync(IEnumerable<string> statementsJson, CancellationToken ct)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in statementsJson)
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in attachments.EnumerateArray())
                {
                    if (a.TryGetProperty("sha2", out var sha2) && sha2.GetString() is { } hash)
                    {
                        hashes.Add(hash.ToLowerInvariant());
                    }
                }
            }
        }

        if (hashes.Count == 0)
        {
            return [];
        }

        var list = hashes.ToList();
        return await db.XapiAttachments.AsNoTracking().Where(a => list.Contains(a.Sha2)).ToListAsync(ct);
    }

    private static IQueryable<StoredStatement> Filter(IQueryable<StoredStatement> q, StatementQuery query)
    {
        if (query.AgentKey is { } agent)
        {
            var wrapped = "\n" + agent + "\n";
            q = query.RelatedAgents
                ? q.Where(s => s.ActorKey == agent || s.ObjectAgentKey == agent || s.RelatedAgents.Contains(wrapped))
                : q.Where(s => s.ActorKey == agent || s.ObjectAgentKey == agent || (s.MemberAgents != "" && s.MemberAgents.Contains(wrapped)));
        }

        if (query.Verb is { } verb)
        {
            q = q.Where(s => s.VerbId == verb);
        }

        if (query.Activity is { } activity)
        {
            var wrapped = "\n" + activity + "\n";
            q = query.RelatedActivities
                ? q.Where(s => s.ActivityId == activity || s.RelatedActivities.Contains(wrapped))
                : q.Where(s => s.ActivityId == activity);
        }

        if (query.Registration is { } registration)
        {
            q = q.Where(s => s.Registration == registration);
        }

        return q;
    }

    private IQueryable<StoredStatement> Scoped(string? partner) =>
        partner is null ? db.Statements.AsNoTracking() : db.Statements.AsNoTracking().Where(s => s.Partner == partner);
}
