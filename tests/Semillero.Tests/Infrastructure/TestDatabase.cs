using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Semillero.Data;

namespace Semillero.Tests.Infrastructure;

// A fresh, migrated database per test, on the real engine. PostgreSQL comes from the throwaway
// cluster ./test.sh starts (SEMILLERO_TEST_POSTGRES); without it the PostgreSQL tests fail loudly,
// never skip. Each provider migrates one template per test run and clones it per test.
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SEMILLERO_TEST_POSTGRES";

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? postgresName)
    {
        Options = options;
        _postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public string ConnectionString => Options.EffectiveConnectionString;

    // The configuration the web host and the CLI read, pointing at this database.
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Semillero"] = ConnectionString,
        ["Database:SeedDemoData"] = "false",
        ["Database:MigrateOnStart"] = "false",
    };

    public IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();

    public SemilleroDb NewDb() => DataModule.CreateDb(Options);

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrated = true) => provider switch
    {
        DatabaseProvider.Sqlite => CreateSqliteAsync(migrated),
        DatabaseProvider.Postgres => CreatePostgresAsync(migrated),
    };

    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. PostgreSQL tests need the throwaway cluster that ./test.sh starts; run the tests through ./test.sh.");

    private static async Task<TestDatabase> CreateSqliteAsync(bool migrated)
    {
        var path = Path.Combine(Path.GetTempPath(), "semillero-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (migrated)
        {
            File.Copy(await SqliteTemplateAsync(), path);
        }

        return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path}" }, null);
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var path = Path.Combine(Path.GetTempPath(), "semillero-tests", $"template-{Guid.NewGuid():N}.db");
                var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" };
                await using (var db = DataModule.CreateDb(options))
                {
                    await db.Database.MigrateAsync();
                    // Fold the WAL into the main file so a plain file copy is a complete database.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
                }

                SqliteConnection.ClearAllPools();
                _sqliteTemplate = path;
            }

            return _sqliteTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task<TestDatabase> CreatePostgresAsync(bool migrated)
    {
        var admin = PostgresAdminConnectionString;
        var name = $"semillero_t_{Guid.NewGuid():N}";
        var template = migrated ? await PostgresTemplateAsync(admin) : "template0";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, name);
    }

    private static async Task<string> PostgresTemplateAsync(string admin)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var name = $"semillero_tpl_{Guid.NewGuid():N}";
                await using (var connection = new NpgsqlConnection(admin))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
                    await command.ExecuteNonQueryAsync();
                }

                var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
                await using (var db = DataModule.CreateDb(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }))
                {
                    await db.Database.MigrateAsync();
                }

                _postgresTemplate = name;
            }

            return _postgresTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteConnection.ClearAllPools();
                var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }

                break;
            case DatabaseProvider.Postgres:
                NpgsqlConnection.ClearAllPools();
                await using (var connection = new NpgsqlConnection(PostgresAdminConnectionString))
                {
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
                    await command.ExecuteNonQueryAsync();
                }

                break;
        }
    }
}

// Base for a test class that runs on both engines: derive `OnSqlite` and `OnPostgres` nested
// classes (./test.sh counts tests by those names).
public abstract class DatabaseTest(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    protected DatabaseProvider Provider => provider;

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected virtual bool Migrated => true;

    public virtual async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider, Migrated);

    public virtual async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
