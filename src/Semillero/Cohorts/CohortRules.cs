using System.Globalization;
using Semillero.Geography;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Organizations;
using Semillero.Validation;
using static System.FormattableString;

namespace Semillero.Cohorts;

// What a caller sends to open or change a cohort: raw values from a form or a JSON body. Paths are
// the catalog's path codes; states INEGI codes or names; segments their wire names.
public sealed record CohortInput(
    string? Name,
    string? Description,
    IReadOnlyList<string>? Paths,
    string? Modality,
    IReadOnlyList<string>? States,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly? EnrolmentOpensOn,
    DateOnly? EnrolmentClosesOn,
    int? Capacity,
    IReadOnlyList<string>? Segments,
    int? MinAge,
    int? MaxAge,
    string? EnrolmentMode);

public sealed record ValidCohort(
    string Name,
    string? Description,
    IReadOnlyList<Guid> PathIds,
    CohortModality Modality,
    IReadOnlyList<string> StateCodes,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly EnrolmentOpensOn,
    DateOnly EnrolmentClosesOn,
    int Capacity,
    IReadOnlyList<Segment> Segments,
    int? MinAge,
    int? MaxAge,
    CohortEnrolmentMode EnrolmentMode);

// What eligibility needs to know of a cohort and of a person (docs/cohorts.md, "Eligibility").
public sealed record CohortFacts(
    CohortStatus Status,
    CohortEnrolmentMode Mode,
    DateOnly EnrolmentOpensOn,
    DateOnly EnrolmentClosesOn,
    string EligibleSegments,
    int? MinAge,
    int? MaxAge,
    IReadOnlyCollection<string> StateCodes);

public sealed record PersonFacts(Segment Segment, DateOnly BirthDate, string StateCode);

