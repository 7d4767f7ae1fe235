using System.Text.Json;
using System.Text.Json.Nodes;
using Semillero.Diagnostics;
using Semillero.Skills;

namespace Semillero.Tests.Diagnostics;

// The question bank is data with rules: the shipped version keeps them, and a version an operator
// publishes is refused whole, every problem named, when it breaks one.
public sealed class QuestionBankTests
{
    [Fact]
    public void Shipped_HasTheSevenDimensionsWithThreeOrFourQuestionsEach()
    {
        var bank = QuestionBanks.Shipped;

        Assert.Equal(1, bank.Version);
        Assert.Equal(["estrategia", "datos", "talento", "procesos", "uso-ia", "nube", "gobierno"], bank.Dimensions.Select(d => d.Id));
        Assert.All(bank.Dimensions, d => Assert.InRange(d.Questions.Count, 3, 4));
        Assert.Empty(QuestionBanks.Check(bank));
        Assert.NotNull(bank.FindQuestion(bank.AdvancedUse.QuestionId));
        Assert.All(bank.Dimensions.SelectMany(d => d.Skills), s => Assert.NotNull(SkillCatalog.Find(s)));
    }

    [Fact]
    public void Shipped_EveryOptionHasAnAnchorInBothLanguages()
    {
        Assert.All(QuestionBanks.Shipped.Questions, q =>
        {
            Assert.All(q.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Es) || string.IsNullOrWhiteSpace(o.En)));
            // Concrete anchors, not "poco/mucho": no two options of a question read the same.
            Assert.Equal(5, q.Options.Select(o => o.Es).Distinct(StringComparer.Ordinal).Count());
        });
    }

    private static JsonObject ShippedJson() => JsonNode.Parse(QuestionBanks.ShippedJson)!.AsObject();

    [Fact]
    public void Parse_NextVersionOfTheShippedBank_IsAccepted()
    {
        var json = ShippedJson();
        json["version"] = 2;

        var (bank, errors) = QuestionBanks.Parse(json.ToJsonString());

        Assert.Empty(errors);
        Assert.Equal(2, bank!.Version);
    }

    [Fact]
    public void Parse_RepeatedQuestionIdBadOptionsAndUnknownSkill_NamesEachProblem()
    {
        var json = ShippedJson();
        var dims = json["dimensions"]!.AsArray();
        var questions = dims[0]!["questions"]!.AsArray();
        questions[1]!["id"] = questions[0]!["id"]!.GetValue<string>();
        questions[2]!["options"]!.AsArray().RemoveAt(4);
        dims[1]!["skills"]!.AsArray().Add("habilidad-inventada");

        var (bank, errors) = QuestionBanks.Parse(json.ToJsonString());

        Assert.Null(bank);
        Assert.Contains(errors, e => e.Contains("se repite", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("cinco opciones", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("habilidad-inventada", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AdvancedUseNamingNoQuestionAndMissingLevel_IsRefused()
    {
        var json = ShippedJson();
        json["advancedUse"]!["questionId"] = "no-existe";
        json["levels"]!.AsArray().RemoveAt(4);

        var (_, errors) = QuestionBanks.Parse(json.ToJsonString());

        Assert.Contains(errors, e => e.Contains("advancedUse", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("levels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"version\": 2, \"desconocido\": true}")]
    public void Parse_NotABank_IsRefusedWithAReason(string json)
    {
        var (bank, errors) = QuestionBanks.Parse(json);

        Assert.Null(bank);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void ShippedJson_RoundTripsToTheSameBank()
    {
        var again = JsonSerializer.Deserialize<JsonObject>(QuestionBanks.ShippedJson)!;

        Assert.Equal(QuestionBanks.Shipped.Questions.Count(), again["dimensions"]!.AsArray().Sum(d => d!["questions"]!.AsArray().Count));
    }
}
