using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;
using static Semillero.Completions.CompletionReportRows;
using static Semillero.Tests.Completions.CatalogFixture;

namespace Semillero.Tests.Completions;

// A provider's CSV completion report as an operator imports it: completions with the report as
// evidence, egresados that follow, rejections by row, and nothing half-written or written twice.
public abstract class ImportCompletionReportTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : ImportCompletionReportTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ImportCompletionReportTests(DatabaseProvider.Postgres);

    private CatalogFixture _catalog = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.NewDb();
        _catalog = await CreateAsync(db, Clock.GetUtcNow().UtcDateTime);
    }

    private async Task<CompletionRule> CourseRuleAsync(Guid course, bool reports = true, decimal? min = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PublishRule>()
            .ForCourseAsync(course, new CourseRuleDraft(reports ? [] : [Completed], min, reports), "Regla del curso para la prueba", "operador", default);
        return Assert.IsType<PublishRuleOutcome.Published>(outcome).Rule;
    }

    private async Task<CompletionRule> PathRuleAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PublishRule>()
            .ForPathAsync(_catalog.PathId, new PathRuleDraft(null), "Regla de egreso de la ruta", "operador", default);
        return Assert.IsType<PublishRuleOutcome.Published>(outcome).Rule;
    }

    private async Task<Learner> LearnerAsync(int seed, string? email = null)
    {
        await using var db = Database.NewDb();
        return await Semillero.Tests.LearningRecords.Linking.LinkingData.LearnerAsync(db, seed, email);
    }

    private async Task<ImportCompletionReportOutcome> ImportAsync(byte[] content, string provider = "Moodle", string fileName = "constancias.csv")
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportCompletionReport>()
            .RunAsync(new ImportCompletionReportInput(provider, fileName, content, "operadora@semillero.example"), default);
    }

    private Task<ImportCompletionReportOutcome> ImportAsync(string text, string provider = "Moodle") => ImportAsync(Encoding.UTF8.GetBytes(text), provider);

    private static CompletionReportSummary Imported(ImportCompletionReportOutcome outcome) =>
        Assert.IsType<ImportCompletionReportOutcome.Imported>(outcome).Summary;

    private async Task<List<CourseCompletion>> CompletionsAsync()
    {
        await using var db = Database.NewDb();
        return await db.CourseCompletions.AsNoTracking().OrderBy(c => c.ReportRow).ToListAsync();
    }

    private async Task<List<CompletionReport>> ReportsAsync()
    {
        await using var db = Database.NewDb();
        return await db.CompletionReports.AsNoTracking().ToListAsync();
    }

    private async Task<EvaluatePaths.Result> EvaluatePathsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluatePaths>().RunPendingAsync(default);
    }

    private async Task<Guid> CourseAsync(string code, string provider = "Moodle")
    {
        await using var db = Database.NewDb();
        var course = new Course { Id = Guid.NewGuid(), Code = code, Provider = provider, NameEs = "Curso " + code, NameEn = "Course " + code, CreatedAt = TestClock.Now.UtcDateTime };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    }

    [Fact]
    public async Task Import_ValidReport_RecordsReportCompletionsAndTheEgresadoFollows()
    {
        var ana = await LearnerAsync(51, "ana@example.com");
        var ruleA = await CourseRuleAsync(_catalog.CourseA);
        var ruleB = await CourseRuleAsync(_catalog.CourseB);
        var pathRule = await PathRuleAsync();
        var text = "curp,correo,curso,fecha,calificacion,id_externo\r\n"
            + $"{ana.Curp},,NUBE-101,2026-11-02,92,M-1\r\n"
            + ",ANA@example.com,NUBE-102,2026-11-09,0.8,M-2\r\n";

        var summary = Imported(await ImportAsync(text));

        Assert.Equal((2, 2, 0, 0), (summary.Rows, summary.Added, summary.AlreadyCompleted, summary.Rejected));
        Assert.Empty(summary.Rejections);
        var report = Assert.Single(await ReportsAsync());
        Assert.Equal((summary.ReportId, "Moodle", "constancias.csv", "operadora@semillero.example", 2, 2, 0),
            (report.Id, report.Provider, report.FileName, report.ImportedBy, report.Rows, report.Completions, report.Rejected));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), report.Sha256);
        var completions = await CompletionsAsync();
        Assert.Equal(
            [
                (ana.Id, _catalog.CourseA, ruleA.Id, EvidenceKind.Report, (Guid?)report.Id, (int?)2, (decimal?)0.92m, new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc)),
                (ana.Id, _catalog.CourseB, ruleB.Id, EvidenceKind.Report, report.Id, 3, 0.8m, new DateTime(2026, 11, 9, 0, 0, 0, DateTimeKind.Utc)),
            ],
            completions.Select(c => (c.LearnerId, c.CourseId, c.RuleId, c.Evidence, c.ReportId, c.ReportRow, c.ScaledScore, c.CompletedAt)));
        Assert.All(completions, c => Assert.Null(c.PathsEvaluatedAt));

        Assert.Equal(1, (await EvaluatePathsAsync()).NewPathCompletions);
        await using var db = Database.NewDb();
        var egresado = await db.PathCompletions.AsNoTracking().SingleAsync();
        Assert.Equal((ana.Id, _catalog.PathId, pathRule.Id, new DateTime(2026, 11, 9, 0, 0, 0, DateTimeKind.Utc)),
            (egresado.LearnerId, egresado.PathId, egresado.RuleId, egresado.CompletedAt));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondIsAlreadyImportedAndWritesNothing()
    {
        var ana = await LearnerAsync(52);
        var beto = await LearnerAsync(53);
        await CourseRuleAsync(_catalog.CourseA);
        var bytes = Encoding.UTF8.GetBytes($"curp,curso,fecha\r\n{ana.Curp},NUBE-101,2026-11-02\r\n{beto.Curp},NUBE-999,2026-11-02\r\n");
        var first = Imported(await ImportAsync(bytes, fileName: "octubre.csv"));
        var before = await CompletionsAsync();

        var second = await ImportAsync(bytes, provider: "moodle", fileName: "copia de octubre.csv");

        var already = Assert.IsType<ImportCompletionReportOutcome.AlreadyImported>(second);
        Assert.Equal((first.ReportId, "octubre.csv"), (already.ReportId, already.FileName));
        Assert.Single(await ReportsAsync());
        Assert.Equal(before.Select(c => (c.Id, c.ReportId)), (await CompletionsAsync()).Select(c => (c.Id, c.ReportId)));
    }

    [Fact]
    public async Task Import_SameFileTwiceAtOnce_OneImportsAndTheOtherIsAlreadyImported()
    {
        var people = Enumerable.Range(0, 30).Select(i => LearnerAsync(100 + i)).ToList();
        var learners = await Task.WhenAll(people);
        await CourseRuleAsync(_catalog.CourseA);
        var bytes = Encoding.UTF8.GetBytes("curp,curso,fecha\r\n" + string.Concat(learners.Select(l => $"{l.Curp},NUBE-101,2026-11-02\r\n")));

        var outcomes = await Task.WhenAll(ImportAsync(bytes), ImportAsync(bytes));

        var imported = Assert.Single(outcomes.OfType<ImportCompletionReportOutcome.Imported>());
        var already = Assert.Single(outcomes.OfType<ImportCompletionReportOutcome.AlreadyImported>());
        Assert.Equal(imported.Summary.ReportId, already.ReportId);
        Assert.Equal(30, imported.Summary.Added);
        Assert.Single(await ReportsAsync());
        Assert.Equal(30, (await CompletionsAsync()).Count);
    }

    [Fact]
    public async Task Import_SameFileFromAnotherProvider_IsItsOwnReport()
    {
        var ana = await LearnerAsync(54);
        await CourseRuleAsync(_catalog.CourseA);
        await CourseRuleAsync(await CourseAsync("NUBE-101", provider: "Open edX"));
        var bytes = Encoding.UTF8.GetBytes($"curp,curso,fecha\r\n{ana.Curp},NUBE-101,2026-11-02\r\n");
        Imported(await ImportAsync(bytes));

        var other = Imported(await ImportAsync(bytes, provider: "Open edX"));

        Assert.Equal(1, other.Added);
        Assert.Equal(2, (await ReportsAsync()).Count);
    }

    [Fact]
    public async Task Import_Windows1252SemicolonFileWithAccentedHeadersAndCodes_IsDecoded()
    {
        var ana = await LearnerAsync(55);
        await CourseRuleAsync(await CourseAsync("DISEÑO-ÁGIL"));
        // What Excel on a Spanish-locale Windows writes for «CSV (delimitado por comas)».
        var text = "CURP;Clave del Curso;Fecha de Término;Calificación;Id Externo\r\n"
            + $"{ana.Curp};DISEÑO-ÁGIL;05/11/2026;85,5;Constancia nº 7\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var summary = Imported(await ImportAsync(Encoding.GetEncoding(1252).GetBytes(text)));

        Assert.Equal(("windows-1252", ";", 1, 0), (summary.Encoding, summary.Delimiter, summary.Added, summary.Rejected));
        var completion = Assert.Single(await CompletionsAsync());
        Assert.Equal((0.855m, new DateTime(2026, 11, 5, 0, 0, 0, DateTimeKind.Utc)), (completion.ScaledScore, completion.CompletedAt));
    }

    [Fact]
    public async Task Import_Utf8WithBomAndEnglishHeaders_ReadsTheFirstColumn()
    {
        var ana = await LearnerAsync(56);
        await CourseRuleAsync(_catalog.CourseA);
        var text = $"CURP,Course,Date,Score,External_ID\r\n{ana.Curp},NUBE-101,2026-11-03,100,x1\r\n";

        var summary = Imported(await ImportAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));

        Assert.Equal(("utf-8", 1), (summary.Encoding, summary.Added));
        Assert.Equal(1.0m, Assert.Single(await CompletionsAsync()).ScaledScore);
    }

    [Fact]
    public async Task Import_DayMonthYearDates_AreReadAsMexicanSpreadsheetsWriteThem()
    {
        var ana = await LearnerAsync(57);
        var beto = await LearnerAsync(58);
        await CourseRuleAsync(_catalog.CourseA);
        var text = $"curp,curso,fecha\r\n{ana.Curp},NUBE-101,05/11/2026\r\n{beto.Curp},NUBE-101,1/2/2026\r\n";

        var summary = Imported(await ImportAsync(text));

        Assert.Equal(2, summary.Added);
        Assert.Equal(
            [new DateTime(2026, 11, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)],
            (await CompletionsAsync()).Select(c => c.CompletedAt));
    }

    [Fact]
    public async Task Import_BadRows_AreRejectedByRowWithTheirReason_AndTheGoodRowsImported()
    {
        var ana = await LearnerAsync(59, "ana@example.com");
        var beto = await LearnerAsync(60, "familia@example.com");
        await LearnerAsync(61, "familia@example.com");
        var unregistered = CsvFiles.People(1, 62).Single().Curp;
        await CourseRuleAsync(_catalog.CourseA);
        await CourseRuleAsync(_catalog.CourseB, min: 0.7m);
        await CourseAsync("SIN-REGLA");
        var text = "curp,correo,curso,fecha,calificacion,id_externo\r\n"
            + $"{ana.Curp},,NUBE-101,2026-11-02,,ok-1\r\n"              // 2: imported
            + $"{ana.Curp},,NUBE-404,2026-11-02,,\r\n"                 // 3: unknown course for this provider
            + $"{ana.Curp},,SIN-REGLA,2026-11-02,,\r\n"                // 4: course without a rule
            + $"{unregistered},,NUBE-101,2026-11-02,,\r\n"             // 5: nobody with that CURP
            + "PEGJ900512HJCRRS05,,NUBE-101,2026-11-02,,\r\n"          // 6: check digit
            + $"{beto.Curp},,NUBE-101,2026-13-45,,\r\n"                // 7: bad date
            + $"{beto.Curp},,NUBE-101,2027-01-01,,\r\n"                // 8: future date
            + $"{beto.Curp},,NUBE-101,2026-11-02,140,\r\n"             // 9: score out of range
            + $"{beto.Curp},,NUBE-102,2026-11-02,65,\r\n"              // 10: below the rule's 70
            + $"{beto.Curp},,NUBE-102,2026-11-02,,\r\n"                // 11: the rule needs a score
            + $",ana@example.com,NUBE-101,2026-11-04,,dup\r\n"         // 12: same person and course as row 2
            + ",familia@example.com,NUBE-101,2026-11-02,,\r\n"         // 13: two people share the email
            + ",nadie@example.com,NUBE-101,2026-11-02,,\r\n"           // 14: nobody with that email
            + $"{beto.Curp},,NUBE-102,2026-11-02,70,ok-2\r\n";         // 15: imported (exactly the minimum)

        var summary = Imported(await ImportAsync(text));

        Assert.Equal((14, 2, 0, 12), (summary.Rows, summary.Added, summary.AlreadyCompleted, summary.Rejected));
        Assert.Equal(
            [
                (3, Codes.UnknownCourse), (4, Codes.NoRule), (5, Codes.UnknownLearner), (6, Codes.InvalidCurp), (7, Codes.BadDate),
                (8, Codes.FutureDate), (9, Codes.ScoreOutOfRange), (10, Codes.ScoreBelowMinimum), (11, Codes.ScoreRequired),
                (12, Codes.Duplicate), (13, Codes.AmbiguousEmail), (14, Codes.UnknownLearner),
            ],
            summary.Rejections.Select(r => (r.Row, r.Code)));
        Assert.All(summary.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.ReasonEs) || string.IsNullOrWhiteSpace(r.ReasonEn)));
        Assert.Contains("fila 2", summary.Rejections.Single(r => r.Row == 12).ReasonEs, StringComparison.Ordinal);
        Assert.Equal("dup", summary.Rejections.Single(r => r.Row == 12).ExternalId);
        // Emails are never echoed into the rejection list (it is shown and saved as a file).
        Assert.DoesNotContain(summary.Rejections, r => r.ReasonEs.Contains('@', StringComparison.Ordinal) || r.ReasonEn.Contains('@', StringComparison.Ordinal));
        Assert.Equal([(ana.Id, _catalog.CourseA, 2), (beto.Id, _catalog.CourseB, 15)],
            (await CompletionsAsync()).Select(c => (c.LearnerId, c.CourseId, c.ReportRow!.Value)));
        Assert.Equal((14, 2, 12), (await ReportsAsync()).Select(r => (r.Rows, r.Completions, r.Rejected)).Single());
    }

    [Fact]
    public async Task Import_CourseWhoseCurrentRuleRefusesReports_RejectsItsRows()
    {
        var ana = await LearnerAsync(63);
        await CourseRuleAsync(_catalog.CourseA, reports: true);
        // The operator decided the provider's reports no longer count for this course.
        await CourseRuleAsync(_catalog.CourseA, reports: false);

        var summary = Imported(await ImportAsync($"curp,curso,fecha\r\n{ana.Curp},NUBE-101,2026-11-02\r\n"));

        Assert.Equal((0, 1), (summary.Added, summary.Rejected));
        var rejection = Assert.Single(summary.Rejections);
        Assert.Equal((2, Codes.RuleRefusesReports, Fields.Curso), (rejection.Row, rejection.Code, rejection.Column));
        Assert.Contains("versión 2", rejection.ReasonEs, StringComparison.Ordinal);
        Assert.Empty(await CompletionsAsync());
    }

    [Fact]
    public async Task Import_PersonWhoAlreadyHasTheCourse_IsCountedAlreadyCompletedAndKeepsTheEarlierEvidence()
    {
        var ana = await LearnerAsync(64);
        await CourseRuleAsync(_catalog.CourseA);
        await using (var scope = Services.CreateAsyncScope())
        {
            Assert.IsType<AwardCourseOutcome.Awarded>(await scope.ServiceProvider.GetRequiredService<AwardCourse>()
                .RunAsync(ana.Id, _catalog.CourseA, new DateOnly(2026, 10, 1), "Taller presencial en Guadalajara", "operador", default));
        }

        var summary = Imported(await ImportAsync($"curp,curso,fecha\r\n{ana.Curp},NUBE-101,2026-11-02\r\n"));

        Assert.Equal((1, 0, 1, 0), (summary.Rows, summary.Added, summary.AlreadyCompleted, summary.Rejected));
        var completion = Assert.Single(await CompletionsAsync());
        Assert.Equal((EvidenceKind.Manual, new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc)), (completion.Evidence, completion.CompletedAt));
    }

    [Fact]
    public async Task Import_FailureWhileWritingALaterBatch_LeavesNoReportAndNoCompletions_AndTheRetryImports()
    {
        var people = CsvFiles.People(ImportCompletionReport.BatchSize + 200, seed: 65);
        await using (var db = Database.NewDb())
        {
            var learners = await new ImportLearners(db, Clock).RunAsync(CsvFiles.Utf8(CsvFiles.Text(people)), "alumnos.csv", Registrar.Operator("prueba"), null, null, default);
            Assert.Equal(people.Count, Assert.IsType<ImportLearnersOutcome.Completed>(learners).Summary.Inserted);
        }

        await CourseRuleAsync(_catalog.CourseA);
        var bytes = Encoding.UTF8.GetBytes("curp,curso,fecha\r\n" + string.Concat(people.Select(p => $"{p.Curp},NUBE-101,2026-11-02\r\n")));
        // The database refuses a row of the second batch, after the first batch was written: a disk
        // filling up or a connection dropping looks the same to the import.
        Assert.InRange(FailingRow, ImportCompletionReport.BatchSize + 2, people.Count);
        await FailInsertAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => ImportAsync(bytes));

        Assert.Empty(await ReportsAsync());
        Assert.Empty(await CompletionsAsync());

        await AllowInsertAsync();
        var summary = Imported(await ImportAsync(bytes));
        Assert.Equal(people.Count, summary.Added);
        Assert.Equal(people.Count, (await CompletionsAsync()).Count);
    }

    // Row 1,150 of the file: in the second batch of 1,000, after the first was written.
    private const int FailingRow = 1_150;

    private async Task FailInsertAsync()
    {
        await using var db = Database.NewDb();
        if (Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE FUNCTION test_fail_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.report_row = 1150 THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$;");
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER test_fail_row BEFORE INSERT ON course_completions FOR EACH ROW EXECUTE FUNCTION test_fail_row();");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER test_fail_row BEFORE INSERT ON course_completions WHEN NEW.report_row = 1150 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
        }
    }

    private async Task AllowInsertAsync()
    {
        await using var db = Database.NewDb();
        await db.Database.ExecuteSqlRawAsync(Provider == DatabaseProvider.Postgres ? "DROP TRIGGER test_fail_row ON course_completions" : "DROP TRIGGER test_fail_row");
    }

    [Fact]
    public async Task Import_NoCurpNorEmailColumn_IsMissingColumnsAndWritesNothing()
    {
        await CourseRuleAsync(_catalog.CourseA);

        var outcome = await ImportAsync("nombre,curso,fecha\r\nAna,NUBE-101,2026-11-02\r\n");

        var missing = Assert.IsType<ImportCompletionReportOutcome.MissingColumns>(outcome);
        Assert.Equal(["curp/correo"], missing.Missing);
        Assert.Equal(["nombre", "curso", "fecha"], missing.Found);
        Assert.Empty(await ReportsAsync());
    }

    [Fact]
    public async Task Import_NoDateColumn_IsMissingColumns()
    {
        var outcome = await ImportAsync("curp,curso\r\nPEGJ900512HJCRRS04,NUBE-101\r\n");

        Assert.Equal(["fecha"], Assert.IsType<ImportCompletionReportOutcome.MissingColumns>(outcome).Missing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PK\u0003\u0004")]
    public async Task Import_EmptyOrNotCsv_IsUnreadableAndWritesNothing(string content)
    {
        var outcome = await ImportAsync(content);

        var unreadable = Assert.IsType<ImportCompletionReportOutcome.Unreadable>(outcome);
        Assert.False(string.IsNullOrWhiteSpace(unreadable.Es));
        Assert.Empty(await ReportsAsync());
    }

    [Fact]
    public async Task Import_ProviderWithNoCourses_IsUnknownProviderAndListsTheKnownOnes()
    {
        var outcome = await ImportAsync("curp,curso,fecha\r\n", provider: "Coursera");

        var unknown = Assert.IsType<ImportCompletionReportOutcome.UnknownProvider>(outcome);
        Assert.Equal(["Moodle"], unknown.Known);
        Assert.Empty(await ReportsAsync());
    }

    [Fact]
    public async Task Import_CourseCodeInAnotherCase_FindsTheCourse()
    {
        var ana = await LearnerAsync(66);
        await CourseRuleAsync(_catalog.CourseA);

        var summary = Imported(await ImportAsync($"curp,curso,fecha\r\n{ana.Curp},nube-101,2026-11-02\r\n"));

        Assert.Equal(1, summary.Added);
    }
}
