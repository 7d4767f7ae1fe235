using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Semillero.Data;

// Applied on every SQLite connection open. WAL lets readers proceed while one writer commits;
// synchronous=FULL makes WAL fsync on every commit, so an acknowledged write survives a power cut
// (NORMAL would only survive a process crash). busy_timeout turns writer contention into a short
// wait instead of SQLITE_BUSY errors; foreign_keys is off by default in SQLite.
public sealed class SqliteDurability : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
