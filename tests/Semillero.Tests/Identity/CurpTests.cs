using System.Globalization;
using System.Text.RegularExpressions;
using Semillero.Identity;

namespace Semillero.Tests.Identity;

public class CurpTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string, string> ValidVectors() => Vectors(valid: true);

    public static TheoryData<string, string> InvalidVectors() => Vectors(valid: false);

    public static TheoryData<string, char> CheckDigitVectors()
    {
        var data = new TheoryData<string, char>();
        foreach (var row in TestVectors.Read("curp_checkdigit_vectors.csv"))
        {
            data.Add(row["first17"], row["check_digit"].Single());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidVectors))]
    public void TryParse_ValidVector_ParsesWithStatedBirthDateAndSex(string input, string reason)
    {
        Assert.True(Curp.TryParse(input, Today, out var curp, out var rejection), rejection?.En);
        Assert.Null(rejection);
        Assert.Equal(input, curp.Value);
        Assert.Equal(input.Substring(4, 6), curp.BirthDate.ToString("yyMMdd", CultureInfo.InvariantCulture));
        Assert.Equal(char.IsAsciiDigit(input[16]) ? 19 : 20, curp.BirthDate.Year / 100);
        Assert.Equal(input.Substring(11, 2), curp.BirthStateCode);

        // Reasons state facts like "F 1989-09-09", "born 2000-02-29", "born 2010" or "sex X".
        var date = Regex.Match(reason, @"\b(\d{4}-\d{2}-\d{2})\b");
        if (date.Success)
        {
            Assert.Equal(DateOnly.ParseExact(date.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), curp.BirthDate);
        }

        var bornYear = Regex.Match(reason, @"\bborn (\d{4})\b");
        if (bornYear.Success)
        {
            Assert.Equal(int.Parse(bornYear.Groups[1].Value, CultureInfo.InvariantCulture), curp.BirthDate.Year);
        }

        var sexBeforeDate = Regex.Match(reason, @"\b([FH]) \d{4}-\d{2}-\d{2}\b");
        if (sexBeforeDate.Success)
        {
            Assert.Equal(sexBeforeDate.Groups[1].Value == "F" ? Sex.M : Sex.H, curp.Sex);
        }

        if (reason.Contains("sex X", StringComparison.Ordinal))
        {
            Assert.Equal(Sex.X, curp.Sex);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidVectors))]
    public void TryParse_InvalidVector_RejectedWithReasonCode(string input, string reason)
    {
        Assert.False(Curp.TryParse(input, Today, out var curp, out var rejection));
        Assert.Equal(default(Curp), curp);
        Assert.NotNull(rejection);
        Assert.Equal(Regex.Match(reason, "^[a-z_]+").Value, rejection.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Es));
        Assert.False(string.IsNullOrWhiteSpace(rejection.En));

        var expected = Regex.Match(reason, @"^checkdigit\(expected (\w)\)");
        if (expected.Success)
        {
            Assert.Contains($"debería ser {expected.Groups[1].Value}", rejection.Es, StringComparison.Ordinal);
            Assert.Contains($"should be {expected.Groups[1].Value}", rejection.En, StringComparison.Ordinal);
        }

        var futureYear = Regex.Match(reason, @"^date_in_future\((\d{4})\)");
        if (futureYear.Success)
        {
            Assert.Contains(futureYear.Groups[1].Value, rejection.Es, StringComparison.Ordinal);
            Assert.Contains(futureYear.Groups[1].Value, rejection.En, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CheckDigitVectors))]
    public void CheckDigit_Vector_MatchesPublishedDigit(string first17, char expected)
    {
        Assert.Equal(expected, Curp.CheckDigit(first17));
    }

    [Theory]
    [InlineData(" pegl890909mjcrms08 ")]
    [InlineData("PEGL890909MJCRMS08\t")]
    [InlineData("Pegl890909mJcrMS08")]
    public void TryParse_UntrimmedLowerCase_NormalisedToUpperCase(string input)
    {
        Assert.True(Curp.TryParse(input, Today, out var curp, out _));
        Assert.Equal("PEGL890909MJCRMS08", curp.Value);
        Assert.Equal("PEGL890909MJCRMS08", curp.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Missing_RejectedAsRequired(string? input)
    {
        Assert.False(Curp.TryParse(input, Today, out _, out var rejection));
        Assert.Equal(IdRejectionCodes.Required, rejection.Code);
    }

    [Fact]
    public void TryParse_BornToday_Accepted()
    {
        var curp = Curp.Compose("Ana", "López", "Ruiz", Today, Sex.M, "JC");

        Assert.True(Curp.TryParse(curp.Value, Today, out _, out _));
        Assert.False(Curp.TryParse(curp.Value, Today.AddDays(-1), out _, out var rejection));
        Assert.Equal(IdRejectionCodes.DateInFuture, rejection.Code);
    }

    [Fact]
    public void TryParse_SameCurpDifferentSpelling_EqualValues()
    {
        var a = Curp.Parse("PEGL890909MJCRMS08", Today);
        var b = Curp.Parse(" pegl890909mjcrms08", Today);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithEnglishReason()
    {
        var ex = Assert.Throws<FormatException>(() => Curp.Parse("PEGL890909MJCRMS09", Today));
        Assert.Contains("should be 8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gloria", "Hernández", "García", "1956-04-27", Sex.M, "VZ", "HEGG560427MVZRRL04")]
    [InlineData("Luis Raúl", "Bello", "Mena", "1992-03-13", Sex.H, "MC", "BEML920313HMCLNS09")]
    [InlineData("Concepción", "Salgado", "Briseño", "1956-06-26", Sex.M, "DF", "SABC560626MDFLRN01")]
    public void Compose_PublishedExample_ReproducesCurp(string nombre, string primer, string segundo, string born, Sex sex, string state, string expected)
    {
        var curp = Curp.Compose(nombre, primer, segundo, DateOnly.Parse(born, CultureInfo.InvariantCulture), sex, state);

        Assert.Equal(expected, curp.Value);
    }

    public static TheoryData<string, string, string?, string, Sex, string> SyntheticPeople() => new()
    {
        { "María Fernanda", "García", "López", "2004-02-29", Sex.M, "JC" },
        { "José Luis", "Hernández", "Martínez", "1999-12-31", Sex.H, "DF" },
        { "Alex", "Rivera", "Peña", "2001-07-15", Sex.X, "NL" },
        { "Sam", "Ochoa", null, "1990-01-01", Sex.X, "NE" },
        { "Juan Carlos", "De la Cruz", "Del Ángel", "1985-06-30", Sex.H, "VZ" },
        { "Ximena", "Ñúñez", "Muñoz", "2010-10-10", Sex.M, "YN" },
        { "Ana", "Puente", "Torres", "2000-01-01", Sex.M, "PL" },
        { "Omar", "Pérez", "Domínguez", "1961-03-05", Sex.H, "OC" },
        { "Ma. Guadalupe", "Ek", "Chan", "1975-11-02", Sex.M, "YN" },
        { "Itzel", "Ay", "Uc", "2008-05-20", Sex.M, "QR" },
        { "J. Jesús", "Mc Gregor", "O'Neill", "1960-08-08", Sex.H, "NE" },
        { "Andrea", "Ruiz", null, "2026-11-23", Sex.M, "CS" },
        { "Rodrigo", "Ramírez", "Gómez", "1926-11-24", Sex.H, "ZS" },
    };

    [Theory]
    [MemberData(nameof(SyntheticPeople))]
    public void Compose_SyntheticPerson_RoundTripsThroughTryParse(string nombre, string primer, string? segundo, string born, Sex sex, string state)
    {
        var birthDate = DateOnly.ParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var composed = Curp.Compose(nombre, primer, segundo, birthDate, sex, state);

        Assert.True(Curp.TryParse(composed.Value, Today, out var parsed, out var rejection), rejection?.En);
        Assert.Equal(composed, parsed);
        Assert.Equal(birthDate, parsed.BirthDate);
        Assert.Equal(sex, parsed.Sex);
        Assert.Equal(state, parsed.BirthStateCode);
        Assert.Equal(NameLetters.ForCurp(nombre, primer, segundo), parsed.Value[..4]);
        Assert.Equal(NameLetters.InternalConsonants(nombre, primer, segundo), parsed.Value[13..16]);
        Assert.Equal(birthDate.Year >= 2000 ? 'A' : '0', parsed.Value[16]);
        Assert.DoesNotContain('Ñ', parsed.Value);
    }

    [Fact]
    public void Compose_ExplicitDifferentiator_UsedAndCheckDigitRecomputed()
    {
        var first = Curp.Compose("Juan", "Pérez", "García", new DateOnly(1990, 5, 12), Sex.H, "JC");
        var second = Curp.Compose("Juan", "Pérez", "García", new DateOnly(1990, 5, 12), Sex.H, "JC", '1');

        Assert.Equal('1', second.Value[16]);
        Assert.Equal(first.Value[..16], second.Value[..16]);
        Assert.NotEqual(first, second);
        Assert.True(Curp.TryParse(second.Value, Today, out _, out _));
    }

    [Theory]
    [InlineData("1990-05-12", 'A')]
    [InlineData("2005-05-12", '3')]
    public void Compose_DifferentiatorForWrongCentury_Throws(string born, char differentiator)
    {
        var birthDate = DateOnly.ParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentException>(() => Curp.Compose("Juan", "Pérez", "García", birthDate, Sex.H, "JC", differentiator));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("15")]
    public void Compose_UnknownState_Throws(string state)
    {
        Assert.Throws<ArgumentException>(() => Curp.Compose("Juan", "Pérez", "García", new DateOnly(1990, 5, 12), Sex.H, state));
    }

    [Fact]
    public void Compose_InconvenientName_NeverProducesRejectedCurp()
    {
        var curp = Curp.Compose("Adán", "Baca", "Castro", new DateOnly(1988, 1, 2), Sex.H, "SR");

        Assert.StartsWith("BXCA", curp.Value, StringComparison.Ordinal);
        Assert.True(Curp.TryParse(curp.Value, Today, out _, out _));
    }

    private static TheoryData<string, string> Vectors(bool valid)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestVectors.Read("curp_vectors.csv"))
        {
            if (bool.Parse(row["valid"]) == valid)
            {
                data.Add(row["curp"], row["reason"]);
            }
        }

        return data;
    }
}
