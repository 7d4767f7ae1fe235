using System.Globalization;
using QRCoder;
using Semillero.Badges;

namespace Semillero.Web.Badges;

// The links a verification page offers: QR code, LinkedIn's add-to-profile form, email.
public static class BadgeLinks
{
    // An SVG QR code as a data: URI, so the page needs no extra request and the site's CSP
    // (img-src 'self' data:) holds. Level M survives a smudged print.
    public static string QrDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }

    // LinkedIn's "Add license or certification" form, filled in (startTask=CERTIFICATION_NAME).
    public static string LinkedInAdd(BadgeClaims claims, string pageUrl, Guid awardId)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var query = new (string Name, string Value)[]
        {
            ("startTask", "CERTIFICATION_NAME"),
            ("name", claims.AchievementName),
            ("organizationName", claims.IssuerName),
            ("issueYear", claims.IssuedAt.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture)),
            ("issueMonth", claims.IssuedAt.UtcDateTime.Month.ToString(CultureInfo.InvariantCulture)),
            ("certUrl", pageUrl),
            ("certId", awardId.ToString("D")),
        };
        return "https://www.linkedin.com/profile/add?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value)));
    }

    public static string Mailto(string subject, string pageUrl) =>
        "mailto:?subject=" + Uri.EscapeDataString(subject) + "&body=" + Uri.EscapeDataString(pageUrl);
}
