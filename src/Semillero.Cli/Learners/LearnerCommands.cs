using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli.Hosting;
using Semillero.Importing;
using Semillero.Learners;
using Spectre.Console;

namespace Semillero.Cli.Learners;

internal static class LearnerCommands
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV: curp,nombre,primer_apellido,segundo_apellido,correo,entidad,segmento" };
        var report = new Option<FileInfo?>("--report") { Description = "Archivo donde se escribe el reporte por fila (CSV). / Writes the per-row report (CSV)." };
        var partner = new Option<string?>("--aliado")
        {
            Description = "Importa a nombre de esa organización aliada (el nombre de su llave o de su cuenta): registra a las personas nuevas como suyas y solo actualiza a las que ella registró. Sin esta opción, como operador. / "
                + "Imports on behalf of that partner organisation (its key's or account's name): new people are registered as its own and only the people it registered are updated. Without it, as an operator.",
        };
        var import = new Command("import", "Importa aprendices de un CSV, todo o nada. / Imports learners from a CSV, all or nothing.") { file, report, partner };
        import.SetAction(async (parse, ct) => await ImportAsync(context, parse.GetValue(file)!, parse.GetValue(report), parse.GetValue(partner), ct));
        return new Command("learners", "Registro de aprendices. / Learner registry.") { import };
    }

    private static async Task<int> ImportAsync(CliContext context, FileInfo file, FileInfo? reportFile, string? partner, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"No existe el archivo «{file.FullName}». / File «{file.FullName}» does not exist.");
            return ExitCodes.BadInput;
        }

        if (partner is not null && partner.Trim() is not { Length: > 0 and <= 100 })
        {
            await context.Error.WriteLineAsync("--aliado necesita el nombre de la organización (1 a 100 caracteres). / --aliado needs the organisation's name (1 to 100 characters).");
            return ExitCodes.BadInput;
        }

        var registrar = partner is null ? Registrar.Operator("cli") : Registrar.Partner(partner.Trim());

        await using var scope = context.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ImportLearners>();
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

        var reportPath = reportFile?.FullName;
        var reportTemp = reportPath is null ? null : reportPath + ".tmp";
        ImportLearnersOutcome outcome;
        try
        {
            await using (var reportStream = reportTemp is null ? null : new FileStream(reportTemp, FileMode.Create, FileAccess.Write))
            await using (var csv = reportStream is null ? null : new SafeCsvWriter(reportStream))
            {
                var rows = csv is null ? null : new ImportReport(csv);
                if (rows is not null)
                {
                    await rows.WriteHeaderAsync();
                }

                outcome = await WithProgressAsync(context, file.Name, progress =>
                    importer.RunAsync(stream, file.Name, registrar, progress, rows is null ? null : rows.WriteAsync, ct));
            }

            // The report appears only for an import that happened, never half-written.
            if (reportTemp is not null && outcome is ImportLearnersOutcome.Completed)
            {
                File.Move(reportTemp, reportPath!, overwrite: true);
            }
        }
        finally
        {
            if (reportTemp is not null && File.Exists(reportTemp))
            {
                File.Delete(reportTemp);
            }
        }

        switch (outcome)
        {
            case ImportLearnersOutcome.Completed c:
                await PrintSummaryAsync(context.Output, c.Summary, reportPath);
                return ExitCodes.Ok;
            case ImportLearnersOutcome.Unreadable u:
                await context.Error.WriteLineAsync($"No se importó nada: {u.Es}");
                await context.Error.WriteLineAsync($"Nothing was imported: {u.En}");
                return ExitCodes.BadInput;
            case ImportLearnersOutcome.MissingColumns m:
                await context.Error.WriteLineAsync($"No se importó nada: faltan columnas obligatorias: {string.Join(", ", m.Missing)}. Columnas encontradas: {string.Join(", ", m.Found)}.");
                await context.Error.WriteLineAsync($"Nothing was imported: required columns are missing: {string.Join(", ", m.Missing)}.");
                return ExitCodes.BadInput;
            default:
                throw new InvalidOperationException(outcome.ToString());
        }
    }

    // A progress bar when a person is watching; plain output when piped or under test.
    private static async Task<ImportLearnersOutcome> WithProgressAsync(CliContext context, string name, Func<Action<long, long>, Task<ImportLearnersOutcome>> run)
    {
        if (!ReferenceEquals(context.Output, Console.Out) || Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await run((_, _) => { });
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Importando {Markup.Escape(name)}", maxValue: 1);
                return await run((done, total) =>
                {
                    task.MaxValue = Math.Max(total, 1);
                    task.Value = done;
                });
            });
    }

    private static async Task PrintSummaryAsync(TextWriter output, ImportSummary s, string? reportPath)
    {
        await output.WriteLineAsync($"Importación completada: {s.Rows} filas ({s.Encoding}, separador «{s.Delimiter}»).");
        await output.WriteLineAsync($"  insertados: {s.Inserted}  actualizados: {s.Updated}  sin cambios: {s.Unchanged}  duplicados: {s.Duplicate}  rechazados: {s.Rejected}");
        await output.WriteLineAsync($"Import completed: inserted {s.Inserted}, updated {s.Updated}, unchanged {s.Unchanged}, duplicate {s.Duplicate}, rejected {s.Rejected}.");
        if (s.RegisteredByAnother > 0)
        {
            await output.WriteLineAsync($"  de los rechazados, {s.RegisteredByAnother} ya los registró otra institución o la propia persona: no se modificaron.");
            await output.WriteLineAsync($"  Of the rejected, {s.RegisteredByAnother} were registered by another institution or by the person: left unchanged.");
        }

        foreach (var p in s.Problems.Take(20))
        {
            await output.WriteLineAsync($"  fila {p.Row}, {p.Column}: {p.ReasonEs}");
        }

        if (s.Problems.Count > 20 || s.ProblemsTruncated)
        {
            await output.WriteLineAsync(reportPath is null
                ? "  … más filas con problemas: use --report REPORTE.csv para verlas todas."
                : "  … más filas con problemas en el reporte.");
        }

        if (reportPath is not null)
        {
            await output.WriteLineAsync($"Reporte por fila / per-row report: {reportPath}");
        }
    }
}
