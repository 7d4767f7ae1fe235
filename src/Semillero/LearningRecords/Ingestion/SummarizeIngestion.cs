using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Ingestion;

// DayStartsUtc: the UTC instants the days of the window start, oldest first, plus the end of the last
// one (so N days need N + 1 instants). The caller decides what a day is (Mexico City calendar days on
// the pages). Partner: one partner's numbers only (a partner's own view; null = every partner).
public sealed record IngestionQuery(IReadOnlyList<DateTime> DayStartsUtc, string? Partner);

public sealed record IngestionDay(int Index, int Statements, int RejectedRequests, int RejectedStatements);

// People: distinct learners in the window — a person seen by two partners counts once in the total
// but once for each partner in their rows. Unresolved*: the partner's resolution queue now (not only
// in the window): actors by distinct key, and their statements.
public sealed record PartnerIngestion(
    string Partner,
    IReadOnlyList<IngestionDay> Days,
    int Statements,
    int People,
    int RejectedRequests,
    int RejectedStatements,
    DateTime? LastStored,
    int UnresolvedActors,
    int UnresolvedStatements);

public sealed record IngestionSummary(
    IReadOnlyList<PartnerIngestion> Partners,
    IReadOnlyList<IngestionDay> Days,
    int Statements,
    int People,
    int RejectedRequests,
    int RejectedStatements,
    int UnresolvedActors,
    int UnresolvedStatements);

public sealed record RejectionView(long Id, DateTime At, string Partner, int Status, int StatementCount, string Reason);

// Recent ingestion per partner for operators and partners: statements stored per day, refusals, and
// what waits in the resolution queue. People are counted by distinct learner, never summed across
// partners; unresolved actors by distinct key.
// REVIEW: per-day counts scan the window's statements (index on partner + stored_at); at millions of
// statements a day this wants a daily rollup written beside the ingest path.
public sealed class SummarizeIngestion(SemilleroDb db)
{
    public async Task<IngestionSummary> RunAsync(IngestionQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var bounds = query.DayStartsUtc;
        if (bounds.Count < 2)
        {
            throw new ArgumentException("A window needs at least one day (two instants).", nameof(query));
        }

        var (from, to) = (bounds[0], bounds[^1]);
        var days = bounds.Count - 1;
        var statements = db.Statements.AsNoTracking().Where(s => s.StoredAt >= from && s.StoredAt < to);
        var rejections = db.XapiRejections.AsNoTracking().Where(r => r.At >= from && r.At < to);
        var unresolved = db.Statements.AsNoTracking().Where(s => s.LearnerId == null);
        if (query.Partner is { } only)
        {
            statements = statements.Where(s => s.Partner == only);
            rejections = rejections.Where(r => r.Partner == only);
            unresolved = unresolved.Where(s => s.Partner == only);
        }

        var perDay = await statements
            .Select(DayOf<StoredStatement>(s => s.StoredAt, s => s.Partner, bounds))
            .GroupBy(b => new { b.Partner, b.Day })
            .Select(g => new { g.Key.Partner, g.Key.Day, Count = g.Count() })
            .ToListAsync(ct);
        var perPartner = await statements
            .GroupBy(s => s.Partner)
            .Select(g => new { Partner = g.Key, People = g.Where(s => s.LearnerId != null).Select(s => s.LearnerId).Distinct().Count(), Last = g.Max(s => s.StoredAt) })
            .ToListAsync(ct);
        var people = await statements.Where(s => s.LearnerId != null).Select(s => s.LearnerId).Distinct().CountAsync(ct);
        var rejectedPerDay = await rejections
            .Select(DayOf<XapiRejection>(r => r.At, r => r.Partner, r => r.StatementCount, bounds))
            .GroupBy(b => new { b.Partner, b.Day })
            .Select(g => new { g.Key.Partner, g.Key.Day, Requests = g.Count(), Statements = g.Sum(b => b.Weight) })
            .ToListAsync(ct);
        var queue = await unresolved
            .GroupBy(s => s.Partner)
            .Select(g => new { Partner = g.Key, Statements = g.Count(), Actors = g.Select(s => s.ActorKey).Distinct().Count() })
            .ToListAsync(ct);
        var queueActors = queue.Count == 0 ? 0 : await unresolved.Select(s => s.ActorKey).Distinct().CountAsync(ct);

        var partners = perDay.Select(d => d.Partner).Concat(rejectedPerDay.Select(r => r.Partner)).Concat(queue.Select(q => q.Partner))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<IngestionDay> Days(Func<int, int> stored, Func<int, (int Requests, int Statements)> rejected) =>
            Enumerable.Range(0, days).Select(i => new IngestionDay(i, stored(i), rejected(i).Requests, rejected(i).Statements)).ToList();

        var rows = partners.Select(p =>
        {
            var stored = perDay.Where(d => d.Partner == p).ToDictionary(d => d.Day, d => d.Count);
            var refused = rejectedPerDay.Where(r => r.Partner == p).ToDictionary(r => r.Day, r => (r.Requests, r.Statements));
            var summary = perPartner.FirstOrDefault(s => s.Partner == p);
            var waiting = queue.FirstOrDefault(q => q.Partner == p);
            return new PartnerIngestion(
                p,
                Days(i => stored.GetValueOrDefault(i), i => refused.GetValueOrDefault(i)),
                stored.Values.Sum(),
                summary?.People ?? 0,
                refused.Values.Sum(r => r.Requests),
                refused.Values.Sum(r => r.Statements),
                summary?.Last,
                waiting?.Actors ?? 0,
                waiting?.Statements ?? 0);
        }).ToList();

        return new IngestionSummary(
            rows,
            Days(i => rows.Sum(r => r.Days[i].Statements), i => (rows.Sum(r => r.Days[i].RejectedRequests), rows.Sum(r => r.Days[i].RejectedStatements))),
            rows.Sum(r => r.Statements),
            people,
            rows.Sum(r => r.RejectedRequests),
            rows.Sum(r => r.RejectedStatements),
            queueActors,
            rows.Sum(r => r.UnresolvedStatements));
    }

