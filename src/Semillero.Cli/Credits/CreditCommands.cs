using System.CommandLine;
using Semillero.Cli.Hosting;

namespace Semillero.Cli.Credits;

// `semillero creditos …`: the startup cloud-credit program from a terminal (docs/credits.md). Each
// part of the program adds its subcommands from its own file.
internal static class CreditCommands
{
    public static Command Build(CliContext context)
    {
        var creditos = new Command("creditos", "El programa de créditos en la nube para startups. / The startup cloud-credit program.");
        CreditProgramCommands.Add(creditos, context);
        CreditCodeCommands.Add(creditos, context);
        return creditos;
    }
}
