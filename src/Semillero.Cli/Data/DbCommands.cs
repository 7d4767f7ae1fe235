using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli.Hosting;
using Semillero.Data;

namespace Semillero.Cli.Data;

internal static class DbCommands
{
    public const string Name = "db";

    public static Command Build(CliContext context)
    {
        var migrate = new Command("migrate", "Aplica las migraciones pendientes. / Applies pending migrations.");
        migrate.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
            IReadOnlyList<string> applied;
            try
            {
                applied = await migrator.MigrateAsync(ct);
            }
            catch (DbException e)
            {
                await context.Error.WriteLineAsync($"No se pudo migrar la base de datos ({migrator.Provider}): {e.Message}");
                await context.Error.WriteLineAsync($"Could not migrate the database ({migrator.Provider}): {e.Message}");
                return ExitCodes.Failed;
            }

            await context.Output.WriteLineAsync(applied.Count == 0
                ? $"La base de datos ({migrator.Provider}) ya estaba al día. / The database ({migrator.Provider}) was already up to date."
                : $"Migraciones aplicadas ({migrator.Provider}) / Migrations applied: {string.Join(", ", applied)}");
            return ExitCodes.Ok;
        });

        return new Command(Name, "Base de datos. / Database.") { migrate };
    }
}
