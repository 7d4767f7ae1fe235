using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Badges;
using Semillero.Cli.Hosting;

namespace Semillero.Cli.Badges;

internal static class BadgeCommands
{
    public static Command Build(CliContext context)
    {
        var algorithm = new Option<string?>("--algorithm") { Description = "RS256 | ES256 (por omisión, Badges__Algorithm o RS256). / Default: Badges__Algorithm or RS256." };
        var rotate = new Command("rotate-key",
            "Retira la llave de firma activa y crea otra; las insignias ya emitidas siguen verificándose. / Retires the active signing key and creates a new one; issued badges keep verifying.")
        {
            algorithm,
        };
        rotate.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<RotateSigningKey>().RunAsync(parse.GetValue(algorithm), ct);
            switch (outcome)
            {
                case RotateSigningKeyOutcome.Rotated r:
                    await context.Output.WriteLineAsync($"Nueva llave de firma ({r.Algorithm}); la anterior queda retirada y publicada. / New signing key ({r.Algorithm}); the previous one is retired and still published.");
                    // Alone on the last line so scripts can take it with `tail -n 1`.
                    await context.Output.WriteLineAsync(r.Kid);
                    return ExitCodes.Ok;
                case RotateSigningKeyOutcome.Invalid i:
                    await context.Error.WriteLineAsync($"{i.Es} / {i.En}");
                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException(outcome.ToString());
            }
        });

        var keys = new Command("keys", "Lista las llaves de firma (nunca las privadas). / Lists the signing keys (never the private parts).");
        keys.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var list = await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().ListAsync(ct);
            if (list.Count == 0)
            {
                await context.Output.WriteLineAsync("Aún no hay llaves: la primera se crea al emitir la primera insignia. / No keys yet: the first is created with the first badge.");
                return ExitCodes.Ok;
            }

            await context.Output.WriteLineAsync("KID\tALG\tCREADA/CREATED (UTC)\tESTADO/STATUS");
            foreach (var k in list)
            {
                var status = k.RetiredAt is { } retired ? "retirada/retired " + Utc(retired) : "activa/active";
                await context.Output.WriteLineAsync($"{k.Kid}\t{k.Algorithm}\t{Utc(k.CreatedAt)}\t{status}");
            }

            return ExitCodes.Ok;
        });

        return new Command("badges", "Insignias: llaves de firma. / Badges: signing keys.") { rotate, keys };
    }

    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
