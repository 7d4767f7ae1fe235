using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Semillero.Data;

namespace Semillero.Bench;

// A fresh, migrated database per measurement or per engine: a temporary SQLite file, or a new
// database in the throwaway PostgreSQL cluster of scripts/bench.sh (SEMILLERO_BENCH_POSTGRES).
internal sealed class BenchDatabase : IAsyncDisposable
{
    private BenchDatabase(DatabaseOptions options, string? pgName)
    {
        Options = options;
        PgName = pgName;
    }

    public DatabaseOptions Options { get; }

    private string? PgName { get; }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider)
    {
        DatabaseOptions options;
        string? pgName = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"semillero-bench-{Guid.NewGuid():N}.db");
            options = new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={path}" };
        }
        else
        {
            pgName = $"semillero_bench_{Guid.NewGuid():N}";
            var admin = Environment.GetEnvironmentVariable("SEMILLERO_BENCH_POSTGRES")!;
            await using (var c = new NpgsqlConnection(admin))
            {
                await c.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{pgName}\"", c);
                await cmd.ExecuteNonQueryAsync();
            }

            options = new DatabaseOptions { Provider = provider, ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = pgName }.ConnectionString };
        }

        await using (var db = DataModule.CreateDb(options))
        {
            await db.Database.MigrateAsync();
        }

        return new BenchDatabase(options, pgName);
    }

    public async ValueTask DisposeAsync()
    {
        if (PgName is null)
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(Environment.GetEnvironmentVariable("SEMILLERO_BENCH_POSTGRES"));
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PgName}\" WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
