using System.Text.RegularExpressions;
using Semillero.Identity;

namespace Semillero.Tests.Identity;

public class RfcTests
{
    public static TheoryData<string, string> ValidVectors() => Vectors(static (valid, _) => valid == "true", "tipo");

    // Registered RFCs whose check digit fails, and "false" rows whose only fault is the check digit:
    // the product rule is to accept them with a warning.
    public static TheoryData<string, string> CheckDigitOnlyVectors() => Vectors(
        static (valid, code) => valid == "false_checkdigit_but_registered" || (valid == "false" && code == "checkdigit"),
        "tipo");

    public static TheoryData<string, string> RejectedVectors() => Vectors(
        static (valid, code) => valid == "false" && code != "checkdigit",
        "reason");

    [Theory]
    [MemberData(nameof(ValidVectors))]
    public void TryParse_ValidVector_ParsesWithoutWarning(string input, string tipo)
    {
        Assert.True(Rfc.TryParse(input, out var rfc, out var rejection, out var warning), rejection?.En);
        Assert.Null(rejection);
        Assert.Null(warning);
        Assert.Equal(input, rfc.Value);
        Assert.Equal(KindOf(tipo), rfc.Kind);
        Assert.True(rfc.CheckDigitMatches);
    }

    [Theory]
    [MemberData(nameof(CheckDigitOnlyVectors))]
    public void TryParse_CheckDigitMismatch_ParsesWithWarning(string input, string tipo)
    {
        var expected = Rfc.CheckDigit(input[..^1]);

        Assert.True(Rfc.TryParse(input, out var rfc, out var rejection, out var warning), rejection?.En);
        Assert.Null(rejection);
        Assert.NotNull(warning);
        Assert.Equal(IdRejectionCodes.CheckDigit, warning.Code);
        Assert.Contains($"SAT da {expected}", warning.Es, StringComparison.Ordinal);
        Assert.Contains($"gives {expected}", warning.En, StringComparison.Ordinal);
        Assert.False(rfc.CheckDigitMatches);
        Assert.Equal(KindOf(tipo), rfc.Kind);
    }

    [Theory]
    [MemberData(nameof(CheckDigitOnlyVectors))]
    public void CheckDigit_MismatchVector_GivesDigitStatedInReason(string input, string tipo)
    {
        _ = tipo;
        var reason = TestVectors.Read("rfc_vectors.csv").Single(r => r["rfc"] == input)["reason"];
        var stated = Regex.Match(reason, @"^checkdigit\(expected (\w)\)").Groups[1].Value;

        Assert.Equal(stated, Rfc.CheckDigit(input[..^1]).ToString());
    }

    [Theory]
    [MemberData(nameof(RejectedVectors))]
    public void TryParse_InvalidVector_RejectedWithReasonCode(string input, string reason)
    {
        var leading = Regex.Match(reason, "^[a-z_]+").Value;
        var code = leading == "homoclave_charset" ? IdRejectionCodes.Homoclave : leading;

        Assert.False(Rfc.TryParse(input, out var rfc, out var rejection, out var warning));
        Assert.Equal(default(Rfc), rfc);
        Assert.Null(warning);
        Assert.NotNull(rejection);
        Assert.Equal(code, rejection.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Es));
        Assert.False(string.IsNullOrWhiteSpace(rejection.En));
    }

    [Theory]
    [InlineData(" gode561231gr8 ", "GODE561231GR8", RfcKind.Fisica)]
    [InlineData("añe9902224z4", "AÑE9902224Z4", RfcKind.Moral)]
    [InlineData("xaxx010101000\n", "XAXX010101000", RfcKind.Generico)]
    public void TryParse_UntrimmedLowerCase_Normalised(string input, string expected, RfcKind kind)
    {
        Assert.True(Rfc.TryParse(input, out var rfc, out _, out var warning));
        Assert.Null(warning);
        Assert.Equal(expected, rfc.Value);
        Assert.Equal(expected, rfc.ToString());
        Assert.Equal(kind, rfc.Kind);
    }

    [Fact]
    public void TryParse_DecomposedEnye_TreatedAsOneCharacter()
    {
        Assert.True(Rfc.TryParse("AN\u0303E9902224Z4", out var rfc, out _, out var warning));
        Assert.Null(warning);
        Assert.Equal("AÑE9902224Z4", rfc.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void TryParse_Missing_RejectedAsRequired(string? input)
    {
        Assert.False(Rfc.TryParse(input, out _, out var rejection, out _));
        Assert.Equal(IdRejectionCodes.Required, rejection.Code);
    }

    [Theory]
    [InlineData("GODE561231GR", '8')]
    [InlineData("MHTR93041179", 'A')]
    [InlineData("Ñ&T130705MD", '6')]
    public void CheckDigit_WorkedExample_MatchesSat(string first, char expected)
    {
        Assert.Equal(expected, Rfc.CheckDigit(first));
    }

    [Fact]
    public void TryParse_PersonLettersFromNameLetters_Accepted()
    {
        // An RFC built from SAT's name rules never trips the inconvenient-word check.
        var letters = NameLetters.ForRfc("Ernesto", "Martínez", "Mejía");
        var first12 = letters + "850101" + "K7";

        Assert.True(Rfc.TryParse(first12 + Rfc.CheckDigit(first12), out var rfc, out _, out var warning));
        Assert.Null(warning);
        Assert.Equal(RfcKind.Fisica, rfc.Kind);
    }

    [Fact]
    public void TryParse_LeapDayOfYear00_Accepted()
    {
        // YY=00 may be 2000 (leap) even though 1900 was not.
        const string first12 = "PEGJ000229K7";

        Assert.True(Rfc.TryParse(first12 + Rfc.CheckDigit(first12), out _, out var rejection, out _), rejection?.En);
    }

    private static RfcKind KindOf(string tipo) => tipo switch
    {
        "fisica" => RfcKind.Fisica,
        "moral" => RfcKind.Moral,
        "generico" => RfcKind.Generico,
        _ => throw new ArgumentOutOfRangeException(nameof(tipo), tipo, null),
    };

    private static TheoryData<string, string> Vectors(Func<string, string, bool> include, string secondColumn)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestVectors.Read("rfc_vectors.csv"))
        {
            var code = Regex.Match(row["reason"], "^[a-z_]+").Value;
            if (include(row["valid"], code))
            {
                data.Add(row["rfc"], row[secondColumn]);
            }
        }

        return data;
    }
}
