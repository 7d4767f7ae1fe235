using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Semillero.Validation;

namespace Semillero.Identity;

// Clave Única de Registro de Población (RENAPO). Only TryParse, Parse and Compose create one, so a
// non-default Curp is always valid.
public readonly record struct Curp
{
    public const int Length = 18;

    public const string BornAbroadStateCode = "NE";

    // Check-digit dictionary of the Instructivo Normativo (Ñ keeps its alphabetical place even though
    // issued CURPs never contain it).
    private const string CheckDigitAlphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    private Curp(string value, DateOnly birthDate, Sex sex, string birthStateCode)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
        BirthStateCode = birthStateCode;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    // Two-letter CURP code ("JC"), or NE for people born abroad.
    public string BirthStateCode { get; }

    public static bool TryParse(string? input, DateOnly today, out Curp curp, [NotNullWhen(false)] out IdRejection? rejection)
    {
        curp = default;
        rejection = Validate(input, today, out var value, out var birthDate, out var sex);
        if (rejection is not null)
        {
            return false;
        }

        curp = new Curp(value, birthDate, sex, value.Substring(11, 2));
        return true;
    }

    public static Curp Parse(string input, DateOnly today) =>
        TryParse(input, today, out var curp, out var rejection) ? curp : throw new FormatException(rejection.En);

    // Weights 18..2 over the first 17 characters; (10 - sum mod 10) mod 10.
    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("The CURP check digit is computed over exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = CheckDigitAlphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a CURP character.", nameof(first17));
            }

            sum += value * (Length - i);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public static Curp Compose(
        string nombre,
        string primerApellido,
        string? segundoApellido,
        DateOnly birthDate,
        Sex sex,
        string birthStateCode,
        char? differentiator = null)
    {
        ArgumentNullException.ThrowIfNull(birthStateCode);
        var state = birthStateCode.Trim().ToUpperInvariant();
        if (!IdentityReferenceData.CurpStateCodes.Contains(state))
        {
            throw new ArgumentException($"'{birthStateCode}' is not a CURP birth-state code.", nameof(birthStateCode));
        }

        if (birthDate.Year is < 1900 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "A CURP encodes births from 1900 to 2099 only.");
        }

        // Position 17 tells the century: a digit for births up to 1999, a letter from 2000.
        var bornFrom2000 = birthDate.Year >= 2000;
        var diff = differentiator ?? (bornFrom2000 ? 'A' : '0');
        if (bornFrom2000 ? !char.IsAsciiLetterUpper(diff) : !char.IsAsciiDigit(diff))
        {
            throw new ArgumentException(
                bornFrom2000 ? "Births from 2000 need a letter A-Z as differentiator." : "Births before 2000 need a digit as differentiator.",
                nameof(differentiator));
        }

        var (letters, consonants) = NameLetters.ForCurpBoth(nombre, primerApellido, segundoApellido);
        Span<char> chars = stackalloc char[Length];
        letters.CopyTo(chars);
        birthDate.TryFormat(chars[4..10], out _, "yyMMdd", CultureInfo.InvariantCulture);
        chars[10] = ToChar(sex);
        state.CopyTo(chars[11..]);
        consonants.CopyTo(chars[13..]);
        chars[16] = diff;
        chars[17] = CheckDigit(chars[..17]);
        return new Curp(new string(chars), birthDate, sex, state);
    }

    public override string ToString() => Value ?? string.Empty;

    internal static char ToChar(Sex sex) => sex switch
    {
        Sex.H => 'H',
        Sex.M => 'M',
        Sex.X => 'X',
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, null),
    };

    private static IdRejection? Validate(string? input, DateOnly today, out string value, out DateOnly birthDate, out Sex sex)
    {
        value = string.Empty;
        birthDate = default;
        sex = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return new(IdRejectionCodes.Required, "La CURP es obligatoria.", "The CURP is required.");
        }

        value = input.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();
        if (value.Length != Length)
        {
            return new(
                IdRejectionCodes.Length,
                string.Create(CultureInfo.InvariantCulture, $"La CURP debe tener 18 caracteres; tiene {value.Length}."),
                string.Create(CultureInfo.InvariantCulture, $"A CURP has 18 characters; this one has {value.Length}."));
        }

        var bad = FirstMisplacedCharacter(value);
        if (bad >= 0)
        {
            return FormatRejection(value, bad);
        }

        var letters = value[..4];
        if (IdentityReferenceData.CurpInconvenientWords.Contains(letters))
        {
            // RENAPO always replaces the second letter of these words with X, so a real CURP never starts with one.
            return new(
                IdRejectionCodes.PalabraInconveniente,
                $"Las primeras cuatro letras ({letters}) forman una palabra inconveniente que RENAPO nunca asigna (sustituye la segunda letra por X).",
                $"The first four letters ({letters}) form an inappropriate word that RENAPO never issues (it replaces the second letter with X).");
        }

        var year = (char.IsAsciiDigit(value[16]) ? 1900 : 2000) + TwoDigits(value, 4);
        var month = TwoDigits(value, 6);
        var day = TwoDigits(value, 8);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var shown = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            return new(
                IdRejectionCodes.Date,
                $"La fecha de nacimiento {shown} no existe (el carácter 17, '{value[16]}', indica el siglo).",
                $"The birth date {shown} does not exist (character 17, '{value[16]}', gives the century).");
        }

        birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            var born = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var now = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new(
                IdRejectionCodes.DateInFuture,
                $"La fecha de nacimiento {born} es posterior a hoy ({now}); revise los caracteres 5 a 10 y 17.",
                $"The birth date {born} is after today ({now}); check characters 5 to 10 and 17.");
        }

        switch (value[10])
        {
            case 'H': sex = Sex.H; break;
            case 'M': sex = Sex.M; break;
            case 'X': sex = Sex.X; break;
            default:
                return new(
                    IdRejectionCodes.Sex,
                    $"El sexo '{value[10]}' no es válido: debe ser H (hombre), M (mujer) o X (no binario).",
                    $"Sex '{value[10]}' is not valid: it must be H (male), M (female) or X (non-binary).");
        }

        var state = value.Substring(11, 2);
        if (!IdentityReferenceData.CurpStateCodes.Contains(state))
        {
            return new(
                IdRejectionCodes.State,
                $"La clave de entidad de nacimiento '{state}' no existe (NE = nacido en el extranjero).",
                $"Birth-state code '{state}' does not exist (NE = born abroad).");
        }

        var expected = CheckDigit(value.AsSpan(0, 17));
        if (value[17] != expected)
        {
            return new(
                IdRejectionCodes.CheckDigit,
                $"El dígito verificador es {value[17]} pero debería ser {expected}; revise que la CURP esté bien escrita.",
                $"The check digit is {value[17]} but should be {expected}; check the CURP for typos.");
        }

        return null;
    }

    // Shape: 4 letters, YYMMDD, sex and state letters, 3 consonant letters, differentiator, check digit.
    // Letters are A-Z only: Ñ and accented letters never appear in an issued CURP.
    private static int FirstMisplacedCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = i switch
            {
                < 4 => char.IsAsciiLetterUpper(c),
                < 10 => char.IsAsciiDigit(c),
                < 16 => char.IsAsciiLetterUpper(c),
                16 => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c),
                _ => char.IsAsciiDigit(c),
            };
            if (!ok)
            {
                return i;
            }
        }

        return -1;
    }

    private static IdRejection FormatRejection(string value, int index)
    {
        var (es, en) = index switch
        {
            < 4 or (>= 10 and < 16) => ("una letra A-Z (sin Ñ ni acentos)", "a letter A-Z (no Ñ or accents)"),
            16 => ("un dígito o una letra", "a digit or a letter"),
            _ => ("un dígito", "a digit"),
        };
        var position = (index + 1).ToString(CultureInfo.InvariantCulture);
        return new(
            IdRejectionCodes.Format,
            $"La CURP no tiene el formato correcto: en la posición {position} hay '{value[index]}' y se esperaba {es}.",
            $"The CURP is not well formed: position {position} has '{value[index]}' where {en} was expected.");
    }

    private static int TwoDigits(string value, int start) => ((value[start] - '0') * 10) + (value[start + 1] - '0');
}
