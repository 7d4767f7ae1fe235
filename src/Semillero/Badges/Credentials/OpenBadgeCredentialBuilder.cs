using System.Globalization;
using System.Text.Json.Nodes;

namespace Semillero.Badges.Credentials;

// Everything one Open Badges 3.0 credential says, in plain values, so callers need no JSON.
public sealed record OpenBadgeCredentialInput(
    string CredentialId,
    CredentialIssuer Issuer,
    string SubjectId,
    CredentialAchievement Achievement,
    DateTimeOffset IssuedAt,
    CredentialStatusEntry Status,
    DateTimeOffset? ValidUntil = null);

// The issuing organisation as an OB 3.0 Profile. Id must stay stable for ever: verifiers compare it
// with the JWT's iss and old credentials keep pointing at it.
public sealed record CredentialIssuer(string Id, string Name, string Url, string Description);

// AchievementType is an OB 3.0 AchievementType value ("Badge", "LearningProgram", ...).
public sealed record CredentialAchievement(
    string Id,
    string Name,
    string Description,
    string CriteriaNarrative,
    string AchievementType,
    IReadOnlyList<CredentialSkill> Skills,
    string? ImageUrl = null);

// A skill the achievement attests. Url is where the skill is described (OB 3.0 requires targetUrl).
public sealed record CredentialSkill(string Code, string Url, string NameEs, string NameEn);

// Where the credential's revocation bit lives (W3C Bitstring Status List v1.0).
public sealed record CredentialStatusEntry(string StatusListCredentialUrl, int Index);

// Builds the unsigned OpenBadgeCredential (OB 3.0 §B.1.1, W3C VC Data Model 2.0). The JSON is the
// credential exactly as it is signed; CredentialSigner adds the JWT claims around it.
public static class OpenBadgeCredentialBuilder
{
    public const string VcContext = "https://www.w3.org/ns/credentials/v2";

    public const string Ob3Context = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    public const string NonOfficialEs = "Reconocimiento no oficial: no constituye certificación oficial.";

    public const string NonOfficialEn = "Non-official recognition: not an official certification.";

    // OB 3.0 AlignmentTargetType has no "skill" value; a skill is a competency in CTDL-ASN terms, so
    // ceasn:Competency is the closest value the enumeration allows without an ext: extension.
    public const string SkillTargetType = "ceasn:Competency";

    public static JsonObject Build(OpenBadgeCredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireUri(input.CredentialId, nameof(input.CredentialId));
        RequireUri(input.SubjectId, nameof(input.SubjectId));
        RequireUri(input.Achievement.Id, "Achievement.Id");
        RequireText(input.Achievement.Name, "Achievement.Name");
        RequireText(input.Achievement.AchievementType, "Achievement.AchievementType");
        if (input.ValidUntil is { } until && WholeSeconds(until) <= WholeSeconds(input.IssuedAt))
        {
            throw new ArgumentException("ValidUntil must be later than IssuedAt.", nameof(input));
        }

        var achievement = input.Achievement;
        var disclaimer = NonOfficialEs + " " + NonOfficialEn;

        var achievementJson = new JsonObject
        {
            ["id"] = achievement.Id,
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = achievement.AchievementType,
            ["name"] = achievement.Name,
            ["description"] = AppendDisclaimer(achievement.Description, disclaimer),
            ["criteria"] = new JsonObject { ["narrative"] = AppendDisclaimer(achievement.CriteriaNarrative, disclaimer) },
        };
        if (achievement.ImageUrl is { } image)
        {
            RequireUri(image, "Achievement.ImageUrl");
            achievementJson["image"] = new JsonObject { ["id"] = image, ["type"] = "Image", ["caption"] = achievement.Name };
        }

        if (achievement.Skills.Count > 0)
        {
            var alignment = new JsonArray();
            foreach (var skill in achievement.Skills)
            {
                RequireUri(skill.Url, "Skill.Url");
                RequireText(skill.NameEs, "Skill.NameEs");
                alignment.Add(new JsonObject
                {
                    ["type"] = new JsonArray("Alignment"),
                    ["targetType"] = SkillTargetType,
                    ["targetName"] = skill.NameEs,
                    // Alignment has one name; the English one goes in the description so both languages travel.
                    ["targetDescription"] = skill.NameEn,
                    ["targetUrl"] = skill.Url,
                    ["targetCode"] = skill.Code,
                });
            }

            achievementJson["alignment"] = alignment;
        }

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, Ob3Context),
            ["id"] = input.CredentialId,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = Profile(input.Issuer),
            ["validFrom"] = Timestamp(input.IssuedAt),
        };
        if (input.ValidUntil is { } validUntil)
        {
            credential["validUntil"] = Timestamp(validUntil);
        }

        credential["name"] = achievement.Name;
        credential["description"] = AppendDisclaimer(achievement.Description, disclaimer);
        credential["credentialSubject"] = new JsonObject
        {
            ["id"] = input.SubjectId,
            ["type"] = new JsonArray("AchievementSubject"),
            ["achievement"] = achievementJson,
        };
        credential["credentialStatus"] = StatusEntry(input.Status);
        return credential;
    }

    public static JsonObject Profile(CredentialIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        RequireUri(issuer.Id, "Issuer.Id");
        RequireUri(issuer.Url, "Issuer.Url");
        RequireText(issuer.Name, "Issuer.Name");
        return new JsonObject
        {
            ["id"] = issuer.Id,
            ["type"] = new JsonArray("Profile"),
            ["name"] = issuer.Name,
            ["url"] = issuer.Url,
            ["description"] = issuer.Description,
        };
    }

    // Bitstring Status List v1.0 §2.1: statusListIndex is a string holding the decimal index, and the
    // entry's id is the list URL with the index as fragment (any unique URL would do; this one is readable).
    public static JsonObject StatusEntry(CredentialStatusEntry status)
    {
        ArgumentNullException.ThrowIfNull(status);
        RequireUri(status.StatusListCredentialUrl, "Status.StatusListCredentialUrl");
        ArgumentOutOfRangeException.ThrowIfNegative(status.Index);
        var index = status.Index.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = status.StatusListCredentialUrl + "#" + index,
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = BitstringStatusList.RevocationPurpose,
            ["statusListIndex"] = index,
            ["statusListCredential"] = status.StatusListCredentialUrl,
        };
    }

    // VC Data Model 2.0 dateTimeStamp in UTC with whole seconds: the JWT's NumericDate claims carry
    // whole seconds, and nbf must equal validFrom exactly.
    public static string Timestamp(DateTimeOffset at) =>
        WholeSeconds(at).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset WholeSeconds(DateTimeOffset at) =>
        DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());

    private static string AppendDisclaimer(string text, string disclaimer) =>
        string.IsNullOrWhiteSpace(text) ? disclaimer : text.TrimEnd() + "\n\n" + disclaimer;

    internal static void RequireUri(string? value, string field)
    {
        // The scheme check matters on Unix, where .NET reads "/path" as an absolute file:// URI.
        if (string.IsNullOrWhiteSpace(value)
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{field} must be an absolute URI (got '{value}').", field);
        }
    }

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", field);
        }
    }
}
