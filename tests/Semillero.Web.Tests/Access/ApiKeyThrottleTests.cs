using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Hosting;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Failed API-key authentications are throttled per client address and per key (20 a minute each by
// default), logged with key id and address, and a key that already works from an address keeps
// working there while that address or key is throttled.
public abstract class ApiKeyThrottleTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : ApiKeyThrottleTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ApiKeyThrottleTests(DatabaseProvider.Postgres);

    private const string Flooder = "192.0.2.7";
    private const int Limit = 20;

    private async Task<(WebApplicationFactory<Program> Host, string A, string B)> HostWithTwoKeysAsync()
    {
        var host = App.WithTestPeers();
        await using var scope = host.Services.CreateAsyncScope();
        var a = await Semillero.Tests.Infrastructure.TestOrganizations.CreateKeyAsync(scope.ServiceProvider, Roles.Aliado, "Moodle Universidad");
        var b = await Semillero.Tests.Infrastructure.TestOrganizations.CreateKeyAsync(scope.ServiceProvider, Roles.Aliado, "Open edX Tecnológico");
        return (host, a.Token, b.Token);
    }

    private static Task<HttpResponseMessage> GetLearnersAsync(HttpClient client, string token, string peer)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/learners").From(peer);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private static string Id(string token) => token.Split('.')[0];

    // As when the key's minute in the verified-token cache has run out: the next request is checked
    // against the database again.
    private static void ForgetVerifiedTokens(WebApplicationFactory<Program> host, string token) =>
        host.Services.GetRequiredService<ApiKeyCache>().Evict(Id(token));

    [Fact]
    public async Task WrongSecrets_BeyondTheLimit_Return429ProblemWithRetryAfter_AndAreLoggedWithKeyAndAddress()
    {
        var (host, a, _) = await HostWithTwoKeysAsync();
        var client = host.CreateClient();
        var wrong = $"{Id(a)}.secreto-equivocado-123";

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < Limit + 3; i++)
        {
            last = await GetLearnersAsync(client, wrong, Flooder);
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(Limit), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(statuses.Skip(Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var logs = string.Join("\n", App.Logs);
        Assert.Contains($"API key refused (WrongSecret): key {Id(a)} from {Flooder}", logs, StringComparison.Ordinal);
        Assert.Contains($"API key failures reached the limit: key {Id(a)} from {Flooder}", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("secreto-equivocado-123", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottledAddress_AKeyThatWorkedThereKeepsWorking_AKeyNewThereWaits_OtherAddressesUnaffected()
    {
        var (host, a, b) = await HostWithTwoKeysAsync();
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetLearnersAsync(client, a, Flooder)).StatusCode);

        // A misconfigured neighbour behind the same address floods it with keys that do not exist.
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetLearnersAsync(client, $"{Guid.NewGuid():N}.x", Flooder)).StatusCode);
        }

        ForgetVerifiedTokens(host, a);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetLearnersAsync(client, $"{Guid.NewGuid():N}.x", Flooder)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetLearnersAsync(client, a, Flooder)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetLearnersAsync(client, b, Flooder)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetLearnersAsync(client, b, "198.51.100.3")).StatusCode);
    }

    [Fact]
    public async Task ThrottledKey_GuessedFromManyAddresses_IsRefusedUncheckedExceptWhereItAlreadyWorks()
    {
        var (host, a, _) = await HostWithTwoKeysAsync();
        var client = host.CreateClient();
        const string Home = "203.0.113.50";
        Assert.Equal(HttpStatusCode.OK, (await GetLearnersAsync(client, a, Home)).StatusCode);

        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetLearnersAsync(client, $"{Id(a)}.intento-{i}", $"198.51.100.{i + 10}")).StatusCode);
        }

        ForgetVerifiedTokens(host, a);
        // Even the right secret is not checked from elsewhere until the minute ends...
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetLearnersAsync(client, a, "198.51.100.200")).StatusCode);
        // ...but the system that uses the key keeps working.
        Assert.Equal(HttpStatusCode.OK, (await GetLearnersAsync(client, a, Home)).StatusCode);
    }

    [Fact]
    public async Task Xapi_WrongBasicCredentials_BeyondTheLimit_Return429InXapiShape()
    {
        var (host, a, _) = await HostWithTwoKeysAsync();
        var client = host.CreateClient();
        HttpResponseMessage last = null!;
        for (var i = 0; i <= Limit; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/xapi/statements").From(Flooder);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Id(a)}:equivocado")));
            request.Headers.Add("X-Experience-API-Version", "1.0.3");
            last = await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("1.0.3", last.Headers.GetValues("X-Experience-API-Version").Single());
        Assert.True(last.Headers.Contains("Retry-After"));
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
    }
}

public sealed class ApiKeyThrottleRulesTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private ApiKeyThrottle Throttle(int perAddress = 3, int perKey = 3) =>
        new(_clock, Options.Create(new ApiKeyThrottleOptions { FailuresPerAddressPerMinute = perAddress, FailuresPerKeyPerMinute = perKey }));

    [Fact]
    public void Failures_BlockForTheRestOfTheirMinute_ThenTheAddressMayTryAgain()
    {
        var throttle = Throttle();
        Assert.False(throttle.Failed("192.0.2.1", null));
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(throttle.Failed("192.0.2.1", null));
        Assert.Null(throttle.RetryAfter("192.0.2.1", "k1"));
        Assert.True(throttle.Failed("192.0.2.1", null));

        Assert.Equal(TimeSpan.FromSeconds(40), throttle.RetryAfter("192.0.2.1", "k1"));
        Assert.Null(throttle.RetryAfter("192.0.2.2", "k1"));
        _clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Null(throttle.RetryAfter("192.0.2.1", "k1"));
    }

    [Fact]
    public void RandomKeyIdsAndAddresses_DoNotGrowTheTablesWithoutBound_AndNewFloodsAreStillCaughtLater()
    {
        var throttle = Throttle(perAddress: 1);
        for (var i = 0; i < ApiKeyThrottle.MaxEntries * 3; i++)
        {
            var address = $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
            throttle.Failed(address, $"llave{i}");
            throttle.Succeeded(address, $"otra{i}");
        }

        Assert.True(throttle.TrackedEntries <= 3 * ApiKeyThrottle.MaxEntries, $"{throttle.TrackedEntries} entries");

        // Once the flood's minute has passed, its entries make room for new ones.
        _clock.Advance(ApiKeyThrottle.Window);
        throttle.Failed("198.51.100.1", null);
        Assert.NotNull(throttle.RetryAfter("198.51.100.1", null));
    }

    [Fact]
    public void TrustedPair_IsExempt_OnlyFromItsAddress_AndForAnHour()
    {
        var throttle = Throttle();
        throttle.Succeeded("192.0.2.1", "k1");
        for (var i = 0; i < 3; i++)
        {
            throttle.Failed($"198.51.100.{i}", "k1");
        }

        Assert.Null(throttle.RetryAfter("192.0.2.1", "k1"));
        Assert.NotNull(throttle.RetryAfter("192.0.2.9", "k1"));
        _clock.Advance(TimeSpan.FromSeconds(59));
        throttle.Failed("198.51.100.1", "k1");
        _clock.Advance(ApiKeyThrottle.TrustedFor);
        for (var i = 0; i < 3; i++)
        {
            throttle.Failed($"198.51.100.{i}", "k1");
        }

        Assert.NotNull(throttle.RetryAfter("192.0.2.1", "k1"));
    }
}
