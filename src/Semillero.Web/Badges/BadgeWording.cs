using Semillero.Badges;
using Semillero.Skills;

namespace Semillero.Web.Badges;

// What the verification pages say a badge recognises, in the page's language. A credential is
// signed in Spanish (its name; its description and criteria hold both languages one after the
// other), so in English the words come from the catalog's path the badge was issued for, and the
// page says the signed text is in Spanish. In Spanish the signed text is shown as it is.
public sealed record BadgeWording(
    string Name,
    string? Description,
    string? Criteria,
    IReadOnlyList<string> Skills,
    // The name as signed, when the page shows another (the English one).
    string? SignedName)
{
    public static BadgeWording For(BadgeClaims claims, AchievementText? catalog, bool english)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var skills = claims.Skills
            .Select(s => SkillCatalog.Find(s.Code)?.Name(english) ?? (english && !string.IsNullOrWhiteSpace(s.NameEn) ? s.NameEn : s.Name))
            .ToList();
        // Only the path the credential names: a catalog row for another achievement is not its text.
        if (!english || catalog is null || !string.Equals(catalog.AchievementId, claims.AchievementId, StringComparison.Ordinal))
        {
            return new BadgeWording(claims.AchievementName, claims.AchievementDescription, claims.Criteria, skills, null);
        }

        var name = Pick(catalog.NameEn, claims.AchievementName);
        return new BadgeWording(
            name,
            Pick(catalog.SummaryEn, claims.AchievementDescription),
            Pick(catalog.CriteriaEn, claims.Criteria),
            skills,
            string.Equals(name, claims.AchievementName, StringComparison.Ordinal) ? null : claims.AchievementName);
    }

    private static string Pick(string? preferred, string? fallback) =>
        string.IsNullOrWhiteSpace(preferred) ? fallback ?? "" : preferred.Trim();
}

// The verdict partial's model: the verification and, when it could be read, the words to show.
public sealed record VerdictView(BadgeVerification Result, BadgeWording? Wording);
