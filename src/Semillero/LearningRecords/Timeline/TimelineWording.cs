namespace Semillero.LearningRecords.Timeline;

// How a statement reads to the learner, in Spanish ("es") or English ("en"). Providers' own words
// come first when they are in the reader's language; otherwise our name for a well-known verb;
// otherwise the provider's words in any language; as a last resort the verb IRI's last segment.
public static class TimelineWording
{
    private const string Adl = "http://adlnet.gov/expapi/verbs/";
    private const string AdlW3id = "https://w3id.org/xapi/adl/verbs/";
    private const string TinCan = "http://id.tincanapi.com/verb/";
    private const string Video = "https://w3id.org/xapi/video/verbs/";

    // Verbs that mean the learner finished the activity: the summary's "completed" count.
    public static IReadOnlySet<string> CompletionVerbs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Adl + "completed", Adl + "passed", Adl + "mastered", AdlW3id + "satisfied", Video + "completed",
    };

    // The ADL vocabulary (adlnet.gov/expapi/verbs and the w3id.org ADL profile), plus the verbs
    // Moodle's logstore_xapi and Open edX's event-routing-backends send most.
    private static readonly Dictionary<string, (string Es, string En)> Known = new(StringComparer.Ordinal)
    {
        [Adl + "answered"] = ("Respondió", "Answered"),
        [Adl + "asked"] = ("Preguntó", "Asked"),
        [Adl + "attempted"] = ("Hizo un intento", "Attempted"),
        [Adl + "attended"] = ("Asistió", "Attended"),
        [Adl + "commented"] = ("Comentó", "Commented"),
        [Adl + "completed"] = ("Completó", "Completed"),
        [Adl + "exited"] = ("Salió", "Exited"),
        [Adl + "experienced"] = ("Consultó", "Viewed"),
        [Adl + "failed"] = ("No aprobó", "Failed"),
        [Adl + "imported"] = ("Importó", "Imported"),
        [Adl + "initialized"] = ("Inició", "Started"),
        [Adl + "interacted"] = ("Interactuó", "Interacted"),
        [Adl + "launched"] = ("Abrió", "Launched"),
        [Adl + "mastered"] = ("Dominó", "Mastered"),
        [Adl + "passed"] = ("Aprobó", "Passed"),
        [Adl + "preferred"] = ("Eligió", "Preferred"),
        [Adl + "progressed"] = ("Avanzó", "Progressed"),
        [Adl + "registered"] = ("Se inscribió", "Registered"),
        [Adl + "responded"] = ("Respondió", "Responded"),
        [Adl + "resumed"] = ("Retomó", "Resumed"),
        [Adl + "scored"] = ("Obtuvo una calificación", "Scored"),
        [Adl + "shared"] = ("Compartió", "Shared"),
        [Adl + "suspended"] = ("Pausó", "Suspended"),
        [Adl + "terminated"] = ("Terminó", "Finished"),
        [Adl + "voided"] = ("Anuló", "Voided"),
        [AdlW3id + "abandoned"] = ("Abandonó", "Abandoned"),
        [AdlW3id + "logged-in"] = ("Inició sesión", "Signed in"),
        [AdlW3id + "logged-out"] = ("Cerró sesión", "Signed out"),
        [AdlW3id + "satisfied"] = ("Cumplió los requisitos", "Met the requirements"),
        [AdlW3id + "waived"] = ("Quedó exento", "Waived"),
        [TinCan + "viewed"] = ("Vio", "Viewed"),
        [TinCan + "earned"] = ("Obtuvo", "Earned"),
        [TinCan + "unregistered"] = ("Canceló su inscripción", "Unenrolled"),
        [Video + "played"] = ("Reprodujo", "Played"),
        [Video + "paused"] = ("Pausó", "Paused"),
        [Video + "seeked"] = ("Se desplazó en", "Skipped through"),
        [Video + "completed"] = ("Terminó de ver", "Finished watching"),
        ["https://w3id.org/xapi/dod-isd/verbs/navigated"] = ("Navegó", "Navigated"),
        ["http://activitystrea.ms/schema/1.0/submit"] = ("Entregó", "Submitted"),
    };

    public static string? KnownVerb(string verbId, string language) =>
        Known.TryGetValue(verbId, out var names) ? (IsEnglish(language) ? names.En : names.Es) : null;

    // Sentence case: providers often send lower-case displays ("completed") and the page shows the
    // verb at the start of a cell.
    public static string Verb(string verbId, IReadOnlyDictionary<string, string> display, string language)
    {
        var text = Pick(display, language, fallBackToOthers: false)
            ?? KnownVerb(verbId, language)
            ?? Pick(display, language, fallBackToOthers: true)
            ?? LastSegment(verbId);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Activity(string? activityId, IReadOnlyDictionary<string, string> name, string language) =>
        Pick(name, language, fallBackToOthers: true) ?? activityId ?? "";

    // A language map's entry for the reader: their language's regional tag first (es-MX, en-US), then
    // the bare tag, then any region of it; then, if asked, the other language; then whatever there is.
    public static string? Pick(IReadOnlyDictionary<string, string> map, string language, bool fallBackToOthers)
    {
        if (map.Count == 0)
        {
            return null;
        }

        var english = IsEnglish(language);
        var preferred = english ? new[] { "en-US", "en" } : ["es-MX", "es", "es-419"];
        var others = english ? new[] { "es-MX", "es", "es-419" } : ["en-US", "en", "en-GB"];
        return ByTags(map, preferred) ?? ByPrefix(map, english ? "en" : "es")
            ?? (fallBackToOthers
                ? ByTags(map, others) ?? ByPrefix(map, english ? "es" : "en") ?? map.OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase).First().Value
                : null);
    }

    // "9 / 10", "90 %", "90 % (9 / 10)": the score as the provider sent it, scaled as a percentage.
    public static string? Score(TimelineResult? result, IFormatProvider culture)
    {
        if (result is null)
        {
            return null;
        }

        string? raw = result.Raw is { } r
            ? result.Max is { } max ? $"{Number(r, culture)} / {Number(max, culture)}" : Number(r, culture)
            : null;
        if (result.Scaled is { } scaled)
        {
            var percent = scaled.ToString("P0", culture);
            return raw is null ? percent : $"{percent} ({raw})";
        }

        return raw;
    }

    private static string Number(double value, IFormatProvider culture) => value.ToString("0.##", culture);

    private static string? ByTags(IReadOnlyDictionary<string, string> map, string[] tags)
    {
        foreach (var tag in tags)
        {
            foreach (var (key, value) in map)
            {
                if (string.Equals(key, tag, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static string? ByPrefix(IReadOnlyDictionary<string, string> map, string language) =>
        map.Where(e => e.Key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .Select(e => e.Value)
            .FirstOrDefault();

    private static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    // "https://example.org/verbs/watched-video" → "watched video".
    private static string LastSegment(string iri)
    {
        var trimmed = iri.TrimEnd('/', '#');
        var cut = trimmed.LastIndexOfAny(['/', '#', ':']);
        var segment = cut >= 0 && cut < trimmed.Length - 1 ? trimmed[(cut + 1)..] : trimmed;
        return segment.Replace('-', ' ').Replace('_', ' ');
    }
}
