using Semillero.Diagnostics;

namespace Semillero.Tests.Diagnostics;

// The scoring, against results computed by hand (docs/diagnostic.md, "Scoring").
public sealed class MaturityScoringTests
{
    // Three dimensions of two questions; the advanced-use rule reads question c1.
    private static readonly QuestionBank Bank = new(9, "2026-12-07", 5,
        [.. Enumerable.Range(0, 5).Select(l => new MaturityLevel(l, $"N{l}", $"L{l}", "d", "d"))],
        new AdvancedUseRule("c1", 3, 3, "d", "d"),
        [Dim("a", "a1", "a2"), Dim("b", "b1", "b2"), Dim("c", "c1", "c2")]);

    private static Dimension Dim(string id, params string[] questions) =>
        new(id, id, id, "s", "s", [], [.. questions.Select(q => new Question(q, q, q, [.. Enumerable.Range(0, 5).Select(s => new AnswerOption(s, "o", "o"))]))]);

    private static RespondentAnswers R(params (string Q, int S)[] answers) =>
        new(Guid.NewGuid(), answers.ToDictionary(a => a.Q, a => a.S, StringComparer.Ordinal));

    [Fact]
    public void Score_OneRespondent_DimensionsAreMeansOverFourRoundedHalfAway()
    {
        // a: (2+3)/2 = 2.5 → 62.5 → 63; b: 4,4 → 100; c: (0+1)/2 = 0.5 → 12.5 → 13.
        // Overall: (63 + 100 + 13) / 3 = 58.67 → 59 → level 2.
        var result = MaturityScoring.Score(Bank, [R(("a1", 2), ("a2", 3), ("b1", 4), ("b2", 4), ("c1", 0), ("c2", 1))]);

        Assert.Equal([63, 100, 13], result.Dimensions.Select(d => d.Score));
        Assert.Equal(59, result.Overall);
        Assert.Equal(2, result.Level);
        Assert.False(result.AdvancedAi);
        Assert.Empty(result.Unanswered);
    }

    [Fact]
    public void Score_ThreeRespondents_QuestionIsTheMedianAndSpreadIsHighestMinusLowest()
    {
        // a1: 1,3,4 → 3; a2: 2,2,0 → 2 → a = 2.5 → 63. b1: 4,4,4; b2: 3,1,4 → 3 → b = 3.5 → 87.5 → 88.
        // c1: 3,3,2 → 3; c2: 3,4,4 → 4 → c = 3.5 → 88. Overall (63+88+88)/3 = 79.67 → 80 → level 4,
        // and c1 = 3 ≥ 3: advanced use.
        var result = MaturityScoring.Score(Bank,
        [
            R(("a1", 1), ("a2", 2), ("b1", 4), ("b2", 3), ("c1", 3), ("c2", 3)),
            R(("a1", 3), ("a2", 2), ("b1", 4), ("b2", 1), ("c1", 3), ("c2", 4)),
            R(("a1", 4), ("a2", 0), ("b1", 4), ("b2", 4), ("c1", 2), ("c2", 4)),
        ]);

        Assert.Equal([63, 88, 88], result.Dimensions.Select(d => d.Score));
        Assert.Equal(80, result.Overall);
        Assert.Equal(4, result.Level);
        Assert.True(result.AdvancedAi);
        var a1 = result.Dimension("a").Questions[0];
        Assert.Equal((3m, 3, 3), (a1.Median!.Value, a1.Answers, a1.Spread!.Value));
        // Each respondent's own "a": (1+2)/2 → 38, (3+2)/2 → 63, (4+0)/2 → 50.
        Assert.Equal((38, 63), (result.Dimension("a").LowestRespondent!.Value, result.Dimension("a").HighestRespondent!.Value));
    }

    [Fact]
    public void Score_EvenNumberOfAnswers_MedianIsTheMeanOfTheTwoMiddleOnes()
    {
        // a1: 2,3 → 2.5; a2: 3 (one answered) → a = 2.75 → 68.75 → 69.
        var result = MaturityScoring.Score(Bank,
        [
            R(("a1", 2), ("a2", 3), ("b1", 0), ("b2", 0), ("c1", 0), ("c2", 0)),
            R(("a1", 3)),
        ]);

        Assert.Equal(2.5m, result.Dimension("a").Questions[0].Median);
        Assert.Equal(69, result.Dimension("a").Score);
        // The second respondent did not answer all of "a": the spread counts only the first.
        Assert.Null(result.Dimension("a").LowestRespondent);
    }

