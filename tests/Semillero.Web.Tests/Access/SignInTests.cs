using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Web.Accounts;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// The sign-in and "forgot my password" forms answer the same whether or not an address has an
// account (Access/PasswordSignIn.cs), so they cannot be used to find out who is registered.
public abstract partial class SignInTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : SignInTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SignInTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task SignIn_WrongPasswordUnknownEmailLockedOrUnconfirmed_GetTheSameAnswer()
    {
        var existing = await App.CreateAsync(Roles.Operador);
        var locked = await LockedAsync();
        var unconfirmed = await UnconfirmedAsync();

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["wrong password"] = await App.Browser().SignInAsync(existing.Email!, "no-es-la-contraseña"),
            ["unknown email"] = await App.Browser().SignInAsync($"nadie-{Guid.NewGuid():N}@example.com", "no-es-la-contraseña"),
            ["locked, right password"] = await App.Browser().SignInAsync(locked.Email!, People.Password),
            ["locked, wrong password"] = await App.Browser().SignInAsync(locked.Email!, "no-es-la-contraseña"),
            ["unconfirmed, right password"] = await App.Browser().SignInAsync(unconfirmed.Email!, People.Password),
            ["unconfirmed, wrong password"] = await App.Browser().SignInAsync(unconfirmed.Email!, "no-es-la-contraseña"),
        };

        var expected = await AlertAsync(answers["wrong password"]);
        Assert.Contains(CuentaTexts.Format(CuentaTexts.Es.SignInWrong, "15"), expected, StringComparison.Ordinal);
        foreach (var (what, answer) in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.False(HasSessionCookie(answer), what);
            Assert.Equal(expected, await AlertAsync(answer));
        }
    }

    [Fact]
    public async Task SignIn_EveryRefusal_ChecksOnePasswordHash()
    {
        var existing = await App.CreateAsync(Roles.Operador);
        var locked = await LockedAsync();
        var unconfirmed = await UnconfirmedAsync();
        var checks = new HashChecks();
        await using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<User>>(sp =>
            new CountingHasher(new PasswordHasher<User>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), checks))));
        var browser = counted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var counts = new Dictionary<string, int>();
        foreach (var (what, email) in new[]
        {
            ("wrong password", existing.Email!),
            ("unknown email", $"nadie-{Guid.NewGuid():N}@example.com"),
            ("locked", locked.Email!),
            ("unconfirmed", unconfirmed.Email!),
        })
        {
            var before = checks.Count;
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync(email, "no-es-la-contraseña")).StatusCode);
            counts[what] = checks.Count - before;
        }

        Assert.Equal(new Dictionary<string, int> { ["wrong password"] = 1, ["unknown email"] = 1, ["locked"] = 1, ["unconfirmed"] = 1 }, counts);
    }

    [Fact]
    public async Task SignIn_UnconfirmedWithTheRightPassword_EmailsAFreshConfirmationLink()
    {
        var unconfirmed = await UnconfirmedAsync();

        await App.Browser().SignInAsync(unconfirmed.Email!, "no-es-la-contraseña");
        await using (var db = Database.NewDb())
        {
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == unconfirmed.Email));
        }

        await App.Browser().SignInAsync(unconfirmed.Email!, People.Password);

        await using (var db = Database.NewDb())
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.To == unconfirmed.Email);
            Assert.Contains($"/cuenta/confirmar?usuario={unconfirmed.Id}&codigo=", message.BodyText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Forgot_KnownAndUnknownEmail_GetTheSameAnswer()
    {
        var existing = await App.CreateAsync(Roles.Aprendiz);

        var known = await ForgotAsync(existing.Email!);
        var unknown = await ForgotAsync($"nadie-{Guid.NewGuid():N}@example.com");

        Assert.Contains(CuentaTexts.Es.ForgotSent, known, StringComparison.Ordinal);
        Assert.Equal(PageBody(known), PageBody(unknown));
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    private async Task<string> ForgotAsync(string email)
    {
        var browser = App.Browser();
        var form = await browser.GetStringAsync("/cuenta/olvide");
        var response = await browser.PostAsync("/cuenta/olvide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["correo"] = email,
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<User> LockedAsync()
    {
        var user = await App.CreateAsync(Roles.Analista);
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
        await users.SetLockoutEndDateAsync(stored, TimeProvider.System.GetUtcNow().Add(AccountsModule.Lockout));
        return stored;
    }

    private async Task<User> UnconfirmedAsync()
    {
        var user = await App.CreateAsync(Roles.Aliado);
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
        stored.EmailConfirmed = false;
        await users.UpdateAsync(stored);
        return stored;
    }

    private static bool HasSessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("semillero.sesion", StringComparison.Ordinal));

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        AlertRegex().Match(await response.Content.ReadAsStringAsync()) is { Success: true } m ? m.Value : "(no alert)";

    // The page without its antiforgery token, which differs on every answer.
    private static string PageBody(string html) => AntiforgeryRegex().Replace(MainRegex().Match(html).Value, "");

    [GeneratedRegex("<div class=\"alert alert--error\" role=\"alert\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex AlertRegex();

    [GeneratedRegex("<main.*</main>", RegexOptions.Singleline)]
    private static partial Regex MainRegex();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryRegex();

    private sealed class HashChecks
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    // The real hasher, counting how often a password is checked against a hash.
    private sealed class CountingHasher(IPasswordHasher<User> inner, HashChecks checks) : IPasswordHasher<User>
    {
        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            checks.Add();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
