using Semillero.Language;

namespace Semillero.Web.Dashboards;

// The words of the public progress page (/avance), Spanish first and English. Format strings say
// what their placeholders hold.
public sealed class AvanceTexts
{
    public static AvanceTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required string KindsTitle { get; init; }

    public required string KindsIntro { get; init; }

    public required string KindsEmpty { get; init; }

    public required string ColKind { get; init; }

    public required string ProvidersTitle { get; init; }

    public required string ProvidersIntro { get; init; }

    public required string ProvidersEmpty { get; init; }

    public required string ColProvider { get; init; }

    public required bool English { get; init; }

    public required string NavProgress { get; init; }

    public required string Title { get; init; }

    public required string Eyebrow { get; init; }

    public required string Lead { get; init; }

    // {0}: the date of the figures.
    public required string Updated { get; init; }

    public required string Unofficial { get; init; }

    public required string HeadlineTitle { get; init; }

    public required string Registered { get; init; }

    public required string RegisteredNote { get; init; }

    public required string Active { get; init; }

    public required string ActiveNote { get; init; }

    public required string Graduated { get; init; }

    public required string GraduatedNote { get; init; }

    public required string Placed { get; init; }

    public required string PlacedNote { get; init; }

    public required string TargetTitle { get; init; }

    public required string NoTarget { get; init; }

    // {0}: version, {1}: people, {2}: due date, {3}: reason.
    public required string TargetLine { get; init; }

    // {0}: percent achieved.
    public required string TargetPercent { get; init; }

    public required string ProgressLabel { get; init; }

    public required string TargetReached { get; init; }

    // {0}: months averaged, {1}: people per month, {2}: expected date.
    public required string ForecastExpected { get; init; }

    // {0}: earliest, {1}: latest.
    public required string ForecastInterval { get; init; }

    // {0}: earliest.
    public required string ForecastIntervalOpen { get; init; }

    public required string ForecastNoDate { get; init; }

    // {0}: due date.
    public required string ForecastOnTrack { get; init; }

    // {0}: due date, {1}: people per month needed.
    public required string ForecastBehind { get; init; }

    // {0}: year, {1}: achieved in the year, {2}: yearly target, {3}: version, {4}: people still needed.
    public required string YearGap { get; init; }

    // {0}: year, {1}: achieved, {2}: target, {3}: version.
    public required string YearReached { get; init; }

    public required string TargetHidden { get; init; }

    // The Pymes' AI-maturity diagnostic (docs/diagnostic.md), national figures.
    public required string DiagnosticTitle { get; init; }

    // {0}: the question bank version.
    public required string DiagnosticIntro { get; init; }

    public required string DiagnosticShare { get; init; }

    // {0}: a share, a number without the sign.
    public required string DiagnosticPercent { get; init; }

    // {0}: the national baseline, a number without the sign.
    public required string DiagnosticShareNote { get; init; }

    public required string DiagnosticShareHidden { get; init; }

    public required string DiagnosticAssessed { get; init; }

    public required string DiagnosticAssessedNote { get; init; }

    public required string DiagnosticLevelsTitle { get; init; }

    public required string ColLevel { get; init; }

    public required string ColPymes { get; init; }

    // {0}: level 0–4, {1}: its name.
    public required string DiagnosticLevel { get; init; }

    public required string DiagnosticTotal { get; init; }

    public required string DiagnosticNone { get; init; }

    public required string DiagnosticMethod { get; init; }

    public required string DiagnosticBreakdowns { get; init; }

    public required string DiagnosticSuppressionNote { get; init; }

    public required string StatesTitle { get; init; }

    public required string StatesIntro { get; init; }

    public required string ColState { get; init; }

    public required string ColSex { get; init; }

    public required string ColAge { get; init; }

    public required string ColMonth { get; init; }

    public required string ColRegistered { get; init; }

    public required string ColGraduated { get; init; }

    public required string ColPlaced { get; init; }

    public required string ColPer100k { get; init; }

    public required string MapTitle { get; init; }

    public required string MapCaption { get; init; }


    // {0}: people, {1}: rate.
    public required string MapLabel { get; init; }

    public required string SexTitle { get; init; }

    public required string AgeTitle { get; init; }

    public required string AgeNote { get; init; }

    public required string MonthsTitle { get; init; }

    public required string MonthsIntro { get; init; }


    public required string SuppressionNote { get; init; }

    public required string CensusNote { get; init; }

    public required string DownloadsTitle { get; init; }

    public required string DownloadsIntro { get; init; }

    public required string Licence { get; init; }

