using Semillero.Language;

namespace Semillero.Web.Dashboards;

// The words of /operacion/metas, Spanish first and English.
public sealed class MetasTexts
{
    public static MetasTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool English { get; init; }

    public required string Nav { get; init; }

    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string CurrentTitle { get; init; }

    public required string CurrentCaption { get; init; }

    public required string NoTargets { get; init; }

    public required string ColLine { get; init; }

    public required string ColVersion { get; init; }

    public required string ColPeople { get; init; }

    public required string ColDue { get; init; }

    public required string ColAchieved { get; init; }

    public required string ColPercent { get; init; }

    public required string ColReason { get; init; }

    public required string ColWho { get; init; }

    public required string SeeHistory { get; init; }

    // {0}: the line's description.
    public required string HistoryTitle { get; init; }

    public required string HistoryCaption { get; init; }

    public required string NoHistory { get; init; }

    public required string BackToList { get; init; }

    public required string FormTitle { get; init; }

    public required string FormLead { get; init; }

    public required string FieldMetric { get; init; }

    public required string MetricRegistered { get; init; }

    public required string MetricGraduated { get; init; }

    public required string FieldYear { get; init; }

    public required string FieldYearHint { get; init; }

    public required string FieldScope { get; init; }

    public required string ScopeTotal { get; init; }

    public required string ScopeState { get; init; }

    public required string ScopeSegment { get; init; }

    public required string ScopeSex { get; init; }

    public required string ScopeValueHint { get; init; }

    public required string FieldState { get; init; }

    public required string FieldSegment { get; init; }

    public required string FieldSex { get; init; }

    public required string SexH { get; init; }

    public required string SexM { get; init; }

    public required string SexX { get; init; }

    public required string Choose { get; init; }

    public required string FieldPeople { get; init; }

    public required string FieldDue { get; init; }

    public required string FieldDueHint { get; init; }

    public required string FieldReason { get; init; }

    public required string FieldReasonHint { get; init; }

    public required string FieldReasonEn { get; init; }

    public required string FieldReasonEnHint { get; init; }

    public required string Submit { get; init; }

    public required string YearInvalid { get; init; }

    public required string PeopleInvalid { get; init; }

    public required string DateInvalid { get; init; }

    // {0}: the new version's number.
    public required string Updated { get; init; }

    public required string ReadOnlyNote { get; init; }

    public static MetasTexts Es { get; } = new()
    {
        English = false,
        Nav = "Metas",
        Title = "Metas del programa",
        Lead = "Cada línea de meta guarda sus versiones con el motivo de cada cambio; los tableros dicen contra qué versión miden.",
        CurrentTitle = "Metas vigentes",
        CurrentCaption = "Versión vigente de cada línea y lo logrado: las metas totales cuentan desde el inicio del programa hasta este mes; las anuales, su año.",
        NoTargets = "Aún no hay metas registradas.",
        ColLine = "Línea",
        ColVersion = "Versión",
        ColPeople = "Meta (personas)",
        ColDue = "Fecha límite",
        ColAchieved = "Logrado",
        ColPercent = "Avance",
        ColReason = "Motivo",
        ColWho = "Quién y cuándo",
        SeeHistory = "Ver historial",
        HistoryTitle = "Historial: {0}",
        HistoryCaption = "Todas las versiones de la línea, la más reciente primero.",
        NoHistory = "Esta línea de meta no existe.",
        BackToList = "Todas las metas",
        FormTitle = "Revisar una meta o agregar una línea",
        FormLead = "Si la línea (indicador, año y alcance) ya existe, se guarda una nueva versión; si no, se crea en su versión 1.",
        FieldMetric = "Indicador",
        MetricRegistered = "Personas inscritas",
        MetricGraduated = "Personas egresadas",
        FieldYear = "Año",
        FieldYearHint = "Déjelo vacío para la meta total del programa.",
        FieldScope = "Alcance",
        ScopeTotal = "Todo el país",
        ScopeState = "Una entidad",
        ScopeSegment = "Un segmento",
        ScopeSex = "Un sexo",
        ScopeValueHint = "Elija el valor que corresponde al alcance; los demás se ignoran.",
        FieldState = "Entidad",
        FieldSegment = "Segmento",
        FieldSex = "Sexo",
        SexH = "Hombres (H)",
        SexM = "Mujeres (M)",
        SexX = "No binario (X)",
        Choose = "Elija…",
        FieldPeople = "Personas",
        FieldDue = "Fecha límite",
        FieldDueHint = "Opcional en metas anuales (31 de diciembre de su año); obligatoria en la meta total.",
        FieldReason = "Motivo",
        FieldReasonHint = "Por qué se fija o se cambia la meta (5 a 1,000 caracteres).",
        FieldReasonEn = "Motivo en inglés (opcional)",
        FieldReasonEnHint = "Lo que leen las páginas en inglés; si lo deja vacío, muestran el motivo en español.",
        Submit = "Guardar meta",
        YearInvalid = "Escriba el año con cuatro cifras, o déjelo vacío.",
        PeopleInvalid = "Escriba la meta como un número entero de personas.",
        DateInvalid = "Escriba la fecha como AAAA-MM-DD.",
        Updated = "Meta actualizada a la versión {0}",
        ReadOnlyNote = "Solo el personal de operación puede revisar las metas.",
    };

