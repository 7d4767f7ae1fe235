using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Semillero.Cli.Access;
using Semillero.Cli.Accounts;
using Semillero.Cli.Badges;
using Semillero.Cli.Completions;
using Semillero.Cli.Credits;
using Semillero.Cli.Dashboards;
using Semillero.Cli.Demo;
using Semillero.Cli.Data;
using Semillero.Cli.Diagnostics;
using Semillero.Cli.FollowUp;
using Semillero.Cli.Hosting;
using Semillero.Cli.Learners;
using Semillero.Cli.Organizations;

namespace Semillero.Cli;

// The `semillero` command line. It reads the same configuration keys as the web host
// (Database__Provider, ConnectionStrings__Semillero, from the environment), so both always work on
// the same database.
public static class SemilleroCli
{
    public const int Ok = ExitCodes.Ok;
    public const int Failed = ExitCodes.Failed;
    public const int BadInput = ExitCodes.BadInput;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration, CancellationToken ct = default)
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var context = new CliContext(configuration, output, error);

        var root = new RootCommand("Semillero: registro de aprendices, llaves de acceso y datos de demostración. / Learner registry, access keys and demo data.")
        {
            DbCommands.Build(context),
            KeyCommands.Build(context),
            OrganizationCommands.Build(context),
            LearnerCommands.Build(context),
            DemoCommands.Build(context),
            UserCommands.Build(context),
            RecordCommands.Build(context),
            BadgeCommands.Build(context),
            // Graduate follow-up.
            FollowUpCommands.Build(context),
            // Targets and KPI rollups.
            KpiCommands.Build(context),
            // The Pymes' diagnostic: question bank versions.
            DiagnosticCommands.Build(context),
            // Startup credits: credit codes and expiry reminders.
            CreditCodeCommands.Build(context),
        };

        var parse = root.Parse(args);

        // Help, version and parse errors need no database; `db ...` manages the schema itself.
        var runsCommand = parse.Errors.Count == 0 && parse.Action is not null && ReferenceEquals(parse.Action, parse.CommandResult.Command.Action);
        if (runsCommand && !parse.CommandResult.Command.Parents.OfType<Command>().Any(c => c.Name == DbCommands.Name)
            && await SchemaCheck.FindAsync(configuration, ct) is { } problem)
        {
            await error.WriteLineAsync(problem.Es);
            await error.WriteLineAsync(problem.En);
            return Failed;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
    }
}
