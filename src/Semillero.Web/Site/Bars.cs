using System.Globalization;

namespace Semillero.Web.Site;

// A bar's width as one of site.css's classes w-0 … w-100: the site's CSP (style-src 'self') refuses
// inline style attributes, so a width cannot be written into the markup as `style="width: …"`.
public static class Bars
{
    // Any share above zero shows at least 1 %, so a small but real figure never looks like nothing.
    public static string Width(double fraction)
    {
        if (double.IsNaN(fraction) || fraction <= 0)
        {
            return "w-0";
        }

        var percent = Math.Clamp((int)Math.Round(100 * fraction, MidpointRounding.AwayFromZero), 1, 100);
        return "w-" + percent.ToString(CultureInfo.InvariantCulture);
    }
}
