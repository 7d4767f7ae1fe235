using Semillero.Access;
using Semillero.Cli;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

// `semillero keys list` and `semillero keys revoke ID`, as an operator types them.
public abstract class KeyCommandsTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : KeyCommandsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KeyCommandsTests(DatabaseProvider.Postgres);

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SemilleroCli.RunAsync(args, output, error, Database.Configuration);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> CreateAsync(string name)
    {
        await using (var db = Database.NewDb())
        {
            await TestOrganizations.EnsureVerifiedAsync(db, name);
        }

        return (await RunAsync("keys", "create", "--role", "aliado", "--name", name, "--organization", name)).Out.TrimEnd().Split('\n')[^1].TrimEnd('\r');
    }

    [Fact]
    public async Task KeysList_ShowsEachKeyWithStatus_NeverTheSecret()
    {
        var token = await CreateAsync("Universidad Veracruzana");
        var (id, secret) = (token.Split('.')[0], token.Split('.')[1]);

        var (exit, output, _) = await RunAsync("keys", "list");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith(id, StringComparison.Ordinal));
        Assert.Contains("\taliado\t", line, StringComparison.Ordinal);
        Assert.Contains("activa/active", line, StringComparison.Ordinal);
        Assert.EndsWith("Universidad Veracruzana", line.TrimEnd('\r'), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRevoke_TheKeyStopsVerifying_AndListSaysRevoked()
    {
        var token = await CreateAsync("Moodle Universidad");
        var id = token.Split('.')[0];

        var (exit, output, _) = await RunAsync("keys", "revoke", id);

        Assert.Equal(0, exit);
        Assert.Contains("revocada", output, StringComparison.Ordinal);
        Assert.Contains("revocada/revoked", (await RunAsync("keys", "list")).Out, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Null(await new ApiKeyVerifier(db, new ApiKeyCache(TimeProvider.System)).VerifyAsync(token, default));
    }

    [Fact]
    public async Task KeysRevoke_UnknownId_FailsWithMessage()
    {
        var (exit, _, error) = await RunAsync("keys", "revoke", "no-existe");

        Assert.Equal(SemilleroCli.Failed, exit);
        Assert.Contains("no-existe", error, StringComparison.Ordinal);
    }
}
