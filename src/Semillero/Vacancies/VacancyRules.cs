using System.Globalization;
using System.Text;
using Semillero.Geography;
using Semillero.Identity;
using Semillero.Skills;
using Semillero.Validation;

namespace Semillero.Vacancies;

// What a caller sends to create or change a vacancy: raw values from a form or a JSON body.
public sealed record VacancyInput(
    string? Title,
    string? Description,
    IReadOnlyList<VacancySkillInput>? Skills,
    string? Modality,
    string? State,
    int? SalaryMin,
    int? SalaryMax,
    int? Openings,
    DateOnly? ClosesOn);

// Level 1 básico, 2 intermedio, 3 avanzado; Required false = nice to have.
public sealed record VacancySkillInput(string? Id, int? Level, bool Required);

public sealed record ValidVacancySkill(Skill Skill, SkillLevel Level, bool Required);

public sealed record ValidVacancy(
    string Title,
    string Description,
    IReadOnlyList<ValidVacancySkill> Skills,
    WorkModality Modality,
    Entidad? State,
    int? SalaryMin,
    int? SalaryMax,
    int Openings,
    DateOnly ClosesOn);

public static class VacancyRules
{
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 8000;
    public const int MaxSkills = 20;
    public const int MaxOpenings = 1000;
    public const int MaxSalary = 10_000_000;

    // A vacancy is open for at most about a year: past that it is no longer a real opening.
    public const int MaxDaysOpen = 366;

    // Wire names of the fields, shared by the API's JSON and the pages' inputs.
    public static class Fields
    {
        public const string Title = "title";
        public const string Description = "description";
        public const string Skills = "skills";
        public const string Modality = "modality";
        public const string State = "state";
        public const string SalaryMin = "salaryMin";
        public const string SalaryMax = "salaryMax";
        public const string Openings = "openings";
        public const string ClosesOn = "closesOn";
        public const string CompanyId = "companyId";
    }

    public static class Codes
    {
        public const string Unknown = "unknown";
        public const string Range = "range";
        public const string Duplicate = "duplicate";
        public const string NoRequired = "no_required_skill";
        public const string TooMany = "too_many";
        public const string Past = "past";
    }

    private static readonly TimeZoneInfo? MexicoCity =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Mexico_City", out var zone) ? zone : null;

    // Closing dates are days of Mexico City's calendar (UTC where the server has no zone data).
    public static DateOnly TodayInMexicoCity(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return DateOnly.FromDateTime(MexicoCity is null ? now.UtcDateTime : TimeZoneInfo.ConvertTime(now, MexicoCity).DateTime);
    }

    // Pure: validates every field and reports every problem at once.
    public static (ValidVacancy? Vacancy, IReadOnlyList<FieldError> Errors) Validate(VacancyInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();

        var title = Clean(input.Title);
        if (title is null)
        {
            errors.Add(new(Fields.Title, Required("el título del puesto", "the job title")));
        }
        else if (title.Length is < 3 or > MaxTitleLength)
        {
            errors.Add(new(Fields.Title, new IdRejection(IdRejectionCodes.Length,
                string.Create(CultureInfo.InvariantCulture, $"El título va de 3 a {MaxTitleLength} caracteres; tiene {title.Length}."),
                string.Create(CultureInfo.InvariantCulture, $"The title takes 3 to {MaxTitleLength} characters; it has {title.Length}."))));
        }

        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (description is null)
        {
            errors.Add(new(Fields.Description, Required("la descripción del puesto", "the job description")));
        }
        else if (description.Length is < 20 or > MaxDescriptionLength)
        {
            errors.Add(new(Fields.Description, new IdRejection(IdRejectionCodes.Length,
                string.Create(CultureInfo.InvariantCulture, $"Describa el puesto en 20 a {MaxDescriptionLength} caracteres; tiene {description.Length}."),
                string.Create(CultureInfo.InvariantCulture, $"Describe the job in 20 to {MaxDescriptionLength} characters; it has {description.Length}."))));
        }

        var skills = ValidateSkills(input.Skills ?? [], errors);

        var modality = ParseModality(input.Modality);
        if (modality is null)
        {
            errors.Add(new(Fields.Modality, string.IsNullOrWhiteSpace(input.Modality)
                ? Required("la modalidad (presencial, híbrido o remoto)", "the work mode (presencial, hibrido or remoto)")
                : new IdRejection(Codes.Unknown,
                    $"Modalidad «{Shorten(input.Modality)}» no válida; use presencial, hibrido o remoto.",
                    $"Work mode «{Shorten(input.Modality)}» is not valid; use presencial, hibrido or remoto.")));
        }

        Entidad? state = null;
        if (!string.IsNullOrWhiteSpace(input.State))
        {
            state = Entidades.Find(input.State);
            if (state is null)
            {
                errors.Add(new(Fields.State, new IdRejection(Codes.Unknown,
                    $"El estado «{Shorten(input.State)}» no existe; use la clave INEGI (01–32) o el nombre del estado.",
                    $"State «{Shorten(input.State)}» does not exist; use the INEGI code (01–32) or the state's name.")));
            }
        }
        else if (modality is WorkModality.Presencial or WorkModality.Hibrido)
        {
            errors.Add(new(Fields.State, new IdRejection(IdRejectionCodes.Required,
                "Un puesto presencial o híbrido necesita el estado donde se trabaja.",
                "An on-site or hybrid job needs the state where the work is.")));
        }

        if (input.SalaryMin is < 0 or > MaxSalary)
        {
            errors.Add(new(Fields.SalaryMin, SalaryRange()));
        }

        if (input.SalaryMax is < 0 or > MaxSalary)
        {
            errors.Add(new(Fields.SalaryMax, SalaryRange()));
        }
        else if (input.SalaryMin is { } min && input.SalaryMax is { } max && min > max)
        {
            errors.Add(new(Fields.SalaryMax, new IdRejection(Codes.Range,
                "El sueldo máximo no puede ser menor que el mínimo.",
                "The maximum salary cannot be lower than the minimum.")));
        }

        var openings = input.Openings ?? 1;
        if (openings is < 1 or > MaxOpenings)
        {
            errors.Add(new(Fields.Openings, new IdRejection(Codes.Range,
                string.Create(CultureInfo.InvariantCulture, $"Las plazas van de 1 a {MaxOpenings}."),
                string.Create(CultureInfo.InvariantCulture, $"Openings go from 1 to {MaxOpenings}."))));
        }

        if (input.ClosesOn is not { } closesOn)
        {
            errors.Add(new(Fields.ClosesOn, Required("la fecha de cierre", "the closing date")));
        }
        else if (closesOn < today)
        {
            errors.Add(new(Fields.ClosesOn, new IdRejection(Codes.Past,
                string.Create(CultureInfo.InvariantCulture, $"La fecha de cierre ya pasó; elija hoy ({today:yyyy-MM-dd}) o una fecha posterior."),
                string.Create(CultureInfo.InvariantCulture, $"The closing date has passed; choose today ({today:yyyy-MM-dd}) or later."))));
        }
        else if (closesOn > today.AddDays(MaxDaysOpen))
        {
            errors.Add(new(Fields.ClosesOn, new IdRejection(Codes.Range,
                "La fecha de cierre puede estar a lo más a un año; si el puesto sigue abierto, amplíela después.",
                "The closing date can be at most a year ahead; if the job is still open, extend it later.")));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidVacancy(title!, description!, skills, modality!.Value, state, input.SalaryMin, input.SalaryMax, openings, input.ClosesOn!.Value), errors);
    }

