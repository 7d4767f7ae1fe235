using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Cli;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

// `semillero creditos programa [publicar ARCHIVO --motivo …]` and `semillero creditos bolsas [crear …]`,
// as an operator types them.
public abstract class CreditProgramCommandsTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : CreditProgramCommandsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditProgramCommandsTests(DatabaseProvider.Postgres);

    private readonly string _folder = Directory.CreateTempSubdirectory("semillero-creditos-").FullName;

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SemilleroCli.RunAsync(args, output, error, Database.Configuration);
        return (exit, output.ToString(), error.ToString());
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string ProgramJson(int version, Action<JsonNode>? edit = null)
    {
        var json = JsonNode.Parse(CreditPrograms.ShippedJson)!;
        json["version"] = version;
        edit?.Invoke(json);
        return json.ToJsonString();
    }

    private static string[] Lines(string output) => output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public override async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Programa_PrintsTheRulesInForce_AndPublicarPublishesTheNextVersion()
    {
        var before = await RunAsync("creditos", "programa");

        var published = await RunAsync("creditos", "programa", "publicar", WriteFile("v2.json", ProgramJson(2, j => j["lifetimeCapCents"] = 15_000_000)), "--motivo", "Tope de USD 150,000");
        var after = await RunAsync("creditos", "programa");

        Assert.Equal((0, ""), (before.Exit, before.Err));
        Assert.StartsWith("Versión/Version: 1 (incluida/shipped)", Lines(before.Out)[0], StringComparison.Ordinal);
        Assert.Contains("Tope por empresa/Cap per company: USD 100,000", before.Out, StringComparison.Ordinal);
        Assert.Contains("Etapas elegibles/Eligible stages: Idea/Idea, Pre-semilla/Pre-seed", before.Out, StringComparison.Ordinal);
        Assert.Contains("  aliado\tUSD 100,000\trevisión/review: sí/yes\taval/vouching: sí/yes", before.Out, StringComparison.Ordinal);
        Assert.Contains("  equipo\t25\tEquipo y formación / Team and training", before.Out, StringComparison.Ordinal);
        Assert.Equal((0, ""), (published.Exit, published.Err));
        Assert.Contains("Versión 2", Assert.Single(Lines(published.Out)), StringComparison.Ordinal);
        Assert.StartsWith("Versión/Version: 2 (", Lines(after.Out)[0], StringComparison.Ordinal);
        Assert.EndsWith("— Tope de USD 150,000", Lines(after.Out)[0], StringComparison.Ordinal);
        Assert.Contains("USD 150,000", after.Out, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var row = await db.CreditProgramVersions.AsNoTracking().SingleAsync();
        Assert.Equal((2, "cli"), (row.Version, row.PublishedBy));
    }

    [Fact]
    public async Task Publicar_AnInvalidProgramOrAMissingFile_SaysWhyOnStandardError_AndExitsWithBadInput()
    {
        var invalid = await RunAsync("creditos", "programa", "publicar",
            WriteFile("mal.json", ProgramJson(2, j => j["review"]!["rubric"]![0]!["weight"] = 5)), "--motivo", "Prueba");
        var missing = await RunAsync("creditos", "programa", "publicar", Path.Combine(_folder, "no-existe.json"), "--motivo", "Prueba");

        Assert.Equal((2, ""), (invalid.Exit, invalid.Out));
        Assert.Contains("suman 100", Assert.Single(Lines(invalid.Err)), StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no-existe.json", missing.Err, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False(await db.CreditProgramVersions.AnyAsync());
    }

    [Fact]
    public async Task BolsasCrear_OpensAPool_BolsasListsIt_AndAnOverlapIsRefusedWithExitTwo()
    {
        var created = await RunAsync("creditos", "bolsas", "crear", "--nombre", "2026-H1", "--desde", "2026-01-01", "--hasta", "2026-06-30", "--monto", "500000", "--motivo", "Primer semestre");
        var overlap = await RunAsync("creditos", "bolsas", "crear", "--nombre", "2026-Q2", "--desde", "2026-04-01", "--hasta", "2026-06-30", "--monto", "1000", "--motivo", "Traslape");
        var list = await RunAsync("creditos", "bolsas");

        Assert.Equal((0, ""), (created.Exit, created.Err));
        Assert.Contains("2026-H1", created.Out, StringComparison.Ordinal);
        Assert.Equal(2, overlap.Exit);
        Assert.Contains("startsOn: El periodo se traslapa con la bolsa «2026-H1»", overlap.Err, StringComparison.Ordinal);
        Assert.Equal(0, list.Exit);
        var lines = Lines(list.Out);
        Assert.Equal(2, lines.Length);
        Assert.Equal("2026-H1\t2026-01-01\t2026-06-30\tUSD 500,000\tUSD 0\tUSD 500,000\t0", lines[1]);
        await using var db = Database.NewDb();
        var pool = await db.CreditPools.AsNoTracking().SingleAsync();
        Assert.Equal((50_000_000L, "cli", "Primer semestre"), (pool.AmountCents, pool.CreatedBy, pool.Reason));
    }
}
