using System.Linq.Expressions;
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
            // Statements that match the filters themselves, plus — following StatementRefs — those
            // that target a match, voided or not (xAPI 1.0.3 Communication §2.1.3, "Filter
            // Conditions for StatementRefs"); time and paging apply to what is returned. The second
            // set starts from the few statements that hold a StatementRef and follows each by its
            // target's primary key, so neither set needs a join over the whole table.
            var direct = FilterExpression(query);
            var chain = direct;
            for (var depth = 1; depth < MaxReferenceDepth; depth++)
            {
                chain = OrTargetMatches(all, direct, chain);
            }

            var throughReference = all.Where(s => s.TargetStatementId != null)
                .Where(OrTargetMatches(all, s => false, chain));
            var sequences = all.Where(direct).Select(s => s.Sequence).Union(throughReference.Select(s => s.Sequence));
            q = all.Where(s => sequences.Contains(s.Sequence));
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
        var rows = await db.XapiAttachments.AsNoTracking().Where(a => list.Contains(a.Sha2)).ToListAsync(ct);
        // Only bytes that are what their hash says: rows stored before uploads were verified may not be
        // (StoreStatements.StoreAttachmentsAsync), and serving one would hand a partner someone else's
        // substitute for its document.
        return rows.Where(a => AttachmentHash.Matches(a.Sha2, a.Content)).ToList();
    }

    // s => self(s) || the statement s targets satisfies inner.
    private static Expression<Func<StoredStatement, bool>> OrTargetMatches(
        IQueryable<StoredStatement> all, Expression<Func<StoredStatement, bool>> self, Expression<Func<StoredStatement, bool>> inner)
    {
        var s = Expression.Parameter(typeof(StoredStatement), "s");
        var t = Expression.Parameter(typeof(StoredStatement), "t");
        // t.Id == s.TargetStatementId (nullable comparison, as EF translates it)
        var sameId = Expression.Equal(
            Expression.Convert(Expression.Property(t, nameof(StoredStatement.Id)), typeof(Guid?)),
            Expression.Property(s, nameof(StoredStatement.TargetStatementId)));
        var targetPredicate = Expression.Lambda<Func<StoredStatement, bool>>(Expression.AndAlso(sameId, Rebind(inner, t)), t);
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(StoredStatement)], all.Expression, Expression.Quote(targetPredicate));
        return Expression.Lambda<Func<StoredStatement, bool>>(Expression.OrElse(Rebind(self, s), any), s);
    }

    private static Expression Rebind(Expression<Func<StoredStatement, bool>> lambda, ParameterExpression parameter) =>
        new Rebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private static Expression<Func<StoredStatement, bool>> FilterExpression(StatementQuery query)
    {
        Expression<Func<StoredStatement, bool>> result = s => true;
        void And(Expression<Func<StoredStatement, bool>> next)
        {
            var s = Expression.Parameter(typeof(StoredStatement), "s");
            result = Expression.Lambda<Func<StoredStatement, bool>>(Expression.AndAlso(Rebind(result, s), Rebind(next, s)), s);
        }

        if (query.AgentKey is { } agent)
        {
            var wrapped = "\n" + agent + "\n";
            And(query.RelatedAgents
                ? s => s.ActorKey == agent || s.ObjectAgentKey == agent || s.RelatedAgents.Contains(wrapped)
                : s => s.ActorKey == agent || s.ObjectAgentKey == agent || (s.MemberAgents != "" && s.MemberAgents.Contains(wrapped)));
        }

        if (query.Verb is { } verb)
        {
            And(s => s.VerbId == verb);
        }

        if (query.Activity is { } activity)
        {
            var wrapped = "\n" + activity + "\n";
            And(query.RelatedActivities
                ? s => s.ActivityId == activity || s.RelatedActivities.Contains(wrapped)
                : s => s.ActivityId == activity);
        }

        if (query.Registration is { } registration)
        {
            And(s => s.Registration == registration);
        }

        return result;
    }

    private IQueryable<StoredStatement> Scoped(string? partner) =>
        partner is null ? db.Statements.AsNoTracking() : db.Statements.AsNoTracking().Where(s => s.Partner == partner);
}
