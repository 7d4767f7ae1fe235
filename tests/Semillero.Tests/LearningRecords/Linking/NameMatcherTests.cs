using Semillero.LearningRecords.Linking;

namespace Semillero.Tests.LearningRecords.Linking;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Ana María López Pérez", true)]
    [InlineData("ANA MARIA LOPEZ PEREZ", true)]
    [InlineData("López Pérez, Ana María", true)]
    [InlineData("  ana   maría  lópez-pérez ", true)]
    [InlineData("Ana López Pérez", false)]
    [InlineData("Ana María López", false)]
    [InlineData("Ana María López Pérez Ruiz", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Same_ProviderName_MatchesIgnoringAccentsCaseAndOrder(string? sent, bool same) =>
        Assert.Equal(same, NameMatcher.Same(sent, "Ana María", "López", "Pérez"));

    [Fact]
    public void Same_NoSecondSurname_NeedsExactlyTheOtherWords()
    {
        Assert.True(NameMatcher.Same("Nuñez Carlos", "Carlos", "Núñez", null));
        Assert.False(NameMatcher.Same("Carlos", "Carlos", "Núñez", null));
    }

    [Theory]
    [InlineData("account:https://moodle.example|ana.l", ActorKind.Account, "https://moodle.example", "ana.l")]
    [InlineData("account:https://moodle.example|a|b", ActorKind.Account, "https://moodle.example", "a|b")]
    [InlineData("mbox:mailto:ana@example.com", ActorKind.Email, null, "ana@example.com")]
    [InlineData("sha1:abc", ActorKind.EmailHash, null, "abc")]
    [InlineData("openid:https://id.example/ana", ActorKind.OpenId, null, "https://id.example/ana")]
    [InlineData("group:mbox:mailto:a@example.com", ActorKind.Group, null, "mbox:mailto:a@example.com")]
    public void Parse_ActorKey_GivesItsParts(string key, ActorKind kind, string? platform, string value)
    {
        var identity = ActorIdentity.Parse(key);

        Assert.Equal((kind, platform, value), (identity.Kind, identity.Platform, identity.Value));
        if (kind == ActorKind.Account)
        {
            Assert.Equal(key, ActorIdentity.AccountKey(platform!, value));
        }
    }
}
