using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Semillero.Data;

namespace Semillero.Cli.Data;

// Runs before every command except `db ...`: a database nobody migrated (a fresh SQLite file, a new
// PostgreSQL database) or one behind this version's migrations gets one sentence saying what to run,
// not the stack trace of the first query that hits a missing table.
internal static class SchemaCheck
{
    public sealed record Problem(string Es, string En);

    public static async Task<Problem?> FindAsync(IConfiguration configuration, CancellationToken ct)
    {
        var options = DataModule.ReadOptions(configuration);
        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new(
                "Database__Provider=Postgres necesita ConnectionStrings__Semillero (por ejemplo Host=127.0.0.1;Username=semillero;Password=…;Database=semillero).",
                "Database__Provider=Postgres needs ConnectionStrings__Semillero (e.g. Host=127.0.0.1;Username=semillero;Password=…;Database=semillero).");
        }

        // The web host migrates at start only where it is configured to (DatabaseOptions.MigrateOnStart).
        var (orSiteEs, orSiteEn) = options.MigrateOnStart ?? options.Provider == DatabaseProvider.Sqlite
            ? (" (o inicie el sitio una vez)", " (or start the site once)")
            : ("", "");
        List<string> pending;
        var none = false;
        try
        {
            await using var db = DataModule.CreateDb(options);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToHashSet(StringComparer.Ordinal);
            none = applied.Count == 0;
            pending = db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
        }
        catch (DbException e)
        {
            // Unreachable server, wrong password, unreadable file: the driver's message names it.
            return new($"No se pudo abrir la base de datos ({options.Provider}): {e.Message}", $"Could not open the database ({options.Provider}): {e.Message}");
        }

        if (none)
        {
            return new(
                $"La base de datos ({options.Provider}) no tiene tablas todavía: ejecute `semillero db migrate`{orSiteEs}.",
                $"The database ({options.Provider}) has no tables yet: run `semillero db migrate`{orSiteEn}.");
        }

        return pending.Count == 0
            ? null
            : new(
                $"A la base de datos ({options.Provider}) le faltan {pending.Count} migraciones de esta versión: ejecute `semillero db migrate`{orSiteEs}.",
                $"The database ({options.Provider}) lacks {pending.Count} of this version's migrations: run `semillero db migrate`{orSiteEn}.");
    }
}
