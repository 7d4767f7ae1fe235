using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Learners;

namespace Semillero.Data;

// The one DbContext. The two provider subclasses exist only so each provider keeps its own
// migration set in this assembly (see docs/adr/0001-one-context-two-migration-sets.md); code
// everywhere else depends on SemilleroDb.
public abstract class SemilleroDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<LearnerImport> LearnerImports => Set<LearnerImport>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SemilleroDb).Assembly);
    }
}

public sealed class SqliteSemilleroDb(DbContextOptions<SqliteSemilleroDb> options) : SemilleroDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSemilleroDb(DbContextOptions<PostgresSemilleroDb> options) : SemilleroDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
