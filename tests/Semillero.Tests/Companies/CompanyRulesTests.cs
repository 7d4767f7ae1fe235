using Semillero.Companies;
using Semillero.Identity;

namespace Semillero.Tests.Companies;

public class CompanyRulesTests
{
    public static string ValidRfc(string body = "NDS190312K4") => body + Rfc.CheckDigit(body);

    private static CompanyInput Input(string? rfc = null, string sector = "54", int? workers = 12, decimal? sales = 30m, string kind = "pyme", string? website = null) =>
        new(rfc ?? ValidRfc(), "Nube del Sur, S.A. de C.V.", "Nube del Sur", sector, "14", workers, sales, kind, website, null);

    // DOF 30/06/2009: score = workers × 0.1 + sales × 0.9; micro ≤ 4.6 (all sectors); pequeña ≤ 93
    // (commerce) or ≤ 95 (industry and services); mediana ≤ 235 (commerce, services) or ≤ 250 (industry).
    [Theory]
    [InlineData("54", 10, "4", SizeBand.Micro)]          // 1 + 3.6 = 4.6: exactly the micro cap
    [InlineData("54", 11, "4", SizeBand.Pequena)]        // 4.7
    [InlineData("46", 0, "5.11", SizeBand.Micro)]        // 4.599
    [InlineData("46", 30, "100", SizeBand.Pequena)]      // 93: commerce's small cap
    [InlineData("43", 31, "100", SizeBand.Mediana)]      // 93.1
    [InlineData("54", 50, "100", SizeBand.Pequena)]      // 95: services' small cap
    [InlineData("54", 51, "100", SizeBand.Mediana)]      // 95.1
    [InlineData("31-33", 50, "100", SizeBand.Pequena)]   // industry shares the 95 cap
    [InlineData("46", 100, "250", SizeBand.Mediana)]     // 235: commerce's medium cap
    [InlineData("46", 101, "250", SizeBand.Grande)]      // 235.1
    [InlineData("72", 100, "250", SizeBand.Mediana)]     // 235: services' medium cap
    [InlineData("72", 101, "250", SizeBand.Grande)]
    [InlineData("31-33", 250, "250", SizeBand.Mediana)]  // 250: industry's medium cap
    [InlineData("23", 251, "250", SizeBand.Grande)]      // construction is industry: 250.1
    [InlineData("11", 250, "250", SizeBand.Mediana)]     // the primary sector is grouped with industry
    public void SizeBandOf_AtTheDofBoundaries_IsTheSmallestBandNotExceeded(string sector, int workers, string sales, SizeBand expected) =>
        Assert.Equal(expected, CompanyRules.SizeBandOf(sector, workers, decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Validate_ValidCompany_ComputesTheSizeBandAndNormalisesTheRfc()
    {
        var (valid, errors, warning) = CompanyRules.Validate(Input(rfc: " " + ValidRfc().ToLowerInvariant() + " "));

        Assert.Empty(errors);
        Assert.Null(warning);
        Assert.Equal(ValidRfc(), valid!.Rfc.Value);
        Assert.Equal(SizeBand.Pequena, valid.SizeBand);
        Assert.Equal("54", valid.Sector.Code);
        Assert.Equal("Jalisco", valid.State.Name);
    }

    [Fact]
    public void Validate_CheckDigitMismatch_IsAWarningNotAnError()
    {
        var good = ValidRfc();
        var bad = good[..^1] + (good[^1] == '1' ? '2' : '1');

        var (valid, errors, warning) = CompanyRules.Validate(Input(rfc: bad));

        Assert.Empty(errors);
        Assert.NotNull(valid);
        Assert.False(valid.Rfc.CheckDigitMatches);
        Assert.Equal(IdRejectionCodes.CheckDigit, warning!.Code);
        Assert.Contains("dígito verificador", warning.Es, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Rfc.GenericoNacional)]
    [InlineData(Rfc.GenericoExtranjero)]
    public void Validate_GenericRfc_IsRejectedForACompany(string rfc)
    {
        var (valid, errors, _) = CompanyRules.Validate(Input(rfc: rfc));

        Assert.Null(valid);
        var error = Assert.Single(errors);
        Assert.Equal(CompanyRules.Fields.Rfc, error.Field);
        Assert.Equal(CompanyRules.Codes.Generic, error.Reason.Code);
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedAtOnceByField()
    {
        var (valid, errors, _) = CompanyRules.Validate(new CompanyInput("ABC", "", null, "99", "Atlántida", -1, -2m, "cooperativa", "no es url", null));

        Assert.Null(valid);
        Assert.Equal(
            [CompanyRules.Fields.Rfc, CompanyRules.Fields.LegalName, CompanyRules.Fields.TradeName, CompanyRules.Fields.Sector, CompanyRules.Fields.State,
             CompanyRules.Fields.Workers, CompanyRules.Fields.AnnualSalesMdp, CompanyRules.Fields.Kind, CompanyRules.Fields.Website],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason.Es)));
    }

    [Theory]
    [InlineData("32", "31-33")]
    [InlineData("31-33", "31-33")]
    [InlineData("49", "48-49")]
    [InlineData("54", "54")]
    public void ScianSectors_FindsASectorByAnyOfItsCodes(string code, string sector) =>
        Assert.Equal(sector, ScianSectors.Find(code)!.Code);

    [Fact]
    public void Validate_WebsiteWithoutScheme_GetsHttps() =>
        Assert.Equal("https://www.empresa.mx", CompanyRules.Validate(Input(website: "www.empresa.mx")).Company!.Website);
}