    private static List<ValidVacancySkill> ValidateSkills(IReadOnlyList<VacancySkillInput> input, List<FieldError> errors)
    {
        var skills = new List<ValidVacancySkill>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in input)
        {
            var skill = SkillCatalog.Find(item.Id);
            if (skill is null)
            {
                errors.Add(new(Fields.Skills, new IdRejection(Codes.Unknown,
                    $"La habilidad «{Shorten(item.Id ?? "")}» no está en la lista de habilidades.",
                    $"Skill «{Shorten(item.Id ?? "")}» is not in the skills list.")));
                continue;
            }

            if (!seen.Add(skill.Id))
            {
                errors.Add(new(Fields.Skills, new IdRejection(Codes.Duplicate,
                    $"La habilidad «{skill.NameEs}» aparece dos veces.",
                    $"Skill «{skill.NameEn}» appears twice.")));
                continue;
            }

            if (item.Level is not (1 or 2 or 3))
            {
                errors.Add(new(Fields.Skills, new IdRejection(Codes.Range,
                    $"Elija el nivel de «{skill.NameEs}»: 1 básico, 2 intermedio o 3 avanzado.",
                    $"Choose the level of «{skill.NameEn}»: 1 basic, 2 intermediate or 3 advanced.")));
                continue;
            }

            skills.Add(new ValidVacancySkill(skill, (SkillLevel)item.Level.Value, item.Required));
        }

        if (skills.Count > MaxSkills)
        {
            errors.Add(new(Fields.Skills, new IdRejection(Codes.TooMany,
                string.Create(CultureInfo.InvariantCulture, $"Elija a lo más {MaxSkills} habilidades (eligió {skills.Count}): las que de verdad deciden el puesto."),
                string.Create(CultureInfo.InvariantCulture, $"Choose at most {MaxSkills} skills (you chose {skills.Count}): those that really decide the job."))));
        }

        if (!skills.Any(s => s.Required))
        {
            errors.Add(new(Fields.Skills, new IdRejection(Codes.NoRequired,
                "Marque al menos una habilidad como requerida: con ella se buscan candidatos.",
                "Mark at least one skill as required: candidates are matched on it.")));
        }

        return skills;
    }

    public static WorkModality? ParseModality(string? text) => text is null ? null : Fold(text) switch
    {
        "presencial" or "on-site" or "onsite" => WorkModality.Presencial,
        "hibrido" or "hybrid" => WorkModality.Hibrido,
        "remoto" or "remote" => WorkModality.Remoto,
        _ => null,
    };

    public static string Wire(WorkModality modality) => modality switch
    {
        WorkModality.Presencial => "presencial",
        WorkModality.Hibrido => "hibrido",
        _ => "remoto",
    };

    public static string Wire(VacancyStatus status) => status switch
    {
        VacancyStatus.Borrador => "borrador",
        VacancyStatus.Abierta => "abierta",
        _ => "cerrada",
    };

    // Lower case, without accents: "Híbrido" and "hibrido" are the same word to a search box.
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string? Clean(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IdRejection SalaryRange() => new(Codes.Range,
        "El sueldo mensual se escribe en pesos, de 0 a 10,000,000.",
        "The monthly salary is in pesos, from 0 to 10,000,000.");

    private static IdRejection Required(string es, string en) =>
        new(IdRejectionCodes.Required, $"Falta {es}.", $"{char.ToUpperInvariant(en[0])}{en[1..]} is required.");

    private static string Shorten(string text) => text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";
}
