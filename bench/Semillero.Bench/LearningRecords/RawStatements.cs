using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Semillero.Data;

namespace Semillero.Bench.LearningRecords;

// The raw floor: the same rows the LRS wrote, written straight to xapi_statements with no HTTP, no
// parsing, no validation and no EF. The rows are read back from a pass of the same statements through
// the LRS itself, so every column (ids the LRS assigned, stored/authority/version in the json, content
// hash, index keys) is exactly what the current implementation stores, whatever it changes to; only
// the identity column `sequence` is left to the database, as the LRS leaves it.
public sealed class RawStatements
{
    private RawStatements(DatabaseOptions database, IReadOnlyList<string> columns, IReadOnlyList<string> types, IReadOnlyList<object?[]> rows)
    {
        Database = database;
        Columns = columns;
        Types = types;
        Rows = rows;
    }

    public DatabaseOptions Database { get; }

    public IReadOnlyList<string> Columns { get; }

    // PostgreSQL data type names (for COPY); SQLite keeps each value's storage class.
    public IReadOnlyList<string> Types { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    private bool Postgres => Database.Provider == DatabaseProvider.Postgres;

    private string InsertSql => $"INSERT INTO xapi_statements ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => Postgres ? $"${i + 1}" : $"$p{i}"))})";

    public static async Task<RawStatements> CaptureAsync(DatabaseOptions database)
    {
        var columns = new List<string>();
        var types = new List<string>();
        var rows = new List<object?[]>();
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM xapi_statements ORDER BY sequence";
        await using var reader = await command.ExecuteReaderAsync();
        var keep = new List<int>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetName(i) != "sequence")
            {
                keep.Add(i);
                columns.Add(reader.GetName(i));
                types.Add(reader.GetDataTypeName(i));
            }
        }

        while (await reader.ReadAsync())
        {
            rows.Add(keep.Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return new RawStatements(database, columns, types, rows);
    }

    public int Column(string name) => Columns.ToList().IndexOf(name);

    // Batches, each its own transaction: binary COPY on PostgreSQL, a prepared INSERT per row on SQLite.
    public Task<Measurement> WriteBatchesAsync(int count, int batchSize, int clients, CpuMeter cpu)
    {
        var batches = (count + batchSize - 1) / batchSize;
        var copy = $"COPY xapi_statements ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)";
        var dbTypes = Types.Select(PgType).ToArray();
        return Postgres
            ? Workers.RunAsync(batches, clients, batchSize, cpu,
                async () => await OpenAsync(),
                async (state, b) =>
                {
                    var connection = (NpgsqlConnection)state.Connection;
                    await using var transaction = await connection.BeginTransactionAsync();
                    await using (var importer = await connection.BeginBinaryImportAsync(copy))
                    {
                        for (var r = b * batchSize; r < Math.Min(count, (b + 1) * batchSize); r++)
                        {
                            await importer.StartRowAsync();
                            var row = Rows[r];
                            for (var c = 0; c < row.Length; c++)
                            {
                                await WriteAsync(importer, row[c], dbTypes[c]);
                            }
                        }

                        await importer.CompleteAsync();
                    }

                    await transaction.CommitAsync();
                },
                state => state.DisposeAsync())
            : Workers.RunAsync(batches, clients, batchSize, cpu,
                async () => await OpenAsync(),
                async (state, b) =>
                {
                    await using var transaction = await state.Connection.BeginTransactionAsync();
                    state.Insert.Transaction = transaction;
                    for (var r = b * batchSize; r < Math.Min(count, (b + 1) * batchSize); r++)
                    {
                        state.Bind(Rows[r]);
                        await state.Insert.ExecuteNonQueryAsync();
                    }

                    await transaction.CommitAsync();
                    state.Insert.Transaction = null;
                },
                state => state.DisposeAsync());
    }

    // One row per transaction (autocommit), on `connections` connections at once.
    public Task<Measurement> WriteSinglesAsync(int count, int connections, CpuMeter cpu) =>
        Workers.RunAsync(count, connections, 1, cpu,
            async () => await OpenAsync(),
            async (state, r) =>
            {
                state.Bind(Rows[r]);
                await state.Insert.ExecuteNonQueryAsync();
            },
            state => state.DisposeAsync());

    private async Task<Writer> OpenAsync()
    {
        var connection = Open(Database);
        await connection.OpenAsync();
        if (!Postgres)
        {
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = SqliteDurability.Pragmas;
            await pragmas.ExecuteNonQueryAsync();
        }

        var insert = connection.CreateCommand();
        insert.CommandText = InsertSql;
        for (var i = 0; i < Columns.Count; i++)
        {
            insert.Parameters.Add(Postgres
                ? new NpgsqlParameter { NpgsqlDbType = PgType(Types[i]) }
                : new SqliteParameter { ParameterName = $"$p{i}" });
        }

        if (Postgres)
        {
            await insert.PrepareAsync();
        }

        return new Writer(connection, insert);
    }

    public static System.Data.Common.DbConnection Open(DatabaseOptions database) => database.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);

    private static async Task WriteAsync(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null:
                await importer.WriteNullAsync();
                break;
            case string s:
                await importer.WriteAsync(s, type);
                break;
            case Guid g:
                await importer.WriteAsync(g, type);
                break;
            case DateTime d:
                await importer.WriteAsync(d, type);
                break;
            case bool b:
                await importer.WriteAsync(b, type);
                break;
            case long l:
                await importer.WriteAsync(l, type);
                break;
            case int i:
                await importer.WriteAsync(i, type);
                break;
            default:
                await importer.WriteAsync(value, type);
                break;
        }
    }

    private static NpgsqlDbType PgType(string dataTypeName) => dataTypeName switch
    {
        "uuid" => NpgsqlDbType.Uuid,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "timestamp without time zone" => NpgsqlDbType.Timestamp,
        "character varying" => NpgsqlDbType.Varchar,
        "text" => NpgsqlDbType.Text,
        "jsonb" => NpgsqlDbType.Jsonb,
        "json" => NpgsqlDbType.Json,
        "boolean" => NpgsqlDbType.Boolean,
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "smallint" => NpgsqlDbType.Smallint,
        "bytea" => NpgsqlDbType.Bytea,
        "double precision" => NpgsqlDbType.Double,
        "date" => NpgsqlDbType.Date,
        // SQLite's declared types ("TEXT", "INTEGER") are not used: its values bind by storage class.
        _ when dataTypeName.StartsWith("character varying", StringComparison.Ordinal) => NpgsqlDbType.Varchar,
        _ => NpgsqlDbType.Unknown,
    };

    private sealed class Writer(System.Data.Common.DbConnection connection, System.Data.Common.DbCommand insert) : IAsyncDisposable
    {
        public System.Data.Common.DbConnection Connection => connection;

        public System.Data.Common.DbCommand Insert => insert;

        public void Bind(object?[] row)
        {
            for (var c = 0; c < row.Length; c++)
            {
                insert.Parameters[c].Value = row[c] ?? DBNull.Value;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await insert.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
