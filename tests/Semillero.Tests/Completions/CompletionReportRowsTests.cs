using Semillero.Completions;
using Semillero.Tests.Infrastructure;
using static Semillero.Completions.CompletionReportRows;

namespace Semillero.Tests.Completions;

public sealed class CompletionReportRowsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
    private const string Curp = "PEGJ900512HJCRRS04";

    private static (ParsedReportRow? Row, IReadOnlyList<ReportRowProblem> Problems) Parse(
        string? curp = Curp, string? email = null, string? course = "NUBE-101", string? date = "2026-11-05", string? score = null, string? externalId = null) =>
        CompletionReportRows.Parse(new ReportRowInput(curp, email, course, date, score, externalId), Today);

    [Theory]
    [InlineData("2026-11-05", 2026, 11, 5)]
    [InlineData("2026-1-5", 2026, 1, 5)]
    [InlineData("05/11/2026", 2026, 11, 5)]
    [InlineData("5/11/2026", 2026, 11, 5)]
    [InlineData(" 31/01/2026 ", 2026, 1, 31)]
    public void TryParseDate_IsoAndDayMonthYear_AreRead(string text, int year, int month, int day)
    {
        Assert.True(TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("11/31/2026")] // month/day/year, as a US spreadsheet writes it
    [InlineData("2026-02-30")]
    [InlineData("5/11/26")]
    [InlineData("5 de noviembre de 2026")]
    [InlineData("2026-11-05T10:00:00")]
    public void Parse_DateNotIsoNorDayMonthYear_IsRejectedAsBadDate(string date)
    {
        var (row, problems) = Parse(date: date);

        Assert.Null(row);
        var problem = Assert.Single(problems);
        Assert.Equal((Codes.BadDate, Fields.Fecha), (problem.Code, problem.Column));
        Assert.Contains("dd/mm/aaaa", problem.Es, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DateAfterTomorrow_IsFuture_TodayAndTomorrowAreNot()
    {
        Assert.NotNull(Parse(date: Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Row);
        Assert.NotNull(Parse(date: Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Row);

        var (row, problems) = Parse(date: Today.AddDays(2).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(row);
        Assert.Equal(Codes.FutureDate, Assert.Single(problems).Code);
    }

    [Theory]
    [InlineData("85", 0.85)]
    [InlineData("85.5", 0.855)]
    [InlineData("85,5", 0.855)]
    [InlineData("85 %", 0.85)]
    [InlineData("100", 1.0)]
    [InlineData("0.7", 0.7)]
    [InlineData("0,7", 0.7)]
    [InlineData("1", 1.0)]
    [InlineData("1%", 0.01)]
    [InlineData("0", 0.0)]
    [InlineData("69.996", 0.6999)]
    public void ParseScore_ZeroToHundredOrZeroToOne_IsScaled(string text, double expected)
    {
        var scaled = Assert.IsType<ScoreParse.Scaled>(ParseScore(text));

        Assert.Equal((decimal)expected, scaled.Value);
    }

    [Theory]
    [InlineData("101", Codes.ScoreOutOfRange)]
    [InlineData("-1", Codes.ScoreOutOfRange)]
    [InlineData("150%", Codes.ScoreOutOfRange)]
    [InlineData("aprobado", Codes.BadScore)]
    [InlineData("8/10", Codes.BadScore)]
    public void Parse_ScoreNotANumberOrOutOfRange_IsRejected(string score, string code)
    {
        var (row, problems) = Parse(score: score);

        Assert.Null(row);
        var problem = Assert.Single(problems);
        Assert.Equal((code, Fields.Calificacion), (problem.Code, problem.Column));
    }

    [Fact]
    public void Parse_ValidRow_NormalisesCurpAndKeepsFields()
    {
        var (row, problems) = Parse(curp: " pegj900512hjcrrs04 ", course: " NUBE-101 ", date: "05/11/2026", score: "90", externalId: " A-17 ");

        Assert.Empty(problems);
        Assert.Equal(new ParsedReportRow(Curp, null, "NUBE-101", new DateOnly(2026, 11, 5), 0.9m, "A-17"), row);
    }

    [Fact]
    public void Parse_EmailOnly_IdentifiesByLowerCaseEmail()
    {
        var (row, _) = Parse(curp: " ", email: " Ana.Lopez@Example.com ");

        Assert.Equal((null, "ana.lopez@example.com"), (row?.Curp, row?.Email));
    }

    [Fact]
    public void Parse_InvalidCurpWithValidEmail_IsRejectedNotMatchedByEmail()
    {
        var (row, problems) = Parse(curp: "PEGJ900512HJCRRS05", email: "ana@example.com");

        Assert.Null(row);
        var problem = Assert.Single(problems);
        Assert.Equal((Codes.InvalidCurp, Fields.Curp), (problem.Code, problem.Column));
        Assert.Contains("verificador", problem.Es, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_EveryFieldWrong_ReportsEveryProblemAtOnce()
    {
        var (row, problems) = Parse(curp: null, email: "no-es-correo", course: "", date: "ayer", score: "200", externalId: new string('x', 101));

        Assert.Null(row);
        Assert.Equal(
            [Codes.InvalidEmail, Codes.MissingCourse, Codes.BadDate, Codes.ScoreOutOfRange, Codes.ExternalIdTooLong],
            problems.Select(p => p.Code));
        Assert.All(problems, p => Assert.DoesNotContain("no-es-correo", p.Es, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoCurpNoEmail_IsRejectedAsUnidentified()
    {
        var (_, problems) = Parse(curp: "", email: null);

        Assert.Equal(Codes.MissingIdentity, Assert.Single(problems).Code);
    }
}