    // Refusals newest first, with the LRS's reason.
    public async Task<(IReadOnlyList<RejectionView> Items, int Total)> RejectionsAsync(string? partner, DateTime? since, int page, int pageSize, CancellationToken ct)
    {
        var query = db.XapiRejections.AsNoTracking();
        if (partner is not null)
        {
            query = query.Where(r => r.Partner == partner);
        }

        if (since is { } from)
        {
            query = query.Where(r => r.At >= from);
        }

        var total = await query.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, 200);
        var items = await query.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip((Math.Max(1, page) - 1) * size).Take(size)
            .Select(r => new RejectionView(r.Id, r.At, r.Partner, r.Status, r.StatementCount, r.Reason))
            .ToListAsync(ct);
        return (items, total);
    }

    // Which day of the window an instant falls in, as SQL both engines run: a CASE over the day
    // boundaries (the boundaries are parameters; time zones never reach the database).
    private sealed class Bucket
    {
        public string Partner { get; init; } = "";

        public int Day { get; init; }

        public int Weight { get; init; }
    }

    private static Expression<Func<T, Bucket>> DayOf<T>(Expression<Func<T, DateTime>> at, Expression<Func<T, string>> partner, IReadOnlyList<DateTime> bounds) =>
        DayOf(at, partner, null, bounds);

    private static Expression<Func<T, Bucket>> DayOf<T>(
        Expression<Func<T, DateTime>> at, Expression<Func<T, string>> partner, Expression<Func<T, int>>? weight, IReadOnlyList<DateTime> bounds)
    {
        var row = at.Parameters[0];
        var instant = at.Body;
        // Newest day first: CASE WHEN at >= start[n-1] THEN n-1 WHEN at >= start[n-2] THEN n-2 … ELSE 0.
        Expression day = Expression.Constant(0);
        for (var i = 1; i < bounds.Count - 1; i++)
        {
            var start = bounds[i];
            Expression<Func<DateTime>> boundary = () => start;
            day = Expression.Condition(Expression.GreaterThanOrEqual(instant, boundary.Body), Expression.Constant(i), day);
        }

        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(Bucket).GetProperty(nameof(Bucket.Partner))!, Rebind(partner, row)),
            Expression.Bind(typeof(Bucket).GetProperty(nameof(Bucket.Day))!, day),
        };
        if (weight is not null)
        {
            bindings.Add(Expression.Bind(typeof(Bucket).GetProperty(nameof(Bucket.Weight))!, Rebind(weight, row)));
        }

        return Expression.Lambda<Func<T, Bucket>>(Expression.MemberInit(Expression.New(typeof(Bucket)), bindings), row);
    }

    private static Expression Rebind<T, TResult>(Expression<Func<T, TResult>> lambda, ParameterExpression row) =>
        new Replace(lambda.Parameters[0], row).Visit(lambda.Body);

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
