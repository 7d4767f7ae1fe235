using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Cli.Hosting;
using Semillero.Credits;

namespace Semillero.Cli.Credits;

// `semillero creditos codigos importar|entregar` and `semillero creditos recordatorios`: the credit
// codes from a terminal (docs/credits.md, "Delivery of credit codes, expiry and reminders"), the
// same use cases as the operators' page and the API. No code is ever printed.
internal static class CreditCodeCommands
{
    // Who imported, as the batch keeps it: the command line, not a person's account.
    private static readonly Actor Cli = new("cli", "semillero CLI", Roles.Operador);

    public static void Add(Command creditos, CliContext context)
    {
        var file = new Argument<FileInfo>("ARCHIVO") { Description = "El CSV del proveedor: codigo,valor_usd[,vence]. / The provider's CSV: code,value_usd[,expires]." };
        var batch = new Option<string>("--lote") { Description = "El nombre del lote, p. ej. el envío del proveedor. / The batch's name, e.g. the provider's shipment.", Required = true };
        var import = new Command("importar", "Importa un lote de códigos (todo o nada) y entrega los créditos que esperaban códigos. / Imports a batch of codes (all or nothing) and delivers the credits waiting for codes.") { file, batch };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"No existe el archivo «{path.FullName}». / File «{path.FullName}» does not exist.");
                return ExitCodes.BadInput;
            }

            await using var content = File.OpenRead(path.FullName);
            await using var scope = context.CreateScope();
            switch (await scope.ServiceProvider.GetRequiredService<ImportCreditCodes>().RunAsync(content, parse.GetValue(batch), Cli, ct))
            {
                case ImportCreditCodesOutcome.Imported i:
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Lote importado: {i.Codes} códigos por {CreditRules.FormatUsd(i.TotalCents)}; créditos entregados: {i.Delivery.Delivered}; esperan códigos: {i.Delivery.Waiting}. / Batch imported: {i.Codes} codes worth {CreditRules.FormatUsd(i.TotalCents)}; credits delivered: {i.Delivery.Delivered}; waiting for codes: {i.Delivery.Waiting}."));
                    return ExitCodes.Ok;
                case ImportCreditCodesOutcome.Refused r:
                    // The row report, one problem a line, tab-separated; nothing was imported.
                    await context.Error.WriteLineAsync("No se importó ningún código. / No code was imported.");
                    await context.Error.WriteLineAsync("FILA/ROW\tCOLUMNA/COLUMN\tMOTIVO\tREASON");
                    foreach (var e in r.Errors)
                    {
                        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(e.Row > 0 ? e.Row.ToString(CultureInfo.InvariantCulture) : "-")}\t{e.Column}\t{e.Es}\t{e.En}"));
                    }

                    return ExitCodes.BadInput;
                case ImportCreditCodesOutcome.MissingColumns m:
                    await context.Error.WriteLineAsync($"Faltan columnas: {string.Join(", ", m.Missing)}. / Missing columns: {string.Join(", ", m.Missing)}.");
                    return ExitCodes.BadInput;
                case ImportCreditCodesOutcome.Unreadable u:
                    await context.Error.WriteLineAsync($"{u.Es} / {u.En}");
                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException("Unexpected outcome.");
            }
        });

        var deliver = new Command("entregar", "Entrega códigos a cada crédito que los espera, del más antiguo al más reciente. / Delivers codes to every credit waiting for them, oldest first.");
        deliver.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<DeliverCredits>().DeliverPendingAsync(ct);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Créditos entregados: {result.Delivered}; esperan códigos: {result.Waiting} ({CreditRules.FormatUsd(result.WaitingCents)}). / Credits delivered: {result.Delivered}; waiting for codes: {result.Waiting} ({CreditRules.FormatUsd(result.WaitingCents)})."));
            return ExitCodes.Ok;
        });

        var reminders = new Command("recordatorios", "Envía los recordatorios de vencimiento a 60 y 30 días (cada uno una vez). / Sends the 60- and 30-day expiry reminders (each once).");
        reminders.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var pass = await scope.ServiceProvider.GetRequiredService<SendCreditReminders>().RunAsync(ct);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Recordatorios enviados: {pass.Sent60} a 60 días, {pass.Sent30} a 30 días. / Reminders sent: {pass.Sent60} at 60 days, {pass.Sent30} at 30 days."));
            return ExitCodes.Ok;
        });

        var codes = new Command("codigos", "Códigos de crédito del proveedor: importar y entregar. / The provider's credit codes: import and deliver.") { import, deliver };
        creditos.Subcommands.Add(codes);
        creditos.Subcommands.Add(reminders);
    }
}
