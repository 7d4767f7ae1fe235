using System.Globalization;
using Microsoft.Extensions.Options;
using Semillero.Email;

namespace Semillero.Badges;

// The public addresses credentials name. They are signed into every credential, so they must stay
// stable for as long as the credentials are kept: all derive from Site:PublicUrl.
public sealed class BadgeAddresses(IOptions<SiteOptions> site)
{
    public const int StatusListNumber = 1;

    public string Base => site.Value.PublicUrl.TrimEnd('/');

    public string IssuerId => Base + "/insignias/emisor";

    public string Jwks => Base + "/.well-known/jwks.json";

    public string StatusList => Base + "/insignias/estado/" + StatusListNumber.ToString(CultureInfo.InvariantCulture);

    // The credential's id is its public verification page: a verifier that dereferences it lands on
    // the verdict.
    public string Verify(Guid awardId) => Base + "/verificar/" + awardId.ToString("D");

    public string Credential(Guid awardId) => Base + "/api/badges/" + awardId.ToString("D") + "/credential";

    public string Achievement(string pathCode) => Base + "/catalogo/" + Uri.EscapeDataString(pathCode);

    // REVIEW: no skills page exists yet; OB 3.0 requires targetUrl, so the address is reserved here
    // for the skills catalog to serve.
    public string Skill(string skillId) => Base + "/habilidades/" + Uri.EscapeDataString(skillId);

    public static string Subject(Guid subjectId) => "urn:uuid:" + subjectId.ToString("D");

    // The award an address of ours names (credential id or verification page), if it is one.
    public Guid? AwardFromVerifyUrl(string? url)
    {
        var prefix = Base + "/verificar/";
        return url is not null && url.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(url[prefix.Length..], out var id)
            ? id
            : null;
    }
}
