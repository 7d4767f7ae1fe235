using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Cli.Hosting;
using Semillero.Credits;

namespace Semillero.Cli.Credits;

// `semillero creditos programa [publicar ARCHIVO --motivo …]` and `semillero creditos bolsas [crear …]`:
// the program's rules and budget pools, the same use cases as the API and the operators' pages.
internal static class CreditProgramCommands
{
    // Who published or opened, as the rows keep it: the command line, not a person's account.
    private static readonly Actor Cli = new("cli", "semillero CLI", Roles.Operador);

    public static void Add(Command creditos, CliContext context)
    {
        creditos.Subcommands.Add(Program(context));
        creditos.Subcommands.Add(Pools(context));
    }

    private static Command Program(CliContext context)
    {
        var file = new Argument<FileInfo>("ARCHIVO") { Description = "El JSON de las reglas, numerado después de la última versión. / The rules' JSON, numbered after the latest version." };
        var reason = new Option<string>("--motivo") { Description = "Qué cambia y por qué; se guarda con la versión. / What changes and why; kept with the version.", Required = true };
        var publish = new Command("publicar", "Publica una versión nueva de las reglas del programa. / Publishes a new version of the program's rules.") { file, reason };
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
            switch (await scope.ServiceProvider.GetRequiredService<PublishCreditProgram>().RunAsync(json, parse.GetValue(reason), Cli, ct))
            {
                case PublishCreditProgramOutcome.Published p:
                    await context.Output.WriteLineAsync($"Versión {p.Version} de las reglas del programa publicada. / Program rules version {p.Version} published.");
                    return ExitCodes.Ok;
                case PublishCreditProgramOutcome.Invalid i:
                    // Every problem, in both languages; nothing was published.
                    foreach (var error in i.Errors)
                    {
                        await context.Error.WriteLineAsync(error);
                    }

                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException("Unexpected outcome.");
            }
        });

        var program = new Command("programa", "Muestra las reglas vigentes del programa; «publicar» publica una versión nueva. / Shows the program's rules in force; \"publicar\" publishes a new version.") { publish };
        program.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var versions = scope.ServiceProvider.GetRequiredService<CreditProgramVersions>();
            var p = await versions.CurrentAsync(ct);
            var view = (await versions.ListAsync(ct)).FirstOrDefault(v => v.Version == p.Version);
            var o = context.Output;
            var published = view?.PublishedAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "incluida/shipped";
            await o.WriteLineAsync(Line($"Versión/Version: {p.Version} ({published}){(view?.Reason is { } r ? " — " + OneLine(r) : "")}"));
            await o.WriteLineAsync(Line($"Tope por empresa/Cap per company: {CreditRules.FormatUsd(p.LifetimeCapCents)}"));
            await o.WriteLineAsync(Line($"Vigencia de los créditos/Credits valid for: {p.AwardValidityMonths} meses/months"));
            await o.WriteLineAsync(Line($"Vencimiento de códigos de aval/Vouching codes expire after: {p.VouchingCodeDays} días/days"));
            await o.WriteLineAsync(Line($"Antigüedad máxima/Maximum age: {p.Eligibility.MaxAgeYears} años/years"));
            await o.WriteLineAsync(Line($"Etapas elegibles/Eligible stages: {string.Join(", ", p.Eligibility.Stages.Select(s => $"{CreditRules.StageEs(s)}/{CreditRules.StageEn(s)}"))}"));
            await o.WriteLineAsync(Line($"Fundador egresado requerido/Graduate founder required: {(p.Eligibility.RequireGraduateFounder ? "sí/yes" : "no")}"));
            await o.WriteLineAsync("Niveles/Tiers:");
            foreach (var tier in p.Tiers)
            {
                await o.WriteLineAsync(Line($"  {tier.Key}\t{CreditRules.FormatUsd(tier.MaxCents)}\trevisión/review: {(tier.Reviewed ? "sí/yes" : "no")}\taval/vouching: {(tier.RequiresVouching ? "sí/yes" : "no")}"));
            }

            await o.WriteLineAsync(Line($"Rúbrica/Rubric ({p.Review.ReviewersPerApplication} revisores/reviewers; tercer revisor/third reviewer > {p.Review.ThirdReviewerMargin} puntos/points):"));
            foreach (var c in p.Review.Rubric)
            {
                await o.WriteLineAsync(Line($"  {c.Id}\t{c.Weight}\t{c.NameEs} / {c.NameEn}"));
            }

            return ExitCodes.Ok;
        });
        return program;
    }

    private static Command Pools(CliContext context)
    {
        var name = new Option<string>("--nombre") { Description = "El nombre del periodo, p. ej. 2026-H1. / The period's name, e.g. 2026-H1.", Required = true };
        var from = new Option<string>("--desde") { Description = "Primer día (AAAA-MM-DD). / First day (YYYY-MM-DD).", Required = true };
        var to = new Option<string>("--hasta") { Description = "Último día, incluido (AAAA-MM-DD). / Last day, inclusive (YYYY-MM-DD).", Required = true };
        var amount = new Option<string>("--monto") { Description = "Monto en dólares, p. ej. 500000. / Amount in dollars, e.g. 500000.", Required = true };
        var reason = new Option<string>("--motivo") { Description = "Por qué se abre la bolsa. / Why the pool is opened.", Required = true };
        var create = new Command("crear", "Abre una bolsa de presupuesto; los periodos no se traslapan. / Opens a budget pool; periods do not overlap.") { name, from, to, amount, reason };
        create.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var input = new CreditPoolInput(parse.GetValue(name), parse.GetValue(from), parse.GetValue(to), parse.GetValue(amount), parse.GetValue(reason));
            switch (await scope.ServiceProvider.GetRequiredService<SaveCreditPool>().CreateAsync(input, Cli, ct))
            {
                case SaveCreditPoolOutcome.Saved s:
                    await context.Output.WriteLineAsync($"Bolsa «{input.Name?.Trim()}» abierta ({s.PoolId}). / Pool «{input.Name?.Trim()}» opened ({s.PoolId}).");
                    return ExitCodes.Ok;
                case SaveCreditPoolOutcome.Invalid i:
                    foreach (var error in i.Errors)
                    {
                        await context.Error.WriteLineAsync($"{error.Field}: {error.Reason.Es} / {error.Reason.En}");
                    }

                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException("Unexpected outcome.");
            }
        });

        var pools = new Command("bolsas", "Lista las bolsas de presupuesto: periodo, monto, otorgado y disponible. / Lists the budget pools: period, amount, awarded and left.") { create };
        pools.SetAction(async (_, ct) =>
        {
            await using var scope = context.CreateScope();
            var list = await scope.ServiceProvider.GetRequiredService<ReadCreditPools>().ListAsync(ct);

            // One pool per line, tab-separated so scripts can cut the columns.
            await context.Output.WriteLineAsync("BOLSA/POOL\tDESDE/FROM\tHASTA/TO\tMONTO/AMOUNT\tOTORGADO/AWARDED\tDISPONIBLE/LEFT\tUSADO/USED %");
            foreach (var p in list)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Name}\t{p.StartsOn:yyyy-MM-dd}\t{p.EndsOn:yyyy-MM-dd}\t{CreditRules.FormatUsd(p.AmountCents)}\t{CreditRules.FormatUsd(p.AwardedCents)}\t{CreditRules.FormatUsd(p.LeftCents)}\t{p.PercentUsed:0.#}"));
            }

            return ExitCodes.Ok;
        });
        return pools;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
