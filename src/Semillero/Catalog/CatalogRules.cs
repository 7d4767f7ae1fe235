using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using Semillero.LearningRecords.Validation;
using Semillero.Skills;
using Semillero.Validation;

namespace Semillero.Catalog;

// What an operator sends to create or change a path: raw text, as typed in the form or the API.
public sealed record PathInput(
    string? Code,
    string? Area,
    string? Level,
    string? NameEs,
    string? NameEn,
    string? SummaryEs,
    string? SummaryEn,
    string? CriteriaEs,
    string? CriteriaEn,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<Guid>? Courses);

public sealed record ValidPath(
    string Code,
    PathArea Area,
    PathLevel Level,
    string NameEs,
    string NameEn,
    string SummaryEs,
    string SummaryEn,
    string CriteriaEs,
    string CriteriaEn,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Guid> Courses);

public sealed record CourseInput(
    string? Provider,
    string? Code,
    string? NameEs,
    string? NameEn,
    string? Url,
    int? Hours,
    IReadOnlyList<string>? Activities);

public sealed record ValidCourse(string Provider, string Code, string NameEs, string NameEn, string? Url, int? Hours, IReadOnlyList<string> Activities);

// The catalog's pure rules: what a path's and a course's fields must look like. Every problem is
// reported at once, by field (the API's wire names, which the forms use too).
public static partial class CatalogRules
{
    public const int MaxCodeLength = 60;
    public const int MaxCourseCodeLength = 100;
    public const int MaxProviderLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 2000;
    public const int MaxIriLength = 2048;
    public const int MaxActivities = 500;
    public const int MaxHours = 2000;

    public static class Fields
    {
        public const string Code = "code";
        public const string Area = "area";
        public const string Level = "level";
        public const string NameEs = "nameEs";
        public const string NameEn = "nameEn";
        public const string SummaryEs = "summaryEs";
        public const string SummaryEn = "summaryEn";
        public const string CriteriaEs = "criteriaEs";
        public const string CriteriaEn = "criteriaEn";
        public const string Skills = "skills";
        public const string Courses = "courses";
        public const string Provider = "provider";
        public const string Url = "url";
        public const string Hours = "hours";
        public const string Activities = "activities";
    }

    public static class Codes
    {
        public const string Required = "required";
        public const string Length = "length";
        public const string Format = "format";
        public const string Unknown = "unknown";
        public const string Duplicate = "duplicate";
        public const string Immutable = "immutable";
        public const string Clash = "clash";
    }

    // The wire names of areas and levels, as the API and the query strings of /catalogo use them.
    public static string Wire(PathArea area) => area switch
    {
        PathArea.Nube => "nube",
        PathArea.IA => "ia",
        PathArea.Innovacion => "innovacion",
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };

