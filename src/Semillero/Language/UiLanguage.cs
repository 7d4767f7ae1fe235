using System.Globalization;

namespace Semillero.Language;

// The language people read: English when the request's UI culture is English, Mexican Spanish
// otherwise (the default). The web host sets the UI culture per request (query string, culture
// cookie, Accept-Language); every bilingual text picks its language here, so the rule lives once.
public static class UiLanguage
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    // "es" or "en": the language of texts kept as data in both languages (privacy notices, product messages).
    public static string Code => IsEnglish ? "en" : "es";
}
