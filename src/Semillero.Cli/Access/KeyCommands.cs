using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;

namespace Semillero.Cli.Access;

internal static class KeyCommands
{
    public static Command Build(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "operador | aliado", Required = true };
        var name = new Option<string>("--name") { Description = "De quién es la llave (organización o sistema). / Whose key it is.", Required = true };
        var create = new Command("create", "Crea una llave de API e imprime ID.SECRETO una sola vez. / Creates an API key and prints ID.SECRET once.") { role, name };
        create.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CreateApiKey>()
                .RunAsync(parse.GetValue(role)!, parse.GetValue(name)!, ct);
            switch (outcome)
            {
                case CreateApiKeyOutcome.Created c:
                    await context.Output.WriteLineAsync($"Llave {c.Id} creada para «{c.Name}» (rol {c.Role}). Guárdela ahora: no se volverá a mostrar.");
                    await context.Output.WriteLineAsync($"Key {c.Id} created for «{c.Name}» (role {c.Role}). Store it now: it will not be shown again.");
                    // Alone on the last line so scripts can take it with `tail -n 1`.
                    await context.Output.WriteLineAsync(c.Token);
                    return SemilleroCli.Ok;
                case CreateApiKeyOutcome.Invalid i:
                    await context.Error.WriteLineAsync($"{i.Reason.Es} / {i.Reason.En}");
                    return SemilleroCli.BadInput;
                default:
                    throw new InvalidOperationException(outcome.ToString());
            }
        });

        return new Command("keys", "Llaves de API. / API keys.") { create };
    }
}
