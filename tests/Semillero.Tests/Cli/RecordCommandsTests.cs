using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cli;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Tests.Completions;
using Semillero.Tests.Infrastructure;
using Semillero.Tests.LearningRecords.Linking;

namespace Semillero.Tests.Cli;

// `semillero records import` end to end, as an operator runs it on a provider's file.
public abstract class RecordCommandsTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : RecordCommandsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RecordCommandsTests(DatabaseProvider.Postgres);

    private readonly string _folder = Directory.CreateTempSubdirectory("semillero-cli-").FullName;
    private CatalogFixture _catalog = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.NewDb();
        _catalog = await CatalogFixture.CreateAsync(db, TestClock.Now.UtcDateTime);
        await using var scope = Services.CreateAsyncScope();
        var publish = scope.ServiceProvider.GetRequiredService<PublishRule>();
        foreach (var course in new[] { _catalog.CourseA, _catalog.CourseB })
        {
            Assert.IsType<PublishRuleOutcome.Published>(await publish.ForCourseAsync(course, new CourseRuleDraft([], 0.6m, true), "Constancias del proveedor", "operador", default));
        }

        Assert.IsType<PublishRuleOutcome.Published>(await publish.ForPathAsync(_catalog.PathId, new PathRuleDraft(null), "Los dos cursos de la ruta", "operador", default));
    }

    public override async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }

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

    [Fact]
    public async Task RecordsImport_Report_PrintsCountsAndRejections_MakesEgresados_AndTheSecondRunAddsNothing()
    {
        await using (var db = Database.NewDb())
        {
            var ana = await LinkingData.LearnerAsync(db, 71);
            var beto = await LinkingData.LearnerAsync(db, 72);
            var file = WriteFile("constancias-noviembre.csv", "curp;curso;fecha;calificacion\r\n"
                + $"{ana.Curp};NUBE-101;02/11/2026;90\r\n"
                + $"{ana.Curp};NUBE-102;2026-11-09;88\r\n"
                + $"{beto.Curp};NUBE-101;2026-11-02;45\r\n"
                + $"{beto.Curp};NUBE-404;2026-11-02;90\r\n");
            var rejected = Path.Combine(_folder, "rechazos.csv");

            var (exit, output, _) = await RunAsync("records", "import", "--provider", "Moodle", file, "--report", rejected);

            Assert.Equal(0, exit);
            Assert.Contains("acreditados: 2  ya acreditados: 0  rechazados: 2  nuevos egresados: 1", output, StringComparison.Ordinal);
            Assert.Contains("fila 4, calificacion:", output, StringComparison.Ordinal);
            Assert.Contains("fila 5, curso:", output, StringComparison.Ordinal);
            var lines = await File.ReadAllLinesAsync(rejected);
            Assert.Equal("fila,curp,id_externo,columna,codigo,motivo,reason", lines[0].TrimStart('\uFEFF'));
            Assert.StartsWith($"4,{beto.Curp},,calificacion,calificacion_insuficiente,", lines[1], StringComparison.Ordinal);
            Assert.StartsWith($"5,{beto.Curp},,curso,curso_desconocido,", lines[2], StringComparison.Ordinal);
            Assert.Equal(3, lines.Length);
            Assert.Equal(ana.Id, (await db.PathCompletions.AsNoTracking().SingleAsync()).LearnerId);

            var again = await RunAsync("records", "import", "--provider", "Moodle", file);

            Assert.Equal(0, again.Exit);
            Assert.Contains("ya se importó", again.Out, StringComparison.Ordinal);
            Assert.Equal(2, await db.CourseCompletions.CountAsync());
            Assert.Equal(1, await db.CompletionReports.CountAsync());
        }
    }

    [Fact]
    public async Task RecordsImport_MissingDateColumn_ExitsNonZeroAndWritesNothing()
    {
        var file = WriteFile("sin-fecha.csv", "curp,curso\r\nPEGJ900512HJCRRS04,NUBE-101\r\n");

        var (exit, _, error) = await RunAsync("records", "import", "--provider", "Moodle", file);

        Assert.Equal(SemilleroCli.BadInput, exit);
        Assert.Contains("No se importó nada", error, StringComparison.Ordinal);
        Assert.Contains("fecha", error, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.CompletionReports.CountAsync());
    }

    [Fact]
    public async Task RecordsImport_UnknownProviderOrMissingFile_ExitsNonZero()
    {
        var file = WriteFile("constancias.csv", "curp,curso,fecha\r\n");

        var unknown = await RunAsync("records", "import", "--provider", "Coursera", file);
        var missing = await RunAsync("records", "import", "--provider", "Moodle", Path.Combine(_folder, "no-existe.csv"));

        Assert.Equal(SemilleroCli.BadInput, unknown.Exit);
        Assert.Contains("Moodle", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(SemilleroCli.BadInput, missing.Exit);
        Assert.Contains("no-existe.csv", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordsImport_Help_DescribesTheFormat()
    {
        var (_, output, _) = await RunAsync("records", "import", "--help");

        Assert.Contains("curp (o correo)", output, StringComparison.Ordinal);
        Assert.Contains("dd/mm/aaaa", output, StringComparison.Ordinal);
        Assert.Contains("--provider", output, StringComparison.Ordinal);
    }
}
