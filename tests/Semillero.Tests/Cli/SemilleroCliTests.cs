using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Semillero.Access;
using Semillero.Cli;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

public abstract class SemilleroCliTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : SemilleroCliTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SemilleroCliTests(DatabaseProvider.Postgres);

    // The CLI starts on an empty database, as on a new machine: `db migrate` is its first command.
    protected override bool Migrated => false;

    private readonly string _folder = Directory.CreateTempSubdirectory("semillero-cli-").FullName;

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SemilleroCli.RunAsync(args, output, error, Database.Configuration);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task MigrateAsync() => Assert.Equal(0, (await RunAsync("db", "migrate")).Exit);

    private string WriteFile(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public override async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task DbMigrate_EmptyDatabase_CreatesSchemaAndIsIdempotent()
    {
        var first = await RunAsync("db", "migrate");
        var second = await RunAsync("db", "migrate");

        Assert.Equal((0, 0), (first.Exit, second.Exit));
        Assert.Contains("Initial", first.Out, StringComparison.Ordinal);
        Assert.Contains("al día", second.Out, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task KeysCreate_PrintsTokenAloneOnLastLine_AndTheTokenWorks()
    {
        await MigrateAsync();
        await using (var setup = Database.NewDb())
        {
            await TestOrganizations.EnsureVerifiedAsync(setup, "Universidad Veracruzana", Semillero.Organizations.OrganizationKind.Academia);
        }

        var (exit, output, _) = await RunAsync("keys", "create", "--role", "aliado", "--name", "Universidad Veracruzana", "--organization", "Universidad Veracruzana");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var token = lines[^1];
        Assert.Matches("^[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}$", token);
        Assert.DoesNotContain(token, string.Join('\n', lines[..^1]), StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var caller = await new ApiKeyVerifier(db, new ApiKeyCache(TimeProvider.System)).VerifyAsync(token, default);
        Assert.Equal(("Universidad Veracruzana", "aliado"), (caller?.Name, caller?.Role));
    }

    [Fact]
    public async Task KeysCreate_UnknownRole_FailsWithMessage()
    {
        await MigrateAsync();

        var (exit, _, error) = await RunAsync("keys", "create", "--role", "jefe", "--name", "x");

        Assert.Equal(SemilleroCli.BadInput, exit);
        Assert.Contains("jefe", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearnersImport_WithReport_PrintsCountsAndWritesRowNumberedReport()
    {
        await MigrateAsync();
        var people = CsvFiles.People(5);
        var text = CsvFiles.Text(people) + "PEGL890909MJCRMS09,Luisa,Pérez,,l@example.com,14,estudiante\r\n" + CsvFiles.Line(people[0]) + "\r\n";
        var file = WriteFile("alumnos.csv", text);
        var report = Path.Combine(_folder, "reporte.csv");

        var (exit, output, _) = await RunAsync("learners", "import", file, "--report", report);

        Assert.Equal(0, exit);
        Assert.Contains("insertados: 5", output, StringComparison.Ordinal);
        Assert.Contains("rechazados: 1", output, StringComparison.Ordinal);
        Assert.Contains("duplicados: 1", output, StringComparison.Ordinal);
        var reportLines = await File.ReadAllLinesAsync(report);
        Assert.Equal("fila,curp,resultado,columna,motivo,reason", reportLines[0].TrimStart('\uFEFF'));
        Assert.Equal(8, reportLines.Length);
        Assert.StartsWith("7,PEGL890909MJCRMS09,rechazado,curp,", reportLines[6], StringComparison.Ordinal);
        Assert.StartsWith($"8,{people[0].Curp},duplicado,curp,", reportLines[7], StringComparison.Ordinal);
        Assert.Equal(0xEF, (await File.ReadAllBytesAsync(report))[0]);
    }

    [Fact]
    public async Task LearnersImport_MissingColumn_ExitsNonZeroWritesNothingAndNoReport()
    {
        await MigrateAsync();
        var file = WriteFile("sin-entidad.csv", "curp,nombre,primer_apellido,segmento\r\nPEGJ900512HJCRRS04,José,Pérez,estudiante\r\n");
        var report = Path.Combine(_folder, "reporte.csv");

        var (exit, _, error) = await RunAsync("learners", "import", file, "--report", report);

        Assert.Equal(SemilleroCli.BadInput, exit);
        Assert.Contains("entidad", error, StringComparison.Ordinal);
        Assert.Contains("No se importó nada", error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task LearnersImport_MissingFile_ExitsNonZero()
    {
        await MigrateAsync();

        var (exit, _, error) = await RunAsync("learners", "import", Path.Combine(_folder, "no-existe.csv"));

        Assert.Equal(SemilleroCli.BadInput, exit);
        Assert.Contains("no-existe.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearnersImport_SameFileTwice_SecondReportsAllUnchanged()
    {
        await MigrateAsync();
        var file = WriteFile("alumnos.csv", CsvFiles.Text(CsvFiles.People(40)), Encoding.GetEncoding("utf-8"));

        await RunAsync("learners", "import", file);
        var (exit, output, _) = await RunAsync("learners", "import", file);

        Assert.Equal(0, exit);
        Assert.Contains("insertados: 0  actualizados: 0  sin cambios: 40", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeed_CreatesValidLearnersConsistentWithTheirCurp()
    {
        await MigrateAsync();

        var (exit, output, _) = await RunAsync("demo", "seed", "--learners", "500");

        Assert.Equal(0, exit);
        Assert.Contains("500", output, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var learners = await db.Learners.AsNoTracking().ToListAsync();
        Assert.Equal(500, learners.Count);
        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
        Assert.All(learners, l =>
        {
            Assert.True(Curp.TryParse(l.Curp, today.AddYears(1), out var curp, out _));
            Assert.Equal((curp.BirthDate, curp.Sex), (l.BirthDate, l.Sex));
            Assert.Equal(NameLetters.ForCurp(l.GivenNames, l.FirstSurname, l.SecondSurname), l.Curp[..4]);
        });
        Assert.True(learners.Select(l => l.StateCode).Distinct().Count() >= 25, "people from most states");
    }

    [Fact]
    public async Task LearnersImport_AsAnotherPartner_ReportsYaRegistradoPorOtroAndChangesNothing()
    {
        await MigrateAsync();
        var person = CsvFiles.People(1, seed: 41)[0];
        await RunAsync("learners", "import", WriteFile("a.csv", CsvFiles.Text([person])), "--aliado", "Universidad A");
        var changed = person with { Correo = "otro.correo@example.com", EntidadClave = person.EntidadClave == "19" ? "14" : "19" };
        var report = Path.Combine(_folder, "reporte.csv");

        var (exit, output, _) = await RunAsync("learners", "import", WriteFile("b.csv", CsvFiles.Text([changed])), "--aliado", "Universidad B", "--report", report);

        Assert.Equal(0, exit);
        Assert.Contains("actualizados: 0", output, StringComparison.Ordinal);
        Assert.Contains("rechazados: 1", output, StringComparison.Ordinal);
        Assert.StartsWith($"2,{person.Curp},ya_registrado_por_otro,curp,", (await File.ReadAllLinesAsync(report))[1], StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var stored = await db.Learners.AsNoTracking().SingleAsync();
        Assert.Equal((person.Correo, person.EntidadClave, "Universidad A"), (stored.Email, stored.StateCode, stored.RegisteredBy));
    }

    [Theory]
    [InlineData("keys", "create", "--role", "operador", "--name", "Mesa de operación")]
    [InlineData("keys", "list")]
    [InlineData("demo", "seed", "--learners", "5")]
    [InlineData("users", "invite", "--role", "operador", "--email", "ana@example.org", "--name", "Ana Pérez")]
    public async Task AnyCommand_OnUnmigratedDatabase_SaysToRunDbMigrateWithoutStackTrace(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(SemilleroCli.Failed, exit);
        Assert.Contains("no tiene tablas todavía: ejecute `semillero db migrate`", error, StringComparison.Ordinal);
        Assert.Contains("run `semillero db migrate`", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);

        // The same command works once the schema exists.
        await MigrateAsync();
        Assert.Equal(SemilleroCli.Ok, (await RunAsync(args)).Exit);
    }

    [Fact]
    public async Task AnyCommand_OnDatabaseBehindThisVersion_SaysToRunDbMigrate()
    {
        await using (var db = Database.NewDb())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        var (exit, _, error) = await RunAsync("keys", "list");

        Assert.Equal(SemilleroCli.Failed, exit);
        Assert.Contains("le faltan", error, StringComparison.Ordinal);
        Assert.Contains("`semillero db migrate`", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_OnUnmigratedDatabase_NeedsNoSchema()
    {
        var (exit, output, error) = await RunAsync("keys", "create", "--help");

        Assert.Equal(SemilleroCli.Ok, exit);
        Assert.Contains("--role", output, StringComparison.Ordinal);
        Assert.DoesNotContain("db migrate", output + error, StringComparison.Ordinal);
    }
}