    public static string Wire(PathLevel level) => level switch
    {
        PathLevel.Fundamentos => "fundamentos",
        PathLevel.Intermedio => "intermedio",
        PathLevel.Avanzado => "avanzado",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static IReadOnlyList<PathArea> Areas { get; } = [PathArea.Nube, PathArea.IA, PathArea.Innovacion];

    public static IReadOnlyList<PathLevel> Levels { get; } = [PathLevel.Fundamentos, PathLevel.Intermedio, PathLevel.Avanzado];

    // Accents and case do not matter: "Innovación" and "INNOVACION" are the same area.
    public static PathArea? ParseArea(string? text) => Fold(text) switch
    {
        "nube" => PathArea.Nube,
        "ia" => PathArea.IA,
        "innovacion" => PathArea.Innovacion,
        _ => null,
    };

    public static PathLevel? ParseLevel(string? text) => Fold(text) switch
    {
        "fundamentos" => PathLevel.Fundamentos,
        "intermedio" => PathLevel.Intermedio,
        "avanzado" => PathLevel.Avanzado,
        _ => null,
    };

    // A code is part of public addresses (/catalogo/{code}) and of badges: lowercase letters,
    // digits and single hyphens between them, as a slug.
    public static bool IsSlug(string? code) => code is { Length: > 0 and <= MaxCodeLength } && Slug().IsMatch(code);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Slug();

    public static (ValidPath? Path, IReadOnlyList<FieldError> Errors) ValidatePath(PathInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();

        var code = (input.Code ?? "").Trim();
        if (code.Length == 0)
        {
            errors.Add(new(Fields.Code, Required("la clave", "the code")));
        }
        else if (!IsSlug(code))
        {
            errors.Add(new(Fields.Code, new IdRejection(Codes.Format,
                $"La clave «{Shorten(code)}» no es válida: use de 1 a {MaxCodeLength} minúsculas sin acentos, dígitos y guiones entre ellos (por ejemplo «nube-fundamentos»).",
                $"The code «{Shorten(code)}» is not valid: use 1 to {MaxCodeLength} lowercase letters without accents, digits and hyphens between them (for example «nube-fundamentos»).")));
        }

        var area = ParseArea(input.Area);
        if (area is null)
        {
            errors.Add(new(Fields.Area, string.IsNullOrWhiteSpace(input.Area)
                ? Required("el área", "the area")
                : new IdRejection(Codes.Unknown,
                    $"El área «{Shorten(input.Area)}» no existe; use nube, ia o innovacion.",
                    $"The area «{Shorten(input.Area)}» does not exist; use nube, ia or innovacion.")));
        }

        var level = ParseLevel(input.Level);
        if (level is null)
        {
            errors.Add(new(Fields.Level, string.IsNullOrWhiteSpace(input.Level)
                ? Required("el nivel", "the level")
                : new IdRejection(Codes.Unknown,
                    $"El nivel «{Shorten(input.Level)}» no existe; use fundamentos, intermedio o avanzado.",
                    $"The level «{Shorten(input.Level)}» does not exist; use fundamentos, intermedio or avanzado.")));
        }

        var nameEs = Text(input.NameEs, Fields.NameEs, "el nombre en español", "the Spanish name", MaxNameLength, errors);
        var nameEn = Text(input.NameEn, Fields.NameEn, "el nombre en inglés", "the English name", MaxNameLength, errors);
        var summaryEs = Text(input.SummaryEs, Fields.SummaryEs, "el resumen en español", "the Spanish summary", MaxTextLength, errors);
        var summaryEn = Text(input.SummaryEn, Fields.SummaryEn, "el resumen en inglés", "the English summary", MaxTextLength, errors);
        var criteriaEs = Text(input.CriteriaEs, Fields.CriteriaEs, "los criterios en español", "the Spanish criteria", MaxTextLength, errors);
        var criteriaEn = Text(input.CriteriaEn, Fields.CriteriaEn, "los criterios en inglés", "the English criteria", MaxTextLength, errors);

        var skills = (input.Skills ?? []).Select(s => (s ?? "").Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in skills.Where(s => SkillCatalog.Find(s) is null))
        {
            errors.Add(new(Fields.Skills, new IdRejection(Codes.Unknown,
                $"La habilidad «{Shorten(unknown)}» no está en la lista de habilidades de Semillero.",
                $"The skill «{Shorten(unknown)}» is not in Semillero's skills list.")));
        }

        var courses = (input.Courses ?? []).Distinct().ToList();

        return errors.Count > 0
            ? (null, errors)
            : (new ValidPath(code, area!.Value, level!.Value, nameEs!, nameEn!, summaryEs!, summaryEn!, criteriaEs!, criteriaEn!, skills, courses), errors);
    }

    public static (ValidCourse? Course, IReadOnlyList<FieldError> Errors) ValidateCourse(CourseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var provider = Text(input.Provider, Fields.Provider, "el proveedor", "the provider", MaxProviderLength, errors);

        // The provider's own code, as its completion reports write it: kept as given (trimmed), since
        // reports are matched on it exactly.
        var code = Text(input.Code, Fields.Code, "la clave del curso", "the course code", MaxCourseCodeLength, errors);
        var nameEs = Text(input.NameEs, Fields.NameEs, "el nombre en español", "the Spanish name", MaxNameLength, errors);
        var nameEn = Text(input.NameEn, Fields.NameEn, "el nombre en inglés", "the English name", MaxNameLength, errors);

        string? url = null;
        if (!string.IsNullOrWhiteSpace(input.Url))
        {
            url = input.Url.Trim();
            if (url.Length > MaxIriLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add(new(Fields.Url, new IdRejection(Codes.Format,
                    "La dirección del curso debe ser completa, con https:// (hasta 2,048 caracteres).",
                    "The course address must be complete, with https:// (up to 2,048 characters).")));
            }
        }

        if (input.Hours is { } hours && (hours < 1 || hours > MaxHours))
        {
            errors.Add(new(Fields.Hours, new IdRejection(Codes.Format,
                "Las horas van de 1 a 2,000.",
                "Hours go from 1 to 2,000.")));
        }

        var activities = (input.Activities ?? []).Select(a => (a ?? "").Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var bad in activities.Where(a => !IsActivityIri(a)).Take(5))
        {
            errors.Add(new(Fields.Activities, new IdRejection(Codes.Format,
                $"«{Shorten(bad)}» no es un IRI absoluto de actividad (por ejemplo https://moodle.example/course/view.php?id=12).",
                $"«{Shorten(bad)}» is not an absolute activity IRI (for example https://moodle.example/course/view.php?id=12).")));
        }

        if (activities.Count > MaxActivities)
        {
            errors.Add(new(Fields.Activities, new IdRejection(Codes.Length,
                $"Un curso admite hasta {MaxActivities} actividades.",
                $"A course takes up to {MaxActivities} activities.")));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidCourse(provider!, code!, nameEs!, nameEn!, url, input.Hours, activities), errors);
    }

    // Statements name their object by an IRI (xAPI 1.0.3, 2.4.4.1); only an absolute one, with a
    // scheme and no spaces, can ever match what a provider sends.
    public static bool IsActivityIri(string value) =>
        value.Length <= MaxIriLength
        && XapiFormats.IsIri(value)
        && !value.Any(char.IsWhiteSpace)
        && Uri.TryCreate(value, UriKind.Absolute, out _);

    // One IRI per line, as the course form's textarea has them.
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static IdRejection Duplicate(string es, string en) => new(Codes.Duplicate, es, en);

    public static IdRejection Required(string es, string en) =>
        new(Codes.Required, $"Falta {es}.", $"{char.ToUpperInvariant(en[0])}{en[1..]} is required.");

    private static string? Text(string? raw, string field, string es, string en, int max, List<FieldError> errors)
    {
        var value = (raw ?? "").Trim();
        if (value.Length == 0)
        {
            errors.Add(new(field, Required(es, en)));
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(new(field, new IdRejection(Codes.Length,
                $"{char.ToUpperInvariant(es[0])}{es[1..]}: hasta {max.ToString("N0", CultureInfo.InvariantCulture)} caracteres.",
                $"{char.ToUpperInvariant(en[0])}{en[1..]}: up to {max.ToString("N0", CultureInfo.InvariantCulture)} characters.")));
            return null;
        }

        return value;
    }

    private static string Fold(string? text)
    {
        var normalized = (text ?? "").Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string? value)
    {
        var v = (value ?? "").Trim();
        return v.Length <= 60 ? v : v[..57] + "…";
    }
}
