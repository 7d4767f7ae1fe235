using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli.Hosting;
using Semillero.FollowUp;

namespace Semillero.Cli.FollowUp;

internal static class FollowUpCommands
{
    public static Command Build(CliContext context)
    {
        var run = new Command("run",
            "Una pasada del seguimiento de egresados: crea las encuestas que vencen, las envía al buzón de salida y manda recordatorios. / One graduate follow-up pass: creates due surveys, queues them in the email outbox and sends reminders.");
        run.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var pass = await scope.ServiceProvider.GetRequiredService<RunFollowUps>().RunAsync(ct);
            await context.Output.WriteLineAsync(
                $"Encuestas creadas: {pass.Created}; enviadas: {pass.Sent}; recordatorios: {pass.Reminded}. / Surveys created: {pass.Created}; sent: {pass.Sent}; reminders: {pass.Reminded}.");
            return ExitCodes.Ok;
        });

        return new Command("followup", "Seguimiento de egresados (encuestas a 3, 6 y 12 meses). / Graduate follow-up (3, 6 and 12-month surveys).") { run };
    }
}