    public required string ViewStates { get; init; }

    public required string ViewSex { get; init; }

    public required string ViewAge { get; init; }

    public required string ViewMonths { get; init; }

    public required string DictionaryTitle { get; init; }

    public required IReadOnlyList<(string Column, string Meaning)> Dictionary { get; init; }

    public static AvanceTexts Es { get; } = new()
    {
        KindsTitle = "Por tipo de organización",
        KindsIntro = "Personas que aprendieron con organizaciones de cada tipo o en sus convocatorias, desde el inicio del programa. Una persona puede contar en varios tipos.",
        KindsEmpty = "Aún no hay organizaciones con personas.",
        ColKind = "Tipo de organización",
        ProvidersTitle = "Principales proveedores",
        ProvidersIntro = "Las organizaciones verificadas con más personas, desde el inicio del programa. Una persona puede aprender con varias.",
        ProvidersEmpty = "Aún no hay organizaciones verificadas con personas.",
        ColProvider = "Organización",
        English = false,
        NavProgress = "Avance del programa",
        Title = "Avance del programa",
        Eyebrow = "Cifras públicas",
        Lead = "Cuántas personas se han inscrito, aprenden, egresan y consiguen empleo con Semillero, por entidad, sexo, edad y mes, y cuánto falta para la meta.",
        Updated = "Actualizado: {0}",
        Unofficial = "Cifras no oficiales, calculadas por Semillero con los registros de sus proveedores. Cada persona se cuenta una vez (CURP) aunque aprenda con varios proveedores.",
        HeadlineTitle = "Cifras nacionales",
        Registered = "Personas inscritas",
        RegisteredNote = "Desde el inicio del programa",
        Active = "Personas activas",
        ActiveNote = "Con actividad de aprendizaje en los últimos 30 días",
        Graduated = "Personas egresadas",
        GraduatedNote = "Completaron al menos una ruta",
        Placed = "Colocadas en empleo",
        PlacedNote = "Con una contratación registrada",
        TargetTitle = "Avance hacia la meta",
        NoTarget = "Todavía no hay una meta total publicada.",
        TargetLine = "Meta v{0}: {1} personas inscritas al {2} — motivo: {3}",
        TargetPercent = "{0} de la meta alcanzada",
        ProgressLabel = "Avance hacia la meta de personas inscritas",
        TargetReached = "La meta ya se alcanzó.",
        ForecastExpected = "Al ritmo de los últimos {0} meses (unas {1} personas nuevas al mes), la meta se alcanzaría hacia el {2}.",
        ForecastInterval = "Con 80 % de confianza, entre el {0} y el {1}.",
        ForecastIntervalOpen = "Con 80 % de confianza, no antes del {0}; el ritmo podría estancarse, así que no hay una fecha más tardía segura.",
        ForecastNoDate = "Al ritmo actual no se puede prever una fecha para alcanzar la meta.",
        ForecastOnTrack = "Va a tiempo para el {0}.",
        ForecastBehind = "A este ritmo no se llega al {0}: harían falta unas {1} personas nuevas al mes.",
        YearGap = "En {0}: {1} de {2} personas (meta anual v{3}); faltan {4} para el 31 de diciembre.",
        YearReached = "En {0}: {1} de {2} personas (meta anual v{3}); la meta del año ya se alcanzó.",
        TargetHidden = "El avance se publicará cuando haya al menos 5 personas inscritas.",
        DiagnosticTitle = "Uso de IA en las Pymes",
        DiagnosticIntro = "Resultados del diagnóstico de madurez en datos e IA que responden las micro, pequeñas y medianas empresas del programa (versión {0} del cuestionario). Cada Pyme cuenta una vez, con su diagnóstico enviado más reciente.",
        DiagnosticShare = "Pymes evaluadas con uso avanzado de IA",
        DiagnosticPercent = "{0} %",
        DiagnosticShareNote = "Frente a la línea base nacional de {0} % de las empresas",
        DiagnosticShareHidden = "El porcentaje se publicará cuando haya al menos 5 Pymes evaluadas y ninguna o al menos 5 con uso avanzado de IA.",
        DiagnosticAssessed = "Pymes evaluadas",
        DiagnosticAssessedNote = "Con un diagnóstico enviado",
        DiagnosticLevelsTitle = "Pymes por nivel de madurez",
        ColLevel = "Nivel",
        ColPymes = "Pymes",
        DiagnosticLevel = "{0} · {1}",
        DiagnosticTotal = "Total nacional",
        DiagnosticNone = "Todavía ninguna Pyme ha enviado su diagnóstico.",
        DiagnosticMethod = "Cómo se calculan los niveles y el uso avanzado de IA",
        DiagnosticBreakdowns = "Cifras del diagnóstico por entidad, tamaño y sector (equipo del programa)",
        DiagnosticSuppressionNote = "«<5»: menos de 5 empresas. «Reservado»: cifra oculta porque permitiría deducir otra menor a 5. Los ceros sí se publican.",
        StatesTitle = "Por entidad federativa",
        StatesIntro = "Personas inscritas, egresadas y colocadas en empleo desde el inicio del programa, por la entidad en la que viven.",
        ColState = "Entidad",
        ColSex = "Sexo",
        ColAge = "Edad al inscribirse",
        ColMonth = "Mes",
        ColRegistered = "Inscritas",
        ColGraduated = "Egresadas",
        ColPlaced = "Colocadas",
        ColPer100k = "Inscritas por 100,000 hab.",
        MapTitle = "Personas inscritas por cada 100,000 habitantes, por entidad",
        MapCaption = "Fuente: Semillero; población del Censo de Población y Vivienda 2020 (INEGI). Entidades rayadas: dato suprimido.",
        MapLabel = "{0} personas · {1} por 100 mil",
        SexTitle = "Por sexo",
        AgeTitle = "Por edad",
        AgeNote = "La edad es la que tenía la persona al inscribirse.",
        MonthsTitle = "Inscripciones por mes",
        MonthsIntro = "Personas nuevas en cada uno de los últimos 12 meses.",
        SuppressionNote = "«<5»: menos de 5 personas. «Reservado»: cifra oculta porque permitiría deducir otra menor a 5. Los ceros sí se publican.",
        CensusNote = "Inscritas por 100,000 habitantes según el Censo de Población y Vivienda 2020 (INEGI).",
        DownloadsTitle = "Datos abiertos",
        DownloadsIntro = "Las mismas tablas, con las mismas celdas suprimidas (vacías), para descargar.",
        Licence = "Datos abiertos, uso libre con atribución a Semillero.",
        ViewStates = "Por entidad",
        ViewSex = "Por sexo",
        ViewAge = "Por edad",
        ViewMonths = "Por mes",
        DictionaryTitle = "Diccionario de datos",
        Dictionary =
        [
            ("clave", "Clave INEGI de la entidad (01 a 32), sexo (H, M, X), grupo de edad, mes (AAAA-MM) o «total»."),
            ("nombre", "Nombre de la entidad, del sexo, del grupo de edad o del mes."),
            ("inscritas", "Personas inscritas en el registro en el periodo; cada CURP cuenta una vez."),
            ("egresadas", "Personas que completaron al menos una ruta de aprendizaje."),
            ("colocadas", "Personas con al menos una contratación registrada."),
            ("inscritas_por_100k", "Inscritas por cada 100,000 habitantes (Censo 2020, INEGI)."),
            ("(vacía)", "Celda suprimida: menos de 5 personas, o permitiría deducir una celda pequeña."),
        ],
    };

