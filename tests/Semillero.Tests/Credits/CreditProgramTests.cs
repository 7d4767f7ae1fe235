using System.Text.Json.Nodes;
using Semillero.Credits;

namespace Semillero.Tests.Credits;

// The program's rules are data with rules of their own: the shipped version keeps them, and a
// version an operator publishes is refused whole, every problem named, when it breaks one.
public sealed class CreditProgramTests
{
    [Fact]
    public void Shipped_CapsEachCompanyAtOneHundredThousandDollarsWithTwoTiers()
    {
        var program = CreditPrograms.Shipped;

        Assert.Equal(1, program.Version);
        Assert.Equal(10_000_000, program.LifetimeCapCents);
        Assert.Equal(["base", "aliado"], program.Tiers.Select(t => t.Key));
        Assert.False(program.FindTier("base")!.Reviewed);
        Assert.True(program.FindTier("aliado")!.RequiresVouching);
        Assert.Equal(program.LifetimeCapCents, program.FindTier("aliado")!.MaxCents);
        Assert.Equal(100, program.Review.Rubric.Sum(c => c.Weight));
        Assert.DoesNotContain(StartupStage.SerieBOMas, program.Eligibility.Stages);
        Assert.Empty(CreditPrograms.Check(program));
    }

    [Fact]
    public void ToJson_ThenParse_GivesTheSameProgram()
    {
        var (program, errors) = CreditPrograms.Parse(CreditPrograms.ToJson(CreditPrograms.Shipped));

        Assert.Empty(errors);
        Assert.Equal(CreditPrograms.ToJson(CreditPrograms.Shipped), CreditPrograms.ToJson(program!));
    }

    private static string Edited(Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(CreditPrograms.ShippedJson)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Parse_SeveralBrokenRules_NamesEveryProblemInBothLanguages()
    {
        var json = Edited(p =>
        {
            p["lifetimeCapCents"] = 0;
            p["review"]!["rubric"]![0]!["weight"] = 30;
            p["tiers"]![1]!["key"] = "base";
        });

        var (program, errors) = CreditPrograms.Parse(json);

        Assert.Null(program);
        Assert.Contains(errors, e => e.Contains("tope por empresa", StringComparison.Ordinal) && e.Contains("cap per company", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("suman 100", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("repetidas", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TierAboveTheCap_IsRefused()
    {
        var (program, errors) = CreditPrograms.Parse(Edited(p => p["tiers"]![1]!["maxCents"] = 10_000_001));

        Assert.Null(program);
        Assert.Single(errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"version\":1,\"surprise\":true}")]
    public void Parse_NotAProgram_IsRefusedWithAReason(string json)
    {
        var (program, errors) = CreditPrograms.Parse(json);

        Assert.Null(program);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Parse_UnknownStage_IsRefused()
    {
        var (program, errors) = CreditPrograms.Parse(Edited(p => p["eligibility"]!["stages"]!.AsArray().Add("SerieZ")));

        Assert.Null(program);
        Assert.NotEmpty(errors);
    }
}
