using System.Globalization;
using Semillero.Language;

namespace Semillero.Calendar;

// How the site writes dates, in the language people read (docs/texts.md, dates). The pattern and
// the culture are chosen together here: a Spanish pattern with an English culture is how a page
// ends up saying "31 de December de 2028".
public static class Dates
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    // "31 de diciembre de 2028" · "December 31, 2028"
    public static string Written(DateOnly day) => Written(day, UiLanguage.IsEnglish);

    public static string Written(DateOnly day, bool english) =>
        english ? day.ToString("MMMM d, yyyy", English) : day.ToString("d 'de' MMMM 'de' yyyy", Spanish);

    public static string Written(DateTime at) => Written(DateOnly.FromDateTime(at));

    // "31 de diciembre de 2028, 14:05" · "December 31, 2028, 2:05 PM"
    public static string WrittenWithTime(DateTime at) =>
        UiLanguage.IsEnglish ? at.ToString("MMMM d, yyyy, h:mm tt", English) : at.ToString("d 'de' MMMM 'de' yyyy, HH:mm", Spanish);

    // "31 dic 2028" · "Dec 31, 2028": tables and lists.
    public static string Compact(DateOnly day) =>
        UiLanguage.IsEnglish ? day.ToString("MMM d, yyyy", English) : day.ToString("d MMM yyyy", Spanish);

    public static string Compact(DateTime at) => Compact(DateOnly.FromDateTime(at));

    // "31 dic 2028, 14:05" · "Dec 31, 2028, 2:05 PM"
    public static string CompactWithTime(DateTime at) =>
        UiLanguage.IsEnglish ? at.ToString("MMM d, yyyy, h:mm tt", English) : at.ToString("d MMM yyyy, HH:mm", Spanish);

    // "31 dic 2028, 14:05:09" · "Dec 31, 2028, 2:05:09 PM"
    public static string CompactWithSeconds(DateTime at) =>
        UiLanguage.IsEnglish ? at.ToString("MMM d, yyyy, h:mm:ss tt", English) : at.ToString("d MMM yyyy, HH:mm:ss", Spanish);

    // "diciembre de 2028" · "December 2028"
    public static string Month(DateOnly month) => Month(month, UiLanguage.IsEnglish);

    public static string Month(DateOnly month, bool english) =>
        english ? month.ToString("MMMM yyyy", English) : month.ToString("MMMM 'de' yyyy", Spanish);

    // "dic 2028" · "Dec 2028": chart axes and narrow columns.
    public static string CompactMonth(DateOnly month) =>
        UiLanguage.IsEnglish ? month.ToString("MMM yyyy", English) : month.ToString("MMM yyyy", Spanish);

    // "lun 3 de nov" · "Mon, Nov 3": a day within the current year.
    public static string Weekday(DateOnly day) =>
        UiLanguage.IsEnglish ? day.ToString("ddd, MMM d", English) : day.ToString("ddd d 'de' MMM", Spanish);
}
