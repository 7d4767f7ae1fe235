using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Completions;

// Course and path completions are written with "insert unless the person already has it", in the
// caller's transaction: evaluations racing on two requests, a retried import or a re-evaluation
// never grant a course or a path twice (the unique indexes decide), and never fail for it either.
public static class CompletionWriter
{
    private const string PathInsert =
        "INSERT INTO path_completions (id, learner_id, path_id, rule_id, completed_at, recorded_at) " +
        "VALUES ({0}, {1}, {2}, {3}, {4}, {5}) ON CONFLICT (learner_id, path_id) DO NOTHING";

    // How many were new.
    public static async Task<int> InsertAsync(SemilleroDb db, IEnumerable<CourseCompletion> completions, CancellationToken ct)
    {
        var added = 0;
        foreach (var c in completions)
        {
            // Only the columns that have a value: EF gives a raw SQL null argument no type, which
            // the providers refuse, and the rest default to NULL anyway.
            var columns = new List<(string Name, object? Value)>
            {
                ("id", c.Id), ("learner_id", c.LearnerId), ("course_id", c.CourseId), ("rule_id", c.RuleId), ("evidence", (int)c.Evidence),
                ("statement_id", c.StatementId), ("report_id", c.ReportId), ("report_row", c.ReportRow), ("note", c.Note),
                ("awarded_by", c.AwardedBy), ("scaled_score", c.ScaledScore), ("completed_at", c.CompletedAt), ("recorded_at", c.RecordedAt),
            }.Where(x => x.Value is not null).ToList();
            var sql = $"INSERT INTO course_completions ({string.Join(", ", columns.Select(x => x.Name))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => "{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"))}) " +
                "ON CONFLICT (learner_id, course_id) DO NOTHING";
            added += await db.Database.ExecuteSqlRawAsync(sql, columns.Select(x => x.Value!), ct);
        }

        return added;
    }

    public static async Task<int> InsertAsync(SemilleroDb db, IEnumerable<PathCompletion> completions, CancellationToken ct)
    {
        var added = 0;
        foreach (var c in completions)
        {
            added += await db.Database.ExecuteSqlRawAsync(PathInsert, [c.Id, c.LearnerId, c.PathId, c.RuleId, c.CompletedAt, c.RecordedAt], ct);
        }

        return added;
    }
}
