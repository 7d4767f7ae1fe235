using Microsoft.EntityFrameworkCore.Design;

namespace Semillero.Data;

// Used only by `eng/add-migration.sh` (EF tooling) to build each provider's context.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSemilleroDb>
{
    public SqliteSemilleroDb CreateDbContext(string[] args) =>
        (SqliteSemilleroDb)DataModule.CreateDb(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" });
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSemilleroDb>
{
    public PostgresSemilleroDb CreateDbContext(string[] args) =>
        (PostgresSemilleroDb)DataModule.CreateDb(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=design_time" });
}
