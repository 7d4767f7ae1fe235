using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Semillero.Data;

public static class DataModule
{
    public static IServiceCollection AddSemilleroData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Configure(o => o.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database__Provider=Postgres needs ConnectionStrings__Semillero.")
            .ValidateOnStart();

        // Pooled contexts: the options are built once, not per request, and a context is reset and
        // reused instead of constructed. Per-request construction (options, connection string parsing,
        // the context's service lookups) was a measurable share of the LRS's CPU per statement
        // (BENCHMARKS.md, "Where the time goes"). SemilleroDb keeps no state of its own to reset.
        var options = ReadOptions(configuration);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<SemilleroDb, SqliteSemilleroDb>(b => ConfigureSqlite(b, options.EffectiveConnectionString));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<SemilleroDb, PostgresSemilleroDb>(b => ConfigurePostgres(b, options.EffectiveConnectionString));
                break;
        }

        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(options);
        options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return options;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        // Pooling keeps the pragmas' per-connection cost off the hot path.
        csb.Pooling = true;
        var directory = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
        if (!string.IsNullOrEmpty(directory) && csb.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(directory);
        }

        builder.UseSqlite(csb.ToString())
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new SqliteDurability())
            // SQLite changes a table by rebuilding it with `PRAGMA foreign_keys` off around the
            // rebuild, which SQLite cannot do inside a transaction; EF says so at every first
            // start, and there is nothing for the person starting the demo to do about it.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseNpgsql(WithAutoPrepare(connectionString))
            .UseSnakeCaseNamingConvention();
    }

    // The LRS runs the same handful of statements thousands of times a second; letting Npgsql prepare
    // the most used ones spares PostgreSQL parsing and planning each time. An explicit setting in
    // the connection string wins.
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    // For the CLI and benchmarks, which run outside a DI container scope.
    public static SemilleroDb CreateDb(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteSemilleroDb(Build<SqliteSemilleroDb>(b => ConfigureSqlite(b, options.EffectiveConnectionString))),
        DatabaseProvider.Postgres => new PostgresSemilleroDb(Build<PostgresSemilleroDb>(b => ConfigurePostgres(b, options.EffectiveConnectionString))),
    };

    private static DbContextOptions<T> Build<T>(Action<DbContextOptionsBuilder> configure) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configure(builder);
        return builder.Options;
    }
}

public sealed class DatabaseMigrator(SemilleroDb db, IOptions<DatabaseOptions> options)
{
    public DatabaseProvider Provider => options.Value.Provider;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        return pending;
    }
}
