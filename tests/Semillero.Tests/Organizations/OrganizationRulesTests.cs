using Semillero.Identity;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Organizations;

public sealed class OrganizationRulesTests
{
    private static OrganizationInput Valid(string? rfc = null, string kind = "academia") => TestOrganizations.Input("Instituto Tecnológico de Prueba") with { Rfc = rfc ?? "ITP970815H3" + Rfc.CheckDigit("ITP970815H3"), Kind = kind };

    [Fact]
    public void Validate_PersonaMoralRfc_IsValid()
    {
        var (organization, errors, warning) = OrganizationRules.Validate(Valid());

        Assert.Empty(errors);
        Assert.Null(warning);
        Assert.Equal((OrganizationKind.Academia, RfcKind.Moral), (organization!.Kind, organization.Rfc.Kind));
    }

    [Fact]
    public void Validate_PersonaFisicaRfc_IsRefusedSayingWhy()
    {
        var fisica = "GOMA800101AB" + Rfc.CheckDigit("GOMA800101AB");

        var (organization, errors, _) = OrganizationRules.Validate(Valid(fisica));

        Assert.Null(organization);
        var error = Assert.Single(errors);
        Assert.Equal((OrganizationRules.Fields.Rfc, OrganizationRules.Codes.PersonaFisica), (error.Field, error.Reason.Code));
        Assert.Contains("persona física", error.Reason.Es, StringComparison.Ordinal);
        Assert.Contains("12-character", error.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XAXX010101000", OrganizationRules.Codes.Generic)]
    [InlineData("ABC", "length")]
    public void Validate_GenericOrMalformedRfc_IsRefused(string rfc, string code) =>
        Assert.Contains(OrganizationRules.Validate(Valid(rfc)).Errors, e => e.Field == OrganizationRules.Fields.Rfc && e.Reason.Code == code);

    [Fact]
    public void Validate_CheckDigitMismatch_IsAWarningBesideAValidOrganisation()
    {
        var good = "ITP970815H3" + Rfc.CheckDigit("ITP970815H3");
        var bad = good[..^1] + (good[^1] == '1' ? '2' : '1');

        var (organization, errors, warning) = OrganizationRules.Validate(Valid(bad));

        Assert.Empty(errors);
        Assert.False(organization!.Rfc.CheckDigitMatches);
        Assert.Equal(IdRejectionCodes.CheckDigit, warning?.Code);
    }

    [Theory]
    [InlineData("proveedor", OrganizationKind.Proveedor)]
    [InlineData("Investment", OrganizationKind.Inversion)]
    [InlineData("cámara", OrganizationKind.Camara)]
    [InlineData("government", OrganizationKind.Gobierno)]
    public void ParseKind_SpanishOrEnglish_FindsTheKind(string text, OrganizationKind kind) => Assert.Equal(kind, OrganizationRules.ParseKind(text));

    [Fact]
    public void Validate_UnknownKindAndAPartnerKeyAsName_AreBothReported()
    {
        var (_, errors, _) = OrganizationRules.Validate(Valid(kind: "banco") with { Name = Guid.NewGuid().ToString("N") });

        Assert.Contains(errors, e => e.Field == OrganizationRules.Fields.Kind);
        Assert.Contains(errors, e => e.Field == OrganizationRules.Fields.Name);
    }
}
