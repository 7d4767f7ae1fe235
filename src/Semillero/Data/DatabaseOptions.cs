namespace Semillero.Data;

public enum DatabaseProvider { Sqlite, Postgres }

// Bound from "Database" (Database__Provider=Postgres) and ConnectionStrings:Semillero, the same keys
// for the web host, the CLI and the benchmarks, so `semillero db migrate` and the site always agree.
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Semillero";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    // Seeds demo learners and one demo account per role when the database starts empty. Null means:
    // on for the embedded SQLite default (the run command's demo), off for PostgreSQL (production),
    // because the demo accounts' password is public.
    public bool? SeedDemoData { get; set; }

    public bool ShouldSeedDemoData => SeedDemoData ?? Provider == DatabaseProvider.Sqlite;

    public int DemoLearners { get; set; } = 20_000;

    // Null means: migrate the embedded SQLite default at start, leave PostgreSQL to `semillero db migrate`.
    public bool? MigrateOnStart { get; set; }

    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "semillero", "semillero.db");

    public string EffectiveConnectionString => Provider switch
    {
        DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={DefaultSqlitePath}" : ConnectionString,
        DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException("Database__Provider=Postgres needs ConnectionStrings__Semillero (e.g. Host=127.0.0.1;Username=semillero;Password=…;Database=semillero).")
            : ConnectionString,
    };
}
