using Microsoft.EntityFrameworkCore;
using Semillero.Cli;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

// `semillero badges rotate-key [--algorithm ES256]` and `semillero badges keys`, as an operator types them.
public abstract class BadgeCommandsTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : BadgeCommandsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : BadgeCommandsTests(DatabaseProvider.Postgres);

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SemilleroCli.RunAsync(args, output, error, Database.Configuration);
        return (exit, output.ToString(), error.ToString());
    }

    private static string LastLine(string output) => output.TrimEnd().Split('\n')[^1].TrimEnd('\r');

    [Fact]
    public async Task RotateKey_PrintsTheNewKid_RetiresTheOld_AndKeysListsBoth()
    {
        var (exit1, out1, _) = await RunAsync("badges", "rotate-key");
        var (exit2, out2, _) = await RunAsync("badges", "rotate-key", "--algorithm", "ES256");

        Assert.Equal((0, 0), (exit1, exit2));
        var (first, second) = (LastLine(out1), LastLine(out2));
        Assert.NotEqual(first, second);
        await using (var db = Database.NewDb())
        {
            var keys = await db.SigningKeys.AsNoTracking().ToListAsync();
            Assert.Equal(2, keys.Count);
            Assert.Equal(("RS256", true), (keys.Single(k => k.Kid == first).Algorithm, keys.Single(k => k.Kid == first).RetiredAt is not null));
            Assert.Equal(("ES256", false), (keys.Single(k => k.Kid == second).Algorithm, keys.Single(k => k.Kid == second).RetiredAt is not null));
        }

        var list = (await RunAsync("badges", "keys")).Out;
        Assert.Contains($"{first}\tRS256\t", list, StringComparison.Ordinal);
        Assert.Contains("retirada/retired", list, StringComparison.Ordinal);
        Assert.Contains($"{second}\tES256\t", list, StringComparison.Ordinal);
        Assert.Contains("activa/active", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateKey_UnknownAlgorithm_FailsAndChangesNothing()
    {
        var (exit, _, error) = await RunAsync("badges", "rotate-key", "--algorithm", "HS256");

        Assert.Equal(SemilleroCli.BadInput, exit);
        Assert.Contains("RS256 o ES256", error, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Empty(await db.SigningKeys.ToListAsync());
    }
}
