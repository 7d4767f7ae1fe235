using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Semillero.Data;

namespace Semillero.LearningRecords;

// The ingest path's writes, below EF: statements are the platform's highest-volume rows, and
// change-tracking each one costs more than storing it. PostgreSQL gets binary COPY, SQLite a prepared
// INSERT reused for the batch; both run inside the caller's transaction. Column names follow the
// snake_case mapping of StoredStatementConfiguration (a data test reads rows back through EF).
internal abstract class StatementWriter
{
    protected const string Columns =
        "id, stored_at, timestamp, verb_id, actor_key, object_agent_key, member_agents, related_agents, related_activities, " +
        "activity_id, registration, target_statement_id, voided, partner, learner_id, content_hash, json, score_scaled";

    public static StatementWriter For(SemilleroDb db) => db.Provider switch
    {
        DatabaseProvider.Postgres => new Postgres(db),
        DatabaseProvider.Sqlite => new Sqlite(db),
        _ => throw new InvalidOperationException($"No statement writer for {db.Provider}."),
    };

    public async Task<Dictionary<Guid, string>> ExistingHashesAsync(IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.ContentHash })
            .ToDictionaryAsync(s => s.Id, s => s.ContentHash, ct);

    protected abstract SemilleroDb Db { get; }

    public abstract Task InsertAsync(IReadOnlyList<StoredStatement> rows, CancellationToken ct);

    public abstract bool IsUniqueViolation(DbException e);

    // Statements of a group commit (StatementCommitter), in order, each inserted unless its id is
    // taken: the result says which were (false: a statement with this id is already stored — maybe
    // earlier in the same group — and the caller compares content).
    public abstract Task<bool[]> InsertIgnoringDuplicatesAsync(IReadOnlyList<StoredStatement> rows, CancellationToken ct);

    // True when the writer resolves each row's learner itself, in the insert (IdentityResolver's
    // rules, in SQL), given each actor's clue: the group then needs no separate identity query. Rows
    // inserted come back with LearnerId set.
    public virtual bool ResolvesIdentities => false;

    // Also records, in the same statement, the course completion `earned[i]` once the row's learner is
    // known (IStatementCompletions does the same for the other paths).
    public virtual Task<(bool[] Inserted, int Completions)> InsertResolvingIdentitiesAsync(
        IReadOnlyList<StoredStatement> rows, IReadOnlyList<IdentityResolver.Clue?> clues, IReadOnlyList<EarnedCompletion?> earned, DateTime now, CancellationToken ct) =>
        throw new NotSupportedException();

    // True when InsertIgnoringDuplicatesAsync, run outside a transaction, is itself one atomic and
    // durable transaction. PostgreSQL runs the commands of one extended-protocol exchange (up to its
    // Sync, which Npgsql sends once per batch) as one implicit transaction and commits it, with its
    // WAL flush, before answering: all rows or none, durable when the call returns, and one round trip
    // instead of three (BEGIN piggybacked, the batch, COMMIT).
    public abstract bool BatchIsItsOwnTransaction { get; }

    protected static string SingleInsert(char prefix) =>
        $"INSERT INTO xapi_statements ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select(n => prefix + n))}) ON CONFLICT (id) DO NOTHING";

    protected static object?[] Values(StoredStatement r) =>
    [
        r.Id, r.StoredAt, r.Timestamp, r.VerbId, r.ActorKey, r.ObjectAgentKey, r.MemberAgents, r.RelatedAgents, r.RelatedActivities,
        r.ActivityId, r.Registration, r.TargetStatementId, r.Voided, r.Partner, r.LearnerId, r.ContentHash, r.Json, r.ScoreScaled,
    ];

    private sealed class Postgres(SemilleroDb db) : StatementWriter
    {
        protected override SemilleroDb Db => db;

        public override async Task InsertAsync(IReadOnlyList<StoredStatement> rows, CancellationToken ct)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var importer = await connection.BeginBinaryImportAsync($"COPY xapi_statements ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var r in rows)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(r.StoredAt, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(r.Timestamp, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(r.VerbId, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(r.ActorKey, NpgsqlDbType.Varchar, ct);
                await WriteAsync(importer, r.ObjectAgentKey, ct);
                await importer.WriteAsync(r.MemberAgents, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(r.RelatedAgents, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(r.RelatedActivities, NpgsqlDbType.Text, ct);
                await WriteAsync(importer, r.ActivityId, ct);
                await WriteAsync(importer, r.Registration, ct);
                await WriteAsync(importer, r.TargetStatementId, ct);
                await importer.WriteAsync(r.Voided, NpgsqlDbType.Boolean, ct);
                await importer.WriteAsync(r.Partner, NpgsqlDbType.Varchar, ct);
                await WriteAsync(importer, r.LearnerId, ct);
                await importer.WriteAsync(r.ContentHash, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(r.Json, NpgsqlDbType.Text, ct);
                if (r.ScoreScaled is { } score)
                {
                    await importer.WriteAsync(score, NpgsqlDbType.Double, ct);
                }
                else
                {
                    await importer.WriteNullAsync(ct);
                }
            }

            await importer.CompleteAsync(ct);
        }

        public override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

        public override bool BatchIsItsOwnTransaction => true;

        // One round trip for the whole group: a batch of prepared single-row inserts.
        public override async Task<bool[]> InsertIgnoringDuplicatesAsync(IReadOnlyList<StoredStatement> rows, CancellationToken ct)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection);
            var names = Columns.Split(", ");
            for (var r = 0; r < rows.Count; r++)
            {
                var command = new NpgsqlBatchCommand(PositionalInsert);
                var values = Values(rows[r]);
                for (var i = 0; i < names.Length; i++)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = values[i] ?? DBNull.Value, NpgsqlDbType = Types[i] });
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(ct);
            var inserted = new bool[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                inserted[r] = batch.BatchCommands[r].RecordsAffected == 1;
            }

            return inserted;
        }

        public override bool ResolvesIdentities => true;

        // The identity query's round trip was a third of a group's time in the database; folded into
        // each insert it costs two index lookups there. Same rules as IdentityResolver: a link (to a
        // person who has not cancelled) first, then the one registered person the email, the email's
        // SHA-1 or the CURP names — none when two share it.
        public override async Task<(bool[] Inserted, int Completions)> InsertResolvingIdentitiesAsync(
            IReadOnlyList<StoredStatement> rows, IReadOnlyList<IdentityResolver.Clue?> clues, IReadOnlyList<EarnedCompletion?> earned, DateTime now, CancellationToken ct)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection);
            var names = Columns.Split(", ");
            for (var r = 0; r < rows.Count; r++)
            {
                var rule = earned[r];
                var command = new NpgsqlBatchCommand(rule is null ? ResolvingInsert : ResolvingInsertWithCompletion);
                var values = Values(rows[r]);
                for (var i = 0; i < names.Length; i++)
                {
                    if (i != LearnerColumn)
                    {
                        command.Parameters.Add(new NpgsqlParameter { Value = values[i] ?? DBNull.Value, NpgsqlDbType = Types[i] });
                    }
                }

                var clue = clues[r];
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)clue?.Email ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)clue?.EmailSha1 ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)clue?.Curp ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                if (rule is not null)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now), NpgsqlDbType = NpgsqlDbType.Uuid });
                    command.Parameters.Add(new NpgsqlParameter { Value = rule.Value.CourseId, NpgsqlDbType = NpgsqlDbType.Uuid });
                    command.Parameters.Add(new NpgsqlParameter { Value = rule.Value.RuleId, NpgsqlDbType = NpgsqlDbType.Uuid });
                    command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                }

                batch.BatchCommands.Add(command);
            }

            var inserted = new bool[rows.Count];
            var completions = 0;
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    if (await reader.ReadAsync(ct))
                    {
                        inserted[r] = true;
                        rows[r].LearnerId = await reader.IsDBNullAsync(0, ct) ? null : reader.GetGuid(0);
                        if (reader.FieldCount > 1)
                        {
                            completions += reader.GetInt32(1);
                        }
                    }

                    await reader.NextResultAsync(ct);
                }
            }

            return (inserted, completions);
        }

        private static readonly int LearnerColumn = Array.IndexOf(Columns.Split(", "), "learner_id");

        private static readonly string ResolvingInsert = BuildResolvingInsert(withCompletion: false);

        private static readonly string ResolvingInsertWithCompletion = BuildResolvingInsert(withCompletion: true);

        private static string BuildResolvingInsert(bool withCompletion)
        {
            var names = Columns.Split(", ");
            var values = new List<string>();
            var n = 0;
            string Next() => "$" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var actorKey = "";
            foreach (var name in names)
            {
                if (name == "learner_id")
                {
                    values.Add("{learner}");
                    continue;
                }

                var parameter = Next();
                values.Add(parameter);
                if (name == "actor_key")
                {
                    actorKey = parameter;
                }
            }

            var (email, sha1, curp) = (Next(), Next(), Next());
            var learner =
                "COALESCE(" +
                $"(SELECT l.learner_id FROM xapi_actor_links l JOIN learners p ON p.id = l.learner_id WHERE l.actor_key = {actorKey} AND p.anonymized_at IS NULL), " +
                "(SELECT CASE WHEN count(*) = 1 THEN (array_agg(p.id))[1] END FROM learners p " +
                $"WHERE p.anonymized_at IS NULL AND (p.email = {email} OR p.email_sha1 = {sha1} OR p.curp = {curp})))";
            var insert = $"INSERT INTO xapi_statements ({Columns}) VALUES ({string.Join(", ", values).Replace("{learner}", learner, StringComparison.Ordinal)}) " +
                "ON CONFLICT (id) DO NOTHING";
            if (!withCompletion)
            {
                return insert + " RETURNING learner_id";
            }

            // The statement and the completion it earns in one statement, hence one transaction: the
            // completion needs the learner the insert resolves.
            var (completionId, course, rule, recordedAt) = (Next(), Next(), Next(), Next());
            return $"WITH s AS ({insert} RETURNING id, learner_id, timestamp, score_scaled), " +
                "c AS (INSERT INTO course_completions (id, learner_id, course_id, rule_id, evidence, statement_id, scaled_score, completed_at, recorded_at) " +
                $"SELECT {completionId}, s.learner_id, {course}, {rule}, {EarnedCompletion.StatementEvidence}, s.id, s.score_scaled::numeric(5,4), s.timestamp, {recordedAt} " +
                "FROM s WHERE s.learner_id IS NOT NULL ON CONFLICT (learner_id, course_id) DO NOTHING RETURNING 1) " +
                "SELECT s.learner_id, (SELECT count(*) FROM c)::int FROM s";
        }

        // NpgsqlBatch takes positional parameters ($1, $2 …).
        private static readonly string PositionalInsert =
            $"INSERT INTO xapi_statements ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select((_, i) => "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))}) ON CONFLICT (id) DO NOTHING";

        private static readonly NpgsqlDbType[] Types =
        [
            NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Boolean,
            NpgsqlDbType.Varchar, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Double,
        ];

        private static Task WriteAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken ct) =>
            value is null ? importer.WriteNullAsync(ct) : importer.WriteAsync(value, NpgsqlDbType.Varchar, ct);

        private static Task WriteAsync(NpgsqlBinaryImporter importer, Guid? value, CancellationToken ct) =>
            value is { } v ? importer.WriteAsync(v, NpgsqlDbType.Uuid, ct) : importer.WriteNullAsync(ct);
    }

    private sealed class Sqlite(SemilleroDb db) : StatementWriter
    {
        protected override SemilleroDb Db => db;

        public override async Task InsertAsync(IReadOnlyList<StoredStatement> rows, CancellationToken ct)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            var names = Columns.Split(", ");
            command.CommandText = $"INSERT INTO xapi_statements ({Columns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
            var p = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = "$" + n })).ToArray();
            await command.PrepareAsync(ct);
            foreach (var r in rows)
            {
                p[0].Value = r.Id;
                p[1].Value = r.StoredAt;
                p[2].Value = r.Timestamp;
                p[3].Value = r.VerbId;
                p[4].Value = r.ActorKey;
                p[5].Value = (object?)r.ObjectAgentKey ?? DBNull.Value;
                p[6].Value = r.MemberAgents;
                p[7].Value = r.RelatedAgents;
                p[8].Value = r.RelatedActivities;
                p[9].Value = (object?)r.ActivityId ?? DBNull.Value;
                p[10].Value = (object?)r.Registration ?? DBNull.Value;
                p[11].Value = (object?)r.TargetStatementId ?? DBNull.Value;
                p[12].Value = r.Voided;
                p[13].Value = r.Partner;
                p[14].Value = (object?)r.LearnerId ?? DBNull.Value;
                p[15].Value = r.ContentHash;
                p[16].Value = r.Json;
                p[17].Value = (object?)r.ScoreScaled ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        // SQLITE_CONSTRAINT (19), extended SQLITE_CONSTRAINT_UNIQUE (2067).
        public override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: 19 };

        // One prepared INSERT per row: without a transaction each would commit (and sync) alone.
        public override bool BatchIsItsOwnTransaction => false;

        public override async Task<bool[]> InsertIgnoringDuplicatesAsync(IReadOnlyList<StoredStatement> rows, CancellationToken ct)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = SingleInsert('$');
            var names = Columns.Split(", ");
            var p = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = "$" + n })).ToArray();
            await command.PrepareAsync(ct);
            var inserted = new bool[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                var values = Values(rows[r]);
                for (var i = 0; i < names.Length; i++)
                {
                    p[i].Value = values[i] ?? DBNull.Value;
                }

                inserted[r] = await command.ExecuteNonQueryAsync(ct) == 1;
            }

            return inserted;
        }
    }
}
