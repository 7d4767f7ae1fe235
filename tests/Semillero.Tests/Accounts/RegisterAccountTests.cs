using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Accounts;

public abstract class RegisterAccountTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : RegisterAccountTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RegisterAccountTests(DatabaseProvider.Postgres);

    internal static RegisterAccountInput Jose(string email = "jose@example.com") => new(
        "PEGJ900512HJCRRS04", "Juan", "Pérez", "García", email, "contraseña-segura-1", "14", "estudiante",
        AcceptsNotice: true, OptionalConsents: [Purposes.EncuestasSeguimiento], ConfirmNamesDespiteCurp: false);

    private async Task<RegisterAccountOutcome> RegisterAsync(RegisterAccountInput input)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegisterAccount>().RunAsync(input, default);
    }

    [Fact]
    public async Task Register_NewPerson_CreatesLearnerAccountConsentsAndConfirmationEmail()
    {
        var outcome = Assert.IsType<RegisterAccountOutcome.Registered>(await RegisterAsync(Jose()));

        await using var db = Database.NewDb();
        var user = await db.Users.SingleAsync();
        Assert.Equal((outcome.LearnerId, "jose@example.com", false), (user.LearnerId!.Value, user.Email, user.EmailConfirmed));
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).SingleAsync();
        Assert.Equal("aprendiz", role);
        var consents = await db.ConsentRecords.Where(c => c.LearnerId == outcome.LearnerId).ToDictionaryAsync(c => c.Purpose, c => c.Granted);
        Assert.Equal(new Dictionary<string, bool>
        {
            [Purposes.Operacion] = true,
            [Purposes.VisibleEmpleadores] = false,
            [Purposes.EncuestasSeguimiento] = true,
            [Purposes.CompartirSecretaria] = false,
            [Purposes.CompartirConvocatorias] = false,
        }, consents);
        Assert.All(await db.ConsentRecords.ToListAsync(), c => Assert.Equal((2, TestClock.Now.UtcDateTime), (c.NoticeVersion, c.At)));
        var email = await db.OutboxMessages.SingleAsync();
        Assert.Equal(("jose@example.com", "confirmacion"), (email.To, email.Kind));
        Assert.Contains($"/cuenta/confirmar?usuario={user.Id}&codigo=", email.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_SameCurpTwice_SecondCreatesNothingAndTellsTheOwner()
    {
        Assert.IsType<RegisterAccountOutcome.Registered>(await RegisterAsync(Jose()));

        var second = await RegisterAsync(Jose("otra@example.com"));

        Assert.IsType<RegisterAccountOutcome.AccountExists>(second);
        Assert.True(second.Accepted);
        await using var db = Database.NewDb();
        Assert.Equal((1, 1, 0), (await db.Learners.CountAsync(), await db.Users.CountAsync(), await db.RecordClaims.CountAsync()));
        var notice = await db.OutboxMessages.SingleAsync(m => m.Kind == "registro-repetido");
        Assert.Equal("jose@example.com", notice.To);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == "otra@example.com"));
    }

    [Fact]
    public async Task Register_EmailOfAnotherAccount_AnswersLikeAnyRegistrationAndTellsThatAccount()
    {
        Assert.IsType<RegisterAccountOutcome.Registered>(await RegisterAsync(Jose()));

        var other = await RegisterAsync(Jose() with { Curp = "HEGG560427MVZRRL04", Nombre = "Gloria", PrimerApellido = "Hernández", SegundoApellido = "García" });

        Assert.IsType<RegisterAccountOutcome.AccountExists>(other);
        await using var db = Database.NewDb();
        Assert.Equal((1, 1), (await db.Learners.CountAsync(), await db.Users.CountAsync()));
        Assert.Equal("jose@example.com", (await db.OutboxMessages.SingleAsync(m => m.Kind == "registro-repetido")).To);
    }

    [Fact]
    public async Task Register_NamesThatDoNotGiveTheCurpLetters_WarnsThenProceedsWhenConfirmed()
    {
        var mismatch = Jose() with { Nombre = "Luis", PrimerApellido = "Bello" };

        var warned = Assert.IsType<RegisterAccountOutcome.NamesDoNotMatchCurp>(await RegisterAsync(mismatch));
        Assert.Equal(("BEGL", "PEGJ"), (warned.FromNames, warned.InCurp));
        await using (var db = Database.NewDb())
        {
            Assert.Equal(0, await db.Users.CountAsync());
        }

        Assert.IsType<RegisterAccountOutcome.Registered>(await RegisterAsync(mismatch with { ConfirmNamesDespiteCurp = true }));
    }

    [Fact]
    public async Task Register_WithoutAcceptingNoticeOrWithShortPassword_ListsBoth()
    {
        var outcome = await RegisterAsync(Jose() with { AcceptsNotice = false, Password = "corta" });

        var fields = Assert.IsType<RegisterAccountOutcome.Invalid>(outcome).Errors.Select(e => e.Field).ToList();
        Assert.Contains("aviso", fields);
        Assert.Contains("password", fields);
    }

    [Fact]
    public async Task ConfirmEmail_WithTheEmailedToken_ConfirmsTheAccount()
    {
        var outcome = Assert.IsType<RegisterAccountOutcome.Registered>(await RegisterAsync(Jose()));
        string body;
        await using (var db = Database.NewDb())
        {
            body = (await db.OutboxMessages.SingleAsync()).BodyText;
        }

        var token = Uri.UnescapeDataString(body.Split("codigo=")[1].Split('\n')[0].Trim());
        await using var scope = Services.CreateAsyncScope();
        var reset = scope.ServiceProvider.GetRequiredService<PasswordReset>();

        Assert.False(await reset.ConfirmEmailAsync(outcome.UserId, "token-falso"));
        Assert.True(await reset.ConfirmEmailAsync(outcome.UserId, token));
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByIdAsync(outcome.UserId.ToString());
        Assert.True(user!.EmailConfirmed);
    }
}
