using System.Globalization;
using System.Text;
using Semillero.Access;
using Semillero.Identity;
using Semillero.Validation;

namespace Semillero.Credits;

// A founder as typed: a form row or an API item.
public sealed record FounderInput(string? Curp, string? Name);

// A startup profile as typed (docs/credits.md, "Startup profile and the investors' directory").
// The founding date is text (yyyy-MM-dd) so a mistyped one comes back named instead of vanishing.
public sealed record StartupProfileInput(string? FoundedOn, string? Stage, string? Funding, string? Pitch, bool VisibleToInvestors, IReadOnlyList<FounderInput>? Founders);

public sealed record ValidFounder(string Curp, string Name);

public sealed record ValidStartupProfile(DateOnly FoundedOn, StartupStage Stage, FundingBand Funding, string Pitch, bool VisibleToInvestors, IReadOnlyList<ValidFounder> Founders);

// The startup profile's pure rules: wire names, validation, and who writes.
public static class StartupProfileRules
{
    public const int MaxFounderNameLength = 200;

    // No startup in the program was founded before the commercial internet reached Mexico; an
    // earlier date is a typing error.
    public static readonly DateOnly EarliestFounding = new(1990, 1, 1);

    public static class Fields
    {
        public const string FoundedOn = "foundedOn";
        public const string Stage = "stage";
        public const string Funding = "funding";
        public const string Pitch = "pitch";
        public const string Founders = "founders";

        public static string FounderCurp(int row) => string.Create(CultureInfo.InvariantCulture, $"founders[{row}].curp");

        public static string FounderName(int row) => string.Create(CultureInfo.InvariantCulture, $"founders[{row}].name");
    }

    public static IReadOnlyList<StartupStage> Stages { get; } = Enum.GetValues<StartupStage>();

    public static IReadOnlyList<FundingBand> Bands { get; } = Enum.GetValues<FundingBand>();

    public static string Wire(StartupStage stage) => stage switch
    {
        StartupStage.Idea => "idea",
        StartupStage.PreSemilla => "pre_semilla",
        StartupStage.Semilla => "semilla",
        StartupStage.SerieA => "serie_a",
        StartupStage.SerieBOMas => "serie_b_o_mas",
        _ => stage.ToString().ToLowerInvariant(),
    };

    public static string Wire(FundingBand band) => band switch
    {
        FundingBand.Ninguno => "ninguno",
        FundingBand.Menos100Mil => "menos_100_mil",
        FundingBand.De100MilA500Mil => "de_100_mil_a_500_mil",
        FundingBand.De500MilA2Millones => "de_500_mil_a_2_millones",
        FundingBand.De2A10Millones => "de_2_a_10_millones",
        FundingBand.Mas10Millones => "mas_10_millones",
        _ => band.ToString().ToLowerInvariant(),
    };

    // The wire name, or the enum's own name in any case ("SerieA").
    public static bool TryParseStage(string? text, out StartupStage stage)
    {
        var t = text?.Trim() ?? "";
        stage = Stages.FirstOrDefault(s => string.Equals(Wire(s), t, StringComparison.OrdinalIgnoreCase) || string.Equals(s.ToString(), t, StringComparison.OrdinalIgnoreCase));
        return stage != default;
    }

    public static bool TryParseFunding(string? text, out FundingBand band)
    {
        var t = text?.Trim() ?? "";
        band = Bands.FirstOrDefault(b => string.Equals(Wire(b), t, StringComparison.OrdinalIgnoreCase) || string.Equals(b.ToString(), t, StringComparison.OrdinalIgnoreCase));
        return band != default;
    }

    // The company's own empresa account or key, and operators.
    public static bool CanWrite(Actor actor, Guid companyId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (actor.Role == Roles.Empresa && actor.CompanyId == companyId) || actor.Role == Roles.Operador;
    }

    public static IdRejection NotAStartup { get; } = new("no_startup",
        "Solo las empresas registradas como startup tienen perfil de startup y solicitan créditos de nube. Si su empresa es una startup, cámbielo en el perfil de la empresa.",
        "Only companies registered as startups have a startup profile and apply for cloud credits. If your company is a startup, change it in the company profile.");

