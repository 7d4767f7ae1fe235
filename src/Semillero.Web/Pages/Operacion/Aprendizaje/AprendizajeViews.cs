using System.Globalization;
using System.Security.Claims;
using Semillero.Access;
using Semillero.Web.Access;

namespace Semillero.Web.Pages.Operacion.Aprendizaje;

// Whose numbers a request may see: operators every partner's, a partner (aliado) only its own
// organisation's. A partner account without an organisation sees nothing rather than everything.
public sealed record PartnerScope(bool IsOperator, string? Partner)
{
    // Matches no partner name (names are trimmed, non-empty text).
    private const string Nobody = "\u0000";

    public static PartnerScope Of(ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return actor.Role == Roles.Operador
            ? new PartnerScope(true, null)
            : new PartnerScope(false, string.IsNullOrWhiteSpace(actor.Organization) ? Nobody : actor.Organization);
    }

    public bool HasOrganization => IsOperator || Partner != Nobody;

    // The partner to filter by: the partner's own, or the one an operator chose (null = all).
    public string? Filter(string? chosen) => IsOperator ? (string.IsNullOrWhiteSpace(chosen) ? null : chosen.Trim()) : Partner;
}

// The head of the learning-records pages: operators get the operation tabs, partners a head of their
// own (the operation tabs lead to pages they may not open); both get the section's two tabs.
public sealed record AprendizajeHead(string Section, string Title, string Lead, bool IsOperator, string? Organization);

public static class AprendizajeFormat
{
    // A bar's width class (site.css has w-0 … w-100), proportional to the largest value.
    public static string Width(int value, int max) =>
        "w-" + (max <= 0 || value <= 0 ? 0 : Math.Max(1, (int)Math.Round(100.0 * value / max))).ToString(CultureInfo.InvariantCulture);
}
