using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Cli.Hosting;
using Semillero.Diagnostics;

namespace Semillero.Cli.Diagnostics;

// `semillero diagnostico versiones|publicar`: the diagnostic's question bank versions from a
// terminal (docs/diagnostic.md, "Versions"), the same use cases as POST /api/diagnostic/versions.
internal static class DiagnosticCommands
{
    // Who published, as the version keeps it: the command line, not a person's account.
    private static readonly Actor Cli = new("cli", "semillero CLI", Roles.Operador);

    public static Command Build(CliContext context)
    {
        var versions = new Command("versiones", "Lista las versiones del banco de preguntas: número, publicación, preguntas y motivo. / Lists the question bank versions.");
        versions.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var list = await scope.ServiceProvider.GetRequiredService<BankVersions>().ListAsync(ct);

            // One version per line, tab-separated so scripts can cut the columns.
            await context.Output.WriteLineAsync("VERSIÓN/VERSION\tPUBLICADA/PUBLISHED (UTC)\tPOR/BY\tPREGUNTAS/QUESTIONS\tMOTIVO/REASON");
            foreach (var v in list)
            {
                var published = v.Shipped ? "incluida/shipped" : v.PublishedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{v.Version}\t{published}\t{v.PublishedBy ?? "-"}\t{v.Questions}\t{OneLine(v.Reason) ?? "-"}"));
            }

            return ExitCodes.Ok;
        });

        var file = new Argument<FileInfo>("ARCHIVO") { Description = "El JSON del banco de preguntas, numerado después de la última versión. / The question bank's JSON, numbered after the latest version." };
        var reason = new Option<string>("--motivo") { Description = "Qué cambia y por qué; se guarda con la versión. / What changes and why; kept with the version.", Required = true };
        var publish = new Command("publicar", "Publica una versión nueva del banco de preguntas; las evaluaciones nuevas la usan. / Publishes a new question bank version; new assessments take it.") { file, reason };
        publish.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"No existe el archivo «{path.FullName}». / File «{path.FullName}» does not exist.");
                return ExitCodes.BadInput;
            }

            var json = await File.ReadAllTextAsync(path.FullName, ct);
            await using var scope = context.CreateScope();
            switch (await scope.ServiceProvider.GetRequiredService<PublishBankVersion>().RunAsync(json, parse.GetValue(reason), Cli, ct))
            {
                case PublishBankVersionOutcome.Published p:
                    await context.Output.WriteLineAsync($"Versión {p.Version} del banco de preguntas publicada. / Question bank version {p.Version} published.");
                    return ExitCodes.Ok;
                case PublishBankVersionOutcome.Invalid i:
                    // Each problem names its place and says why, in both languages; nothing was published.
                    foreach (var error in i.Errors)
                    {
                        await context.Error.WriteLineAsync(error);
                    }

                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException("Unexpected outcome.");
            }
        });

        return new Command("diagnostico", "El diagnóstico de madurez en IA de las Pymes: versiones del banco de preguntas. / The Pymes' AI-maturity diagnostic: question bank versions.") { versions, publish };
    }

    // A reason may hold line breaks; the listing keeps one version per line.
    private static string? OneLine(string? text) => text?.ReplaceLineEndings(" ").Replace('\t', ' ');
}
