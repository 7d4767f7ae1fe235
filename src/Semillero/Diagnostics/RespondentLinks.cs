using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Semillero.Email;

namespace Semillero.Diagnostics;

// A colleague's link to answer: the respondent id, encrypted and authenticated with the data-
// protection key ring under its own purpose (as the follow-up survey links, FollowUp/FollowUpLinks),
// valid for Lifetime. The rows stay the authority: a link opens nothing once its invitation is
// withdrawn or the assessment submitted.
public sealed class RespondentLinks(IDataProtectionProvider provider, IOptions<SiteOptions> site, TimeProvider clock)
{
    public const string Purpose = "Semillero.Diagnostics.RespondentLink.v1";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string Url(Guid respondentId) =>
        site.Value.PublicUrl.TrimEnd('/') + "/diagnostico/responder/" + _protector.Protect(respondentId.ToString("N"), clock.GetUtcNow() + Lifetime);

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
