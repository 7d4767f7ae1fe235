using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// Behind a TLS-terminating proxy: X-Forwarded-Proto and X-Forwarded-For count only when the proxy
// sending them is listed (ForwardedHeaders:KnownProxies), and then the app behaves as if reached
// directly over HTTPS from the client's address.
#pragma warning disable CA1001 // Disposed in IAsyncLifetime.DisposeAsync.
public sealed class TrustedProxiesTests : IAsyncLifetime
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "10.0.0.9";

    private TestDatabase _database = null!;
    private SemilleroWebFactory _app = null!;
    private WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new SemilleroWebFactory(_database, new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies"] = Proxy,
            ["RateLimits:SensitivePerMinute"] = "3",
        });
        _host = _app.WithTestPeers();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private HttpClient Client() => _host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    private static HttpRequestMessage SignInPage(string peer, string? forwardedFor = null, string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/cuenta/entrar").From(peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return request;
    }

    private static string? AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))
            : null;

    [Fact]
    public async Task KnownProxy_ForwardedHttps_GetsHstsAndSecureAntiforgeryCookie()
    {
        var client = Client();

        var proxied = await client.SendAsync(SignInPage(Proxy, "203.0.113.10", "https"));
        var spoofed = await client.SendAsync(SignInPage(Stranger, "203.0.113.11", "https"));

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", proxied.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("secure", AntiforgeryCookie(proxied), StringComparison.OrdinalIgnoreCase);
        // The same headers from a sender that is not a listed proxy change nothing: plain HTTP.
        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", AntiforgeryCookie(spoofed), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RateLimit_CountsTheForwardedClient_FromKnownProxiesOnly()
    {
        var client = Client();
        async Task<HttpStatusCode[]> FourAsync(string peer, Func<int, string> forwardedFor)
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                statuses.Add((await client.SendAsync(SignInPage(peer, forwardedFor(i)))).StatusCode);
            }

            return [.. statuses];
        }

        HttpStatusCode[] limited = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests];

        // Two clients behind the same proxy are counted apart.
        Assert.Equal(limited, await FourAsync(Proxy, _ => "203.0.113.20"));
        Assert.Equal(limited, await FourAsync(Proxy, _ => "203.0.113.21"));
        // A sender that is not a listed proxy cannot dodge the limit by inventing addresses.
        Assert.Equal(limited, await FourAsync(Stranger, i => $"198.51.100.{i + 1}"));
    }

    [Fact]
    public async Task BuiltInSwitch_AspNetCoreForwardedHeadersEnabled_HonoursForwardedHttps()
    {
        await using var app = new SemilleroWebFactory(_database, new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = "true" });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cuenta/entrar");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("secure", AntiforgeryCookie(response), StringComparison.OrdinalIgnoreCase);
    }
}
#pragma warning restore CA1001

// The sign-in, registration, password-reset and linking pages share one count per client address
// and page, whatever letter case the address is typed in (routing ignores case, so the limit must).
#pragma warning disable CA1001 // Disposed in IAsyncLifetime.DisposeAsync.
public sealed class SensitiveRateLimitTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SemilleroWebFactory _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new SemilleroWebFactory(_database);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static string Variant(string path, int i) => (i % 4) switch
    {
        0 => path,
        1 => path.ToUpperInvariant(),
        2 => string.Concat(path.Select((c, n) => n % 2 == 0 ? char.ToUpperInvariant(c) : c)),
        _ => string.Concat(path.Select((c, n) => n % 3 == 0 ? char.ToUpperInvariant(c) : c)),
    };

    [Fact]
    public async Task SignIn_WrongPasswordsInMixedCase_AreCountedTogether_And429AfterTheLimit()
    {
        var client = _app.Browser();
        var form = await client.GetStringAsync("/cuenta/entrar");
        var fields = new Dictionary<string, string>
        {
            [People.InputName(form, "email")] = "nadie@example.com",
            [People.InputName(form, "password")] = "no-es-la-contraseña",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 24; i++)
        {
            statuses.Add((await client.PostAsync(Variant("/cuenta/entrar", i), new FormUrlEncodedContent(fields))).StatusCode);
        }

        // The page itself was the first of the 20 requests a minute allows.
        Assert.All(statuses.Take(19), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(19), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Theory]
    [InlineData("/cuenta/registro")]
    [InlineData("/empresas/registro")]
    [InlineData("/cuenta/olvide")]
    [InlineData("/cuenta/restablecer")]
    [InlineData("/mi-aprendizaje/vincular")]
    public async Task SensitivePages_InMixedCase_AreCountedTogether(string path)
    {
        var client = _app.Browser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 24; i++)
        {
            statuses.Add((await client.GetAsync(Variant(path, i))).StatusCode);
        }

        Assert.All(statuses.Take(20), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.All(statuses.Skip(20), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
#pragma warning restore CA1001
