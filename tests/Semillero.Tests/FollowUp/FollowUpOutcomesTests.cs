using Semillero.Data;
using Semillero.FollowUp;
using Semillero.Hiring;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.FollowUp;

public abstract class FollowUpOutcomesTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : FollowUpOutcomesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : FollowUpOutcomesTests(DatabaseProvider.Postgres);

    private static readonly DateTime Now = TestClock.Now.UtcDateTime;

    private sealed record Answer(EmploymentStatus Employment, TrainingHelped Helped, SalaryBand? Salary = null);

    // `unanswered` sent surveys without an answer, plus one survey per answer.
    private async Task SeedAsync(Guid path, DateOnly cohort, string state, int unanswered, IEnumerable<Answer> answers, int months = 3)
    {
        await using var db = Database.NewDb();
        var surveys = new List<FollowUpSurvey>();
        foreach (var answer in Enumerable.Repeat<Answer?>(null, unanswered).Concat(answers))
        {
            var learner = new Learner
            {
                Id = Guid.NewGuid(), Curp = Guid.NewGuid().ToString("N")[..18], GivenNames = "A", FirstSurname = "B",
                StateCode = state, CreatedAt = Now, UpdatedAt = Now,
            };
            db.Learners.Add(learner);
            surveys.Add(new FollowUpSurvey
            {
                Id = Guid.NewGuid(), LearnerId = learner.Id, PathCompletionId = Guid.NewGuid(), PathId = path, Months = months,
                Cohort = cohort, StateCode = state, DueAt = Now, ExpiresAt = Now.AddDays(30), SentAt = Now,
                AnsweredAt = answer is null ? null : Now, Employment = answer?.Employment, Helped = answer?.Helped,
                SalaryBand = answer?.Salary, SectorCode = answer is { Employment: EmploymentStatus.Empleado or EmploymentStatus.PorCuentaPropia } ? "54" : null,
            });
        }

        db.FollowUpSurveys.AddRange(surveys);
        await db.SaveChangesAsync();
    }

    private static IEnumerable<Answer> Times(int count, Answer answer) => Enumerable.Repeat(answer, count);

    private static readonly Answer Worker = new(EmploymentStatus.Empleado, TrainingHelped.Mucho, SalaryBand.De10kA20k);
    private static readonly Answer OwnBusiness = new(EmploymentStatus.PorCuentaPropia, TrainingHelped.Algo);
    private static readonly Answer Looking = new(EmploymentStatus.Buscando, TrainingHelped.Nada);

    private async Task<OutcomeTable> OutcomesAsync(OutcomeBreakdown by, int months = 3)
    {
        await using var db = Database.NewDb();
        return Assert.IsType<FollowUpOutcomesResult.Ok>(await new FollowUpOutcomes(db).RunAsync(by, months, default)).Table;
    }

    [Fact]
    public async Task ByCohort_RatesForLargeCells_SmallCellsAndTheirComplementsSuppressed()
    {
        Guid path;
        await using (var db = Database.NewDb())
        {
            path = await FollowUpSeed.PathAsync(db, "nube-fundamentos", Now);
        }

        // January: 20 sent, 12 answered (6 employed, 1 on their own, 5 looking).
        await SeedAsync(path, new DateOnly(2026, 1, 1), "09", 8, [.. Times(6, Worker), OwnBusiness, .. Times(5, Looking)]);
        // February: 15 sent, 10 answered (5 employed, 5 looking).
        await SeedAsync(path, new DateOnly(2026, 2, 1), "14", 5, [.. Times(5, Worker), .. Times(5, Looking)]);
        // March: 3 sent, 2 answered — too few to publish.
        await SeedAsync(path, new DateOnly(2026, 3, 1), "20", 1, [Worker, Looking]);
        // Another milestone does not count here.
        await SeedAsync(path, new DateOnly(2026, 1, 1), "09", 0, Times(7, Worker), months: 6);

        var table = await OutcomesAsync(OutcomeBreakdown.Cohort);

        Assert.Equal(["2026-01", "2026-02", "2026-03"], table.Rows.Select(r => r.Key));
        Assert.Equal("enero de 2026", table.Rows[0].LabelEs);
        Assert.Equal("January 2026", table.Rows[0].LabelEn);
        var (january, february, march) = (table.Rows[0], table.Rows[1], table.Rows[2]);
        Assert.Equal(20, january.Sent);
        Assert.Equal(12, january.Answered);
        Assert.Equal(0.6, january.ResponseRate);
        Assert.Equal(7, january.Employed);
        Assert.Equal(Math.Round(7 / 12.0, 4), january.EmployedRate);
        Assert.Equal(Math.Round(7 / 12.0, 4), january.HelpedRate);
        // Six in one income band and one who preferred not to say: below the sensitive threshold.
        Assert.Null(january.Salary[1]);
        Assert.True(january.Suppressed);

        // March is small; February is hidden with it so the totals cannot give March back.
        Assert.True(march.Suppressed);
        Assert.Null(march.Sent);
        Assert.Null(march.Answered);
        Assert.Null(march.ResponseRate);
        Assert.Null(march.EmployedRate);
        Assert.True(february.Suppressed);
        Assert.Null(february.Sent);
        Assert.Null(february.Answered);
        Assert.Null(february.EmployedRate);

        Assert.Equal(38, table.Total.Sent);
        Assert.Equal(24, table.Total.Answered);
        Assert.Equal(13, table.Total.Employed);
    }

    [Fact]
    public async Task IncomeBands_AreSensitive_PublishedOnlyFromTen()
    {
        Guid path;
        await using (var db = Database.NewDb())
        {
            path = await FollowUpSeed.PathAsync(db, "ia-fundamentos", Now);
        }

        var cohort = new DateOnly(2026, 1, 1);
        // Mexico City: 24 employed, 12 + 12 in two bands.
        await SeedAsync(path, cohort, "09", 0, [.. Times(12, Worker), .. Times(12, Worker with { Salary = SalaryBand.De20kA35k })]);
        // Jalisco: 22 employed, 13 in one band and 9 in another (small for income).
        await SeedAsync(path, cohort, "14", 0, [.. Times(13, Worker), .. Times(9, Worker with { Salary = SalaryBand.Mas50k })]);

        var table = await OutcomesAsync(OutcomeBreakdown.State);

        var (cdmx, jalisco) = (table.Rows.Single(r => r.Key == "09"), table.Rows.Single(r => r.Key == "14"));
        Assert.Equal("Ciudad de México", cdmx.LabelEs);
        Assert.Equal(24, cdmx.Employed);
        Assert.Equal(22, jalisco.Employed);
        var bands = FollowUpAnswerRules.Salary.Select(b => b.Value).ToList();
        int? Band(OutcomeRow row, SalaryBand band) => row.Salary[bands.IndexOf(band)];
        Assert.Null(Band(jalisco, SalaryBand.Mas50k));
        Assert.Null(Band(jalisco, SalaryBand.De10kA20k));
        Assert.True(jalisco.Suppressed);
        // The 9 cannot be recovered from the total row either.
        Assert.Null(Band(table.Total, SalaryBand.Mas50k));
        // Every suppressed band leaves at least two unknowns in its row and in its column.
        var rows = table.Rows.Append(table.Total).ToList();
        for (var b = 0; b < bands.Count + 1; b++)
        {
            Assert.NotEqual(1, rows.Count(r => r.Salary[b] is null));
        }

        foreach (var row in rows)
        {
            Assert.NotEqual(1, row.Salary.Count(s => s is null));
        }
    }

    [Fact]
    public async Task OtherMilestones_AndNoData()
    {
        Assert.Empty((await OutcomesAsync(OutcomeBreakdown.Path, 12)).Rows);
        await using var db = Database.NewDb();
        Assert.IsType<FollowUpOutcomesResult.InvalidMonths>(await new FollowUpOutcomes(db).RunAsync(OutcomeBreakdown.Path, 4, default));
    }
}
