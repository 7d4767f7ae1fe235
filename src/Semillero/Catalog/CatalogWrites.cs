using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Semillero.Catalog;

internal static class CatalogWrites
{
    // Two operators saving the same code at once: the unique index decides, and the loser gets the
    // same conflict a check before the write would have given.
    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
