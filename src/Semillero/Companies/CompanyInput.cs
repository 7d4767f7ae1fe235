using Semillero.Geography;
using Semillero.Identity;

namespace Semillero.Companies;

// What a caller sends to register or change a company: raw values, as typed in a form or a JSON body.
public sealed record CompanyInput(
    string? Rfc,
    string? LegalName,
    string? TradeName,
    string? Sector,
    string? State,
    int? Workers,
    decimal? AnnualSalesMdp,
    string? Kind,
    string? Website,
    string? Description);

// A validated, normalised company, ready to store.
public sealed record ValidCompany(
    Rfc Rfc,
    string LegalName,
    string TradeName,
    ScianSector Sector,
    Entidad State,
    int Workers,
    decimal AnnualSalesMdp,
    CompanyKind Kind,
    string? Website,
    string? Description,
    SizeBand SizeBand);
