using System.Globalization;
using Semillero.Calendar;

namespace Semillero.Tests.Calendar;

// Dates read in the language of the page (docs/texts.md, dates): never a Spanish pattern filled
// with English month names ("31 de December de 2028").
public sealed class DatesTests
{
    private static readonly DateOnly Due = new(2028, 12, 31);

    [Theory]
    [InlineData("es-MX", "31 de diciembre de 2028")]
    [InlineData("en", "December 31, 2028")]
    [InlineData("en-US", "December 31, 2028")]
    public void Written_InTheUiLanguage_ReadsNaturally(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => Dates.Written(Due)));

    [Theory]
    [InlineData("es-MX", "diciembre de 2028")]
    [InlineData("en", "December 2028")]
    public void Month_InTheUiLanguage_ReadsNaturally(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => Dates.Month(Due)));

    [Fact]
    public void EveryFormat_InEnglish_HasNoSpanishWords()
    {
        var at = new DateTime(2028, 12, 31, 14, 5, 9, DateTimeKind.Unspecified);
        var all = In("en", () => string.Join(" | ", Dates.Written(Due), Dates.WrittenWithTime(at), Dates.Compact(Due),
            Dates.CompactWithTime(at), Dates.CompactWithSeconds(at), Dates.Month(Due), Dates.CompactMonth(Due), Dates.Weekday(Due)));

        Assert.DoesNotContain(" de ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("dic", all, StringComparison.Ordinal);
        Assert.Contains("Dec 31, 2028, 2:05 PM", all, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFormat_InSpanish_UsesSpanishMonthsAnd24Hours()
    {
        var at = new DateTime(2028, 12, 31, 14, 5, 9, DateTimeKind.Unspecified);
        Assert.Equal("31 de diciembre de 2028, 14:05", In("es-MX", () => Dates.WrittenWithTime(at)));
        Assert.StartsWith("31 dic", In("es-MX", () => Dates.Compact(Due)), StringComparison.Ordinal);
        Assert.DoesNotContain("December", In("es-MX", () => Dates.CompactMonth(Due)), StringComparison.Ordinal);
    }

    private static string In(string culture, Func<string> format)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return format();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