    [Fact]
    public void Score_UnansweredQuestion_LeavesItsDimensionAndTheOverallWithoutScore()
    {
        var result = MaturityScoring.Score(Bank, [R(("a1", 2), ("a2", 3), ("b1", 4), ("c1", 4), ("c2", 4))]);

        Assert.Equal(63, result.Dimension("a").Score);
        Assert.Null(result.Dimension("b").Score);
        Assert.Equal(100, result.Dimension("c").Score);
        Assert.Null(result.Overall);
        Assert.Null(result.Level);
        Assert.False(result.AdvancedAi);
        Assert.Equal(["b2"], result.Unanswered);
    }

    [Fact]
    public void Score_NoRespondents_EveryQuestionIsUnanswered()
    {
        var result = MaturityScoring.Score(Bank, []);

        Assert.Equal(6, result.Unanswered.Count);
        Assert.False(result.Complete);
    }

    [Fact]
    public void Score_LevelThreeButAiNotInProduction_IsNotAdvancedUse()
    {
        // Everything 3 except c1 = 2: a = 75, b = 75, c = 2.5 → 63; overall 71 → level 3; c1 = 2 < 3.
        var result = MaturityScoring.Score(Bank, [R(("a1", 3), ("a2", 3), ("b1", 3), ("b2", 3), ("c1", 2), ("c2", 3))]);

        Assert.Equal(3, result.Level);
        Assert.False(result.AdvancedAi);
    }

    [Fact]
    public void Score_AiInProductionButLevelTwo_IsNotAdvancedUse()
    {
        // a = 0, b = 50, c = 3,3 → 75: overall 41.67 → 42 → level 2, though c1 = 3.
        var result = MaturityScoring.Score(Bank, [R(("a1", 0), ("a2", 0), ("b1", 2), ("b2", 2), ("c1", 3), ("c2", 3))]);

        Assert.Equal(2, result.Level);
        Assert.False(result.AdvancedAi);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19, 0)]
    [InlineData(20, 1)]
    [InlineData(39, 1)]
    [InlineData(40, 2)]
    [InlineData(60, 3)]
    [InlineData(79, 3)]
    [InlineData(80, 4)]
    [InlineData(100, 4)]
    public void LevelOf_BandsOfTwenty(int overall, int level) => Assert.Equal(level, MaturityScoring.LevelOf(overall));

    [Theory]
    [InlineData(0.5, 13)]
    [InlineData(1.5, 38)]
    [InlineData(2.5, 63)]
    [InlineData(3.5, 88)]
    [InlineData(2.0, 50)]
    public void Percent_RoundsHalvesAwayFromZero(double mean, int percent) => Assert.Equal(percent, MaturityScoring.Percent((decimal)mean));

    [Fact]
    public void Weakest_TiesKeepTheBanksOrder()
    {
        // a = 50, b = 25, c = 50: b first, then a before c.
        var result = MaturityScoring.Score(Bank, [R(("a1", 2), ("a2", 2), ("b1", 1), ("b2", 1), ("c1", 2), ("c2", 2))]);

        Assert.Equal(["b", "a", "c"], MaturityScoring.Weakest(result).Select(d => d.DimensionId));
        Assert.Equal(["b"], MaturityScoring.Weakest(result, 1).Select(d => d.DimensionId));
    }

    [Theory]
    [InlineData(0, 0, 0, false)]
    [InlineData(4, 100, 4, true)]
    [InlineData(2, 50, 2, false)]
    public void Score_ShippedBankAllAnswersEqual_GivesThatPercentEverywhere(int score, int overall, int level, bool advanced)
    {
        var bank = QuestionBanks.Shipped;
        var result = MaturityScoring.Score(bank, [new RespondentAnswers(Guid.NewGuid(), bank.Questions.ToDictionary(q => q.Id, _ => score, StringComparer.Ordinal))]);

        Assert.All(result.Dimensions, d => Assert.Equal(overall, d.Score));
        Assert.Equal((overall, level, advanced), (result.Overall!.Value, result.Level!.Value, result.AdvancedAi));
    }
}
