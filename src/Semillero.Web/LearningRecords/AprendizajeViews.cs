using System.Globalization;
using System.Security.Claims;
using Semillero.Access;
using Semillero.Web.Access;

namespace Semillero.Web.LearningRecords;

// Whose numbers a request may see: operators every partner's, a partner (aliado) only its own
// organisation's. A partner account without an organisation sees nothing rather than everything: the
// pages check HasOrganization before asking the database anything.
public sealed record PartnerScope(bool IsOperator, string? Partner)
{
    public static PartnerScope Of(ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return actor.Role == Roles.Operador
            ? new PartnerScope(true, null)
            : new PartnerScope(false, string.IsNullOrWhiteSpace(actor.Organization) ? null : actor.Organization);
    }

    public bool HasOrganization => IsOperator || Partner is not null;

    // The partner to filter by: the partner's own, or the one an operator chose (null = all).
    // A partner without an organisation has no scope at all: asking is a bug, never "everyone".
    public string? Filter(string? chosen) => IsOperator
        ? (string.IsNullOrWhiteSpace(chosen) ? null : chosen.Trim())
        : Partner ?? throw new InvalidOperationException("A partner account without an organisation has no partner scope.");
}

public static class AprendizajeFormat
{
    // A bar's width class (site.css has w-0 … w-100), proportional to the largest value.
    public static string Width(int value, int max) =>
        "w-" + (max <= 0 || value <= 0 ? 0 : Math.Max(1, (int)Math.Round(100.0 * value / max))).ToString(CultureInfo.InvariantCulture);
}
