using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Data;

// Every change to the model has its migration on this engine: an index or column added to an
// entity's configuration without eng/add-migration.sh would otherwise exist in tests' expectations
// but never in a production database.
public abstract class ModelMigrationTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ModelMigrationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ModelMigrationTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task TheModel_HasNoChangeWithoutAMigration()
    {
        await using var db = Database.NewDb();

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the last migration's snapshot: run eng/add-migration.sh.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
