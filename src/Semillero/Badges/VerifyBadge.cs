using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Semillero.Badges.Credentials;
using Semillero.Data;

namespace Semillero.Badges;

// What the verification pages tell a reader, from the most to the least reassuring.
public enum BadgeVerdict
{
    Valid,
    Revoked,
    Tampered,
    UnknownKey,
    Expired,
    NotYetValid,
    Malformed,
}

public sealed record BadgeSkill(string Code, string Name, string? NameEn, string? Url);

// What a verified credential says, read from its signed payload (never from our database, so the
// page shows exactly what the holder carries).
public sealed record BadgeClaims(
    string CredentialId,
    string IssuerId,
    string IssuerName,
    string? IssuerUrl,
    string AchievementId,
    string AchievementName,
    string? AchievementDescription,
    string? Criteria,
    IReadOnlyList<BadgeSkill> Skills,
    DateTimeOffset IssuedAt,
    string? StatusListCredential,
    int? StatusIndex);

public sealed record BadgeVerification(
    BadgeVerdict Verdict,
    CredentialVerification Check,
    BadgeClaims? Claims,
    Guid? AwardId,
    string KeyId);

public sealed record AwardVerification(Guid AwardId, string Jwt, DateTime IssuedAt, DateTime? RevokedAt, BadgeVerification Result);

// The path a badge of ours was issued for, as the catalog words it now, in both languages. A
// credential carries its name in Spanish only (and its description and criteria in both languages
// run together), so a page in English reads the English words here; the credential stays as signed.
public sealed record AchievementText(
    string AchievementId, string NameEs, string NameEn, string SummaryEs, string SummaryEn, string CriteriaEs, string CriteriaEn);

// Checks a credential the way any verifier would: signature against our JWKS, claims, then the
// revocation bit in our status list. For an award of ours, the stored JWT is what is checked, so a
// credential altered in storage shows as tampered rather than as what it claims.
public sealed class VerifyBadge(SemilleroDb db, SigningKeyStore keys, CredentialVerifier verifier, StatusListPublisher statusList, BadgeAddresses addresses)
{
    public async Task<AwardVerification?> ForAwardAsync(Guid awardId, CancellationToken ct)
    {
        var award = await db.BadgeAwards.AsNoTracking().Where(a => a.Id == awardId)
            .Select(a => new { a.Credential, a.IssuedAt, a.RevokedAt })
            .SingleOrDefaultAsync(ct);
        if (award is null)
        {
            return null;
        }

        var result = await ForJwtAsync(award.Credential, ct);
        // A valid credential of ours whose id is not this award's page was copied from another row.
        if (result.Verdict is BadgeVerdict.Valid or BadgeVerdict.Revoked && result.AwardId != awardId)
        {
            result = result with { Verdict = BadgeVerdict.Tampered, Claims = null };
        }

        return new AwardVerification(awardId, award.Credential, award.IssuedAt, award.RevokedAt, result);
    }

    // Null when there is no such award (or its path is gone).
    public async Task<AchievementText?> CatalogTextAsync(Guid awardId, CancellationToken ct)
    {
        var path = await db.BadgeAwards.AsNoTracking().Where(a => a.Id == awardId)
            .Join(db.LearningPaths, a => a.PathId, p => p.Id, (a, p) => new { p.Code, p.NameEs, p.NameEn, p.SummaryEs, p.SummaryEn, p.CriteriaEs, p.CriteriaEn })
            .SingleOrDefaultAsync(ct);
        return path is null
            ? null
            : new AchievementText(addresses.Achievement(path.Code), path.NameEs, path.NameEn, path.SummaryEs, path.SummaryEn, path.CriteriaEs, path.CriteriaEn);
    }

    public async Task<BadgeVerification> ForJwtAsync(string? jwt, CancellationToken ct)
    {
        var check = verifier.Verify(jwt ?? "", await keys.KeySetAsync(ct));
        var kid = check switch
        {
            CredentialVerification.Valid v => v.KeyId,
            CredentialVerification.UnknownKey u => u.KeyId,
            _ => "",
        };
        var verdict = check switch
        {
            CredentialVerification.Valid => BadgeVerdict.Valid,
            CredentialVerification.BadSignature or CredentialVerification.ClaimMismatch => BadgeVerdict.Tampered,
            CredentialVerification.UnknownKey => BadgeVerdict.UnknownKey,
            CredentialVerification.Expired => BadgeVerdict.Expired,
            CredentialVerification.NotYetValid => BadgeVerdict.NotYetValid,
            _ => BadgeVerdict.Malformed,
        };
        if (check is not CredentialVerification.Valid valid)
        {
            return new BadgeVerification(verdict, check, null, null, kid);
        }

        var claims = Read(valid.Credential);
        if (claims is null)
        {
            // Signed by us but not an OpenBadgeCredential (a status list credential, say).
            return new BadgeVerification(BadgeVerdict.Malformed, new CredentialVerification.Malformed("Not an OpenBadgeCredential."), null, null, kid);
        }

        if (claims.StatusListCredential == addresses.StatusList && claims.StatusIndex is { } index && index < StatusListPublisher.Length)
        {
            var list = await statusList.CurrentAsync(ct);
            if (list[index])
            {
                verdict = BadgeVerdict.Revoked;
            }
        }

        return new BadgeVerification(verdict, check, claims, addresses.AwardFromVerifyUrl(claims.CredentialId), kid);
    }

    // The parts of an OB 3.0 credential the page shows; null when it is not one.
    public static BadgeClaims? Read(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (credential["type"] is not JsonArray types || !types.Any(t => Text(t) == "OpenBadgeCredential")
            || credential["credentialSubject"] is not JsonObject subject
            || subject["achievement"] is not JsonObject achievement
            || Text(credential["id"]) is not { } id
            || Text(achievement["id"]) is not { } achievementId)
        {
            return null;
        }

        var issuer = credential["issuer"] as JsonObject;
        var skills = new List<BadgeSkill>();
        if (achievement["alignment"] is JsonArray alignment)
        {
            foreach (var a in alignment.OfType<JsonObject>())
            {
                skills.Add(new BadgeSkill(Text(a["targetCode"]) ?? "", Text(a["targetName"]) ?? "", Text(a["targetDescription"]), Text(a["targetUrl"])));
            }
        }

        var status = credential["credentialStatus"] as JsonObject;
        int? index = int.TryParse(Text(status?["statusListIndex"]), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        return new BadgeClaims(
            id,
            Text(issuer?["id"]) ?? Text(credential["issuer"]) ?? "",
            Text(issuer?["name"]) ?? "",
            Text(issuer?["url"]),
            achievementId,
            Text(achievement["name"]) ?? "",
            Text(achievement["description"]),
            Text((achievement["criteria"] as JsonObject)?["narrative"]),
            skills,
            DateTimeOffset.TryParse(Text(credential["validFrom"]), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var from) ? from : default,
            Text(status?["statusListCredential"]),
            index);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