    // Every field checked, every problem reported at once. Founder rows with neither CURP nor name
    // are the form's spare rows and are skipped; row numbers in the field names are the input's.
    public static (ValidStartupProfile? Profile, IReadOnlyList<FieldError> Errors) Validate(StartupProfileInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();

        DateOnly founded = default;
        if (string.IsNullOrWhiteSpace(input.FoundedOn))
        {
            errors.Add(new(Fields.FoundedOn, Required("la fecha de fundación", "the founding date")));
        }
        else if (!DateOnly.TryParseExact(input.FoundedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out founded))
        {
            errors.Add(new(Fields.FoundedOn, new IdRejection("format",
                "La fecha de fundación debe ser una fecha válida (aaaa-mm-dd).", "The founding date must be a valid date (yyyy-mm-dd).")));
        }
        else if (founded > today)
        {
            errors.Add(new(Fields.FoundedOn, new IdRejection("future",
                "La fecha de fundación no puede ser posterior a hoy.", "The founding date cannot be later than today.")));
        }
        else if (founded < EarliestFounding)
        {
            errors.Add(new(Fields.FoundedOn, new IdRejection("range",
                "La fecha de fundación no puede ser anterior a 1990.", "The founding date cannot be earlier than 1990.")));
        }

        StartupStage stage = default;
        if (string.IsNullOrWhiteSpace(input.Stage))
        {
            errors.Add(new(Fields.Stage, Required("la etapa", "the stage")));
        }
        else if (!TryParseStage(input.Stage, out stage))
        {
            errors.Add(new(Fields.Stage, new IdRejection("unknown",
                $"La etapa «{Shorten(input.Stage)}» no existe; use una de: {string.Join(", ", Stages.Select(Wire))}.",
                $"Stage «{Shorten(input.Stage)}» does not exist; use one of: {string.Join(", ", Stages.Select(Wire))}.")));
        }

        FundingBand funding = default;
        if (string.IsNullOrWhiteSpace(input.Funding))
        {
            errors.Add(new(Fields.Funding, Required("el financiamiento recibido", "the funding raised")));
        }
        else if (!TryParseFunding(input.Funding, out funding))
        {
            errors.Add(new(Fields.Funding, new IdRejection("unknown",
                $"El rango de financiamiento «{Shorten(input.Funding)}» no existe; use uno de: {string.Join(", ", Bands.Select(Wire))}.",
                $"Funding band «{Shorten(input.Funding)}» does not exist; use one of: {string.Join(", ", Bands.Select(Wire))}.")));
        }

        var pitch = (input.Pitch ?? "").Trim().ReplaceLineEndings("\n");
        if (pitch.Length == 0)
        {
            errors.Add(new(Fields.Pitch, Required("la descripción de la startup", "the startup's pitch")));
        }
        else if (pitch.Length > CreditRules.MaxPitchLength)
        {
            errors.Add(new(Fields.Pitch, new IdRejection("length",
                $"La descripción excede {CreditRules.MaxPitchLength:N0} caracteres ({pitch.Length:N0}).",
                $"The pitch exceeds {CreditRules.MaxPitchLength:N0} characters ({pitch.Length:N0}).")));
        }

        var founders = Founders(input.Founders ?? [], today, errors);

        return errors.Count > 0
            ? (null, errors)
            : (new ValidStartupProfile(founded, stage, funding, pitch, input.VisibleToInvestors, founders), errors);
    }

    private static List<ValidFounder> Founders(IReadOnlyList<FounderInput> rows, DateOnly today, List<FieldError> errors)
    {
        var founders = new List<ValidFounder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var filled = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            var typed = rows[row];
            if (typed is null || (string.IsNullOrWhiteSpace(typed.Curp) && string.IsNullOrWhiteSpace(typed.Name)))
            {
                continue;
            }

            filled++;
            string? curp = null;
            if (string.IsNullOrWhiteSpace(typed.Curp))
            {
                errors.Add(new(Fields.FounderCurp(row), Required("la CURP de la persona fundadora", "the founder's CURP")));
            }
            else if (!Curp.TryParse(typed.Curp, today, out var parsed, out var rejection))
            {
                errors.Add(new(Fields.FounderCurp(row), rejection));
            }
            else if (!seen.Add(parsed.Value))
            {
                errors.Add(new(Fields.FounderCurp(row), new IdRejection("duplicate",
                    "Esta CURP ya está en otra fila: cada persona fundadora va una sola vez.",
                    "This CURP is already in another row: each founder is listed once.")));
            }
            else
            {
                curp = parsed.Value;
            }

            var name = Name(typed.Name, Fields.FounderName(row), errors);
            if (curp is not null && name is not null)
            {
                founders.Add(new ValidFounder(curp, name));
            }
        }

        if (filled == 0)
        {
            errors.Add(new(Fields.Founders, new IdRejection("required",
                "Registre al menos a una persona fundadora, con su CURP y nombre.", "List at least one founder, with their CURP and name.")));
        }
        else if (filled > CreditRules.MaxFounders)
        {
            errors.Add(new(Fields.Founders, new IdRejection("too_many",
                $"Registre como máximo {CreditRules.MaxFounders} personas fundadoras ({filled}).",
                $"List at most {CreditRules.MaxFounders} founders ({filled}).")));
        }

        return founders;
    }

    // Names: letters (any script, with accents), spaces, apostrophes, hyphens and dots, as in the
    // learners' registry.
    private static string? Name(string? raw, string field, List<FieldError> errors)
    {
        var value = raw is null ? "" : string.Join(' ', raw.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length == 0)
        {
            errors.Add(new(field, Required("el nombre de la persona fundadora", "the founder's name")));
            return null;
        }

        if (value.Length > MaxFounderNameLength)
        {
            errors.Add(new(field, new IdRejection("length",
                $"El nombre excede {MaxFounderNameLength} caracteres.", $"The name exceeds {MaxFounderNameLength} characters.")));
            return null;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (!(Rune.IsLetter(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || rune.Value is ' ' or '\'' or '’' or '-' or '.'))
            {
                errors.Add(new(field, new IdRejection("format",
                    $"El nombre contiene un carácter no permitido («{rune}»): solo letras, espacios, apóstrofos, guiones y puntos.",
                    $"The name contains a character that is not allowed («{rune}»): only letters, spaces, apostrophes, hyphens and dots.")));
                return null;
            }
        }

        return value;
    }

    private static IdRejection Required(string es, string en) =>
        new("required", $"Falta {es}.", $"{char.ToUpperInvariant(en[0])}{en[1..]} is required.");

    private static string Shorten(string s)
    {
        var t = s.Trim();
        return t.Length <= 40 ? t : string.Concat(t.AsSpan(0, 40), "…");
    }
}
