using System.Globalization;
using System.Text;
using Npgsql;
using Semillero.Dashboards;
using Semillero.Learners;

namespace Semillero.Bench.Dashboards;

// The baseline: the dashboard's headline KPIs counted straight from the raw tables in one PostgreSQL
// query per request, the way a dashboard without rollups would: COUNT(DISTINCT learner_id) over the
// registry, xapi_statements, path_completions and placements, GROUP BY GROUPING SETS for the totals,
// the states and the months. Same definitions as LearnerMarks (months and days in Mexico City time;
// in a path or with a provider, "registered" is the first learning there; egresados and hires with
// a provider only if they learned with it), so its numbers must equal the rollup's. It computes
// less than ReadKpis serves (no sex, age, segment, path or provider breakdowns, no monthly active
// people, no cumulative figures), so the speed-up it yields is a lower bound.
internal sealed class RawKpiSql(NpgsqlDataSource source)
{
    private const string Zone = "America/Mexico_City";

    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    public sealed record Result(KpiValues Totals, Dictionary<string, KpiValues> ByState, Dictionary<string, KpiValues> ByMonth);

    public async Task<Result> RunAsync(KpiFilter filter, DateOnly today)
    {
        var to = LearnerMarks.Month(filter.To);
        var last30 = to >= LearnerMarks.Month(today);
        var (activeFrom, activeTo) = last30
            ? (Utc(today.AddDays(-29)), Utc(today.AddDays(1)))
            : (Utc(filter.To), Utc(filter.To.AddMonths(1)));
        var keyed = filter.PathId is not null || filter.Provider is not null;

        var sql = new StringBuilder();
        sql.Append("WITH p AS NOT MATERIALIZED (SELECT id, state_code, created_at FROM learners WHERE true");
        sql.Append(filter.State is null ? "" : " AND state_code = @state");
        sql.Append(filter.Segment is null ? "" : " AND segment = @segment");
        sql.Append("),\nlearning AS NOT MATERIALIZED (SELECT learner_id, timestamp FROM xapi_statements WHERE learner_id IS NOT NULL");
        sql.Append(filter.Provider is null ? "" : " AND partner = @provider");
        sql.Append(filter.PathId is null ? "" :
            " AND activity_id IN (SELECT ca.activity_id FROM course_activities ca JOIN path_courses pc ON pc.course_id = ca.course_id JOIN learning_paths lp ON lp.id = pc.path_id AND lp.published WHERE pc.path_id = @path)");
        sql.Append("),\nreached AS (\n");
        sql.Append(keyed
            ? $"  SELECT 1 AS metric, p.id, p.state_code, {Month("f.first")} AS m FROM (SELECT learner_id, min(timestamp) AS first FROM learning GROUP BY learner_id) f JOIN p ON p.id = f.learner_id WHERE f.first >= @from AND f.first < @to\n"
            : $"  SELECT 1 AS metric, p.id, p.state_code, {Month("p.created_at")} AS m FROM p WHERE p.created_at >= @from AND p.created_at < @to\n");
        sql.Append("  UNION ALL\n  SELECT 2, p.id, p.state_code, NULL FROM learning a JOIN p ON p.id = a.learner_id WHERE a.timestamp >= @activeFrom AND a.timestamp < @activeTo\n");
        sql.Append("  UNION ALL\n  SELECT 3, p.id, p.state_code, " + Month("g.first") + " FROM (SELECT learner_id, min(completed_at) AS first FROM path_completions");
        sql.Append(filter.PathId is null ? "" : " WHERE path_id = @path");
        sql.Append(" GROUP BY learner_id) g JOIN p ON p.id = g.learner_id WHERE g.first >= @from AND g.first < @to");
        sql.Append(filter.Provider is null ? "" : " AND EXISTS (SELECT 1 FROM learning x WHERE x.learner_id = g.learner_id)");
        sql.Append("\n  UNION ALL\n  SELECT 4, p.id, p.state_code, (date_part('year', h.first) * 100 + date_part('month', h.first))::int FROM (SELECT pl.learner_id, min(pl.starts_on) AS first FROM placements pl");
        sql.Append(filter.PathId is null ? "" : " JOIN placement_badges b ON b.placement_id = pl.id AND b.path_id = @path");
        sql.Append(" GROUP BY pl.learner_id) h JOIN p ON p.id = h.learner_id WHERE h.first >= @fromDate AND h.first < @toDate");
        sql.Append(filter.Provider is null ? "" : " AND EXISTS (SELECT 1 FROM learning x WHERE x.learner_id = h.learner_id)");
        sql.Append("\n)\nSELECT metric, GROUPING(state_code, m), state_code, m, count(DISTINCT id) FROM reached GROUP BY GROUPING SETS ((metric), (metric, state_code), (metric, m))");

        await using var command = source.CreateCommand(sql.ToString());
        command.CommandTimeout = 0;
        command.Parameters.AddWithValue("from", Utc(filter.From));
        command.Parameters.AddWithValue("to", Utc(filter.To.AddMonths(1)));
        command.Parameters.AddWithValue("fromDate", filter.From);
        command.Parameters.AddWithValue("toDate", filter.To.AddMonths(1));
        command.Parameters.AddWithValue("activeFrom", activeFrom);
        command.Parameters.AddWithValue("activeTo", activeTo);
        if (filter.State is not null)
        {
            command.Parameters.AddWithValue("state", filter.State);
        }

        if (filter.Segment is { } segment)
        {
            command.Parameters.AddWithValue("segment", SegmentNames.ToWire(segment));
        }

        if (filter.Provider is not null)
        {
            command.Parameters.AddWithValue("provider", filter.Provider);
        }

        if (filter.PathId is { } path)
        {
            command.Parameters.AddWithValue("path", path);
        }

        var totals = new long[5];
        var byState = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var byMonth = new Dictionary<string, long[]>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var metric = reader.GetInt32(0);
                var grouping = reader.GetInt32(1);
                var people = reader.GetInt64(4);
                switch (grouping)
                {
                    case 3:
                        totals[metric] = people;
                        break;
                    case 1:
                        Slot(byState, reader.GetString(2))[metric] = people;
                        break;
                    case 2 when !reader.IsDBNull(3):
                        var month = reader.GetInt32(3);
                        Slot(byMonth, string.Create(CultureInfo.InvariantCulture, $"{month / 100:0000}-{month % 100:00}"))[metric] = people;
                        break;
                }
            }
        }

        return new Result(Values(totals), byState.ToDictionary(x => x.Key, x => Values(x.Value)), byMonth.ToDictionary(x => x.Key, x => Values(x.Value)));
    }

    // Throws unless the raw counts equal the report's: totals, every state, and every month's
    // registered, egresados and hires (the raw query does not count monthly active people).
    public static void AssertSame(KpiReport report, Result raw, string what)
    {
        var problems = new List<string>();
        if (report.Totals != raw.Totals)
        {
            problems.Add($"totals {report.Totals} vs raw {raw.Totals}");
        }

        foreach (var row in report.ByState)
        {
            var r = raw.ByState.GetValueOrDefault(row.Key) ?? KpiValues.Zero;
            if (row.Values != r)
            {
                problems.Add($"state {row.Key}: {row.Values} vs raw {r}");
            }
        }

        foreach (var row in report.ByMonth)
        {
            var r = raw.ByMonth.GetValueOrDefault(row.Key) ?? KpiValues.Zero;
            if (row.Values with { Active = 0 } != r with { Active = 0 })
            {
                problems.Add($"month {row.Key}: {row.Values} vs raw {r}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Rollup and raw SQL disagree for {what}: {string.Join("; ", problems.Take(6))}");
        }
    }

    private static long[] Slot(Dictionary<string, long[]> table, string key)
    {
        if (!table.TryGetValue(key, out var slot))
        {
            table[key] = slot = new long[5];
        }

        return slot;
    }

    private static KpiValues Values(long[] v) => new(v[1], v[2], v[3], v[4]);

    private static string Month(string column) =>
        $"(date_part('year', {column} AT TIME ZONE '{Zone}') * 100 + date_part('month', {column} AT TIME ZONE '{Zone}'))::int";

    // Midnight of a Mexico City day as a UTC instant.
    private static DateTime Utc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), MexicoCity);
}
