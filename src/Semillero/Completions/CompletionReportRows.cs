using System.Globalization;
using Semillero.Identity;
using Semillero.Importing;
using Semillero.Learners;

namespace Semillero.Completions;

// One row of a provider's completion report, as found in the file.
public sealed record ReportRowInput(string? Curp, string? Email, string? Course, string? Date, string? Score, string? ExternalId);

// A row whose fields are well formed; whether the course, the rule and the person agree is for the
// import to decide against the database. Exactly one of Curp / Email identifies the person.
public sealed record ParsedReportRow(string? Curp, string? Email, string Course, DateOnly CompletedOn, decimal? ScaledScore, string? ExternalId);

// Why a row was not imported: a stable code (what tests and scripts match), the column, and the
// reason in Spanish and English.
public sealed record ReportRowProblem(string Code, string Column, string Es, string En);

// The format of a provider's completion report (docs/completion-reports.md), and the checks on a
// row that need no database: pure, so every rule is a plain [Theory].
public static class CompletionReportRows
{
    public const int MaxExternalIdLength = 100;

    public static class Fields
    {
        public const string Curp = "curp";
        public const string Correo = "correo";
        public const string Curso = "curso";
        public const string Fecha = "fecha";
        public const string Calificacion = "calificacion";
        public const string IdExterno = "id_externo";
    }

    public static class Codes
    {
        public const string MissingIdentity = "sin_identificacion";
        public const string InvalidCurp = "curp_invalida";
        public const string InvalidEmail = "correo_invalido";
        public const string MissingCourse = "sin_curso";
        public const string MissingDate = "sin_fecha";
        public const string BadDate = "fecha_invalida";
        public const string FutureDate = "fecha_futura";
        public const string BadScore = "calificacion_invalida";
        public const string ScoreOutOfRange = "calificacion_fuera_de_rango";
        public const string ExternalIdTooLong = "id_externo_largo";
        public const string UnknownCourse = "curso_desconocido";
        public const string NoRule = "curso_sin_regla";
        public const string RuleRefusesReports = "regla_no_acepta_reportes";
        public const string ScoreRequired = "calificacion_requerida";
        public const string ScoreBelowMinimum = "calificacion_insuficiente";
        public const string UnknownLearner = "aprendiz_desconocido";
        public const string AmbiguousEmail = "correo_ambiguo";
        public const string Duplicate = "duplicado";
    }

