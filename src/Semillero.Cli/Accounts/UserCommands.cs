using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Accounts;
using Semillero.Cli.Hosting;

namespace Semillero.Cli.Accounts;

internal static class UserCommands
{
    public static Command Build(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "operador | analista | aliado | empresa", Required = true };
        var email = new Option<string>("--email") { Required = true };
        var name = new Option<string>("--name") { Description = "Nombre de la persona. / Person's name.", Required = true };
        var organization = new Option<string?>("--organization") { Description = "Aliados y empresas: su organización. / Partners and companies: their organisation." };
        var invite = new Command("invite", "Invita a una persona con un rol; imprime el enlace para elegir contraseña. / Invites a person; prints the set-password link.")
        {
            role, email, name, organization,
        };
        invite.SetAction(async (parse, ct) =>
        {
            await using var scope = context.CreateScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<InviteUser>().RunAsync(
                new InviteUserInput(parse.GetValue(email), parse.GetValue(name), parse.GetValue(role), parse.GetValue(organization)), ct);
            switch (outcome)
            {
                case InviteUserOutcome.Invited i:
                    await context.Output.WriteLineAsync("Invitación creada (también está en la bandeja de correos). Enlace para elegir contraseña:");
                    await context.Output.WriteLineAsync("Invitation created (also in the email outbox). Set-password link:");
                    await context.Output.WriteLineAsync(i.SetPasswordLink);
                    return ExitCodes.Ok;
                case InviteUserOutcome.Invalid v:
                    foreach (var e in v.Errors)
                    {
                        await context.Error.WriteLineAsync($"{e.Field}: {e.Reason.Es} / {e.Reason.En}");
                    }

                    return ExitCodes.BadInput;
                default:
                    throw new InvalidOperationException(outcome.ToString());
            }
        });

        return new Command("users", "Cuentas de personas. / People's accounts.") { invite };
    }
}
