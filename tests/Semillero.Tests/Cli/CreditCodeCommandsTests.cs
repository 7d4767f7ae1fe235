using System.Text;
using Microsoft.EntityFrameworkCore;
using Semillero.Cli;
using Semillero.Data;
using Semillero.Tests.Credits;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

// `semillero creditos codigos importar ARCHIVO --lote NOMBRE`, `semillero creditos codigos entregar`
// and `semillero creditos recordatorios`, as an operator types them.
public abstract class CreditCodeCommandsTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : CreditCodeCommandsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditCodeCommandsTests(DatabaseProvider.Postgres);

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

    public override async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Importar_AValidFile_ImportsTheBatch_AndDeliversWaitingAwards()
    {
        Guid award;
        await using (var db = Database.NewDb())
        {
            var company = await CreditCodesData.StartupAsync(db);
            var pool = await CreditCodesData.PoolAsync(db);
            award = (await CreditCodesData.AwardAsync(db, company.Id, pool.Id, 3_000_00)).Id;
        }

        var (exit, output, error) = await RunAsync("creditos", "codigos", "importar", WriteFile("lote.csv", CreditCodesData.CodesCsv("CLI", 2_000, 1_000, 500)), "--lote", "Envío CLI");

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("3 códigos por USD 3,500", output, StringComparison.Ordinal);
        Assert.Contains("créditos entregados: 1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CLI-0001", output, StringComparison.Ordinal);
        await using var check = Database.NewDb();
        var batch = await check.CreditCodeBatches.AsNoTracking().SingleAsync();
        Assert.Equal(("Envío CLI", "cli"), (batch.Name, batch.ImportedBy));
        Assert.NotNull((await check.CreditAwards.AsNoTracking().SingleAsync(a => a.Id == award)).DeliveredAt);
    }

    [Fact]
    public async Task Importar_BadRows_PrintsTheRowReport_ExitsWithBadInput_AndImportsNothing()
    {
        var (exit, output, error) = await RunAsync("creditos", "codigos", "importar", WriteFile("malo.csv", "codigo,valor_usd\nA-1,100\nA-2,abc\n,5\n"), "--lote", "Envío malo");

        Assert.Equal((SemilleroCli.BadInput, ""), (exit, output));
        var lines = error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("3\tvalor_usd\t", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("4\tcodigo\t", lines[3], StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.CreditCodes.CountAsync());
    }

    [Fact]
    public async Task Importar_AMissingFile_ExitsWithBadInput()
    {
        var (exit, _, error) = await RunAsync("creditos", "codigos", "importar", Path.Combine(_folder, "no-existe.csv"), "--lote", "X");

        Assert.Equal(SemilleroCli.BadInput, exit);
        Assert.Contains("no-existe.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntregarAndRecordatorios_RunAPass_AndSayWhatTheyDid()
    {
        var entregar = await RunAsync("creditos", "codigos", "entregar");
        var recordatorios = await RunAsync("creditos", "recordatorios");

        Assert.Equal(0, entregar.Exit);
        Assert.Contains("Créditos entregados: 0", entregar.Out, StringComparison.Ordinal);
        Assert.Equal(0, recordatorios.Exit);
        Assert.Contains("Recordatorios enviados: 0 a 60 días, 0 a 30 días.", recordatorios.Out, StringComparison.Ordinal);
    }
}
