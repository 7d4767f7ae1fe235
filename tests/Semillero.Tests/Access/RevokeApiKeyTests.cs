using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Access;

public abstract class RevokeApiKeyTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : RevokeApiKeyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RevokeApiKeyTests(DatabaseProvider.Postgres);

    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private async Task<CreateApiKeyOutcome.Created> CreateAsync(string name = "Universidad de Prueba", string role = Roles.Aliado)
    {
        await using var db = Database.NewDb();
        return await TestOrganizations.CreateKeyAsync(db, _clock, role, name);
    }

    private async Task<ApiCaller?> VerifyAsync(ApiKeyCache cache, string token)
    {
        await using var db = Database.NewDb();
        return await new ApiKeyVerifier(db, cache).VerifyAsync(token, default);
    }

    private async Task<RevokeApiKeyOutcome> RevokeAsync(ApiKeyCache cache, string id)
    {
        await using var db = Database.NewDb();
        return await new RevokeApiKey(db, cache, _clock).RunAsync(id, default);
    }

    [Fact]
    public async Task Revoke_ACachedKey_StopsWorkingAtOnce()
    {
        var created = await CreateAsync();
        var cache = new ApiKeyCache(_clock);
        Assert.NotNull(await VerifyAsync(cache, created.Token));

        var outcome = await RevokeAsync(cache, created.Id);

        var revoked = Assert.IsType<RevokeApiKeyOutcome.Revoked>(outcome).Key;
        Assert.Equal((created.Id, "Universidad de Prueba", TestClock.Now.UtcDateTime), (revoked.Id, revoked.Name, revoked.RevokedAt));
        Assert.Null(await VerifyAsync(cache, created.Token));
        _clock.Advance(ApiKeyCache.Lifetime * 3);
        Assert.Null(await VerifyAsync(cache, created.Token));
    }

    [Fact]
    public async Task Revoke_OneKey_LeavesTheOthersCachedAndWorking()
    {
        var kept = await CreateAsync("Moodle Universidad");
        var gone = await CreateAsync("Open edX Proveedor");
        var cache = new ApiKeyCache(_clock);
        Assert.NotNull(await VerifyAsync(cache, kept.Token));
        Assert.NotNull(await VerifyAsync(cache, gone.Token));

        await RevokeAsync(cache, gone.Id);

        Assert.True(cache.TryGet(kept.Token, out _));
        Assert.False(cache.TryGet(gone.Token, out _));
    }

    [Fact]
    public async Task Revoke_Twice_KeepsTheFirstTimeAndSaysSo()
    {
        var created = await CreateAsync();
        var cache = new ApiKeyCache(_clock);
        await RevokeAsync(cache, created.Id);
        _clock.Advance(TimeSpan.FromHours(1));

        var again = await RevokeAsync(cache, created.Id);

        Assert.Equal(TestClock.Now.UtcDateTime, Assert.IsType<RevokeApiKeyOutcome.AlreadyRevoked>(again).Key.RevokedAt);
    }

    [Fact]
    public async Task Revoke_UnknownId_IsNotFoundAndChangesNothing()
    {
        var created = await CreateAsync();

        var outcome = await RevokeAsync(new ApiKeyCache(_clock), "0000000000000000");

        Assert.IsType<RevokeApiKeyOutcome.NotFound>(outcome);
        await using var db = Database.NewDb();
        Assert.Null((await db.ApiKeys.SingleAsync(k => k.Id == created.Id)).RevokedAt);
    }

    [Fact]
    public async Task Cache_RememberRacingARevocation_IsRefused()
    {
        var created = await CreateAsync();
        var cache = new ApiKeyCache(_clock);

        // A verification that read the key before the revocation committed, finishing after it.
        cache.Evict(created.Id);
        cache.Remember(created.Token, new ApiCaller(created.Id, created.Name, created.Role));

        Assert.False(cache.TryGet(created.Token, out _));
    }

    [Fact]
    public async Task List_ActiveFirstThenNewest_NeverASecret()
    {
        var old = await CreateAsync("Primera");
        _clock.Advance(TimeSpan.FromDays(1));
        var revoked = await CreateAsync("Segunda");
        _clock.Advance(TimeSpan.FromDays(1));
        var newest = await CreateAsync("Tercera", Roles.Operador);
        await RevokeAsync(new ApiKeyCache(_clock), revoked.Id);

        await using var db = Database.NewDb();
        var keys = await new ListApiKeys(db).RunAsync(default);

        Assert.Equal([newest.Id, old.Id, revoked.Id], keys.Select(k => k.Id));
        Assert.Equal([true, true, false], keys.Select(k => k.Active));
        Assert.Equal(Roles.Operador, keys[0].Role);
    }
}
