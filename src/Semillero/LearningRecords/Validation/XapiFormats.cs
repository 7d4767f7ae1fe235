using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Semillero.LearningRecords.Validation;

// The string formats xAPI values must follow. The statement validator uses them, and so should the
// HTTP layer for query parameters ("The LRS MUST validate parameter values to the same standards
// required for values of the same types in Statements", xAPI 1.0.3 Data 2.2.s4.b4): statementId and
// registration are UUIDs, verb and activity IRIs, since/until timestamps.
// Every method is total: any string (or null) gets an answer, nothing throws.
public static class XapiFormats
{
    public const string VoidedVerb = "http://adlnet.gov/expapi/verbs/voided";

    // Standard string form, 8-4-4-4-12 hex digits, either case. Any version and variant: xAPI 1.0.3
    // only recommends variant 2, and its own example statement id is not one.
    public static bool IsUuid([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var isHyphenPosition = i is 8 or 13 or 18 or 23;
            if (isHyphenPosition ? value[i] != '-' : !char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    // An absolute IRI: an RFC 3986 scheme, a colon, and no characters an IRI cannot contain
    // (whitespace, controls, <>"{}|\^`). Best effort, as the specification allows; relative
    // references ("example.com/x", "/x") and bad schemes ("ab=c://x") fail.
    public static bool IsIri([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        var colon = -1;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        if (colon < 0)
        {
            return false;
        }

        return !value.AsSpan(colon + 1).ContainsAny(NotInIri);
    }

    // Whitespace (char.IsWhiteSpace), controls (char.IsControl) and <>"{}|\^`: searched for all at
    // once rather than char by char.
    private static readonly SearchValues<char> NotInIri = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`')]);

    // "mailto:" followed by one email address (local part @ domain).
    public static bool IsMailtoIri([NotNullWhen(true)] string? value)
    {
        const string prefix = "mailto:";
        if (!IsIri(value) || !value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var address = value.AsSpan(prefix.Length);
        var at = address.IndexOf('@');
        return at > 0 && at < address.Length - 1 && address[(at + 1)..].IndexOf('@') < 0;
    }

    // The hex SHA-1 of a mailto IRI: 40 hex digits.
    public static bool IsSha1Hex([NotNullWhen(true)] string? value) => value is { Length: 40 } && IsHex(value);

    // A hex SHA-2 digest: SHA-224, SHA-256, SHA-384 or SHA-512.
    public static bool IsSha2Hex([NotNullWhen(true)] string? value) => value is { Length: 56 or 64 or 96 or 128 } && IsHex(value);

    // type "/" subtype as RFC 7231 tokens, optionally followed by ";" parameters (not inspected).
    public static bool IsMediaType([NotNullWhen(true)] string? value)
    {
        if (value is null)
        {
            return false;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var essence = (semicolon < 0 ? value : value[..semicolon]).TrimEnd();
        var slash = essence.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < essence.Length - 1 && IsToken(essence.AsSpan(0, slash)) && IsToken(essence.AsSpan(slash + 1));
    }

    // A statement's "version": 1.0 or 1.0.x for xAPI 1.0.3; an xAPI 2.0 LRS also accepts 2.0 and 2.0.x
    // (the 2.0 conformance suite still requires 1.0 and 1.0.9 to be accepted).
    public static bool IsStatementVersion([NotNullWhen(true)] string? value, XapiVersion version)
    {
        if (value is null || value.Length < 3 || value[1] != '.' || value[2] != '0')
        {
            return false;
        }

        var major = value[0];
        if (major != '1' && !(major == '2' && version == XapiVersion.V2_0_0))
        {
            return false;
        }

        return value.Length == 3 || (value[3] == '.' && value.Length > 4 && !value.AsSpan(4).ContainsAnyExceptInRange('0', '9'));
    }

    // RFC 5646 language tag (well-formed, case-insensitive): language[-extlang][-script][-region]
    // [-variant]*[-extension]*[-privateuse], a private-use tag, or a grandfathered tag; a variant or an
    // extension singleton may not repeat.
    public static bool IsLanguageTag([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (Grandfathered.Contains(value))
        {
            return true;
        }

        // The shapes nearly every tag has ("es", "en-US", "es-419"): a 2–3 letter language and an
        // optional region, valid by the rules below; answered without splitting.
        if (IsLanguageAndRegion(value))
        {
            return true;
        }

        var parts = value.Split('-');
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 8 || !IsAlphanumeric(part))
            {
                return false;
            }
        }

        var i = 0;
        if (IsX(parts[0]))
        {
            return IsPrivateUse(parts, 0);
        }

        // language
        var first = parts[0];
        if (!IsAlpha(first) || first.Length == 1)
        {
            return false;
        }

        i++;
        if (first.Length <= 3)
        {
            for (var extlangs = 0; extlangs < 3 && i < parts.Length && parts[i].Length == 3 && IsAlpha(parts[i]); extlangs++)
            {
                i++;
            }
        }

        // script
        if (i < parts.Length && parts[i].Length == 4 && IsAlpha(parts[i]))
        {
            i++;
        }

        // region
        if (i < parts.Length && ((parts[i].Length == 2 && IsAlpha(parts[i])) || (parts[i].Length == 3 && IsDigits(parts[i]))))
        {
            i++;
        }

        // variants
        HashSet<string>? variants = null;
        while (i < parts.Length && (parts[i].Length >= 5 || (parts[i].Length == 4 && char.IsAsciiDigit(parts[i][0]))))
        {
            if (!(variants ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(parts[i]))
            {
                return false;
            }

            i++;
        }

        // extensions
        HashSet<char>? singletons = null;
        while (i < parts.Length && parts[i].Length == 1 && !IsX(parts[i]))
        {
            if (!(singletons ??= []).Add(char.ToLowerInvariant(parts[i][0])))
            {
                return false;
            }

            var start = ++i;
            while (i < parts.Length && parts[i].Length >= 2)
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == parts.Length || (IsX(parts[i]) && IsPrivateUse(parts, i));
    }

    // language (2–3 ASCII letters) optionally followed by "-" and a region (2 ASCII letters or 3 digits).
    private static bool IsLanguageAndRegion(string value)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        var language = dash < 0 ? value.AsSpan() : value.AsSpan(0, dash);
        if (language.Length is < 2 or > 3 || language.ContainsAnyExcept(AsciiLetters))
        {
            return false;
        }

        if (dash < 0)
        {
            return true;
        }

        var region = value.AsSpan(dash + 1);
        return region.Length switch
        {
            2 => !region.ContainsAnyExcept(AsciiLetters),
            3 => !region.ContainsAnyExceptInRange('0', '9'),
            _ => false,
        };
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // An ISO 8601 duration in the format of ISO 8601:2004 4.4.3.2: PnYnMnDTnHnMnS (each part
    // optional, at least one, a decimal fraction only on the last one) or PnW. The alternative
    // format (P0003-01-02T...) is not allowed.
    public static bool IsDuration([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length < 3 || value[0] != 'P')
        {
            return false;
        }

        var i = 1;
        if (value[^1] == 'W')
        {
            return ReadNumber(value, ref i, out _) && i == value.Length - 1;
        }

        var components = 0;
        var fractionSeen = false;
        var inTime = false;
        var order = "YMD";
        var next = 0;
        while (i < value.Length)
        {
            if (value[i] == 'T')
            {
                if (inTime || i == value.Length - 1)
                {
                    return false;
                }

                inTime = true;
                order = "HMS";
                next = 0;
                i++;
                continue;
            }

            if (fractionSeen || !ReadNumber(value, ref i, out var hasFraction) || i >= value.Length)
            {
                return false;
            }

            var designator = order.IndexOf(value[i], next);
            if (designator < 0)
            {
                return false;
            }

            next = designator + 1;
            fractionSeen = hasFraction;
            components++;
            i++;
        }

        return components > 0;
    }

    public static bool IsTimestamp([NotNullWhen(true)] string? value, XapiVersion version) => TryParseTimestamp(value, version, out _);

    // A Timestamp. xAPI 1.0.3: ISO 8601 calendar date and time of day to the second, extended
    // (2015-06-10T14:31:41.123Z) or basic (20150610T143141Z) format, optional fraction ("." or ","),
    // optional zone (Z, ±hh:mm, ±hhmm, ±hh); a missing zone is read as UTC. xAPI 2.0: RFC 3339
    // date-time (extended format, "." fraction, "T" or a space, a zone required). In both, the
    // "unknown local offset" forms -00, -0000 and -00:00 are rejected, as the conformance suite requires,
    // and so are offsets beyond ±14:00. A leap second (:60) is read as 59.9999999 s.
    public static bool TryParseTimestamp([NotNullWhen(true)] string? value, XapiVersion version, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (value is null || value.Length < 15)
        {
            return false;
        }

        var rfc3339 = version == XapiVersion.V2_0_0;
        var i = 0;
        if (!ReadDigits(value, ref i, 4, out var year))
        {
            return false;
        }

        var extended = i < value.Length && value[i] == '-';
        if (!extended && rfc3339)
        {
            return false;
        }

        if (!(Separator(value, ref i, extended, '-') && ReadDigits(value, ref i, 2, out var month)
            && Separator(value, ref i, extended, '-') && ReadDigits(value, ref i, 2, out var day)))
        {
            return false;
        }

        if (i >= value.Length || !(value[i] is 'T' or 't' || (rfc3339 && value[i] == ' ')))
        {
            return false;
        }

        i++;
        if (!(ReadDigits(value, ref i, 2, out var hour) && Separator(value, ref i, extended, ':') && ReadDigits(value, ref i, 2, out var minute)
            && Separator(value, ref i, extended, ':') && ReadDigits(value, ref i, 2, out var second)))
        {
            return false;
        }

        long fractionTicks = 0;
        if (i < value.Length && (value[i] == '.' || (!rfc3339 && value[i] == ',')))
        {
            i++;
            var start = i;
            var scale = TimeSpan.TicksPerSecond;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                scale /= 10;
                fractionTicks += (value[i] - '0') * scale;
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        TimeSpan offset;
        if (i == value.Length)
        {
            if (rfc3339)
            {
                return false;
            }

            offset = TimeSpan.Zero;
        }
        else if (value[i] is 'Z' or 'z')
        {
            if (i != value.Length - 1)
            {
                return false;
            }

            offset = TimeSpan.Zero;
        }
        else if (value[i] is '+' or '-')
        {
            var negative = value[i] == '-';
            i++;
            if (!ReadDigits(value, ref i, 2, out var offsetHours))
            {
                return false;
            }

            var offsetMinutes = 0;
            if (i < value.Length)
            {
                // ±hh:mm, or (ISO 8601 only) ±hhmm, which many clients write even after an extended time.
                if (value[i] == ':')
                {
                    i++;
                }
                else if (rfc3339)
                {
                    return false;
                }

                if (!ReadDigits(value, ref i, 2, out offsetMinutes))
                {
                    return false;
                }
            }
            else if (rfc3339)
            {
                return false;
            }

            if (i != value.Length || offsetMinutes > 59 || (offsetHours * 60) + offsetMinutes > 14 * 60 || (negative && offsetHours == 0 && offsetMinutes == 0))
            {
                return false;
            }

            offset = new TimeSpan(negative ? -offsetHours : offsetHours, negative ? -offsetMinutes : offsetMinutes, 0);
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (second == 60)
        {
            second = 59;
            fractionTicks = TimeSpan.TicksPerSecond - 1;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        timestamp = new DateTimeOffset(local, offset);
        return true;
    }

    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };

    private static bool IsPrivateUse(string[] parts, int start) => parts.Length > start + 1;

    private static bool IsX(string part) => part is "x" or "X";

    private static bool IsHex(string value) => !value.AsSpan().ContainsAnyExcept(HexDigits);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private static bool IsAlpha(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsToken(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "!#$%&'*+-.^_`|~".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    // digits+ with an optional "." or "," fraction.
    private static bool ReadNumber(string value, ref int i, out bool hasFraction)
    {
        hasFraction = false;
        var start = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        if (i < value.Length && value[i] is '.' or ',')
        {
            i++;
            var fractionStart = i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }

            hasFraction = true;
            return i > fractionStart;
        }

        return true;
    }

    private static bool ReadDigits(string value, ref int i, int count, out int number)
    {
        number = 0;
        if (i + count > value.Length)
        {
            return false;
        }

        for (var end = i + count; i < end; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            number = (number * 10) + (value[i] - '0');
        }

        return true;
    }

    private static bool Separator(string value, ref int i, bool extended, char separator)
    {
        if (!extended)
        {
            return i >= value.Length || value[i] != separator;
        }

        if (i < value.Length && value[i] == separator)
        {
            i++;
            return true;
        }

        return false;
    }

    internal static string Describe(XapiVersion version) => version switch
    {
        XapiVersion.V1_0_3 => "1.0.3",
        XapiVersion.V2_0_0 => "2.0.0",
    };
}
