using System.Globalization;
using Semillero.Companies;

namespace Semillero.Web.Companies;

// The company fields of the registration and profile forms, as typed (numbers stay text so a
// mistyped value comes back to the person instead of vanishing). Bound without a prefix: the
// inputs are named as the API's fields (rfc, legalName, …), which the errors name too.
public sealed class CompanyForm
{
    public string? Rfc { get; set; }

    public string? LegalName { get; set; }

    public string? TradeName { get; set; }

    public string? Sector { get; set; }

    public string? State { get; set; }

    public string? Workers { get; set; }

    public string? AnnualSalesMdp { get; set; }

    public string? Kind { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    // Numbers that do not parse are sent as an impossible value so the rules report the field.
    public CompanyInput ToInput() => new(Rfc, LegalName, TradeName, Sector, State,
        string.IsNullOrWhiteSpace(Workers) ? null : int.TryParse(Workers.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w : -1,
        string.IsNullOrWhiteSpace(AnnualSalesMdp) ? null : decimal.TryParse(AnnualSalesMdp.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var s) ? s : -1,
        Kind, Website, Description);

    public static CompanyForm From(Company c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            Rfc = c.Rfc,
            LegalName = c.LegalName,
            TradeName = c.TradeName,
            Sector = c.SectorCode,
            State = c.StateCode,
            Workers = c.Workers.ToString(CultureInfo.InvariantCulture),
            AnnualSalesMdp = c.AnnualSalesMdp.ToString("0.##", CultureInfo.InvariantCulture),
            Kind = CompanyRules.Wire(c.Kind),
            Website = c.Website,
            Description = c.Description,
        };
    }

    public static IReadOnlyList<(string Value, string Text)> Sectors => ScianSectors.All.Select(s => (s.Code, s.Label)).ToList();

    public static IReadOnlyList<(string Value, string Text)> Kinds(Semillero.Web.Companies.EmpresasTexts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return [.. new[] { CompanyKind.Startup, CompanyKind.Pyme, CompanyKind.Grande }.Select(k => (CompanyRules.Wire(k), t.Kind(k)))];
    }

    public static readonly string[] FieldOrder =
    [
        CompanyRules.Fields.Rfc, CompanyRules.Fields.LegalName, CompanyRules.Fields.TradeName, CompanyRules.Fields.Sector, CompanyRules.Fields.State,
        CompanyRules.Fields.Workers, CompanyRules.Fields.AnnualSalesMdp, CompanyRules.Fields.Kind, CompanyRules.Fields.Website, CompanyRules.Fields.Description,
        RegisterCompanyAccount.Fields.ContactName, RegisterCompanyAccount.Fields.Email, RegisterCompanyAccount.Fields.Password, RegisterCompanyAccount.Fields.Notice,
    ];
}
