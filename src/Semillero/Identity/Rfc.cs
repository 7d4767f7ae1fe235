using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Semillero.Validation;

namespace Semillero.Identity;

public enum RfcKind
{
    Fisica,
    Moral,
    Generico,
}

// Registro Federal de Contribuyentes (SAT): 13 characters for personas físicas, 12 for personas morales.
public readonly record struct Rfc
{
    // Público en general and residentes en el extranjero (RMF regla 2.7.1.26); their check digit does not verify.
    public const string GenericoNacional = "XAXX010101000";
    public const string GenericoExtranjero = "XEXX010101000";

    // SAT's check-digit table: & between N and O, space (padding for 12-character RFCs) 37, Ñ 38.
    private const string CheckDigitAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    private Rfc(string value, RfcKind kind, bool checkDigitMatches)
    {
        Value = value;
        Kind = kind;
        CheckDigitMatches = checkDigitMatches;
    }

    public string Value { get; }

    public RfcKind Kind { get; }

    // False for the ~1.5% of genuine RFCs whose check digit does not verify; true for the generic RFCs,
    // which are valid by definition.
    public bool CheckDigitMatches { get; }

    // A check-digit mismatch is accepted with a warning, not rejected: SAT has issued RFCs that fail it.
    public static bool TryParse(string? input, out Rfc rfc, [NotNullWhen(false)] out IdRejection? rejection, out IdRejection? warning)
    {
        rfc = default;
        warning = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            rejection = new(IdRejectionCodes.Required, "El RFC es obligatorio.", "The RFC is required.");
            return false;
        }

        var value = input.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();
        if (value is GenericoNacional or GenericoExtranjero)
        {
            rfc = new Rfc(value, RfcKind.Generico, checkDigitMatches: true);
            rejection = null;
            return true;
        }

        rejection = Validate(value);
        if (rejection is not null)
        {
            return false;
        }

        var expected = CheckDigit(value[..^1]);
        var matches = value[^1] == expected;
        if (!matches)
        {
            warning = new(
                IdRejectionCodes.CheckDigit,
                $"El dígito verificador del RFC es {value[^1]}, pero el algoritmo del SAT da {expected}. Algunos RFC reales no lo cumplen: confírmelo con la constancia de situación fiscal.",
                $"The RFC's check digit is {value[^1]} but SAT's algorithm gives {expected}. Some genuine RFCs fail this check: confirm it against the tax status certificate (constancia de situación fiscal).");
        }

        rfc = new Rfc(value, value.Length == 13 ? RfcKind.Fisica : RfcKind.Moral, matches);
        return true;
    }

    public static Rfc Parse(string input) =>
        TryParse(input, out var rfc, out var rejection, out _) ? rfc : throw new FormatException(rejection.En);

    // SAT mod 11: 12-character RFCs are padded with a leading space, weights 13..2, 11 - sum mod 11
    // (0 when the remainder is 0, A when it is 1).
    public static char CheckDigit(string first11or12)
    {
        ArgumentNullException.ThrowIfNull(first11or12);
        if (first11or12.Length is not (11 or 12))
        {
            throw new ArgumentException("The RFC check digit is computed over 11 (moral) or 12 (física) characters.", nameof(first11or12));
        }

        var padded = first11or12.Length == 11 ? " " + first11or12 : first11or12;
        var sum = 0;
        for (var i = 0; i < padded.Length; i++)
        {
            var value = CheckDigitAlphabet.IndexOf(padded[i], StringComparison.Ordinal);
            if (value < 0 || (i > 0 && padded[i] == ' '))
            {
                throw new ArgumentException($"'{padded[i]}' is not an RFC character.", nameof(first11or12));
            }

            sum += value * (13 - i);
        }

        var remainder = sum % 11;
        return remainder switch
        {
            0 => '0',
            1 => 'A',
            _ => (char)('0' + (11 - remainder)),
        };
    }

    public override string ToString() => Value ?? string.Empty;

    private static IdRejection? Validate(string value)
    {
        if (value.Length is not (12 or 13))
        {
            return new(
                IdRejectionCodes.Length,
                string.Create(CultureInfo.InvariantCulture, $"El RFC debe tener 13 caracteres (persona física) o 12 (persona moral), con homoclave; tiene {value.Length}."),
                string.Create(CultureInfo.InvariantCulture, $"An RFC has 13 characters (individual) or 12 (company), including the homoclave; this one has {value.Length}."));
        }

        var nameLength = value.Length - 9;
        var bad = FirstMisplacedCharacter(value, nameLength);
        if (bad >= 0)
        {
            return FormatRejection(value, bad, nameLength);
        }

        var letters = value[..nameLength];
        if (nameLength == 4 && IdentityReferenceData.RfcInconvenientWords.Contains(letters))
        {
            return new(
                IdRejectionCodes.PalabraInconveniente,
                $"Las primeras cuatro letras ({letters}) forman una palabra inconveniente que el SAT nunca asigna (sustituye la última letra por X).",
                $"The first four letters ({letters}) form an inappropriate word that SAT never issues (it replaces the last letter with X).");
        }

        var yy = TwoDigits(value, nameLength);
        var month = TwoDigits(value, nameLength + 2);
        var day = TwoDigits(value, nameLength + 4);

        // The RFC does not say the century; the date only has to exist in one of them (29 Feb of "00" is fine).
        if (month is < 1 or > 12 || day < 1 || day > Math.Max(DateTime.DaysInMonth(1900 + yy, month), DateTime.DaysInMonth(2000 + yy, month)))
        {
            var shown = value.Substring(nameLength, 6);
            return new(
                IdRejectionCodes.Date,
                $"La fecha del RFC ({shown}, AAMMDD) no existe.",
                $"The RFC's date ({shown}, YYMMDD) does not exist.");
        }

        // SAT assigns the first two homoclave characters from 1-9 and A-Z; 0 never appears there.
        var homoclave = value[^3..];
        if (homoclave[0] == '0' || homoclave[1] == '0')
        {
            return new(
                IdRejectionCodes.Homoclave,
                $"La homoclave {homoclave} no es válida: sus dos primeros caracteres son 1-9 o A-Z, nunca 0.",
                $"Homoclave {homoclave} is not valid: its first two characters are 1-9 or A-Z, never 0.");
        }

        return null;
    }

    // Shape: 3 (moral) or 4 (física) letters A-Z, Ñ or &; YYMMDD; two homoclave characters A-Z or 0-9;
    // check digit 0-9 or A.
    private static int FirstMisplacedCharacter(string value, int nameLength)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = (i - nameLength) switch
            {
                < 0 => char.IsAsciiLetterUpper(c) || c is 'Ñ' or '&',
                < 6 => char.IsAsciiDigit(c),
                < 8 => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c),
                _ => char.IsAsciiDigit(c) || c == 'A',
            };
            if (!ok)
            {
                return i;
            }
        }

        return -1;
    }

    private static IdRejection FormatRejection(string value, int index, int nameLength)
    {
        var (es, en) = (index - nameLength) switch
        {
            < 0 => ("una letra A-Z, Ñ o &", "a letter A-Z, Ñ or &"),
            < 6 => ("un dígito de la fecha", "a date digit"),
            < 8 => ("una letra A-Z o un dígito de la homoclave", "a homoclave letter A-Z or digit"),
            _ => ("un dígito verificador 0-9 o A", "a check digit 0-9 or A"),
        };
        var position = (index + 1).ToString(CultureInfo.InvariantCulture);
        var (kindEs, kindEn) = nameLength == 4 ? ("persona física", "individual") : ("persona moral", "company");
        return new(
            IdRejectionCodes.Format,
            $"El RFC ({kindEs}) no tiene el formato correcto: en la posición {position} hay '{value[index]}' y se esperaba {es}.",
            $"The RFC ({kindEn}) is not well formed: position {position} has '{value[index]}' where {en} was expected.");
    }

    private static int TwoDigits(string value, int start) => ((value[start] - '0') * 10) + (value[start + 1] - '0');
}
