using System.Globalization;
using System.Net.Mail;
using System.Text;
using Semillero.Geography;
using Semillero.Identity;
using Semillero.Validation;

namespace Semillero.Learners;

// What a caller sends to register or import a person: raw text, as typed or as found in a file.
public sealed record LearnerInput(
    string? Curp,
    string? Nombre,
    string? PrimerApellido,
    string? SegundoApellido,
    string? Correo,
    string? Entidad,
    string? Segmento);

// A validated, normalised person, ready to store.
public sealed record ValidLearner(
    Curp Curp,
    string GivenNames,
    string FirstSurname,
    string? SecondSurname,
    string? Email,
    Entidad State,
    Segment Segment);

public static class LearnerRules
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;

    public static class Fields
    {
        public const string Curp = "curp";
        public const string Nombre = "nombre";
        public const string PrimerApellido = "primer_apellido";
        public const string SegundoApellido = "segundo_apellido";
        public const string Correo = "correo";
        public const string Entidad = "entidad";
        public const string Segmento = "segmento";
    }

    // Pure: validates every field and reports every problem at once, so a person fixing a form or
    // a file row sees all of them in one pass.
    public static (ValidLearner? Learner, IReadOnlyList<FieldError> Errors) Validate(LearnerInput input, DateOnly today)
    {
        var errors = new List<FieldError>(2);

        Curp curp = default;
        if (string.IsNullOrWhiteSpace(input.Curp))
        {
            errors.Add(new(Fields.Curp, Required("la CURP", "the CURP")));
        }
        else if (!Curp.TryParse(input.Curp, today, out curp, out var rejection))
        {
            errors.Add(new(Fields.Curp, rejection!));
        }

        var given = Name(input.Nombre, Fields.Nombre, "el nombre", "the given name", required: true, errors);
        var first = Name(input.PrimerApellido, Fields.PrimerApellido, "el primer apellido", "the first surname", required: true, errors);
        var second = Name(input.SegundoApellido, Fields.SegundoApellido, "el segundo apellido", "the second surname", required: false, errors);
        var email = Email(input.Correo, errors);

        Entidad? state = null;
        if (string.IsNullOrWhiteSpace(input.Entidad))
        {
            errors.Add(new(Fields.Entidad, Required("la entidad de residencia", "the state of residence")));
        }
        else if ((state = Entidades.Find(input.Entidad)) is null)
        {
            errors.Add(new(Fields.Entidad, new IdRejection("entidad",
                $"La entidad «{Shorten(input.Entidad)}» no existe; use la clave INEGI (01–32) o el nombre del estado.",
                $"State «{Shorten(input.Entidad)}» does not exist; use the INEGI code (01–32) or the state's name.")));
        }

        Segment segment = default;
        if (string.IsNullOrWhiteSpace(input.Segmento))
        {
            errors.Add(new(Fields.Segmento, Required("el segmento", "the segment")));
        }
        else if (!SegmentNames.TryParse(input.Segmento, out segment))
        {
            var allowed = string.Join(", ", SegmentNames.WireNames);
            errors.Add(new(Fields.Segmento, new IdRejection("segmento",
                $"El segmento «{Shorten(input.Segmento)}» no es válido; use uno de: {allowed}.",
                $"Segment «{Shorten(input.Segmento)}» is not valid; use one of: {allowed}.")));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidLearner(curp, given!, first!, second, email, state!, segment), errors);
    }

    private static IdRejection Required(string es, string en) =>
        new("required", $"Falta {es}.", $"{char.ToUpperInvariant(en[0])}{en[1..]} is required.");

    // Names: letters (any script, with accents), spaces, apostrophes, hyphens and dots. Anything
    // else — digits, markup, control characters — is a data-entry error or an injection attempt.
    private static string? Name(string? raw, string field, string es, string en, bool required, List<FieldError> errors)
    {
        var value = CollapseSpaces(raw);
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(new(field, Required(es, en)));
            }

            return null;
        }

        if (value.Length > MaxNameLength)
        {
            errors.Add(new(field, new IdRejection("length",
                $"{Capitalize(es)} excede {MaxNameLength} caracteres.",
                $"{Capitalize(en)} exceeds {MaxNameLength} characters.")));
            return null;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var ok = Rune.IsLetter(rune)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || rune.Value is ' ' or '\'' or '’' or '-' or '.';
            if (!ok)
            {
                errors.Add(new(field, new IdRejection("format",
                    $"{Capitalize(es)} contiene un carácter no permitido («{rune}»): solo letras, espacios, apóstrofos, guiones y puntos.",
                    $"{Capitalize(en)} contains a character that is not allowed («{rune}»): only letters, spaces, apostrophes, hyphens and dots.")));
                return null;
            }
        }

        return value;
    }

    public static bool IsValidEmail(string value) =>
        value.Length <= MaxEmailLength
            && !value.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(value, out var address)
            && string.Equals(address.Address, value, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.');

    private static string? Email(string? raw, List<FieldError> errors)
    {
        var value = raw?.Trim() ?? "";
        if (value.Length == 0)
        {
            return null;
        }

        if (!IsValidEmail(value))
        {
            errors.Add(new(Fields.Correo, new IdRejection("format",
                $"El correo «{Shorten(value)}» no es una dirección válida.",
                $"Email «{Shorten(value)}» is not a valid address.")));
            return null;
        }

        // The local part is case-sensitive in theory; in practice every Mexican provider folds it,
        // and folding keeps one person from appearing twice by capitalisation.
        return value.ToLowerInvariant();
    }

    private static string CollapseSpaces(string? raw) =>
        raw is null ? "" : string.Join(' ', raw.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Capitalize(string s) => string.Concat(char.ToUpperInvariant(s[0]).ToString(), s[1..]);

    // Echoing user input back is useful, but never a whole pasted paragraph.
    private static string Shorten(string s)
    {
        var t = s.Trim();
        return t.Length <= 40 ? t : string.Concat(t.AsSpan(0, 40), "…");
    }
}
