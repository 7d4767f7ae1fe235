using Semillero.Language;

namespace Semillero.Web.Dashboards;

// The words of the KPI dashboard (/operacion/avance), Spanish first and English.
public sealed class TableroTexts
{
    public static TableroTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool English { get; init; }

    public required string Nav { get; init; }

    public required string ByCohort { get; init; }

    public required string ByCohortNote { get; init; }

    public required string ResultsLink { get; init; }

    public required string Cohort { get; init; }

    public required string Enrolled { get; init; }

    public required string CompletionRate { get; init; }

    public required string NoCohorts { get; init; }

    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string FilterLabel { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string State { get; init; }

    public required string Segment { get; init; }

    public required string Path { get; init; }

    public required string Provider { get; init; }

    public required string Any { get; init; }

    public required string Apply { get; init; }

    public required string Clear { get; init; }

    public required string Registered { get; init; }

    public required string Active { get; init; }

    public required string Graduated { get; init; }

    public required string Placed { get; init; }

    public required string RegisteredHint { get; init; }

    public required string ActiveHint30 { get; init; }

    public required string ActiveHintMonth { get; init; }

    public required string GraduatedHint { get; init; }

    public required string PlacedHint { get; init; }

    // {0}: share of the people registered / graduated in the same view.
    public required string OfRegistered { get; init; }

    public required string OfGraduated { get; init; }

    public required string TargetTitle { get; init; }

    // {0} description, {1} version, {2} people, {3} due date, {4} reason.
    public required string TargetLine { get; init; }

    // {0} achieved, {1} percent.
    public required string TargetAchieved { get; init; }

    public required string NoTarget { get; init; }

    // {0} pace now, {1} pace needed.
    public required string Pace { get; init; }

    // {0} expected, {1} earliest, {2} latest.
    public required string ForecastLine { get; init; }

    public required string ForecastNoDate { get; init; }

    // {0} year, {1} achieved, {2} target, {3} version, {4} missing.
    public required string YearGap { get; init; }

    public required string ForecastReached { get; init; }

    public required string OnTrack { get; init; }

    public required string OffTrack { get; init; }

    public required string MonthlyTitle { get; init; }

    public required string MapTitle { get; init; }

    public required string MapCaption { get; init; }

    public required string ByState { get; init; }

    public required string BySex { get; init; }

    public required string ByAge { get; init; }

    public required string BySegment { get; init; }

    public required string ByPath { get; init; }

    public required string ByProvider { get; init; }

    public required string Per100k { get; init; }

    public required string Total { get; init; }

    public required string Download { get; init; }

    public required string BadExport { get; init; }

    // {0} from, {1} to, {2} today.
    public required string ExportPeriod { get; init; }

    public required string ActiveLast30Note { get; init; }

    public required string ActiveLastMonthNote { get; init; }

    public required string CountedOnceNote { get; init; }

    public required string SuppressedNote { get; init; }

    public required string NoProviders { get; init; }

    // The target block when a state is chosen and the target line is the program's. {0}: state.
    public required string TargetNational { get; init; }

    // {0}: state, {1}: its people, {2}: the target's people achieved, {3}: share.
    public required string StateShare { get; init; }

    public required string TargetIgnoresFilters { get; init; }

    // {0}: state.
    public required string StateTableOnly { get; init; }

    // The analysts' first steps, folded under the page's head.
    public required string StepsTitle { get; init; }

    public required string StepFilterTitle { get; init; }

    public required string StepFilterText { get; init; }

    public required string StepTargetTitle { get; init; }

    public required string StepTargetText { get; init; }

    public required string StepTargetLink { get; init; }

    public required string StepDownloadTitle { get; init; }

    public required string StepDownloadText { get; init; }

    public required string StepOutcomesTitle { get; init; }

    public required string StepOutcomesText { get; init; }

    public required string StepOutcomesLink { get; init; }

    public static TableroTexts Es { get; } = new()
    {
        ByCohort = "Por convocatoria",
        ByCohortNote = "Cada convocatoria desde el inicio del programa hasta el fin del periodo: personas que ocuparon un lugar (inscritas), su aprendizaje en la convocatoria, egreso y colocación; tasa de egreso = egresadas / inscritas.",
        ResultsLink = "Resultados por organización",
        Cohort = "Convocatoria",
        Enrolled = "Inscritas",
        CompletionRate = "Tasa de egreso",
        NoCohorts = "Ninguna convocatoria tiene personas inscritas con estos filtros.",
        English = false,
        Nav = "Avance",
        Title = "Avance del programa",
        Lead = "Personas inscritas, activas, egresadas y colocadas contra la meta vigente. Cada persona cuenta una vez (CURP), aprenda con uno o con varios proveedores.",
        FilterLabel = "Filtrar indicadores",
        From = "Desde (mes)",
        To = "Hasta (mes)",
        State = "Entidad",
        Segment = "Segmento",
        Path = "Ruta",
        Provider = "Proveedor",
        Any = "Todas",
        Apply = "Aplicar",
        Clear = "Quitar filtros",
        Registered = "Inscritas",
        Active = "Activas",
        Graduated = "Egresadas",
        Placed = "Colocadas",
        RegisteredHint = "Personas que se registraron en el periodo (con ruta o proveedor: que empezaron a aprender ahí).",
        ActiveHint30 = "Con actividad de aprendizaje en los últimos 30 días.",
        ActiveHintMonth = "Con actividad de aprendizaje en el último mes del periodo.",
        GraduatedHint = "Concluyeron una ruta en el periodo.",
        PlacedHint = "Iniciaron un empleo registrado en el periodo.",
        OfRegistered = "{0} de las inscritas",
        OfGraduated = "{0} de las egresadas",
        TargetTitle = "Meta",
        TargetLine = "{0} · versión {1}: {2} personas al {3}. Motivo: {4}",
        TargetAchieved = "Logrado: {0} ({1})",
        NoTarget = "No hay una meta registrada. Un operador la captura en Metas.",
        Pace = "Ritmo actual: {0} personas al mes · ritmo necesario: {1} al mes.",
        ForecastLine = "Al ritmo actual la meta se alcanza hacia el {0} (intervalo del 80%: {1} a {2}).",
        ForecastNoDate = "Al ritmo actual no hay fecha estimada: el ritmo es cero o demasiado variable.",
        ForecastReached = "La meta ya se alcanzó.",
        YearGap = "En {0}: {1} de {2} personas (meta anual, versión {3}); faltan {4} al 31 de diciembre.",
        OnTrack = "En tiempo",
        OffTrack = "Fuera de tiempo",
        MonthlyTitle = "Por mes",
        MapTitle = "Cobertura por entidad",
        MapCaption = "Personas inscritas por cada 100 mil habitantes (Censo 2020, INEGI).",
        ByState = "Por entidad",
        BySex = "Por sexo",
        ByAge = "Por edad al registrarse",
        BySegment = "Por segmento",
        ByPath = "Por ruta",
        ByProvider = "Por proveedor",
        Per100k = "Inscritas por 100 mil hab.",
        Total = "Total",
        Download = "Descargar",
        BadExport = "Vista o formato no válido: use vista=meses|estados|sexo|edad|segmentos|rutas|proveedores y formato=csv|xlsx.",
        ExportPeriod = "Periodo {0} a {1}; datos al {2}. Semillero, cifras no oficiales.",
        ActiveLast30Note = "Activas: personas con actividad de aprendizaje en los últimos 30 días.",
        ActiveLastMonthNote = "Activas: personas con actividad de aprendizaje en el último mes del periodo.",
        CountedOnceNote = "Cada persona cuenta una vez por indicador (CURP), aunque aprenda con varios proveedores o rutas.",
        SuppressedNote = "«Reservado»: cifra oculta para proteger la privacidad: de 1 a 4 personas, o una que permitiría deducir otra así.",
        NoProviders = "Aún no hay proveedores con registros.",
        TargetNational = "Esta meta es nacional: {0} no tiene una meta propia.",
        StateShare = "{0} aporta {1} de las {2} personas que cuentan para ella ({3}).",
        TargetIgnoresFilters = "La meta se mide desde el inicio del programa, con todas las rutas y proveedores: los filtros de periodo, segmento, ruta y proveedor no la cambian (salvo que el segmento tenga meta propia).",
        StateTableOnly = "Solo se muestra {0}: elija «Todas» en entidad para compararlas.",
        StepsTitle = "Primeros pasos: cómo leer este tablero",
        StepFilterTitle = "1. Acote las cifras",
        StepFilterText = "Elija un periodo, una entidad, un segmento, una ruta o un proveedor y pulse Aplicar: todas las cifras y tablas siguen los filtros.",
        StepTargetTitle = "2. Lea la meta",
        StepTargetText = "El bloque de la meta mide al programa desde su inicio contra la meta vigente; si elige una entidad, dice cuánto aporta esa entidad.",
        StepTargetLink = "Ver las metas y su historial",
        StepDownloadTitle = "3. Descargue las tablas",
        StepDownloadText = "Cada tabla se descarga en CSV o XLSX con los mismos filtros, para sus propios análisis.",
        StepOutcomesTitle = "4. Siga a las personas egresadas",
        StepOutcomesText = "El seguimiento muestra qué hacen las personas egresadas 3, 6 y 12 meses después.",
        StepOutcomesLink = "Ir al seguimiento de egresados",
    };

    public static TableroTexts En { get; } = new()
    {
        ByCohort = "By cohort",
        ByCohortNote = "Each cohort from the program's start to the period's end: people who took a seat (enrolled), their learning in the cohort, graduation and hiring; completion rate = graduated / enrolled.",
        ResultsLink = "Results by organisation",
        Cohort = "Cohort",
        Enrolled = "Enrolled",
        CompletionRate = "Completion rate",
        NoCohorts = "No cohort has enrolled people with these filters.",
        English = true,
        Nav = "Progress",
        Title = "Program progress",
        Lead = "People registered, active, graduated and placed against the current target. Each person counts once (CURP), however many providers they learn with.",
        FilterLabel = "Filter KPIs",
        From = "From (month)",
        To = "To (month)",
        State = "State",
        Segment = "Segment",
        Path = "Path",
        Provider = "Provider",
        Any = "All",
        Apply = "Apply",
        Clear = "Clear filters",
        Registered = "Registered",
        Active = "Active",
        Graduated = "Graduated",
        Placed = "Placed",
        RegisteredHint = "People who registered in the period (with a path or provider: who started learning there).",
        ActiveHint30 = "With learning activity in the last 30 days.",
        ActiveHintMonth = "With learning activity in the period's last month.",
        GraduatedHint = "Completed a path in the period.",
        PlacedHint = "Started a recorded job in the period.",
        OfRegistered = "{0} of those registered",
        OfGraduated = "{0} of the graduates",
        TargetTitle = "Target",
        TargetLine = "{0} · version {1}: {2} people by {3}. Reason: {4}",
        TargetAchieved = "Achieved: {0} ({1})",
        NoTarget = "No target recorded yet. An operator enters it under Targets.",
        Pace = "Current pace: {0} people a month · pace needed: {1} a month.",
        ForecastLine = "At the current pace the target is reached around {0} (80% interval: {1} to {2}).",
        ForecastNoDate = "At the current pace there is no estimated date: the pace is zero or too variable.",
        ForecastReached = "The target has been reached.",
        YearGap = "In {0}: {1} of {2} people (yearly target, version {3}); {4} still needed by 31 December.",
        OnTrack = "On track",
        OffTrack = "Behind",
        MonthlyTitle = "By month",
        MapTitle = "Coverage by state",
        MapCaption = "People registered per 100,000 inhabitants (2020 Census, INEGI).",
        ByState = "By state",
        BySex = "By sex",
        ByAge = "By age at registration",
        BySegment = "By segment",
        ByPath = "By path",
        ByProvider = "By provider",
        Per100k = "Registered per 100k inhabitants",
        Total = "Total",
        Download = "Download",
        BadExport = "Invalid view or format: use vista=meses|estados|sexo|edad|segmentos|rutas|proveedores and formato=csv|xlsx.",
        ExportPeriod = "Period {0} to {1}; data as of {2}. Semillero, non-official figures.",
        ActiveLast30Note = "Active: people with learning activity in the last 30 days.",
        ActiveLastMonthNote = "Active: people with learning activity in the period's last month.",
        CountedOnceNote = "Each person counts once per KPI (CURP), however many providers or paths they learn with.",
        SuppressedNote = "\"Withheld\": a figure hidden to protect privacy: 1 to 4 people, or one that would let such a figure be worked out.",
        NoProviders = "No provider has records yet.",
        TargetNational = "This target is national: {0} has no target line of its own.",
        StateShare = "{0} contributes {1} of the {2} people counted toward it ({3}).",
        TargetIgnoresFilters = "The target is measured from the program's start over all paths and providers: the period, segment, path and provider filters do not change it (unless the segment has a target of its own).",
        StateTableOnly = "Only {0} is shown: choose “All” states to compare them.",
        StepsTitle = "First steps: how to read this dashboard",
        StepFilterTitle = "1. Narrow the figures",
        StepFilterText = "Choose a period, a state, a segment, a path or a provider and press Apply: every figure and table follows the filters.",
        StepTargetTitle = "2. Read the target",
        StepTargetText = "The target block measures the program since its start against the target in force; with a state chosen it says how much that state contributes.",
        StepTargetLink = "See the targets and their history",
        StepDownloadTitle = "3. Download the tables",
        StepDownloadText = "Each table downloads as CSV or XLSX with the same filters, for your own analyses.",
        StepOutcomesTitle = "4. Follow the graduates",
        StepOutcomesText = "Follow-up shows what graduates do 3, 6 and 12 months later.",
        StepOutcomesLink = "Go to graduate follow-up",
    };
}
