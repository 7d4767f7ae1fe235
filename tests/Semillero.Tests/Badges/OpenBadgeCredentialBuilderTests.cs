using System.Text.Json.Nodes;

using Semillero.Badges.Credentials;

namespace Semillero.Tests.Badges;

public class OpenBadgeCredentialBuilderTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 23, 18, 0, 0, 750, TimeSpan.FromHours(-6));

    private static JsonObject Build(DateTimeOffset? validUntil = null) => CredentialSamples.Credential(IssuedAt, validUntil);

    private static string[] Strings(JsonNode? array) => [.. ((JsonArray)array!).Select(n => n!.GetValue<string>())];

    [Fact]
    public void Build_ContextAndType_AreVc2AndOb3()
    {
        var credential = Build();

        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"], Strings(credential["@context"]));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], Strings(credential["type"]));
        Assert.Equal(CredentialSamples.CredentialId, (string?)credential["id"]);
        Assert.Equal("Fundamentos de la nube", (string?)credential["name"]);
    }

    [Fact]
    public void Build_IssuedAtWithOffsetAndMilliseconds_ValidFromIsUtcWholeSeconds()
    {
        var credential = Build();

        Assert.Equal("2026-11-24T00:00:00Z", (string?)credential["validFrom"]);
        Assert.Null(credential["validUntil"]);
    }

    [Fact]
    public void Build_WithValidUntil_WritesIt()
    {
        var credential = Build(IssuedAt.AddYears(3));

        Assert.Equal("2029-11-24T00:00:00Z", (string?)credential["validUntil"]);
    }

    [Fact]
    public void Build_ValidUntilNotAfterIssue_Throws()
    {
        Assert.Throws<ArgumentException>(() => Build(IssuedAt));
    }

    [Fact]
    public void Build_Issuer_IsAProfile()
    {
        var issuer = (JsonObject)Build()["issuer"]!;

        Assert.Equal(CredentialSamples.Issuer.Id, (string?)issuer["id"]);
        Assert.Equal(["Profile"], Strings(issuer["type"]));
        Assert.Equal(CredentialSamples.Issuer.Name, (string?)issuer["name"]);
        Assert.Equal(CredentialSamples.Issuer.Url, (string?)issuer["url"]);
        Assert.Equal(CredentialSamples.Issuer.Description, (string?)issuer["description"]);
    }

    [Fact]
    public void Build_Subject_CarriesOnlyTheGivenUriAndTheAchievement()
    {
        var subject = (JsonObject)Build()["credentialSubject"]!;

        Assert.Equal(["id", "type", "achievement"], subject.Select(p => p.Key));
        Assert.Equal(CredentialSamples.SubjectId, (string?)subject["id"]);
        Assert.Equal(["AchievementSubject"], Strings(subject["type"]));
    }

    [Fact]
    public void Build_Achievement_HasTypeCriteriaAndImage()
    {
        var achievement = (JsonObject)Build()["credentialSubject"]!["achievement"]!;

        Assert.Equal(CredentialSamples.BaseUrl + "/logros/fundamentos-de-la-nube", (string?)achievement["id"]);
        Assert.Equal(["Achievement"], Strings(achievement["type"]));
        Assert.Equal("LearningProgram", (string?)achievement["achievementType"]);
        Assert.StartsWith("Completar los cinco módulos", (string?)achievement["criteria"]!["narrative"], StringComparison.Ordinal);
        Assert.Equal(CredentialSamples.BaseUrl + "/insignias/fundamentos-de-la-nube.png", (string?)achievement["image"]!["id"]);
        Assert.Equal("Image", (string?)achievement["image"]!["type"]);
    }

    [Fact]
    public void Build_Skills_AreOb3Alignments()
    {
        var alignment = (JsonArray)Build()["credentialSubject"]!["achievement"]!["alignment"]!;

        Assert.Equal(2, alignment.Count);
        var first = (JsonObject)alignment[0]!;
        Assert.Equal(["Alignment"], Strings(first["type"]));
        Assert.Equal("ceasn:Competency", (string?)first["targetType"]);
        Assert.Equal("Cómputo en la nube", (string?)first["targetName"]);
        Assert.Equal("Cloud computing", (string?)first["targetDescription"]);
        Assert.Equal(CredentialSamples.BaseUrl + "/habilidades/NUBE-01", (string?)first["targetUrl"]);
        Assert.Equal("NUBE-01", (string?)first["targetCode"]);
    }

    [Fact]
    public void Build_NoSkills_OmitsAlignment()
    {
        var input = CredentialSamples.Input(IssuedAt);
        var credential = OpenBadgeCredentialBuilder.Build(input with { Achievement = input.Achievement with { Skills = [], ImageUrl = null } });

        var achievement = (JsonObject)credential["credentialSubject"]!["achievement"]!;
        Assert.False(achievement.ContainsKey("alignment"));
        Assert.False(achievement.ContainsKey("image"));
    }

    [Fact]
    public void Build_NonOfficialStatement_EndsAchievementDescriptionCriteriaAndCredentialDescription()
    {
        var credential = Build();
        var achievement = credential["credentialSubject"]!["achievement"]!;

        foreach (var text in new[] { (string)achievement["description"]!, (string)achievement["criteria"]!["narrative"]!, (string)credential["description"]! })
        {
            Assert.Contains("Reconocimiento no oficial: no constituye certificación oficial", text, StringComparison.Ordinal);
            Assert.EndsWith("Non-official recognition: not an official certification.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_CredentialStatus_IsABitstringStatusListEntry()
    {
        var status = (JsonObject)Build()["credentialStatus"]!;

        Assert.Equal(CredentialSamples.StatusListUrl + "#42", (string?)status["id"]);
        Assert.Equal("BitstringStatusListEntry", (string?)status["type"]);
        Assert.Equal("revocation", (string?)status["statusPurpose"]);
        Assert.Equal("42", status["statusListIndex"]!.GetValue<string>());
        Assert.Equal(CredentialSamples.StatusListUrl, (string?)status["statusListCredential"]);
    }

    [Theory]
    [InlineData("not a uri")]
    [InlineData("/verificar/relative")]
    [InlineData("")]
    public void Build_CredentialIdNotAbsolute_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => OpenBadgeCredentialBuilder.Build(CredentialSamples.Input(IssuedAt) with { CredentialId = id }));
    }

    [Fact]
    public void Build_UrnUuidIds_AreAccepted()
    {
        var credential = OpenBadgeCredentialBuilder.Build(CredentialSamples.Input(IssuedAt) with { CredentialId = "urn:uuid:5b0f9c4e-3c1a-4d47-9a55-0d6f2f1e8a11" });

        Assert.Equal("urn:uuid:5b0f9c4e-3c1a-4d47-9a55-0d6f2f1e8a11", (string?)credential["id"]);
    }

    [Fact]
    public void Build_NegativeStatusIndex_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OpenBadgeCredentialBuilder.Build(
            CredentialSamples.Input(IssuedAt) with { Status = new CredentialStatusEntry(CredentialSamples.StatusListUrl, -1) }));
    }
}
