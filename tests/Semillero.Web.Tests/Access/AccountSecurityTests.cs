using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

public abstract class AccountSecurityTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : AccountSecurityTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : AccountSecurityTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne()
    {
        var user = await App.CreateAsync(Roles.Operador);
        var client = App.Browser();

        for (var i = 0; i < AccountsModule.MaxFailedSignIns; i++)
        {
            var failed = await client.SignInAsync(user.Email!, "contraseña-equivocada");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await client.SignInAsync(user.Email!, People.Password);

        // Refused with the one answer every failed sign-in gets, which names the lockout's length.
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.DoesNotContain(locked.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("semillero.sesion", StringComparison.Ordinal)));
        Assert.Contains(Semillero.Web.Accounts.CuentaTexts.Format(Semillero.Web.Accounts.CuentaTexts.Es.SignInWrong, "15"), await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByIdAsync(user.Id.ToString());
        Assert.True(stored!.LockoutEnd > TimeProvider.System.GetUtcNow().AddMinutes(10));
    }

    [Fact]
    public async Task SignIn_UnconfirmedEmail_IsRefused()
    {
        var user = await App.CreateAsync(Roles.Analista);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.EmailConfirmed = false;
            await users.UpdateAsync(stored);
        }

        var response = await App.Browser().SignInAsync(user.Email!, People.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("semillero.sesion", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SessionCookie_IsSecureHttpOnlyAndSameSite()
    {
        var user = await App.CreateAsync(Roles.Operador);

        var response = await App.Browser().SignInAsync(user.Email!, People.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("semillero.sesion=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await App.Browser().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiRead_OfAPerson_IsAuditedWithWhoRoleAndWhy_AndTheLearnerSeesIt()
    {
        var learner = await App.CreateAsync(Roles.Aprendiz);
        var operador = await App.ClientWithKeyAsync(Roles.Operador, "Mesa de operación");
        operador.DefaultRequestHeaders.Add("X-Finalidad", "verificar <script>alert('x')</script> elegibilidad");

        Assert.Equal(HttpStatusCode.OK, (await operador.GetAsync($"/api/learners/{learner.LearnerId}")).StatusCode);
        await operador.GetAsync("/api/learners?pageSize=200");

        await using (var db = Database.NewDb())
        {
            var entries = await db.AuditEntries.Where(a => a.LearnerId == learner.LearnerId).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["consulta", "busqueda"], entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal(("Mesa de operación", "operador"), (e.ActorName, e.ActorRole)));
            Assert.StartsWith("verificar <script>", entries[0].Why, StringComparison.Ordinal);
        }

        // The learner's "who looked at my data" page shows it, with the caller's text inert.
        var browser = App.Browser();
        await browser.SignInAsync(learner.Email!, People.Password);
        var html = await browser.GetStringAsync("/mis-datos/accesos");
        Assert.Contains("Mesa de operación", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorReadingALearnersEmail_IsAudited_AndLearnerAccountsAreNotListedToOperators()
    {
        var learner = await App.CreateAsync(Roles.Aprendiz);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Semillero.Email.EmailOutbox>().Enqueue(learner.Email!, "Confirme su correo", "Hola", "confirmacion");
            await scope.ServiceProvider.GetRequiredService<SemilleroDb>().SaveChangesAsync();
        }

        var operador = await App.SignedInAsync(Roles.Operador);
        var outbox = await operador.GetStringAsync("/operacion/correos");
        var users = await operador.GetStringAsync($"/operacion/usuarios?q={Uri.EscapeDataString(learner.Email!)}");

        Assert.Contains(learner.Email!, outbox, StringComparison.Ordinal);
        Assert.DoesNotContain($">{learner.Email}<", users, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var entry = await db.AuditEntries.SingleAsync(a => a.LearnerId == learner.LearnerId);
        Assert.Equal(("operador", "consulta"), (entry.ActorRole, entry.Action));
    }

    [Fact]
    public async Task InvitedNameWithMarkup_IsRenderedInertOnTheOperatorsPage()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var invited = await scope.ServiceProvider.GetRequiredService<InviteUser>()
                .RunAsync(new InviteUserInput("xss@example.com", "<img src=x onerror=alert(1)>", Roles.Analista, null), default);
            Assert.IsType<InviteUserOutcome.Invited>(invited);
        }

        var html = await operador.GetStringAsync("/operacion/usuarios");

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiNames_WithMarkup_AreRejected()
    {
        var client = await App.ClientWithKeyAsync(Roles.Operador);

        var response = await client.PostAsJsonAsync("/api/learners", new
        {
            curp = "PEGJ900512HJCRRS04",
            nombre = "<script>alert(1)</script>",
            primerApellido = "Pérez\"><img src=x onerror=alert(1)>",
            entidad = "14",
            segmento = "estudiante",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"nombre\"", body, StringComparison.Ordinal);
        Assert.Contains("\"primerApellido\"", body, StringComparison.Ordinal);
    }
}

#pragma warning disable CA1001 // Disposed in IAsyncLifetime.DisposeAsync.
public sealed class RateLimitTests : IAsyncLifetime
{
    private Semillero.Tests.Infrastructure.TestDatabase _database = null!;
    private SemilleroWebFactory _app = null!;

    public async Task InitializeAsync()
    {
        _database = await Semillero.Tests.Infrastructure.TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new SemilleroWebFactory(_database, new Dictionary<string, string?> { ["RateLimits:SensitivePerMinute"] = "3" });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_MoreThanTheLimitPerMinute_Returns429()
    {
        var client = _app.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/cuenta/entrar")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Other pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
#pragma warning restore CA1001
