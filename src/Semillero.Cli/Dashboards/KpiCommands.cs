using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli.Hosting;
using Semillero.Dashboards;
using Semillero.Data;

namespace Semillero.Cli.Dashboards;

internal static class KpiCommands
{
    public static Command Build(CliContext context)
    {
        var rollup = new Command("rollup",
            "Suma a los indicadores los registros nuevos o cambiados desde la última vez (lo que el sitio hace cada 2 s). / Rolls up records new or changed since last time (what the web host does every 2 s).");
        rollup.SetAction(async (_, ct) =>
        {
            var cursor = new RollupCursor();
            var people = 0;
            while (true)
            {
                await using var scope = context.CreateScope();
                var round = await scope.ServiceProvider.GetRequiredService<KpiRollup>().RunRoundAsync(cursor, ct);
                people += round.Learners;
                if (!round.MoreWaiting)
                {
                    break;
                }
            }

            await context.Output.WriteLineAsync($"Personas recalculadas: {people:N0}. / People recomputed: {people:N0}.");
            return ExitCodes.Ok;
        });

        var rebuild = new Command("rebuild",
            "Recalcula los indicadores de cada persona desde los registros originales; corrige cualquier diferencia. Se puede correr con el sitio en marcha. / Recomputes every person's KPIs from the raw records, fixing any drift; safe while the site runs.");
        rebuild.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var started = TimeProvider.System.GetTimestamp();
            var count = await scope.ServiceProvider.GetRequiredService<KpiRollup>().RebuildAsync(null, ct);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            await context.Output.WriteLineAsync($"Indicadores reconstruidos: {count:N0} personas en {elapsed.TotalSeconds:N1} s. / KPIs rebuilt: {count:N0} people in {elapsed.TotalSeconds:N1} s.");
            return ExitCodes.Ok;
        });

        var verify = new Command("verify",
            "Compara los indicadores servidos (agregados) con los mismos contados desde los registros originales; código 1 si difieren. Lee todo a memoria: para bases de tamaño moderado. / Compares the served KPIs with the same counted from raw rows; exit 1 when they differ.");
        verify.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var read = scope.ServiceProvider.GetRequiredService<ReadKpis>();
            var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
            var filter = read.DefaultFilter();
            var served = await read.RunAsync(filter, ct);
            var raw = await new RawKpis(db).RunAsync(filter, read.Today, served.Paths, ct);
            var same = System.Text.Json.JsonSerializer.Serialize(served) == System.Text.Json.JsonSerializer.Serialize(raw);
            await context.Output.WriteLineAsync(same
                ? $"Los indicadores coinciden con los registros originales ({served.Totals.Registered:N0} personas inscritas). / KPIs match the raw records."
                : "Los indicadores NO coinciden con los registros originales: corre `semillero kpis rebuild`. / KPIs do NOT match the raw records: run `semillero kpis rebuild`.");
            return same ? ExitCodes.Ok : ExitCodes.Failed;
        });

        return new Command("kpis", "Indicadores del avance del programa. / Program progress KPIs.") { rollup, rebuild, verify };
    }
}
