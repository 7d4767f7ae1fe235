using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli.Hosting;
using Semillero.Completions;
using Semillero.Importing;

namespace Semillero.Cli.Completions;

internal static class RecordCommands
{
    // The format in brief; docs/completion-reports.md has it in full.
    private const string FormatHelp =
        "CSV con encabezados: curp (o correo), curso, fecha (aaaa-mm-dd o dd/mm/aaaa), calificacion (0–100 o 0–1, opcional), id_externo (opcional). "
        + "También: email, course, date, score, external_id. / "
        + "CSV with a header row: curp (or correo/email), curso/course, fecha/date (yyyy-mm-dd or dd/mm/yyyy), calificacion/score (0–100 or 0–1, optional), id_externo/external_id (optional).";

    public static Command Build(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = FormatHelp };
        var provider = new Option<string>("--provider")
        {
            Description = "El proveedor que envía el reporte, como lo nombra el catálogo de cursos. / The provider sending the report, as the course catalog names it.",
            Required = true,
        };
        var report = new Option<FileInfo?>("--report") { Description = "Archivo donde se escriben las filas rechazadas (CSV). / Writes the rejected rows (CSV)." };
        var import = new Command(
            "import",
            "Importa el reporte de constancias de un proveedor: las filas válidas se acreditan, las demás se rechazan por fila; el mismo archivo dos veces no agrega nada. / "
            + "Imports a provider's completion report: valid rows are credited, the others rejected by row; the same file twice adds nothing.")
        {
            file, provider, report,
        };
        import.SetAction(async (parse, ct) => await ImportAsync(context, parse.GetValue(provider)!, parse.GetValue(file)!, parse.GetValue(report), ct));
        return new Command("records", "Registros de aprendizaje: reportes de constancias de los proveedores. / Learning records: providers' completion reports.") { import };
    }

    private static async Task<int> ImportAsync(CliContext context, string provider, FileInfo file, FileInfo? reportFile, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"No existe el archivo «{file.FullName}». / File «{file.FullName}» does not exist.");
            return ExitCodes.BadInput;
        }

        if (file.Length > ImportCompletionReport.MaxBytes)
        {
            await context.Error.WriteLineAsync($"No se importó nada: el archivo pesa más de {ImportCompletionReport.MaxBytes / 1024 / 1024} MB.");
            await context.Error.WriteLineAsync($"Nothing was imported: the file is larger than {ImportCompletionReport.MaxBytes / 1024 / 1024} MB.");
            return ExitCodes.BadInput;
        }

        var bytes = await File.ReadAllBytesAsync(file.FullName, ct);
        await using var scope = context.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ImportCompletionReport>()
            .RunAsync(new ImportCompletionReportInput(provider, file.Name, bytes, "cli"), ct);

        switch (outcome)
        {
            case ImportCompletionReportOutcome.Imported imported:
                var egresados = await EvaluatePathsAsync(context, imported.Summary.Added, ct);
                await PrintSummaryAsync(context.Output, imported.Summary, egresados);
                if (reportFile is not null)
                {
                    await WriteReportAsync(reportFile.FullName, imported.Summary.Rejections);
                    await context.Output.WriteLineAsync($"Filas rechazadas / rejected rows: {reportFile.FullName}");
                }

                return ExitCodes.Ok;
            case ImportCompletionReportOutcome.AlreadyImported already:
                // A retry of an import that happened is a success that changes nothing.
                await context.Output.WriteLineAsync(
                    $"Este archivo ya se importó el {already.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (reporte {already.ReportId}, «{already.FileName}»); no se agregó nada.");
                await context.Output.WriteLineAsync($"This file was already imported (report {already.ReportId}); nothing was added.");
                return ExitCodes.Ok;
            case ImportCompletionReportOutcome.UnknownProvider unknown:
                var known = unknown.Known.Count == 0 ? "(ninguno / none)" : string.Join(", ", unknown.Known);
                await context.Error.WriteLineAsync($"No se importó nada: ningún curso del catálogo es del proveedor «{unknown.Provider}». Proveedores: {known}.");
                await context.Error.WriteLineAsync($"Nothing was imported: no course in the catalog is offered by «{unknown.Provider}». Providers: {known}.");
                return ExitCodes.BadInput;
            case ImportCompletionReportOutcome.Unreadable u:
                await context.Error.WriteLineAsync($"No se importó nada: {u.Es}");
                await context.Error.WriteLineAsync($"Nothing was imported: {u.En}");
                return ExitCodes.BadInput;
            case ImportCompletionReportOutcome.MissingColumns m:
                await context.Error.WriteLineAsync($"No se importó nada: faltan columnas obligatorias: {string.Join(", ", m.Missing)}. Columnas encontradas: {string.Join(", ", m.Found)}.");
                await context.Error.WriteLineAsync($"Nothing was imported: required columns are missing: {string.Join(", ", m.Missing)}.");
                return ExitCodes.BadInput;
            default:
                throw new InvalidOperationException(outcome.ToString());
        }
    }

    // The web host's PathEvaluator would pick the new completions up from the outbox; a CLI-only
    // installation has none running, so the command drains the outbox itself (it is safe to race
    // the evaluator: path completions are inserted "unless the person already has it").
    private static async Task<int> EvaluatePathsAsync(CliContext context, int added, CancellationToken ct)
    {
        if (added == 0)
        {
            return 0;
        }

        var egresados = 0;
        while (true)
        {
            await using var scope = context.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<EvaluatePaths>().RunPendingAsync(ct);
            egresados += result.NewPathCompletions;
            if (result.Evaluated < EvaluatePaths.BatchSize)
            {
                return egresados;
            }
        }
    }

    private static async Task PrintSummaryAsync(TextWriter output, CompletionReportSummary s, int egresados)
    {
        await output.WriteLineAsync($"Reporte de {s.Provider} importado: {s.Rows} filas ({s.Encoding}, separador «{s.Delimiter}»); reporte {s.ReportId}.");
        await output.WriteLineAsync($"  acreditados: {s.Added}  ya acreditados: {s.AlreadyCompleted}  rechazados: {s.Rejected}  nuevos egresados: {egresados}");
        await output.WriteLineAsync($"Report imported: {s.Added} added, {s.AlreadyCompleted} already completed, {s.Rejected} rejected, {egresados} new graduates.");
        foreach (var r in s.Rejections.Take(20))
        {
            await output.WriteLineAsync($"  fila {r.Row}, {r.Column}: {r.ReasonEs}");
        }

        if (s.Rejections.Count > 20 || s.RejectionsTruncated)
        {
            await output.WriteLineAsync("  … más filas rechazadas: use --report RECHAZOS.csv para verlas.");
        }
    }

    private static async Task WriteReportAsync(string path, IReadOnlyList<CompletionReportRejection> rejections)
    {
        // Written beside and moved into place, so a reader never sees half a report.
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        await using (var csv = new SafeCsvWriter(stream))
        {
            await csv.WriteRowAsync("fila", "curp", "id_externo", "columna", "codigo", "motivo", "reason");
            foreach (var r in rejections)
            {
                await csv.WriteRowAsync(r.Row.ToString(CultureInfo.InvariantCulture), r.Curp, r.ExternalId, r.Column, r.Code, r.ReasonEs, r.ReasonEn);
            }
        }

        File.Move(temp, path, overwrite: true);
    }
}
