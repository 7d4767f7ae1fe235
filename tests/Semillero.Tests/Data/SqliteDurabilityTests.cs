using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Data;

public class SqliteDurabilityTests
{
    [Fact]
    public async Task Connection_UsesWalWithFullSynchronousCommits()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewDb();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        // 2 = FULL: every WAL commit is fsynced before it is acknowledged.
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
