using System.Text;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Learners;

public abstract class ImportLearnersTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ImportLearnersTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ImportLearnersTests(DatabaseProvider.Postgres);

    private Task<ImportLearnersOutcome> ImportAsync(Stream content, Func<ImportRowResult, ValueTask>? onRow = null, CancellationToken ct = default) =>
        ImportAsAsync(Registrar.Partner("aliado-prueba"), content, onRow, ct);

    private async Task<ImportLearnersOutcome> ImportAsAsync(Registrar registrar, Stream content, Func<ImportRowResult, ValueTask>? onRow = null, CancellationToken ct = default)
    {
        await using var db = Database.NewDb();
        return await new ImportLearners(db, TestClock.Create()).RunAsync(content, "archivo.csv", registrar, null, onRow, ct);
    }

    private async Task<int> CountAsync()
    {
        await using var db = Database.NewDb();
        return await db.Learners.CountAsync();
    }

    private static ImportSummary Completed(ImportLearnersOutcome outcome) =>
        Assert.IsType<ImportLearnersOutcome.Completed>(outcome).Summary;

    [Fact]
    public async Task Import_ValidUtf8File_InsertsEveryPersonWithAllFields()
    {
        var people = CsvFiles.People(50);

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(CsvFiles.Text(people))));

        Assert.Equal((50, 50, 0, 0, 0, 0), (summary.Rows, summary.Inserted, summary.Updated, summary.Unchanged, summary.Duplicate, summary.Rejected));
        await using var db = Database.NewDb();
        var stored = await db.Learners.AsNoTracking().ToDictionaryAsync(l => l.Curp);
        foreach (var p in people)
        {
            var l = stored[p.Curp];
            var curp = Curp.Parse(p.Curp, DateOnly.FromDateTime(TestClock.Now.UtcDateTime));
            Assert.Equal((p.Nombre, p.PrimerApellido, p.SegundoApellido, p.Correo, p.EntidadClave, p.Segmento),
                (l.GivenNames, l.FirstSurname, l.SecondSurname, l.Email, l.StateCode, SegmentNames.ToWire(l.Segment)));
            Assert.Equal((curp.BirthDate, curp.Sex), (l.BirthDate, l.Sex));
            Assert.Equal("aliado-prueba", l.RegisteredBy);
            Assert.Equal(TestClock.Now.UtcDateTime, l.CreatedAt);
        }

        Assert.Single(await db.LearnerImports.ToListAsync());
    }

    [Fact]
    public async Task Import_MoreRowsThanOneBatch_InsertsAll()
    {
        var people = CsvFiles.People(ImportLearners.BatchSize * 2 + 17);

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(CsvFiles.Text(people))));

        Assert.Equal(people.Count, summary.Inserted);
        Assert.Equal(people.Count, await CountAsync());
    }

    [Fact]
    public async Task Import_Utf8WithBom_ReadsFirstColumnAndAccents()
    {
        var text = CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,José Ángel,Pérez,Núñez,jose@example.com,14,estudiante\r\n";

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(text, bom: true)));

        Assert.Equal(1, summary.Inserted);
        Assert.Equal("utf-8", summary.Encoding);
        await using var db = Database.NewDb();
        var l = await db.Learners.SingleAsync();
        Assert.Equal(("José Ángel", "Pérez", "Núñez"), (l.GivenNames, l.FirstSurname, l.SecondSurname));
    }

    [Fact]
    public async Task Import_Windows1252SemicolonFileFromExcel_DecodesAccents()
    {
        // What Excel on a Spanish-locale Windows writes for «CSV (delimitado por comas)».
        var text = "CURP;Nombre;Primer Apellido;Segundo Apellido;Correo Electrónico;Entidad;Segmento\r\n"
            + "PEGJ900512HJCRRS04;José;Pérez;Gutiérrez;jose@example.com;Jalisco;Emprendedor\r\n"
            + "HEGG560427MVZRRL04;María Ñeli;Hernández;García;;Veracruz de Ignacio de la Llave;sin empleo\r\n";

        var summary = Completed(await ImportAsync(CsvFiles.Windows1252(text)));

        Assert.Equal(("windows-1252", ";", 2), (summary.Encoding, summary.Delimiter, summary.Inserted));
        await using var db = Database.NewDb();
        var maria = await db.Learners.SingleAsync(l => l.Curp == "HEGG560427MVZRRL04");
        Assert.Equal(("María Ñeli", "Hernández", "30", Segment.SinEmpleo, null), (maria.GivenNames, maria.FirstSurname, maria.StateCode, maria.Segment, maria.Email));
        var jose = await db.Learners.SingleAsync(l => l.Curp == "PEGJ900512HJCRRS04");
        Assert.Equal(("Gutiérrez", "14", Segment.Emprendedor), (jose.SecondSurname, jose.StateCode, jose.Segment));
    }

    [Fact]
    public async Task Import_AccentedUtf8Headers_AreRecognised()
    {
        var text = "Curp,NOMBRE,Primer_Apellido,Segundo apellido,correo,Éntidad,Ségmento\r\nPEGJ900512HJCRRS04,José,Pérez,,j@example.com,14,academia\r\n";

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(text)));

        Assert.Equal(1, summary.Inserted);
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_FailsAndWritesNothing()
    {
        var text = "curp,nombre,primer_apellido,correo,segmento\r\nPEGJ900512HJCRRS04,José,Pérez,j@example.com,academia\r\n";

        var outcome = await ImportAsync(CsvFiles.Utf8(text));

        var missing = Assert.IsType<ImportLearnersOutcome.MissingColumns>(outcome);
        Assert.Equal(["entidad"], missing.Missing);
        Assert.Equal(0, await CountAsync());
        await using var db = Database.NewDb();
        Assert.Empty(await db.LearnerImports.ToListAsync());
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("pdf")]
    public async Task Import_FileThatIsNotCsvText_IsUnreadableAndWritesNothing(string kind)
    {
        byte[] bytes = kind switch
        {
            "xlsx" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00],
            "binary" => [.. Encoding.UTF8.GetBytes(CsvFiles.Header + "\n"), 0x00, 0x01, 0x02, 0xFF],
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n"),
            _ => [],
        };

        var outcome = await ImportAsync(new MemoryStream(bytes));

        var unreadable = Assert.IsType<ImportLearnersOutcome.Unreadable>(outcome);
        Assert.False(string.IsNullOrWhiteSpace(unreadable.Es));
        Assert.False(string.IsNullOrWhiteSpace(unreadable.En));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_InvalidRows_AreRejectedWithRowColumnAndReasonAndTheRestImported()
    {
        var text = CsvFiles.Header + "\r\n"
            + "PEGJ900512HJCRRS04,José,Pérez,,jose@example.com,14,estudiante\r\n"        // row 2: ok
            + "PEGL890909MJCRMS09,Luisa,Pérez,,luisa@example.com,14,estudiante\r\n"     // row 3: check digit
            + "HEGG560427MVZRRL04,<script>,Hernández,,no-es-correo,99,astronauta\r\n"  // row 4: four problems
            + "BEML920313HMCLNS09,Luis,Bello,Mena,luis@example.com,15,empleado\r\n";   // row 5: ok
        var report = new List<ImportRowResult>();

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(text), r => { report.Add(r); return ValueTask.CompletedTask; }));

        Assert.Equal((4, 2, 2), (summary.Rows, summary.Inserted, summary.Rejected));
        var row3 = Assert.Single(summary.Problems, p => p.Row == 3);
        Assert.Equal(("curp", ImportRowStatus.Rejected), (row3.Column, row3.Status));
        Assert.Contains("8", row3.ReasonEs, StringComparison.Ordinal);
        Assert.Equal(["nombre", "correo", "entidad", "segmento"], summary.Problems.Where(p => p.Row == 4).Select(p => p.Column));
        Assert.All(summary.Problems, p => Assert.False(string.IsNullOrEmpty(p.ReasonEn)));
        Assert.Equal([2, 3, 4, 4, 4, 4, 5], report.Select(r => r.Row));
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task Import_CurpRepeatedInFile_ReportsDuplicateAndKeepsFirst()
    {
        var text = CsvFiles.Header + "\r\n"
            + "PEGJ900512HJCRRS04,José,Pérez,,primero@example.com,14,estudiante\r\n"
            + " pegj900512hjcrrs04 ,José,Pérez,,segundo@example.com,14,estudiante\r\n";

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(text)));

        Assert.Equal((1, 1), (summary.Inserted, summary.Duplicate));
        var duplicate = Assert.Single(summary.Problems);
        Assert.Equal((3, ImportRowStatus.Duplicate), (duplicate.Row, duplicate.Status));
        await using var db = Database.NewDb();
        Assert.Equal("primero@example.com", (await db.Learners.SingleAsync()).Email);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        var text = CsvFiles.Text(CsvFiles.People(300));
        Completed(await ImportAsync(CsvFiles.Utf8(text)));
        await using var before = Database.NewDb();
        var snapshot = await before.Learners.AsNoTracking().OrderBy(l => l.Curp).ToListAsync();

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(text)));

        Assert.Equal((0, 0, 300), (summary.Inserted, summary.Updated, summary.Unchanged));
        await using var after = Database.NewDb();
        var now = await after.Learners.AsNoTracking().OrderBy(l => l.Curp).ToListAsync();
        Assert.Equal(snapshot.Select(Fingerprint), now.Select(Fingerprint));
    }

    [Fact]
    public async Task Import_ExistingCurpWithNewContact_UpdatesContactFieldsOnly()
    {
        Completed(await ImportAsync(CsvFiles.Utf8(CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,José,Pérez,,viejo@example.com,14,estudiante\r\n")));

        var summary = Completed(await ImportAsync(CsvFiles.Utf8(CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,Otro Nombre,Pérez,,nuevo@example.com,Nuevo León,empleado\r\n")));

        Assert.Equal((0, 1), (summary.Inserted, summary.Updated));
        await using var db = Database.NewDb();
        var l = await db.Learners.SingleAsync();
        Assert.Equal(("José", "nuevo@example.com", "19", Segment.Empleado), (l.GivenNames, l.Email, l.StateCode, l.Segment));
    }

    [Fact]
    public async Task Import_InterruptedByFailureLate_LeavesNoRowsAtAll()
    {
        var people = CsvFiles.People(ImportLearners.BatchSize * 2 + 500);
        var rows = 0;

        await Assert.ThrowsAsync<IOException>(() => ImportAsync(CsvFiles.Utf8(CsvFiles.Text(people)), _ =>
            ++rows == ImportLearners.BatchSize * 2 + 1 ? throw new IOException("disk full writing the report") : ValueTask.CompletedTask));

        Assert.True(rows > ImportLearners.BatchSize * 2, "two whole batches were written before the failure");
        Assert.Equal(0, await CountAsync());
        await using var db = Database.NewDb();
        Assert.Empty(await db.LearnerImports.ToListAsync());
    }

    [Fact]
    public async Task Import_Cancelled_LeavesNoRows()
    {
        var people = CsvFiles.People(ImportLearners.BatchSize * 3);
        using var cts = new CancellationTokenSource();
        var rows = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ImportAsync(CsvFiles.Utf8(CsvFiles.Text(people)), _ =>
        {
            if (++rows == ImportLearners.BatchSize + 10)
            {
                cts.Cancel();
            }

            return ValueTask.CompletedTask;
        }, cts.Token));

        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Import_TabSeparatedUtf16FromExcelUnicodeText_IsRead()
    {
        var text = CsvFiles.Text(CsvFiles.People(3), '\t');
        var bytes = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var summary = Completed(await ImportAsync(bytes));

        Assert.Equal((3, "utf-16le", "tab"), (summary.Inserted, summary.Encoding, summary.Delimiter));
    }

    [Fact]
    public async Task Import_AnotherPartnersPeople_ReportedRowByRowAndLeftUnchanged()
    {
        // More than one batch of the other partner's people, so every batch's check is exercised.
        var theirs = CsvFiles.People(ImportLearners.BatchSize + 200, seed: 11);
        Completed(await ImportAsAsync(Registrar.Partner("Universidad A"), CsvFiles.Utf8(CsvFiles.Text(theirs))));
        await using var before = Database.NewDb();
        var snapshot = await before.Learners.AsNoTracking().OrderBy(l => l.Curp).ToListAsync();
        var changed = theirs.Select(p => p with { Correo = $"otro.{p.Curp.ToLowerInvariant()}@example.com", EntidadClave = p.EntidadClave == "19" ? "14" : "19", Segmento = p.Segmento == "empleado" ? "estudiante" : "empleado" });
        var mine = CsvFiles.People(5, seed: 12).Where(p => theirs.All(t => t.Curp != p.Curp)).ToList();
        var rows = new List<ImportRowResult>();

        var summary = Completed(await ImportAsAsync(Registrar.Partner("Universidad B"), CsvFiles.Utf8(CsvFiles.Text(changed.Concat(mine))), r =>
        {
            rows.Add(r);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal((mine.Count, 0, 0, theirs.Count, theirs.Count), (summary.Inserted, summary.Updated, summary.Unchanged, summary.Rejected, summary.RegisteredByAnother));
        var first = rows[0];
        Assert.Equal((2, theirs[0].Curp, ImportRowStatus.RegisteredByAnother, "curp"), (first.Row, first.Curp, first.Status, first.Column));
        Assert.Contains("otra institución", first.ReasonEs, StringComparison.Ordinal);
        Assert.Contains("another institution", first.ReasonEn, StringComparison.Ordinal);
        Assert.Equal("ya_registrado_por_otro", ImportLearners.StatusName(first.Status));
        Assert.DoesNotContain("Universidad A", first.ReasonEs + first.ReasonEn, StringComparison.Ordinal);
        Assert.Equal(theirs.Count, rows.Count(r => r.Status == ImportRowStatus.RegisteredByAnother));
        Assert.True(summary.Problems.All(p => p.Status == ImportRowStatus.RegisteredByAnother) && summary.ProblemsTruncated);
        await using var after = Database.NewDb();
        var now = await after.Learners.AsNoTracking().Where(l => l.RegisteredBy == "Universidad A").OrderBy(l => l.Curp).ToListAsync();
        Assert.Equal(snapshot.Select(Fingerprint), now.Select(Fingerprint));
        Assert.Equal(mine.Count, await after.Learners.CountAsync(l => l.RegisteredBy == "Universidad B"));
        var record = await after.LearnerImports.AsNoTracking().SingleAsync(i => i.ImportedBy == "Universidad B");
        Assert.Equal((mine.Count, 0, theirs.Count), (record.Inserted, record.Updated, record.Rejected));
    }

    [Fact]
    public async Task Import_SelfRegisteredPerson_PartnerCannotChangeThem()
    {
        await using (var db = Database.NewDb())
        {
            var valid = LearnerRules.Validate(new LearnerInput("PEGJ900512HJCRRS04", "José", "Pérez", null, "jose@example.com", "14", "estudiante"), DateOnly.FromDateTime(TestClock.Now.UtcDateTime)).Learner!;
            db.Learners.Add(RegisterLearner.NewLearner(valid, Semillero.Accounts.RegisterAccount.SelfRegistered, TestClock.Now.UtcDateTime));
            await db.SaveChangesAsync();
        }

        var summary = Completed(await ImportAsAsync(Registrar.Partner("Universidad B"),
            CsvFiles.Utf8(CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,José,Pérez,,otro@example.com,19,empleado\r\n")));

        Assert.Equal(ImportRowStatus.RegisteredByAnother, Assert.Single(summary.Problems).Status);
        await using var read = Database.NewDb();
        var l = await read.Learners.AsNoTracking().SingleAsync();
        Assert.Equal(("jose@example.com", "14", Segment.Estudiante, "registro"), (l.Email, l.StateCode, l.Segment, l.RegisteredBy));
    }

    [Fact]
    public async Task Import_PersonWhoseAccountClaimedTheRecord_EvenTheRegisteringPartnerCannotChangeThem()
    {
        await using (var db = Database.NewDb())
        {
            var valid = LearnerRules.Validate(new LearnerInput("PEGJ900512HJCRRS04", "José", "Pérez", null, "jose@example.com", "14", "estudiante"), DateOnly.FromDateTime(TestClock.Now.UtcDateTime)).Learner!;
            var learner = RegisterLearner.NewLearner(valid, "Universidad A", TestClock.Now.UtcDateTime);
            db.Learners.Add(learner);
            db.Users.Add(new Semillero.Access.User { Id = Guid.NewGuid(), UserName = "jose@example.com", Email = "jose@example.com", DisplayName = "José Pérez", LearnerId = learner.Id });
            await db.SaveChangesAsync();
        }

        var summary = Completed(await ImportAsAsync(Registrar.Partner("Universidad A"),
            CsvFiles.Utf8(CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,José,Pérez,,otro@example.com,19,empleado\r\n")));

        Assert.Equal(ImportRowStatus.RegisteredByAnother, Assert.Single(summary.Problems).Status);
        await using var read = Database.NewDb();
        var l = await read.Learners.AsNoTracking().SingleAsync();
        Assert.Equal(("jose@example.com", "14", Segment.Estudiante), (l.Email, l.StateCode, l.Segment));
    }

    [Fact]
    public async Task Import_Operator_UpdatesAPartnersPersonAndKeepsWhoRegisteredThem()
    {
        Completed(await ImportAsAsync(Registrar.Partner("Universidad A"), CsvFiles.Utf8(CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,José,Pérez,,viejo@example.com,14,estudiante\r\n")));

        var summary = Completed(await ImportAsAsync(Registrar.Operator("cli"), CsvFiles.Utf8(CsvFiles.Header + "\r\nPEGJ900512HJCRRS04,José,Pérez,,nuevo@example.com,19,empleado\r\n")));

        Assert.Equal((1, 0), (summary.Updated, summary.RegisteredByAnother));
        await using var db = Database.NewDb();
        var l = await db.Learners.AsNoTracking().SingleAsync();
        Assert.Equal(("nuevo@example.com", "19", Segment.Empleado, "Universidad A"), (l.Email, l.StateCode, l.Segment, l.RegisteredBy));
    }

    // The bulk writer's own guard, beneath the import's check: a partner's update list that names
    // someone else's person changes nothing on either engine.
    [Fact]
    public async Task BulkWriterUpdate_ForAPartner_ChangesOnlyItsOwnPeople()
    {
        var people = CsvFiles.People(2, seed: 21);
        Completed(await ImportAsAsync(Registrar.Partner("Universidad A"), CsvFiles.Utf8(CsvFiles.Text(people.Take(1)))));
        Completed(await ImportAsAsync(Registrar.Partner("Universidad B"), CsvFiles.Utf8(CsvFiles.Text(people.Skip(1)))));
        await using var db = Database.NewDb();
        var ids = await db.Learners.AsNoTracking().OrderBy(l => l.RegisteredBy).Select(l => l.Id).ToListAsync();
        var now = TestClock.Now.UtcDateTime.AddDays(1);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await LearnerBulkWriter.For(db).UpdateContactsAsync(
                [.. ids.Select(id => new LearnerContactUpdate(id, "cambiado@example.com", "07", Segment.Otro, now))], "Universidad B", default);
            await transaction.CommitAsync();
        }

        await using var read = Database.NewDb();
        var stored = await read.Learners.AsNoTracking().ToDictionaryAsync(l => l.RegisteredBy!);
        Assert.Equal((people[0].Correo, people[0].EntidadClave), (stored["Universidad A"].Email, stored["Universidad A"].StateCode));
        Assert.Equal(("cambiado@example.com", "07", Segment.Otro), (stored["Universidad B"].Email, stored["Universidad B"].StateCode, stored["Universidad B"].Segment));
    }

    private static string Fingerprint(Learner l) =>
        string.Join('|', l.Id, l.Curp, l.GivenNames, l.FirstSurname, l.SecondSurname, l.BirthDate, l.Sex, l.Email, l.StateCode, l.Segment, l.RegisteredBy, l.CreatedAt.Ticks, l.UpdatedAt.Ticks);
}
