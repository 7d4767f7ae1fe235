using Semillero.Credits;

namespace Semillero.Tests.Credits;

// The credit program's pure rules, against values worked out by hand (docs/credits.md).
public sealed class CreditRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);

    [Theory]
    [InlineData("100000", 10_000_000)]
    [InlineData("100,000", 10_000_000)]
    [InlineData("USD 5,000", 500_000)]
    [InlineData("$2,500.5", 250_050)]
    [InlineData(" 0.01 ", 1)]
    [InlineData("99999.99", 9_999_999)]
    public void TryParseUsd_AmountsAsPeopleTypeThem_AreExactCents(string text, long cents)
    {
        Assert.True(CreditRules.TryParseUsd(text, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1.005")]
    [InlineData("1e5")]
    [InlineData("cien mil")]
    [InlineData("1.2.3")]
    [InlineData("1000000000000000")]
    public void TryParseUsd_NotAnAmount_IsRefused(string? text) =>
        Assert.False(CreditRules.TryParseUsd(text, out _));

    [Theory]
    [InlineData(10_000_000, "USD 100,000")]
    [InlineData(250_050, "USD 2,500.50")]
    [InlineData(1, "USD 0.01")]
    [InlineData(0, "USD 0")]
    public void FormatUsd_GroupsThousandsAndShowsCentsOnlyWhenThereAreSome(long cents, string text) =>
        Assert.Equal(text, CreditRules.FormatUsd(cents));

    private static EligibilityFacts Facts(DateOnly? founded = null, StartupStage? stage = StartupStage.Semilla, int founders = 2, int graduates = 1, bool verified = true, bool startup = true) =>
        new(founded ?? new DateOnly(2024, 3, 1), stage, founders, graduates, verified, startup);

    [Fact]
    public void Eligibility_YoungVerifiedSeedStartupWithAGraduateFounder_PassesEveryCheck()
    {
        var checks = CreditRules.Eligibility(CreditPrograms.Shipped, Facts(), Today);

        Assert.True(CreditRules.Eligible(checks));
        Assert.Equal(["startup", "verificada", "antiguedad", "etapa", "fundador-egresado"], checks.Select(c => c.Id));
    }

    [Fact]
    public void Eligibility_SeriesBOlderThanFiveYearsWithoutGraduates_NamesEveryReasonAtOnce()
    {
        var checks = CreditRules.Eligibility(CreditPrograms.Shipped, Facts(new DateOnly(2021, 12, 7), StartupStage.SerieBOMas, graduates: 0), Today);

        Assert.False(CreditRules.Eligible(checks));
        Assert.Equal(["antiguedad", "etapa", "fundador-egresado"], checks.Where(c => !c.Passed).Select(c => c.Id));
        Assert.Contains("Serie B o posterior", checks.Single(c => c.Id == "etapa").ReasonEs, StringComparison.Ordinal);
        Assert.Contains("Series B or later", checks.Single(c => c.Id == "etapa").ReasonEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, 12, 8, true)]
    [InlineData(2021, 12, 7, false)]
    public void Eligibility_AgeLimit_CountsTheFifthAnniversaryAsEligible(int year, int month, int day, bool eligible)
    {
        var checks = CreditRules.Eligibility(CreditPrograms.Shipped, Facts(new DateOnly(year, month, day)), Today);

        Assert.Equal(eligible, checks.Single(c => c.Id == "antiguedad").Passed);
    }

    [Fact]
    public void Eligibility_NoProfileYet_AsksForTheProfileInsteadOfJudgingAgeAndStage()
    {
        var checks = CreditRules.Eligibility(CreditPrograms.Shipped, new EligibilityFacts(null, null, 0, 0, true, true), Today);

        Assert.Equal("perfil", checks[^1].Id);
        Assert.False(checks[^1].Passed);
        Assert.DoesNotContain(checks, c => c.Id == "antiguedad");
    }

    [Fact]
    public void Eligibility_ProgramWithoutTheTrainingRule_DoesNotAskForAGraduate()
    {
        var program = CreditPrograms.Shipped with { Eligibility = CreditPrograms.Shipped.Eligibility with { RequireGraduateFounder = false } };

        var checks = CreditRules.Eligibility(program, Facts(graduates: 0), Today);

        Assert.True(CreditRules.Eligible(checks));
        Assert.DoesNotContain(checks, c => c.Id == "fundador-egresado");
    }

    [Fact]
    public void Eligibility_NotAStartupAndNotVerified_AreReasonsToo()
    {
        var checks = CreditRules.Eligibility(CreditPrograms.Shipped, Facts(verified: false, startup: false), Today);

        Assert.Equal(["startup", "verificada"], checks.Where(c => !c.Passed).Select(c => c.Id));
    }

    private static readonly IReadOnlyList<RubricCriterion> Rubric =
    [
        new("a", "A", "A", 25, "g", "g"),
        new("b", "B", "B", 25, "g", "g"),
        new("c", "C", "C", 20, "g", "g"),
        new("d", "D", "D", 15, "g", "g"),
        new("e", "E", "E", 15, "g", "g"),
    ];

    private static Dictionary<string, int> Scores(int a, int b, int c, int d, int e) =>
        new(StringComparer.Ordinal) { ["a"] = a, ["b"] = b, ["c"] = c, ["d"] = d, ["e"] = e };

    [Theory]
    [InlineData(1, 1, 1, 1, 1, 0)]
    [InlineData(5, 5, 5, 5, 5, 100)]
    // 25·1 + 25·0.5 + 20·0.75 + 15·0.25 + 15·0 = 25 + 12.5 + 15 + 3.75 = 56.25 → 56.
    [InlineData(5, 3, 4, 2, 1, 56)]
    // 25·0.75 + 25·0.75 + 20·0.5 + 15·0.5 + 15·0.25 = 18.75 + 18.75 + 10 + 7.5 + 3.75 = 58.75 → 59.
    [InlineData(4, 4, 3, 3, 2, 59)]
    // 15·0.5 = 7.5 → 8 (half away from zero).
    [InlineData(1, 1, 1, 3, 1, 8)]
    public void RubricTotal_WeightsTimesScoreAboveOneOverFour_RoundedHalfAway(int a, int b, int c, int d, int e, int total) =>
        Assert.Equal(total, CreditRules.RubricTotal(Rubric, Scores(a, b, c, d, e)));

    [Fact]
    public void RubricTotal_MissingOrOutOfRangeCriterion_IsNull()
    {
        Assert.Null(CreditRules.RubricTotal(Rubric, new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 3 }));
        Assert.Null(CreditRules.RubricTotal(Rubric, Scores(0, 3, 3, 3, 3)));
        Assert.Null(CreditRules.RubricTotal(Rubric, Scores(6, 3, 3, 3, 3)));
        var wrongKey = Scores(3, 3, 3, 3, 3);
        wrongKey.Remove("e");
        wrongKey["z"] = 3;
        Assert.Null(CreditRules.RubricTotal(Rubric, wrongKey));
    }

    [Theory]
    [InlineData(60, 80, 20, false)]
    [InlineData(60, 81, 20, true)]
    [InlineData(81, 60, 20, true)]
    [InlineData(50, 50, 0, false)]
    public void NeedsThirdReviewer_OnlyWhenTheGapExceedsTheMargin(int first, int second, int margin, bool needed) =>
        Assert.Equal(needed, CreditRules.NeedsThirdReviewer(first, second, margin));

    [Fact]
    public void ReviewScore_IsTheMeanRoundedHalfAway()
    {
        Assert.Equal(71, CreditRules.ReviewScore([60, 81]));
        Assert.Equal(67, CreditRules.ReviewScore([60, 81, 60]));
        Assert.Null(CreditRules.ReviewScore([]));
    }

    [Theory]
    [InlineData(10_000_000, 0, 10_000_000)]
    [InlineData(10_000_000, 500_000, 9_500_000)]
    [InlineData(500_000, 500_000, 0)]
    [InlineData(400_000, 500_000, -100_000)]
    public void Grant_TopUpGrantsOnlyTheDifferenceAboveTheLastAward(long total, long last, long grant) =>
        Assert.Equal(grant, CreditRules.Grant(total, last));

    [Fact]
    public void HashCode_IgnoresCaseSpacesAndHyphens()
    {
        Assert.Equal(CreditRules.HashCode("ABCD-EFGH-JKMN-PQRS"), CreditRules.HashCode(" abcd efgh-jkmn pqrs "));
        Assert.NotEqual(CreditRules.HashCode("ABCD-EFGH-JKMN-PQRS"), CreditRules.HashCode("ABCD-EFGH-JKMN-PQRT"));
        Assert.Equal(64, CreditRules.HashCode("x").Length);
    }

    [Fact]
    public void NewVouchingCode_FourGroupsOfFourWithoutLookAlikes_AndNeverTheSameTwice()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => CreditRules.NewVouchingCode()).ToList();

        Assert.All(codes, c => Assert.Matches("^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
