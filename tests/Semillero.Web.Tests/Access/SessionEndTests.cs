using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Web.Accounts;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// A session cookie stops working the moment its person signs out, resets the password or has the
// role changed — also a copy of it taken earlier (Access/WebAccess.cs checks the security stamp on
// every request).
public abstract class SessionEndTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : SessionEndTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SessionEndTests(DatabaseProvider.Postgres);

    [Theory]
    [InlineData(Roles.Aprendiz)]
    [InlineData(Roles.Empresa)]
    [InlineData(Roles.Aliado)]
    [InlineData(Roles.Operador)]
    [InlineData(Roles.Analista)]
    public async Task SignOut_TheOldCookieReplayed_IsNotSignedIn(string role)
    {
        var user = await App.CreateAsync(role);
        var browser = App.Browser();
        var copied = SessionCookie(await browser.SignInAsync(user.Email!, People.Password));
        var home = PrivatePageOf(role);
        Assert.Equal(HttpStatusCode.OK, (await Replay(copied, home)).StatusCode);

        await SignOutAsync(browser);

        AssertSentToSignIn(await Replay(copied, home));
        AssertSentToSignIn(await browser.GetAsync(home));
        // Signing in again still works, with a fresh cookie.
        var again = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(user.Email!, People.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(home)).StatusCode);
    }

    [Fact]
    public async Task SignOut_TheOldCookieOnTheApi_Gets401()
    {
        var user = await App.CreateAsync(Roles.Operador);
        var browser = App.Browser();
        var copied = SessionCookie(await browser.SignInAsync(user.Email!, People.Password));
        Assert.Equal(HttpStatusCode.OK, (await Replay(copied, "/api/learners")).StatusCode);

        await SignOutAsync(browser);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Replay(copied, "/api/learners")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionsOnOtherDevicesToo()
    {
        var user = await App.CreateAsync(Roles.Analista);
        var laptop = App.Browser();
        var phone = App.Browser();
        await laptop.SignInAsync(user.Email!, People.Password);
        await phone.SignInAsync(user.Email!, People.Password);
        var home = CuentaRoutes.HomeFor([Roles.Analista]);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(home)).StatusCode);

        await SignOutAsync(laptop);

        AssertSentToSignIn(await phone.GetAsync(home));
    }

    [Fact]
    public async Task PasswordReset_OldCookies_StopWorking()
    {
        var user = await App.CreateAsync(Roles.Aprendiz);
        var copied = SessionCookie(await App.Browser().SignInAsync(user.Email!, People.Password));
        var home = CuentaRoutes.HomeFor([Roles.Aprendiz]);
        Assert.Equal(HttpStatusCode.OK, (await Replay(copied, home)).StatusCode);

        string token;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        }

        var browser = App.Browser();
        var link = $"/cuenta/restablecer?usuario={user.Id}&codigo={Uri.EscapeDataString(token)}";
        var form = await browser.GetStringAsync(link);
        var reset = await browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["password"] = "otra-frase-nueva-y-larga",
            ["confirmacion"] = "otra-frase-nueva-y-larga",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));
        Assert.Contains(CuentaTexts.Es.ResetDone, await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        AssertSentToSignIn(await Replay(copied, home));
    }

    [Fact]
    public async Task RoleChange_TheOldSession_LosesTheOldRoleAtOnce()
    {
        var user = await App.CreateAsync(Roles.Operador);
        var copied = SessionCookie(await App.Browser().SignInAsync(user.Email!, People.Password));
        Assert.Equal(HttpStatusCode.OK, (await Replay(copied, "/operacion/usuarios")).StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.IsType<ChangeRoleOutcome.Changed>(await scope.ServiceProvider.GetRequiredService<ManageUsers>().ChangeRoleAsync(user.Id, Roles.Analista, default));
        }

        AssertSentToSignIn(await Replay(copied, "/operacion/usuarios"));
    }

    // A page only signed-in people of the role can open (a partner's home page is the public one).
    private static string PrivatePageOf(string role) => role == Roles.Aliado ? "/operacion/aprendizaje" : CuentaRoutes.HomeFor([role]);

    private static async Task SignOutAsync(HttpClient browser)
    {
        var form = await browser.GetStringAsync("/cuenta/salir");
        var response = await browser.PostAsync("/cuenta/salir", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    // The session cookie exactly as the sign-in answer set it (all its chunks, if split).
    private static string SessionCookie(HttpResponseMessage signIn)
    {
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var pairs = signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("semillero.sesion", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0])
            .ToList();
        Assert.NotEmpty(pairs);
        return string.Join("; ", pairs);
    }

    // A client that keeps no cookies of its own, sending the copied one as an attacker would.
    private async Task<HttpResponseMessage> Replay(string cookie, string path)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/cuenta/entrar", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
