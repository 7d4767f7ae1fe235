using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Semillero.Data;

namespace Semillero.Learners;

// Bulk writes for the import, inside the caller's transaction. EF change tracking costs more than
// the database at 100k rows (BENCHMARKS.md, learner import), so inserts go through PostgreSQL's
// binary COPY and a prepared SQLite statement. Both write exactly the columns EF maps; the import
// tests read the rows back through EF to keep it so.
internal abstract class LearnerBulkWriter
{
    public static LearnerBulkWriter For(SemilleroDb db) => db.Provider switch
    {
        DatabaseProvider.Postgres => new Postgres(db),
        DatabaseProvider.Sqlite => new Sqlite(db),
    };

    public abstract Task InsertAsync(IReadOnlyList<Learner> learners, CancellationToken ct);

    // registeredBy: when set, only rows that organisation registered change, whatever the list holds
    // (Registrar); the import already left the others out, this keeps the write itself honest.
    public abstract Task UpdateContactsAsync(IReadOnlyList<LearnerContactUpdate> updates, string? registeredBy, CancellationToken ct);

    private sealed class Postgres(SemilleroDb db) : LearnerBulkWriter
    {
        public override async Task InsertAsync(IReadOnlyList<Learner> learners, CancellationToken ct)
        {
            if (learners.Count == 0)
            {
                return;
            }

            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var importer = await connection.BeginBinaryImportAsync(
                "COPY learners (id, curp, given_names, first_surname, second_surname, birth_date, sex, email, email_sha1, state_code, segment, registered_by, created_at, updated_at) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var l in learners)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(l.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(l.Curp, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(l.GivenNames, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(l.FirstSurname, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(importer, l.SecondSurname, ct);
                await importer.WriteAsync(l.BirthDate, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(l.Sex.ToString(), NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(importer, l.Email, ct);
                await WriteNullableAsync(importer, l.EmailSha1, ct);
                await importer.WriteAsync(l.StateCode, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(SegmentNames.ToWire(l.Segment), NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(importer, l.RegisteredBy, ct);
                await importer.WriteAsync(l.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(l.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            }

            await importer.CompleteAsync(ct);
        }

        public override async Task UpdateContactsAsync(IReadOnlyList<LearnerContactUpdate> updates, string? registeredBy, CancellationToken ct)
        {
            if (updates.Count == 0)
            {
                return;
            }

            // One statement per batch: unnest the changed rows and join them in.
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var command = new NpgsqlCommand(
                """
                UPDATE learners AS l
                SET email = v.email, email_sha1 = v.email_sha1, state_code = v.state_code, segment = v.segment, updated_at = v.updated_at
                FROM unnest(@ids, @emails, @sha1s, @states, @segments, @updated) AS v(id, email, email_sha1, state_code, segment, updated_at)
                WHERE l.id = v.id AND (@registered_by::varchar IS NULL OR l.registered_by = @registered_by::varchar)
                """, connection);
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", updates.Select(u => u.Id).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string?[]>("emails", updates.Select(u => u.Email).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string?[]>("sha1s", updates.Select(u => u.Email is null ? null : Learner.MailtoSha1(u.Email)).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string[]>("states", updates.Select(u => u.StateCode).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string[]>("segments", updates.Select(u => SegmentNames.ToWire(u.Segment)).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<DateTime[]>("updated", updates.Select(u => u.UpdatedAt).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter("registered_by", NpgsqlDbType.Varchar) { Value = (object?)registeredBy ?? DBNull.Value });
            await command.ExecuteNonQueryAsync(ct);
        }

        private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken ct) =>
            value is null ? importer.WriteNullAsync(ct) : importer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
    }

    private sealed class Sqlite(SemilleroDb db) : LearnerBulkWriter
    {
        private SqliteCommand? _insert;
        private SqliteCommand? _update;

        public override async Task InsertAsync(IReadOnlyList<Learner> learners, CancellationToken ct)
        {
            if (learners.Count == 0)
            {
                return;
            }

            _insert ??= Prepare(
                "INSERT INTO learners (id, curp, given_names, first_surname, second_surname, birth_date, sex, email, email_sha1, state_code, segment, registered_by, created_at, updated_at) " +
                "VALUES ($id, $curp, $given, $first, $second, $birth, $sex, $email, $email_sha1, $state, $segment, $by, $created, $updated)",
                "$id", "$curp", "$given", "$first", "$second", "$birth", "$sex", "$email", "$email_sha1", "$state", "$segment", "$by", "$created", "$updated");
            foreach (var l in learners)
            {
                var p = _insert.Parameters;
                p[0].Value = Sql(l.Id);
                p[1].Value = l.Curp;
                p[2].Value = l.GivenNames;
                p[3].Value = l.FirstSurname;
                p[4].Value = (object?)l.SecondSurname ?? DBNull.Value;
                p[5].Value = Sql(l.BirthDate);
                p[6].Value = l.Sex.ToString();
                p[7].Value = (object?)l.Email ?? DBNull.Value;
                p[8].Value = (object?)l.EmailSha1 ?? DBNull.Value;
                p[9].Value = l.StateCode;
                p[10].Value = SegmentNames.ToWire(l.Segment);
                p[11].Value = (object?)l.RegisteredBy ?? DBNull.Value;
                p[12].Value = Sql(l.CreatedAt);
                p[13].Value = Sql(l.UpdatedAt);
                await _insert.ExecuteNonQueryAsync(ct);
            }
        }

        public override async Task UpdateContactsAsync(IReadOnlyList<LearnerContactUpdate> updates, string? registeredBy, CancellationToken ct)
        {
            if (updates.Count == 0)
            {
                return;
            }

            _update ??= Prepare(
                "UPDATE learners SET email = $email, email_sha1 = $email_sha1, state_code = $state, segment = $segment, updated_at = $updated " +
                "WHERE id = $id AND ($by IS NULL OR registered_by = $by)",
                "$email", "$email_sha1", "$state", "$segment", "$updated", "$id", "$by");
            foreach (var u in updates)
            {
                var p = _update.Parameters;
                p[0].Value = (object?)u.Email ?? DBNull.Value;
                p[1].Value = u.Email is null ? DBNull.Value : Learner.MailtoSha1(u.Email);
                p[2].Value = u.StateCode;
                p[3].Value = SegmentNames.ToWire(u.Segment);
                p[4].Value = Sql(u.UpdatedAt);
                p[5].Value = Sql(u.Id);
                p[6].Value = (object?)registeredBy ?? DBNull.Value;
                await _update.ExecuteNonQueryAsync(ct);
            }
        }

        private SqliteCommand Prepare(string sql, params string[] names)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name, SqliteType = SqliteType.Text });
            }

            command.Prepare();
            return command;
        }

        // Microsoft.Data.Sqlite binds Guid, DateTime and DateOnly as the same text EF Core's SQLite
        // mappings store (upper-case Guid, "yyyy-MM-dd HH:mm:ss.FFFFFFF") when the parameter is Text.
        private static object Sql<T>(T value) => (object?)value ?? DBNull.Value;
    }
}