    public static AvanceTexts En { get; } = new()
    {
        KindsTitle = "By kind of organisation",
        KindsIntro = "People who learnt with organisations of each kind or in their cohorts, since the program began. A person can count under several kinds.",
        KindsEmpty = "No organisation has people yet.",
        ColKind = "Kind of organisation",
        ProvidersTitle = "Leading providers",
        ProvidersIntro = "The verified organisations with most people, since the program began. A person can learn with several.",
        ProvidersEmpty = "No verified organisation has people yet.",
        ColProvider = "Organisation",
        English = true,
        NavProgress = "Program progress",
        Title = "Program progress",
        Eyebrow = "Public figures",
        Lead = "How many people have registered, are learning, graduated and found a job with Semillero, by state, sex, age and month, and how far the target is.",
        Updated = "Updated: {0}",
        Unofficial = "Unofficial figures, computed by Semillero from its providers' records. Each person is counted once (CURP) even when learning with several providers.",
        HeadlineTitle = "National figures",
        Registered = "People registered",
        RegisteredNote = "Since the program started",
        Active = "Active people",
        ActiveNote = "With learning activity in the last 30 days",
        Graduated = "Graduates",
        GraduatedNote = "Completed at least one path",
        Placed = "Placed in a job",
        PlacedNote = "With a recorded hire",
        TargetTitle = "Progress toward the target",
        NoTarget = "No program target has been published yet.",
        TargetLine = "Target v{0}: {1} people registered by {2} — reason: {3}",
        TargetPercent = "{0} of the target reached",
        ProgressLabel = "Progress toward the registration target",
        TargetReached = "The target has been reached.",
        ForecastExpected = "At the pace of the last {0} months (about {1} new people a month), the target would be reached around {2}.",
        ForecastInterval = "With 80% confidence, between {0} and {1}.",
        ForecastIntervalOpen = "With 80% confidence, not before {0}; the pace could stall, so there is no safe latest date.",
        ForecastNoDate = "At the current pace no date can be forecast for reaching the target.",
        ForecastOnTrack = "On track for {0}.",
        ForecastBehind = "At this pace {0} will be missed: about {1} new people a month would be needed.",
        YearGap = "In {0}: {1} of {2} people (yearly target v{3}); {4} still needed by 31 December.",
        YearReached = "In {0}: {1} of {2} people (yearly target v{3}); this year's target has been reached.",
        TargetHidden = "Progress will be published once at least 5 people have registered.",
        DiagnosticTitle = "AI use in Pymes",
        DiagnosticIntro = "Results of the data and AI maturity diagnostic that the program's micro, small and medium companies (Pymes) answer (version {0} of the questionnaire). Each Pyme counts once, by its latest submitted assessment.",
        DiagnosticShare = "Assessed Pymes using AI at the advanced level",
        DiagnosticPercent = "{0}%",
        DiagnosticShareNote = "Against the national baseline of {0}% of companies",
        DiagnosticShareHidden = "The share will be published once at least 5 Pymes were assessed and none or at least 5 of them use AI at the advanced level.",
        DiagnosticAssessed = "Pymes assessed",
        DiagnosticAssessedNote = "With a submitted assessment",
        DiagnosticLevelsTitle = "Pymes by maturity level",
        ColLevel = "Level",
        ColPymes = "Pymes",
        DiagnosticLevel = "{0} · {1}",
        DiagnosticTotal = "National total",
        DiagnosticNone = "No Pyme has submitted its assessment yet.",
        DiagnosticMethod = "How levels and advanced AI use are computed",
        DiagnosticBreakdowns = "Diagnostic figures by state, size and sector (program team)",
        DiagnosticSuppressionNote = "\"<5\": fewer than 5 companies. \"Withheld\": a figure hidden because it would let one below 5 be worked out. Zeros are published.",
        StatesTitle = "By state",
        StatesIntro = "People registered, graduated and placed in a job since the program started, by the state they live in.",
        ColState = "State",
        ColSex = "Sex",
        ColAge = "Age at registration",
        ColMonth = "Month",
        ColRegistered = "Registered",
        ColGraduated = "Graduated",
        ColPlaced = "Placed",
        ColPer100k = "Registered per 100,000 inhabitants",
        MapTitle = "People registered per 100,000 inhabitants, by state",
        MapCaption = "Source: Semillero; population from the 2020 Population and Housing Census (INEGI). Hatched states: suppressed.",
        MapLabel = "{0} people · {1} per 100k",
        SexTitle = "By sex",
        AgeTitle = "By age",
        AgeNote = "Age is the person's age when they registered.",
        MonthsTitle = "Registrations by month",
        MonthsIntro = "New people in each of the last 12 months.",
        SuppressionNote = "\"<5\": fewer than 5 people. \"Withheld\": a figure hidden because it would let one below 5 be worked out. Zeros are published.",
        CensusNote = "Registered per 100,000 inhabitants according to the 2020 Population and Housing Census (INEGI).",
        DownloadsTitle = "Open data",
        DownloadsIntro = "The same tables, with the same cells suppressed (left empty), to download.",
        Licence = "Open data, free to use with attribution to Semillero.",
        ViewStates = "By state",
        ViewSex = "By sex",
        ViewAge = "By age",
        ViewMonths = "By month",
        DictionaryTitle = "Data dictionary",
        Dictionary =
        [
            ("clave", "State INEGI code (01 to 32), sex (H, M, X), age band, month (YYYY-MM) or “total”."),
            ("nombre", "Name of the state, sex, age band or month (in Spanish)."),
            ("inscritas", "People registered in the period; each CURP counts once."),
            ("egresadas", "People who completed at least one learning path."),
            ("colocadas", "People with at least one recorded hire."),
            ("inscritas_por_100k", "Registered per 100,000 inhabitants (2020 Census, INEGI)."),
            ("(empty)", "Suppressed cell: fewer than 5 people, or it would allow a small cell to be deduced."),
        ],
    };

    public string Label(Semillero.Web.Dashboards.PublicRow row) => English ? row.LabelEn : row.LabelEs;
}