    // Headers are compared folded (case, accents, spaces/underscores/hyphens), so «Calificación»,
    // «CALIFICACION» and «calificacion» are one column. curp and correo are both optional here: the
    // import requires at least one of them.
    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new(Fields.Curp, false),
        new(Fields.Correo, false, "email", "e-mail", "correo_electronico", "correo electronico"),
        new(Fields.Curso, true, "course", "clave_curso", "clave del curso", "codigo_curso", "course_code", "course_id"),
        new(Fields.Fecha, true, "date", "fecha_termino", "fecha de termino", "fecha_conclusion", "completion_date", "completed_on"),
        new(Fields.Calificacion, false, "score", "calificacion_final", "grade", "puntaje"),
        new(Fields.IdExterno, false, "external_id", "id_externo_proveedor", "folio"),
    ];

    // ISO first; then day/month/year, as spreadsheets with a Mexican locale export dates. Never
    // month/day: "05/11/2026" is the 5th of November.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy"];

    // Pure: every problem of the row at once, so a provider fixing a file sees them in one pass.
    // `today` bounds the date: a completion cannot be dated after today (one day of slack, as
    // AwardCourse allows, for a provider whose day already turned while Mexico's has not).
    public static (ParsedReportRow? Row, IReadOnlyList<ReportRowProblem> Problems) Parse(ReportRowInput input, DateOnly today)
    {
        var problems = new List<ReportRowProblem>(1);

        string? curp = null;
        string? email = null;
        if (!string.IsNullOrWhiteSpace(input.Curp))
        {
            // A CURP that is present but wrong rejects the row even when an email is there too: the
            // provider meant someone, and guessing who from the email could credit the wrong person.
            if (Curp.TryParse(input.Curp, today, out var parsed, out var rejection))
            {
                curp = parsed.Value;
            }
            else
            {
                problems.Add(new(Codes.InvalidCurp, Fields.Curp, $"CURP inválida: {rejection.Es}", $"Invalid CURP: {rejection.En}"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Email))
        {
            var value = input.Email.Trim();
            if (LearnerRules.IsValidEmail(value))
            {
                // Registered emails are stored lower-case (LearnerRules).
                email = value.ToLowerInvariant();
            }
            else
            {
                problems.Add(new(Codes.InvalidEmail, Fields.Correo, "El correo no es una dirección válida.", "The email is not a valid address."));
            }
        }
        else
        {
            problems.Add(new(Codes.MissingIdentity, Fields.Curp,
                "Falta la CURP (o el correo) de la persona.", "The person's CURP (or email) is missing."));
        }

        var course = input.Course?.Trim();
        if (string.IsNullOrEmpty(course))
        {
            problems.Add(new(Codes.MissingCourse, Fields.Curso, "Falta la clave del curso.", "The course code is missing."));
        }

        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(input.Date))
        {
            problems.Add(new(Codes.MissingDate, Fields.Fecha, "Falta la fecha de término.", "The completion date is missing."));
        }
        else if (!TryParseDate(input.Date, out date))
        {
            problems.Add(new(Codes.BadDate, Fields.Fecha,
                $"La fecha «{Shorten(input.Date)}» no es válida; use aaaa-mm-dd (2026-11-05) o dd/mm/aaaa (05/11/2026).",
                $"Date «{Shorten(input.Date)}» is not valid; use yyyy-mm-dd (2026-11-05) or dd/mm/yyyy (05/11/2026)."));
        }
        else if (date > today.AddDays(1))
        {
            problems.Add(new(Codes.FutureDate, Fields.Fecha,
                FormattableString.Invariant($"La fecha {date:yyyy-MM-dd} es futura."), FormattableString.Invariant($"Date {date:yyyy-MM-dd} is in the future.")));
        }

        decimal? score = null;
        if (!string.IsNullOrWhiteSpace(input.Score))
        {
            switch (ParseScore(input.Score))
            {
                case ScoreParse.Scaled s:
                    score = s.Value;
                    break;
                case ScoreParse.NotANumber:
                    problems.Add(new(Codes.BadScore, Fields.Calificacion,
                        $"La calificación «{Shorten(input.Score)}» no es un número.", $"Score «{Shorten(input.Score)}» is not a number."));
                    break;
                case ScoreParse.OutOfRange:
                    problems.Add(new(Codes.ScoreOutOfRange, Fields.Calificacion,
                        $"La calificación «{Shorten(input.Score)}» está fuera de rango: va de 0 a 100 (o de 0 a 1).",
                        $"Score «{Shorten(input.Score)}» is out of range: it goes from 0 to 100 (or 0 to 1)."));
                    break;
            }
        }

        var externalId = string.IsNullOrWhiteSpace(input.ExternalId) ? null : input.ExternalId.Trim();
        if (externalId is { Length: > MaxExternalIdLength })
        {
            problems.Add(new(Codes.ExternalIdTooLong, Fields.IdExterno,
                $"El id_externo excede {MaxExternalIdLength} caracteres.", $"id_externo exceeds {MaxExternalIdLength} characters."));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ParsedReportRow(curp, email, course!, date, score, externalId), problems);
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public abstract record ScoreParse
    {
        public sealed record Scaled(decimal Value) : ScoreParse;

        public sealed record NotANumber : ScoreParse;

        public sealed record OutOfRange : ScoreParse;
    }

    // To xAPI's result.score.scaled (0–1), what rules compare against. Providers send 0–100 (often
    // with "%" or a decimal comma from a Spanish locale) or already 0–1: a value up to 1 is read as
    // scaled, so "1" is 100 %, and "1%" is 1 %.
    public static ScoreParse ParseScore(string text)
    {
        var value = text.Trim();
        var percent = value.EndsWith('%');
        if (percent)
        {
            value = value[..^1].TrimEnd();
        }

        if (!value.Contains('.', StringComparison.Ordinal))
        {
            value = value.Replace(',', '.');
        }

        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new ScoreParse.NotANumber();
        }

        if (number < 0 || number > 100)
        {
            return new ScoreParse.OutOfRange();
        }

        var scaled = percent || number > 1 ? number / 100 : number;
        // The column keeps four decimals (precision 5, 4); truncated, so rounding never lifts a
        // score over a rule's minimum (69.996 stays below 0.7).
        return new ScoreParse.Scaled(Math.Round(scaled, 4, MidpointRounding.ToZero));
    }

    // Echoing a value back helps the provider find it, but never a whole pasted paragraph.
    private static string Shorten(string s)
    {
        var t = s.Trim();
        return t.Length <= 40 ? t : string.Concat(t.AsSpan(0, 40), "…");
    }
}
