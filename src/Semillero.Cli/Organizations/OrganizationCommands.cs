using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Cli.Hosting;
using Semillero.Organizations;

namespace Semillero.Cli.Organizations;

// `semillero organizations list|verify|reject`: the operators' verification queue from a terminal.
internal static class OrganizationCommands
{
    // Who verified, as the organisation keeps it: the command line, not a person's account.
    private static readonly Actor Cli = new("cli", "semillero CLI", Roles.Operador);

    public static Command Build(CliContext context)
    {
        var status = new Option<string>("--status")
        {
            Description = "pendiente | verificada | rechazada (pendiente por omisión). / pending, verified or rejected (default pending).",
            DefaultValueFactory = _ => "pendiente",
        };
        var search = new Option<string?>("--search") { Description = "RFC exacto o parte del nombre. / Exact RFC or part of the name." };
        var list = new Command("list", "Lista organizaciones por estado: ID, tipo, RFC, estado del país y nombre. / Lists organisations by status.") { status, search };
        list.SetAction(async (parse, ct) =>
        {
            var wanted = parse.GetValue(status)?.Trim().ToLowerInvariant() switch
            {
                "pendiente" or "pending" => OrganizationStatus.Pendiente,
                "verificada" or "verified" => OrganizationStatus.Verificada,
                "rechazada" or "rejected" => OrganizationStatus.Rechazada,
                _ => (OrganizationStatus?)null,
            };
            if (wanted is null)
            {
                await context.Error.WriteLineAsync("Estado no válido; use pendiente, verificada o rechazada. / Invalid status; use pendiente, verificada or rechazada.");
                return ExitCodes.BadInput;
            }

            await using var scope = context.CreateScope();
            var (items, total) = await scope.ServiceProvider.GetRequiredService<ReadOrganizations>().ListAsync(wanted.Value, parse.GetValue(search), 1, 1000, ct);
            if (total == 0)
            {
                await context.Output.WriteLineAsync("No hay organizaciones con ese estado. / There are no organisations with that status.");
                return ExitCodes.Ok;
            }

            // One organisation per line, tab-separated so scripts can cut the columns.
            await context.Output.WriteLineAsync("ID\tTIPO/KIND\tRFC\tESTADO/STATE\tREGISTRO/REGISTERED (UTC)\tNOMBRE/NAME");
            foreach (var o in items)
            {
                await context.Output.WriteLineAsync(
                    $"{o.Id}\t{OrganizationRules.Wire(o.Kind)}\t{o.Rfc ?? "-"}\t{o.StateCode ?? "-"}\t{o.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\t{o.Name}");
            }

            if (total > items.Count)
            {
                await context.Output.WriteLineAsync($"… y {total - items.Count} más; use --search. / … and {total - items.Count} more; use --search.");
            }

            return ExitCodes.Ok;
        });

        var id = new Argument<Guid>("ID") { Description = "El id de la organización (organizations list). / The organisation's id." };
        var verify = new Command("verify", "Verifica una organización: aparece en el directorio y puede tener llaves. / Verifies an organisation.") { id };
        verify.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            switch (await scope.ServiceProvider.GetRequiredService<VerifyOrganization>().RunAsync(parse.GetValue(id), Cli, ct))
            {
                case VerifyOrganizationOutcome.Verified v:
                    await context.Output.WriteLineAsync($"«{v.Organization.Name}» verificada. / «{v.Organization.Name}» verified.");
                    return ExitCodes.Ok;
                case VerifyOrganizationOutcome.AlreadyVerified a:
                    await context.Output.WriteLineAsync($"«{a.Organization.Name}» ya estaba verificada. / «{a.Organization.Name}» was already verified.");
                    return ExitCodes.Ok;
                default:
                    await context.Error.WriteLineAsync($"No existe la organización {parse.GetValue(id)}. / There is no organisation {parse.GetValue(id)}.");
                    return ExitCodes.Failed;
            }
        });

        var reason = new Option<string>("--reason") { Description = "Motivo que verá la organización. / The reason the organisation will read.", Required = true };
        var reject = new Command("reject", "No verifica una organización, con un motivo que ella ve. / Rejects an organisation with a reason it sees.") { id, reason };
        reject.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            switch (await scope.ServiceProvider.GetRequiredService<RejectOrganization>().RunAsync(parse.GetValue(id), parse.GetValue(reason), Cli, ct))
            {
                case RejectOrganizationOutcome.Rejected r:
                    await context.Output.WriteLineAsync($"«{r.Organization.Name}» rechazada; verá el motivo en su página. / «{r.Organization.Name}» rejected; it will see the reason on its page.");
                    return ExitCodes.Ok;
                case RejectOrganizationOutcome.Invalid i:
                    await context.Error.WriteLineAsync($"{i.Reason.Es} / {i.Reason.En}");
                    return ExitCodes.BadInput;
                default:
                    await context.Error.WriteLineAsync($"No existe la organización {parse.GetValue(id)}. / There is no organisation {parse.GetValue(id)}.");
                    return ExitCodes.Failed;
            }
        });

        return new Command("organizations", "Organizaciones aliadas y su verificación. / Partner organisations and their verification.") { list, verify, reject };
    }
}
