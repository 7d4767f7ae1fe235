using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Access;

public abstract class ApiKeysTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ApiKeysTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ApiKeysTests(DatabaseProvider.Postgres);

    private async Task<CreateApiKeyOutcome.Created> CreateAsync(string role = "aliado")
    {
        await using var db = Database.NewDb();
        return await TestOrganizations.CreateKeyAsync(db, TestClock.Create(), role, "Universidad de Prueba");
    }

    private async Task<ApiCaller?> VerifyAsync(string token)
    {
        await using var db = Database.NewDb();
        return await new ApiKeyVerifier(db, new ApiKeyCache(TimeProvider.System)).VerifyAsync(token, default);
    }

    [Theory]
    [InlineData("registro")]
    [InlineData(" Demo ")]
    [InlineData("CLI")]
    public async Task Create_WithANameTheRegistryReserves_IsRefused(string name)
    {
        await using var db = Database.NewDb();

        var outcome = await new CreateApiKey(db, new Semillero.Companies.CompanyLookup(db), new Semillero.Organizations.OrganizationLookup(db), TestClock.Create()).RunAsync("aliado", name, default);

        var invalid = Assert.IsType<CreateApiKeyOutcome.Invalid>(outcome);
        Assert.Equal(("name", "reserved"), (invalid.Field, invalid.Reason.Code));
        Assert.Equal(0, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task Create_StoresOnlyAHashOfTheSecret()
    {
        var created = await CreateAsync();

        await using var db = Database.NewDb();
        var stored = await db.ApiKeys.SingleAsync();
        var secret = created.Token.Split('.')[1];
        Assert.Equal(created.Id, stored.Id);
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.Equal(ApiKeySecret.Hash(secret), stored.SecretHash);
        Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(stored.SecretHash), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TheIssuedToken_ReturnsCallerWithRole()
    {
        var created = await CreateAsync("OPERADOR");

        var caller = await VerifyAsync(created.Token);

        Assert.Equal(new ApiCaller(created.Id, "Universidad de Prueba", "operador"), caller);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sin-punto")]
    [InlineData(".solo-secreto")]
    public async Task Verify_Malformed_ReturnsNull(string token) => Assert.Null(await VerifyAsync(token));

    [Fact]
    public async Task Verify_WrongSecretOrRevoked_ReturnsNull()
    {
        var created = await CreateAsync();
        Assert.Null(await VerifyAsync(created.Id + ".otro-secreto"));

        await using (var db = Database.NewDb())
        {
            await db.ApiKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, TestClock.Now.UtcDateTime));
        }

        Assert.Null(await VerifyAsync(created.Token));
    }

    [Fact]
    public async Task Verify_Cached_SkipsTheDatabaseForAMinute_ThenSeesARevocation()
    {
        var created = await CreateAsync();
        var clock = TestClock.Create();
        var cache = new ApiKeyCache(clock);
        async Task<ApiCaller?> VerifyCachedAsync(string token)
        {
            await using var db = Database.NewDb();
            return await new ApiKeyVerifier(db, cache).VerifyAsync(token, default);
        }

        Assert.NotNull(await VerifyCachedAsync(created.Token));
        await using (var db = Database.NewDb())
        {
            await db.ApiKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, TestClock.Now.UtcDateTime));
        }

        Assert.NotNull(await VerifyCachedAsync(created.Token));
        Assert.Null(await VerifyCachedAsync(created.Id + ".otro-secreto"));
        clock.Advance(ApiKeyCache.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(await VerifyCachedAsync(created.Token));
    }

    [Theory]
    [InlineData("analista")]
    [InlineData("root")]
    public async Task Create_RoleNotForKeys_IsInvalid(string role)
    {
        await using var db = Database.NewDb();

        var outcome = await new CreateApiKey(db, new Semillero.Companies.CompanyLookup(db), new Semillero.Organizations.OrganizationLookup(db), TestClock.Create()).RunAsync(role, "x", default);

        Assert.Equal("role", Assert.IsType<CreateApiKeyOutcome.Invalid>(outcome).Field);
        Assert.Equal(0, await db.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task Create_AliadoKey_NeedsAVerifiedOrganisation_AndIsBoundToIt()
    {
        await using var db = Database.NewDb();
        var create = new CreateApiKey(db, new Semillero.Companies.CompanyLookup(db), new Semillero.Organizations.OrganizationLookup(db), TestClock.Create());
        await using var services = ProductServices.Build(Database, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestClock.Now));
        var pending = Assert.IsType<Semillero.Organizations.RegisterOrganizationOutcome.Registered>(
            await new Semillero.Organizations.RegisterOrganization(db, services.GetRequiredService<IPartnerDirectory>(), TestClock.Create()).RunAsync(TestOrganizations.Input("Academia Pendiente"), "prueba", verified: false, default)).Organization;
        var verified = await TestOrganizations.EnsureVerifiedAsync(db, "Academia Verificada");

        var without = Assert.IsType<CreateApiKeyOutcome.Invalid>(await create.RunAsync(Roles.Aliado, "Moodle", null, null, default));
        var unknown = Assert.IsType<CreateApiKeyOutcome.Invalid>(await create.RunAsync(Roles.Aliado, "Moodle", null, "Academia Inexistente", default));
        var unverified = Assert.IsType<CreateApiKeyOutcome.Invalid>(await create.RunAsync(Roles.Aliado, "Moodle", null, pending.Id.ToString(), default));
        var byName = Assert.IsType<CreateApiKeyOutcome.Created>(await create.RunAsync(Roles.Aliado, "Moodle", null, "Academia Verificada", default));
        var onOperator = Assert.IsType<CreateApiKeyOutcome.Invalid>(await create.RunAsync(Roles.Operador, "Mesa", null, "Academia Verificada", default));

        Assert.Equal(("organization", "required"), (without.Field, without.Reason.Code));
        Assert.Equal(("organization", "unknown"), (unknown.Field, unknown.Reason.Code));
        Assert.Equal(("organization", "unverified"), (unverified.Field, unverified.Reason.Code));
        Assert.Equal(("organization", "role"), (onOperator.Field, onOperator.Reason.Code));
        Assert.Equal(verified, byName.OrganizationId);
        Assert.Equal(verified, (await db.ApiKeys.AsNoTracking().SingleAsync()).OrganizationId);
    }

    [Fact]
    public async Task Create_NameOf32HexDigits_IsRefusedAsItWouldReadAsAPartnerKey()
    {
        await using var db = Database.NewDb();
        var create = new CreateApiKey(db, new Semillero.Companies.CompanyLookup(db), new Semillero.Organizations.OrganizationLookup(db), TestClock.Create());

        var outcome = await create.RunAsync(Roles.Operador, PartnerKey.Of(Guid.NewGuid()), default);

        Assert.Equal(("name", "format"), (Assert.IsType<CreateApiKeyOutcome.Invalid>(outcome).Field, ((CreateApiKeyOutcome.Invalid)outcome).Reason.Code));
        Assert.Equal(0, await db.ApiKeys.CountAsync());
    }
}
