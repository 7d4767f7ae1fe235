using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Semillero.Email;

namespace Semillero.FollowUp;

// The survey link needs no password: its token is the survey id, encrypted and authenticated with
// the data-protection key ring (kept in the database, shared by the web host and the CLI) under its
// own purpose, with the survey's closing time as the token's expiry. It cannot be forged or guessed,
// and it carries nothing about the person in clear. The survey row stays the authority: a token that
// still decrypts opens nothing once the survey is answered or closed by Semillero's own clock.
public sealed class FollowUpLinks(IDataProtectionProvider provider, IOptions<SiteOptions> site)
{
    public const string Purpose = "Semillero.FollowUp.SurveyLink.v1";

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Token(Guid surveyId, DateTime expiresAt) =>
        _protector.Protect(surveyId.ToString("N"), new DateTimeOffset(DateTime.SpecifyKind(expiresAt, DateTimeKind.Utc)));

    public string Url(Guid surveyId, DateTime expiresAt) =>
        site.Value.PublicUrl.TrimEnd('/') + "/seguimiento/" + Token(surveyId, expiresAt);

    // Null for anything that is not an unexpired token this site issued for a survey.
    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token.Trim()), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