public static class CohortRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCapacity = 100_000;
    public const int MaxPaths = 20;
    public const int MinAgeBound = 12;
    public const int MaxAgeBound = 99;

    // Organisations that teach. Accelerators and investors support ventures rather than run
    // courses, so they do not open cohorts (docs/cohorts.md).
    public static bool MayOpenCohorts(OrganizationKind kind) =>
        kind is OrganizationKind.Proveedor or OrganizationKind.Academia or OrganizationKind.Camara or OrganizationKind.Gobierno;

    // Wire names of the fields, shared by the API's JSON and the pages' inputs.
    public static class Fields
    {
        public const string Name = "name";
        public const string Description = "description";
        public const string Paths = "paths";
        public const string Modality = "modality";
        public const string States = "states";
        public const string StartsOn = "startsOn";
        public const string EndsOn = "endsOn";
        public const string EnrolmentOpensOn = "enrolmentOpensOn";
        public const string EnrolmentClosesOn = "enrolmentClosesOn";
        public const string Capacity = "capacity";
        public const string Segments = "segments";
        public const string MinAge = "minAge";
        public const string MaxAge = "maxAge";
        public const string EnrolmentMode = "enrolmentMode";
        public const string Reason = "reason";
        public const string Curp = "curp";
    }

    // Codes of the reasons a person cannot enrol (problem+json "code", the import report's "motivo").
    public static class Codes
    {
        public const string Unknown = "unknown";
        public const string Range = "range";
        public const string Duplicate = "duplicate";
        public const string Past = "past";
        public const string Order = "order";
        public const string NotPublished = "not_published";
        public const string KindNotAllowed = "kind_not_allowed";
        public const string NotVerified = "organization_not_verified";
        public const string Locked = "locked";
        public const string WindowClosed = "ventana_cerrada";
        public const string ByInvitation = "por_invitacion";
        public const string Segment = "segmento_no_elegible";
        public const string Age = "edad_fuera_de_rango";
        public const string State = "estado_no_atendido";
        public const string AlreadyEnrolled = "ya_inscrita";
        public const string NotApproved = "no_aprobada";
        public const string NotYours = "no_registrada_por_su_organizacion";
        public const string UnknownCurp = "curp_desconocida";
        public const string InvalidCurp = "curp_invalida";
        public const string DuplicateInFile = "duplicada_en_archivo";
    }

    // Pure: validates every field and reports every problem at once. publishedPaths maps the
    // codes the caller sent that name a published path to its id.
    public static (ValidCohort? Cohort, IReadOnlyList<FieldError> Errors) Validate(CohortInput input, IReadOnlyDictionary<string, Guid> publishedPaths, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(publishedPaths);
        var errors = new List<FieldError>();

        var name = Clean(input.Name);
        if (name is null)
        {
            errors.Add(new(Fields.Name, Required("el nombre de la convocatoria", "the cohort's name")));
        }
        else if (name.Length is < 3 or > MaxNameLength)
        {
            errors.Add(new(Fields.Name, new IdRejection(IdRejectionCodes.Length,
                Invariant($"El nombre va de 3 a {MaxNameLength} caracteres; tiene {name.Length}."),
                Invariant($"The name takes 3 to {MaxNameLength} characters; it has {name.Length}."))));
        }

        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (description is { Length: > MaxDescriptionLength })
        {
            errors.Add(new(Fields.Description, new IdRejection(IdRejectionCodes.Length,
                Invariant($"La descripción tiene a lo más {MaxDescriptionLength} caracteres; tiene {description.Length}."),
                Invariant($"The description takes at most {MaxDescriptionLength} characters; it has {description.Length}."))));
        }

        var pathIds = new List<Guid>();
        var codes = (input.Paths ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (codes.Count == 0)
        {
            errors.Add(new(Fields.Paths, Required("al menos una ruta publicada del catálogo", "at least one published path of the catalog")));
        }
        else if (codes.Count > MaxPaths)
        {
            errors.Add(new(Fields.Paths, new IdRejection(Codes.Range,
                Invariant($"Elija a lo más {MaxPaths} rutas."), Invariant($"Choose at most {MaxPaths} paths."))));
        }
        else
        {
            foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (publishedPaths.TryGetValue(code, out var id))
                {
                    pathIds.Add(id);
                }
                else
                {
                    errors.Add(new(Fields.Paths, new IdRejection(Codes.NotPublished,
                        $"La ruta «{Shorten(code)}» no está publicada en el catálogo.",
                        $"Path «{Shorten(code)}» is not published in the catalog.")));
                }
            }
        }

        var modality = ParseModality(input.Modality);
        if (modality is null)
        {
            errors.Add(new(Fields.Modality, string.IsNullOrWhiteSpace(input.Modality)
                ? Required("la modalidad (en_linea, presencial o mixta)", "the modality (en_linea, presencial or mixta)")
                : new IdRejection(Codes.Unknown,
                    $"Modalidad «{Shorten(input.Modality)}» no válida; use en_linea, presencial o mixta.",
                    $"Modality «{Shorten(input.Modality)}» is not valid; use en_linea, presencial or mixta.")));
        }

        var states = new List<string>();
        foreach (var raw in (input.States ?? []).Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (Entidades.Find(raw) is { } state)
            {
                if (!states.Contains(state.Clave))
                {
                    states.Add(state.Clave);
                }
            }
            else
            {
                errors.Add(new(Fields.States, new IdRejection(Codes.Unknown,
                    $"El estado «{Shorten(raw)}» no existe; use la clave INEGI (01–32) o el nombre del estado.",
                    $"State «{Shorten(raw)}» does not exist; use the INEGI code (01–32) or the state's name.")));
            }
        }

        if (modality is CohortModality.Presencial or CohortModality.Mixta && states.Count == 0 && !errors.Any(e => e.Field == Fields.States))
        {
            errors.Add(new(Fields.States, new IdRejection(IdRejectionCodes.Required,
                "Una convocatoria presencial o mixta necesita los estados donde se imparte.",
                "An in-person or blended cohort needs the states where it is taught.")));
        }

        ValidateDates(input, today, errors);

        if (input.Capacity is not { } capacity)
        {
            errors.Add(new(Fields.Capacity, Required("el cupo", "the capacity")));
            capacity = 0;
        }
        else if (capacity is < 1 or > MaxCapacity)
        {
            errors.Add(new(Fields.Capacity, new IdRejection(Codes.Range,
                Invariant($"El cupo va de 1 a {MaxCapacity:N0}."), Invariant($"The capacity goes from 1 to {MaxCapacity:N0}."))));
        }

        var segments = new List<Segment>();
        foreach (var raw in (input.Segments ?? []).Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (SegmentNames.TryParse(raw, out var segment))
            {
                if (!segments.Contains(segment))
                {
                    segments.Add(segment);
                }
            }
            else
            {
                errors.Add(new(Fields.Segments, new IdRejection(Codes.Unknown,
                    $"El segmento «{Shorten(raw)}» no existe; use {string.Join(", ", SegmentNames.WireNames)}.",
                    $"Segment «{Shorten(raw)}» does not exist; use {string.Join(", ", SegmentNames.WireNames)}.")));
            }
        }

        foreach (var (field, age) in new[] { (Fields.MinAge, input.MinAge), (Fields.MaxAge, input.MaxAge) })
        {
            if (age is < MinAgeBound or > MaxAgeBound)
            {
                errors.Add(new(field, new IdRejection(Codes.Range,
                    Invariant($"La edad va de {MinAgeBound} a {MaxAgeBound} años."), Invariant($"The age goes from {MinAgeBound} to {MaxAgeBound} years."))));
            }
        }

        if (input.MinAge is { } min && input.MaxAge is { } max && min > max && !errors.Any(e => e.Field is Fields.MinAge or Fields.MaxAge))
        {
            errors.Add(new(Fields.MaxAge, new IdRejection(Codes.Order,
                "La edad máxima no puede ser menor que la mínima.", "The maximum age cannot be lower than the minimum.")));
        }

        var mode = ParseMode(input.EnrolmentMode);
        if (mode is null)
        {
            errors.Add(new(Fields.EnrolmentMode, string.IsNullOrWhiteSpace(input.EnrolmentMode)
                ? Required("cómo se inscribe la gente (abierta o por_invitacion)", "how people enrol (abierta or por_invitacion)")
                : new IdRejection(Codes.Unknown,
                    $"Modo de inscripción «{Shorten(input.EnrolmentMode)}» no válido; use abierta o por_invitacion.",
                    $"Enrolment mode «{Shorten(input.EnrolmentMode)}» is not valid; use abierta or por_invitacion.")));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidCohort(name!, description, pathIds, modality!.Value, states, input.StartsOn!.Value, input.EndsOn!.Value,
            input.EnrolmentOpensOn!.Value, input.EnrolmentClosesOn!.Value, capacity, segments, input.MinAge, input.MaxAge, mode!.Value), errors);
    }

    // The course runs between its dates; people enrol in a window that opens before it closes and
    // closes no later than the course ends (one may still join a course under way).
    private static void ValidateDates(CohortInput input, DateOnly today, List<FieldError> errors)
    {
        if (input.StartsOn is null)
        {
            errors.Add(new(Fields.StartsOn, Required("la fecha de inicio del curso", "the course's start date")));
        }

        if (input.EndsOn is null)
        {
            errors.Add(new(Fields.EndsOn, Required("la fecha de término del curso", "the course's end date")));
        }
        else if (input.StartsOn is { } starts && input.EndsOn < starts)
        {
            errors.Add(new(Fields.EndsOn, new IdRejection(Codes.Order,
                "El curso no puede terminar antes de empezar.", "The course cannot end before it starts.")));
        }

        if (input.EnrolmentOpensOn is null)
        {
            errors.Add(new(Fields.EnrolmentOpensOn, Required("la fecha en que abren las inscripciones", "the date enrolment opens")));
        }

        if (input.EnrolmentClosesOn is not { } closes)
        {
            errors.Add(new(Fields.EnrolmentClosesOn, Required("la fecha en que cierran las inscripciones", "the date enrolment closes")));
            return;
        }

        if (input.EnrolmentOpensOn is { } opens && closes < opens)
        {
            errors.Add(new(Fields.EnrolmentClosesOn, new IdRejection(Codes.Order,
                "Las inscripciones deben abrir antes de cerrar.", "Enrolment must open before it closes.")));
        }
        else if (input.EndsOn is { } ends && closes > ends)
        {
            errors.Add(new(Fields.EnrolmentClosesOn, new IdRejection(Codes.Order,
                "Las inscripciones deben cerrar a más tardar el día en que termina el curso.",
                "Enrolment must close on or before the day the course ends.")));
        }
        else if (closes < today)
        {
            errors.Add(new(Fields.EnrolmentClosesOn, new IdRejection(Codes.Past,
                Invariant($"Las inscripciones ya habrían cerrado; elija hoy ({today:yyyy-MM-dd}) o una fecha posterior."),
                Invariant($"Enrolment would already be closed; choose today ({today:yyyy-MM-dd}) or later."))));
        }
    }

    // Age in whole years on a day, from the birth date the CURP carries.
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return day < birthDate.AddYears(age) ? age - 1 : age;
    }

    public static bool IsOpen(CohortFacts cohort, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return cohort.Status == CohortStatus.Aprobada && cohort.EnrolmentOpensOn <= today && today <= cohort.EnrolmentClosesOn;
    }

    // Pure: why a person cannot enrol today, or null when they can. byOrganization: the cohort's
    // organisation enrols the person (allowed in a cohort by invitation).
    public static IdRejection? Ineligibility(CohortFacts cohort, PersonFacts person, DateOnly today, bool byOrganization)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(person);
        if (cohort.Status != CohortStatus.Aprobada)
        {
            return new IdRejection(Codes.NotApproved,
                "La convocatoria aún no está aprobada por el equipo del programa.", "The cohort is not yet approved by the program team.");
        }

        if (!IsOpen(cohort, today))
        {
            return new IdRejection(Codes.WindowClosed,
                Invariant($"Las inscripciones están abiertas del {cohort.EnrolmentOpensOn:yyyy-MM-dd} al {cohort.EnrolmentClosesOn:yyyy-MM-dd}; hoy no se puede inscribir."),
                Invariant($"Enrolment is open from {cohort.EnrolmentOpensOn:yyyy-MM-dd} to {cohort.EnrolmentClosesOn:yyyy-MM-dd}; it is not possible today."));
        }

        if (cohort.Mode == CohortEnrolmentMode.PorInvitacion && !byOrganization)
        {
            return new IdRejection(Codes.ByInvitation,
                "Esta convocatoria es por invitación: solo la organización inscribe a las personas.",
                "This cohort is by invitation: only the organisation enrols people.");
        }

        var segments = SegmentsOf(cohort.EligibleSegments);
        if (segments.Count > 0 && !segments.Contains(person.Segment))
        {
            return new IdRejection(Codes.Segment,
                $"La convocatoria es para: {string.Join(", ", segments.Select(SegmentNames.Spanish))}; su perfil es «{SegmentNames.Spanish(person.Segment)}».",
                $"The cohort is for: {string.Join(", ", segments.Select(SegmentNames.English))}; the profile is «{SegmentNames.English(person.Segment)}».");
        }

        var age = AgeOn(person.BirthDate, today);
        if ((cohort.MinAge is { } min && age < min) || (cohort.MaxAge is { } max && age > max))
        {
            return new IdRejection(Codes.Age,
                Invariant($"La convocatoria es para personas de {AgeRange(cohort.MinAge, cohort.MaxAge, english: false)}; según la CURP, la edad hoy es {age} años."),
                Invariant($"The cohort is for people {AgeRange(cohort.MinAge, cohort.MaxAge, english: true)}; by the CURP, the age today is {age}."));
        }

        if (cohort.StateCodes.Count > 0 && !cohort.StateCodes.Contains(person.StateCode))
        {
            return new IdRejection(Codes.State,
                $"La convocatoria atiende a personas que viven en {string.Join(", ", cohort.StateCodes.Select(s => Entidades.NameOf(s, english: false)))}.",
                $"The cohort serves people living in {string.Join(", ", cohort.StateCodes.Select(s => Entidades.NameOf(s, english: true)))}.");
        }

        return null;
    }

    public static IReadOnlyList<Segment> SegmentsOf(string eligibleSegments) =>
        (eligibleSegments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => SegmentNames.TryParse(w, out var s) ? (Segment?)s : null)
            .OfType<Segment>()
            .ToList();

    public static string SegmentsText(IEnumerable<Segment> segments) => string.Join(' ', segments.Select(SegmentNames.ToWire));

    public static string AgeRange(int? min, int? max, bool english) => (min, max) switch
    {
        ({ } a, { } b) => english ? Invariant($"aged {a} to {b}") : Invariant($"{a} a {b} años"),
        ({ } a, null) => english ? Invariant($"aged {a} or over") : Invariant($"{a} años o más"),
        (null, { } b) => english ? Invariant($"aged up to {b}") : Invariant($"hasta {b} años"),
        _ => english ? "of any age" : "cualquier edad",
    };

    public static CohortModality? ParseModality(string? text) => text is null ? null : Fold(text) switch
    {
        "en linea" or "enlinea" or "online" or "linea" => CohortModality.EnLinea,
        "presencial" or "in person" or "onsite" => CohortModality.Presencial,
        "mixta" or "mixed" or "blended" or "hibrida" => CohortModality.Mixta,
        _ => null,
    };

    public static CohortEnrolmentMode? ParseMode(string? text) => text is null ? null : Fold(text) switch
    {
        "abierta" or "open" => CohortEnrolmentMode.Abierta,
        "por invitacion" or "invitacion" or "invitation" or "by invitation" => CohortEnrolmentMode.PorInvitacion,
        _ => null,
    };

    public static CohortStatus? ParseStatus(string? text) => text is null ? null : Fold(text) switch
    {
        "pendiente" or "pendientes" => CohortStatus.Pendiente,
        "aprobada" or "aprobadas" => CohortStatus.Aprobada,
        "rechazada" or "rechazadas" => CohortStatus.Rechazada,
        "cancelada" or "canceladas" => CohortStatus.Cancelada,
        _ => null,
    };

    public static string Wire(CohortModality modality) => modality switch
    {
        CohortModality.EnLinea => "en_linea",
        CohortModality.Presencial => "presencial",
        _ => "mixta",
    };

    public static string Wire(CohortEnrolmentMode mode) => mode == CohortEnrolmentMode.PorInvitacion ? "por_invitacion" : "abierta";

    public static string Wire(CohortStatus status) => status switch
    {
        CohortStatus.Pendiente => "pendiente",
        CohortStatus.Aprobada => "aprobada",
        CohortStatus.Rechazada => "rechazada",
        _ => "cancelada",
    };

    public static string Wire(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Inscrita => "inscrita",
        EnrolmentStatus.EnEspera => "en_espera",
        _ => "baja",
    };

    // Case, accents, underscores and hyphens ignored: "En línea" and "en_linea" are the same word.
    private static string Fold(string text) => Entidades.Fold(text);

    private static string? Clean(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IdRejection Required(string es, string en) =>
        new(IdRejectionCodes.Required, $"Falta {es}.", $"{char.ToUpperInvariant(en[0])}{en[1..]} is required.");

    internal static string Shorten(string text) => text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";

    internal static string Who(string id) => id.Length <= 100 ? id : id[..100];

    internal static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