    public static MetasTexts En { get; } = new()
    {
        English = true,
        Nav = "Targets",
        Title = "Program targets",
        Lead = "Each target line keeps its versions with the reason for every change; dashboards say which version they measure against.",
        CurrentTitle = "Current targets",
        CurrentCaption = "Current version of each line and what has been reached: program totals count from the program's start to this month; yearly lines, their year.",
        NoTargets = "No targets yet.",
        ColLine = "Line",
        ColVersion = "Version",
        ColPeople = "Target (people)",
        ColDue = "Due date",
        ColAchieved = "Reached",
        ColPercent = "Progress",
        ColReason = "Reason",
        ColWho = "Who and when",
        SeeHistory = "See history",
        HistoryTitle = "History: {0}",
        HistoryCaption = "Every version of the line, newest first.",
        NoHistory = "This target line does not exist.",
        BackToList = "All targets",
        FormTitle = "Revise a target or add a line",
        FormLead = "If the line (measure, year and scope) exists, a new version is saved; otherwise it starts at version 1.",
        FieldMetric = "Measure",
        MetricRegistered = "Registered people",
        MetricGraduated = "Graduated people",
        FieldYear = "Year",
        FieldYearHint = "Leave it blank for the program total.",
        FieldScope = "Scope",
        ScopeTotal = "Whole country",
        ScopeState = "One state",
        ScopeSegment = "One segment",
        ScopeSex = "One sex",
        ScopeValueHint = "Choose the value for the scope; the others are ignored.",
        FieldState = "State",
        FieldSegment = "Segment",
        FieldSex = "Sex",
        SexH = "Men (H)",
        SexM = "Women (M)",
        SexX = "Non-binary (X)",
        Choose = "Choose…",
        FieldPeople = "People",
        FieldDue = "Due date",
        FieldDueHint = "Optional for yearly targets (31 December of their year); required for the program total.",
        FieldReason = "Reason",
        FieldReasonHint = "Why the target is set or changed (5 to 1,000 characters).",
        FieldReasonEn = "Reason in English (optional)",
        FieldReasonEnHint = "What English pages show; left empty, they show the Spanish reason.",
        Submit = "Save target",
        YearInvalid = "Write the year with four digits, or leave it blank.",
        PeopleInvalid = "Write the target as a whole number of people.",
        DateInvalid = "Write the date as YYYY-MM-DD.",
        Updated = "Target updated to version {0}",
        ReadOnlyNote = "Only operations staff can revise targets.",
    };
}
