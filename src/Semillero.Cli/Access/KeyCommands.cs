using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Cli.Hosting;

namespace Semillero.Cli.Access;

internal static class KeyCommands
{
    public static Command Build(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "operador | aliado | empresa", Required = true };
        var name = new Option<string>("--name") { Description = "De quién es la llave (organización o sistema). / Whose key it is.", Required = true };
        var company = new Option<string?>("--company") { Description = "RFC de la empresa (obligatorio con --role empresa). / The company's RFC (required with --role empresa)." };
        var organization = new Option<string?>("--organization") { Description = "Id o nombre exacto de la organización verificada (obligatorio con --role aliado). / The verified organisation's id or exact name (required with --role aliado)." };
        var create = new Command("create", "Crea una llave de API e imprime ID.SECRETO una sola vez. / Creates an API key and prints ID.SECRET once.") { role, name, company, organization };
        create.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CreateApiKey>()
                .RunAsync(parse.GetValue(role)!, parse.GetValue(name)!, parse.GetValue(company), parse.GetValue(organization), ct);
            switch (outcome)
            {
                case CreateApiKeyOutcome.Created c:
                    await context.Output.WriteLineAsync($"Llave {c.Id} creada para «{c.Name}» (rol {c.Role}). Guárdela ahora: no se volverá a mostrar.");
                    await context.Output.WriteLineAsync($"Key {c.Id} created for «{c.Name}» (role {c.Role}). Store it now: it will not be shown again.");
                    // Alone on the last line so scripts can take it with `tail -n 1`.
                    await context.Output.WriteLineAsync(c.Token);
                    return ExitCodes.Ok;
                case CreateApiKeyOutcome.Invalid i:
                    await context.Error.WriteLineAsync($"{i.Reason.Es} / {i.Reason.En}");
                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException(outcome.ToString());
            }
        });

        var list = new Command("list", "Lista las llaves (nunca sus secretos): ID, rol, creación, estado y nombre. / Lists the keys (never their secrets).");
        list.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var keys = await scope.ServiceProvider.GetRequiredService<ListApiKeys>().RunAsync(ct);
            if (keys.Count == 0)
            {
                await context.Output.WriteLineAsync("No hay llaves. / There are no keys.");
                return ExitCodes.Ok;
            }

            // One key per line, columns separated by tabs so scripts can cut them; times in UTC.
            await context.Output.WriteLineAsync("ID\tROL/ROLE\tCREADA/CREATED (UTC)\tESTADO/STATUS\tNOMBRE/NAME");
            foreach (var k in keys)
            {
                var status = k.RevokedAt is { } revoked ? "revocada/revoked " + Utc(revoked) : "activa/active";
                await context.Output.WriteLineAsync($"{k.Id}\t{k.Role}\t{Utc(k.CreatedAt)}\t{status}\t{k.Name}");
            }

            return ExitCodes.Ok;
        });

        var id = new Argument<string>("ID") { Description = "El ID de la llave (lo que va antes del punto). / The key's ID (before the dot)." };
        var revoke = new Command("revoke", "Revoca una llave para siempre. / Revokes a key for good.") { id };
        revoke.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<RevokeApiKey>().RunAsync(parse.GetValue(id)!, ct);
            switch (outcome)
            {
                case RevokeApiKeyOutcome.Revoked r:
                    // This process cannot reach a running web server's cache of verified keys.
                    await context.Output.WriteLineAsync($"Llave {r.Key.Id} («{r.Key.Name}») revocada; los servidores en marcha la rechazan a más tardar en un minuto.");
                    await context.Output.WriteLineAsync($"Key {r.Key.Id} («{r.Key.Name}») revoked; running servers refuse it within a minute.");
                    return ExitCodes.Ok;
                case RevokeApiKeyOutcome.AlreadyRevoked a:
                    await context.Output.WriteLineAsync($"La llave {a.Key.Id} ya estaba revocada desde {Utc(a.Key.RevokedAt!.Value)} UTC. / Key {a.Key.Id} was already revoked on {Utc(a.Key.RevokedAt!.Value)} UTC.");
                    return ExitCodes.Ok;
                case RevokeApiKeyOutcome.NotFound n:
                    await context.Error.WriteLineAsync($"No existe la llave «{n.Id}». / There is no key «{n.Id}».");
                    return ExitCodes.Failed;
                default:
                    throw new InvalidOperationException(outcome.ToString());
            }
        });

        return new Command("keys", "Llaves de API. / API keys.") { create, list, revoke };
    }

    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
