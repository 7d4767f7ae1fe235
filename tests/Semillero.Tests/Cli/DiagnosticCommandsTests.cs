using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Cli;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

// `semillero diagnostico publicar ARCHIVO --motivo "…"` and `semillero diagnostico versiones`, as an
// operator types them.
public abstract class DiagnosticCommandsTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : DiagnosticCommandsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DiagnosticCommandsTests(DatabaseProvider.Postgres);

    private readonly string _folder = Directory.CreateTempSubdirectory("semillero-diagnostico-").FullName;

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

    // Version 2 as Semillero.Tests' DiagnosticTests publishes it: the shipped bank with one strategy
    // question fewer. REVIEW: BankVersions caches parsed versions per process by number alone, so in
    // one test process every database's version 2 must be the same bank or a test reads another's.
    private static string VersionTwo()
    {
        var json = JsonNode.Parse(QuestionBanks.ShippedJson)!;
        json["version"] = 2;
        json["dimensions"]![0]!["questions"]!.AsArray().RemoveAt(3);
        return json.ToJsonString();
    }

    private static string[] Lines(string output) => output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public override async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Publicar_AValidBank_PrintsOneLineWithTheVersion_AndVersionesListsIt()
    {
        var before = await RunAsync("diagnostico", "versiones");

        var (exit, output, error) = await RunAsync("diagnostico", "publicar", WriteFile("v2.json", VersionTwo()), "--motivo", "Anclas más claras en datos");
        var after = await RunAsync("diagnostico", "versiones");

        Assert.Equal(0, before.Exit);
        Assert.DoesNotContain(Lines(before.Out), l => l.StartsWith("2\t", StringComparison.Ordinal));
        Assert.Equal((0, ""), (exit, error));
        var line = Assert.Single(Lines(output));
        Assert.Contains("Versión 2", line, StringComparison.Ordinal);
        Assert.Equal(0, after.Exit);
        Assert.StartsWith("1\tincluida/shipped\t", Assert.Single(Lines(after.Out), l => l.StartsWith("1\t", StringComparison.Ordinal)), StringComparison.Ordinal);
        var listed = Assert.Single(Lines(after.Out), l => l.StartsWith("2\t", StringComparison.Ordinal));
        Assert.Contains("\tcli\t", listed, StringComparison.Ordinal);
        Assert.EndsWith("\tAnclas más claras en datos", listed, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var stored = await db.QuestionBankVersions.AsNoTracking().SingleAsync();
        Assert.Equal((2, "cli", "Anclas más claras en datos"), (stored.Version, stored.PublishedBy, stored.Reason));
    }

    [Fact]
    public async Task Publicar_AnInvalidBank_SaysWhyOnStandardError_ExitsWithBadInput_AndPublishesNothing()
    {
        var (badJson, _, jsonError) = await RunAsync("diagnostico", "publicar", WriteFile("roto.json", "{ \"version\": 2, "), "--motivo", "Prueba");
        var (sameNumber, _, numberError) = await RunAsync("diagnostico", "publicar", WriteFile("v1.json", QuestionBanks.ShippedJson), "--motivo", "Prueba");
        var (noFile, noFileOut, noFileError) = await RunAsync("diagnostico", "publicar", Path.Combine(_folder, "no-existe.json"), "--motivo", "Prueba");

        Assert.Equal(SemilleroCli.BadInput, badJson);
        Assert.Contains("El JSON no es válido", jsonError, StringComparison.Ordinal);
        Assert.Equal(SemilleroCli.BadInput, sameNumber);
        Assert.Contains("La nueva versión debe numerarse 2", numberError, StringComparison.Ordinal);
        Assert.Equal(SemilleroCli.BadInput, noFile);
        Assert.Contains("no-existe.json", noFileError, StringComparison.Ordinal);
        Assert.Equal("", noFileOut);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.QuestionBankVersions.CountAsync());
    }
}
