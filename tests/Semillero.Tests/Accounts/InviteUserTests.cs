using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Accounts;

public abstract class InviteUserTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : InviteUserTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : InviteUserTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Invite_PartnerWithAnOrganisationNameTheRegistryReserves_IsRefused()
    {
        var outcome = await RunAsync(sp => sp.GetRequiredService<InviteUser>()
            .RunAsync(new InviteUserInput("aliado@example.org", "Persona aliada", Roles.Aliado, "registro"), default));

        Assert.Contains(Assert.IsType<InviteUserOutcome.Invalid>(outcome).Errors, e => e.Field == "organization" && e.Reason.Code == "reserved");
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Invite_ThenSetPasswordFromTheLink_ConfirmsTheAccountWithItsRole()
    {
        var invited = Assert.IsType<InviteUserOutcome.Invited>(await RunAsync(sp => sp.GetRequiredService<InviteUser>()
            .RunAsync(new InviteUserInput("Analista@SE.example", "Analista de la SE", Roles.Analista, null), default)));

        await using (var db = Database.NewDb())
        {
            var email = await db.OutboxMessages.SingleAsync();
            Assert.Equal(("analista@se.example", "invitacion"), (email.To, email.Kind));
            Assert.Contains(invited.SetPasswordLink.Split("codigo=")[0], email.BodyText, StringComparison.Ordinal);
        }

        var token = Uri.UnescapeDataString(invited.SetPasswordLink.Split("codigo=")[1].Split('&')[0]);
        var reset = await RunAsync(sp => sp.GetRequiredService<PasswordReset>().CompleteAsync(invited.UserId, token, "una-contraseña-nueva", default));

        Assert.IsType<ResetPasswordOutcome.Reset>(reset);
        var (confirmed, passwordOk, roles) = await RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByIdAsync(invited.UserId.ToString()))!;
            return (user.EmailConfirmed, await users.CheckPasswordAsync(user, "una-contraseña-nueva"), await users.GetRolesAsync(user));
        });
        Assert.True(confirmed);
        Assert.True(passwordOk);
        Assert.Equal([Roles.Analista], roles);
        Assert.IsType<ResetPasswordOutcome.Invalid>(await RunAsync(sp => sp.GetRequiredService<PasswordReset>().CompleteAsync(invited.UserId, token, "otra-contraseña-mas", default)));
    }

    [Theory]
    [InlineData("", "Nombre", "operador", null, "email")]
    [InlineData("x@example.com", "Nombre", "aprendiz", null, "role")]
    [InlineData("x@example.com", "Nombre", "aliado", null, "organization")]
    [InlineData("x@example.com", "", "operador", null, "displayName")]
    public async Task Invite_InvalidInput_NamesTheFieldAndCreatesNothing(string email, string name, string role, string? organization, string field)
    {
        var outcome = await RunAsync(sp => sp.GetRequiredService<InviteUser>().RunAsync(new InviteUserInput(email, name, role, organization), default));

        Assert.Contains(field, Assert.IsType<InviteUserOutcome.Invalid>(outcome).Errors.Select(e => e.Field));
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task ChangeRole_ReplacesTheRole_ButNeverOnALearnersAccount()
    {
        var invited = Assert.IsType<InviteUserOutcome.Invited>(await RunAsync(sp => sp.GetRequiredService<InviteUser>()
            .RunAsync(new InviteUserInput("persona@example.com", "Persona", Roles.Analista, null), default)));

        var changed = await RunAsync(sp => sp.GetRequiredService<ManageUsers>().ChangeRoleAsync(invited.UserId, Roles.Operador, default));

        Assert.Equal(Roles.Operador, Assert.IsType<ChangeRoleOutcome.Changed>(changed).User.Role);
        var learner = Assert.IsType<RegisterAccountOutcome.Registered>(await RunAsync(sp => sp.GetRequiredService<RegisterAccount>().RunAsync(RegisterAccountTests.Jose(), default)));
        Assert.IsType<ChangeRoleOutcome.Invalid>(await RunAsync(sp => sp.GetRequiredService<ManageUsers>().ChangeRoleAsync(learner.UserId, Roles.Operador, default)));
        var (items, _) = await RunAsync(sp => sp.GetRequiredService<ManageUsers>().ListAsync(null, null, 1, 50, default));
        Assert.Equal([("persona@example.com", Roles.Operador)], items.Select(u => (u.Email, u.Role)));
    }
}
