using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Data;

namespace Semillero.Cli.Data;

internal static class DbCommands
{
    public static Command Build(CliContext context)
    {
        var migrate = new Command("migrate", "Aplica las migraciones pendientes. / Applies pending migrations.");
        migrate.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
            var applied = await migrator.MigrateAsync(ct);
            await context.Output.WriteLineAsync(applied.Count == 0
                ? $"La base de datos ({migrator.Provider}) ya estaba al día. / The database ({migrator.Provider}) was already up to date."
                : $"Migraciones aplicadas ({migrator.Provider}) / Migrations applied: {string.Join(", ", applied)}");
            return SemilleroCli.Ok;
        });

        return new Command("db", "Base de datos. / Database.") { migrate };
    }
}
