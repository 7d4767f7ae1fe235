using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli.Hosting;
using Semillero.Demo;

namespace Semillero.Cli.Demo;

internal static class DemoCommands
{
    public static Command Build(CliContext context)
    {
        var learners = new Option<int>("--learners") { Description = "Cuántos aprendices sintéticos. / How many synthetic learners.", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "Semilla (mismo valor, mismas personas). / Seed (same value, same people).", DefaultValueFactory = _ => 2025 };
        var seedCommand = new Command("seed", "Crea aprendices sintéticos realistas (CURP válidas). / Creates realistic synthetic learners (valid CURPs).") { learners, seed };
        seedCommand.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<SeedDemoLearners>()
                .RunAsync(parse.GetValue(learners), parse.GetValue(seed), null, ct);
            switch (outcome)
            {
                case SeedDemoLearnersOutcome.Seeded s:
                    await context.Output.WriteLineAsync($"Aprendices de demostración: {s.Summary.Inserted} nuevos, {s.Summary.Unchanged + s.Summary.Updated} ya existían.");
                    await context.Output.WriteLineAsync($"Demo learners: {s.Summary.Inserted} new, {s.Summary.Unchanged + s.Summary.Updated} already present.");

                    // Demo partner organisations.
                    var organizations = await scope.ServiceProvider.GetRequiredService<SeedDemoOrganizations>().RunAsync(ct);
                    await context.Output.WriteLineAsync($"Organizaciones de demostración: {organizations.Organizations} nuevas. / Demo organisations: {organizations.Organizations} new.");

                    // Demo companies and vacancies.
                    var companies = await scope.ServiceProvider.GetRequiredService<Semillero.Demo.SeedDemoCompanies>().RunAsync(ct);
                    await context.Output.WriteLineAsync($"Empresas de demostración: {companies.Companies} nuevas, {companies.Vacancies} vacantes. / Demo companies: {companies.Companies} new, {companies.Vacancies} vacancies.");
                    return ExitCodes.Ok;
                case SeedDemoLearnersOutcome.Invalid i:
                    await context.Error.WriteLineAsync($"{i.Es} / {i.En}");
                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException(outcome.ToString());
            }
        });

        return new Command("demo", "Datos de demostración. / Demo data.") { seedCommand };
    }
}
