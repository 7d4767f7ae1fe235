using System.Globalization;
using Semillero.Language;

namespace Semillero.Web.Diagnostics;

// The words of the diagnostic's program figures (/operacion/diagnostico) and of its card in the
// operators' hub, Spanish first and English, side by side
// (docs/adr/0010-typed-texts-in-both-languages.md). Format strings say what their placeholders hold.
public sealed class CifrasDiagnosticoTexts
{
    private CifrasDiagnosticoTexts(bool english) => English = english;

    public static CifrasDiagnosticoTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static CifrasDiagnosticoTexts Es { get; } = new(false);

    public static CifrasDiagnosticoTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // The operators' hub.
    public string HubTitle => P("Diagnóstico de las Pymes", "Pymes' diagnostic");
    public string HubText => P("Cuántas Pymes evaluadas usan IA de forma avanzada, sus niveles por entidad, tamaño y sector, y las versiones del banco de preguntas.",
        "How many assessed Pymes use AI at the advanced level, their levels by state, size and sector, and the question bank's versions.");
    public string HubAction => P("Ver cifras y versiones", "See figures and versions");

    // The page.
    public string Title => P("Diagnóstico de las Pymes: cifras", "Pymes' diagnostic: figures");
    public string Lead => P("El nivel de madurez en datos e IA de las Pymes evaluadas por entidad, tamaño y sector, cuántas usan IA de forma avanzada frente a la línea base nacional y cómo cambian cuando su personal se forma.",
        "The data and AI maturity of the assessed Pymes by state, size and sector, how many use AI at the advanced level against the national baseline, and how they change when their staff train.");
    public string VersionTitle => P("Versión del banco de preguntas", "Question bank version");
    public string VersionLabel => P("Versión", "Version");

    // {0}: version number.
    public string VersionOption => P("Versión {0}", "Version {0}");
    public string VersionApply => P("Ver cifras", "Show figures");

    // {0}: version number.
    public string VersionShowing => P("Cifras de la versión {0}. Cada Pyme (micro, pequeña o mediana) cuenta una vez, con su diagnóstico enviado más reciente de esta versión; las cifras de versiones distintas no se comparan.",
        "Figures of version {0}. Each Pyme (micro, small or medium) counts once, by its latest submitted assessment of this version; figures of different versions are not compared.");
    public string HeadlineTitle => P("Uso avanzado de IA", "Advanced AI use");
    public string ShareLabel => P("Pymes evaluadas con uso avanzado de IA", "Assessed Pymes using AI at the advanced level");

    // {0}: the share, a number without the sign.
    public string Percent => P("{0} %", "{0}%");

    // {0}: the national baseline, a number without the sign.
    public string ShareNote => P("Línea base nacional: {0} % de las empresas", "National baseline: {0}% of companies");
    public string ShareHidden => P("El porcentaje se publica cuando hay al menos 5 Pymes evaluadas y ninguna o al menos 5 con uso avanzado de IA.",
        "The share is published once at least 5 Pymes were assessed and none or at least 5 of them use AI at the advanced level.");
    public string AssessedLabel => P("Pymes evaluadas", "Pymes assessed");
    public string AssessedNote => P("Con al menos un diagnóstico enviado de esta versión", "With at least one submitted assessment of this version");
    public string AdvancedLabel => P("Con uso avanzado de IA", "Using AI at the advanced level");
    public string AdvancedNote => P("Nivel 3 o más e IA en producción en un proceso central", "Level 3 or more and AI in production in a core process");
    public string AdvancedDefinition => P("Qué cuenta como uso avanzado:", "What counts as advanced use:");
    public string NoneAssessed => P("Todavía ninguna Pyme ha enviado un diagnóstico con esta versión del banco de preguntas.",
        "No Pyme has submitted an assessment with this version of the question bank yet.");
    public string MethodLink => P("Cómo se calculan los puntajes y los niveles: metodología del diagnóstico", "How scores and levels are computed: the diagnostic's methodology");

    public string LevelsTitle => P("Distribución nacional por nivel", "National distribution by level");
    public string LevelsIntro => P("Pymes evaluadas en cada nivel de madurez, según su diagnóstico más reciente.", "Assessed Pymes at each maturity level, by their latest assessment.");
    public string ColLevel => P("Nivel", "Level");
    public string ColCompanies => P("Pymes", "Pymes");

    // {0}: level number 0–4, {1}: its name.
    public string LevelHeader => P("{0} · {1}", "{0} · {1}");
    public string ColTotal => P("Total", "Total");
    public string ColAdvanced => P("Uso avanzado", "Advanced use");
    public string RowAdvanced => P("Con uso avanzado de IA", "Using AI at the advanced level");

    public string ByStateTitle => P("Por entidad federativa", "By state");
    public string ByStateIntro => P("Por la entidad del domicilio de la empresa.", "By the state of the company's address.");
    public string ColState => P("Entidad", "State");
    public string BySizeTitle => P("Por tamaño", "By size");
    public string BySizeIntro => P("Por el tamaño de la empresa según el Acuerdo de estratificación (DOF, 30 de junio de 2009).",
        "By the company's size under the stratification agreement (DOF, June 30, 2009).");
    public string ColSize => P("Tamaño", "Size");
    public string BySectorTitle => P("Por sector SCIAN", "By SCIAN sector");
    public string BySectorIntro => P("Por el sector de actividad de la empresa (SCIAN, dos dígitos).", "By the company's sector of activity (SCIAN, two digits).");
    public string ColSector => P("Sector", "Sector");
    public string NoRows => P("Sin Pymes evaluadas.", "No Pymes assessed.");
    public string SuppressionNote => P("«<5»: menos de 5 empresas. «Reservado»: cifra oculta porque permitiría deducir otra menor a 5. Los ceros sí se publican.",
        "\"<5\": fewer than 5 companies. \"Withheld\": a figure hidden because it would let one below 5 be worked out. Zeros are published.");

    public string ChangeTitle => P("Cambio desde el primer diagnóstico (T0)", "Change since the first assessment (T0)");
    public string ChangeIntro => P("Entre las Pymes con al menos dos diagnósticos enviados de esta versión: cambio medio, en puntos de 0 a 100, de su primer diagnóstico (T0) al más reciente, según si su personal se formó o no.",
        "Among Pymes with at least two submitted assessments of this version: the mean change, in points on the 0–100 scale, from their first assessment (T0) to the latest, by whether their staff trained.");
    public string TrainedDefinition => P("«Personal formado»: al menos una persona a la que la empresa invitó a capacitarse desde su resultado egresó de la ruta o convocatoria a la que la invitó.",
        "\"Staff trained\": at least one person the company invited to training from its result graduated from the path or cohort it was invited to.");
    public string Trained => P("Personal formado", "Staff trained");
    public string NotTrained => P("Personal no formado", "Staff not trained");

    // {0}: the group, {1}: how many companies.
    public string GroupShown => P("{0}: {1} empresas.", "{0}: {1} companies.");

    // {0}: the group.
    public string GroupHidden => P("{0}: menos de 5 empresas: no se muestra.", "{0}: fewer than 5 companies: not shown.");
    public string ChangeCaption => P("Cambio medio en puntos, de T0 al diagnóstico más reciente", "Mean change in points, from T0 to the latest assessment");
    public string ColDimension => P("Dimensión", "Dimension");
    public string RowOverall => P("Puntaje general", "Overall score");

    // Operators: the bank's versions and publishing one.
    public string VersionsTitle => P("Versiones del banco de preguntas", "Question bank versions");
    public string VersionsIntro => P("La versión 1 viene con Semillero; las siguientes las publica el equipo del programa. Las evaluaciones nuevas usan la más reciente; cada evaluación conserva la versión con la que empezó.",
        "Version 1 ships with Semillero; the program team publishes the later ones. New assessments take the latest; each assessment keeps the version it started with.");
    public string ColVersion => P("Versión", "Version");
    public string ColPublished => P("Publicada", "Published");
    public string ColBy => P("Por", "By");
    public string ColReason => P("Motivo", "Reason");
    public string ColQuestions => P("Preguntas", "Questions");
    public string ColShipped => P("Incluida con Semillero", "Shipped with Semillero");
    public string ColJson => P("Contenido", "Content");
    public string Yes => P("Sí", "Yes");
    public string No => P("No", "No");

    // {0}: version number.
    public string JsonLink => P("JSON de la versión {0}", "Version {0} JSON");
    public string ByCli => P("Línea de comandos", "Command line");

    public string PublishTitle => P("Publicar una versión nueva", "Publish a new version");
    public string PublishLead => P("Las evaluaciones que empiecen después usarán la versión nueva; las que ya empezaron conservan la suya. Una versión publicada no cambia, y si cambia preguntas empieza una serie nueva de cifras.",
        "Assessments started afterwards take the new version; those already started keep theirs. A published version never changes, and one that changes questions starts a new series of figures.");
    public string FieldBank => P("Banco de preguntas (JSON)", "Question bank (JSON)");

    // {0}: the number the new version must have.
    public string FieldBankHint => P("Pegue el JSON completo de la versión nueva; su «version» debe ser {0}. Puede partir del JSON de la versión vigente (tabla de arriba).",
        "Paste the new version's whole JSON; its \"version\" must be {0}. You can start from the current version's JSON (table above).");
    public string FieldReason => P("Motivo", "Reason");

    // {0}: the longest reason, in characters.
    public string FieldReasonHint => P("Qué cambia y por qué; se guarda con la versión (hasta {0} caracteres).", "What changes and why; kept with the version (up to {0} characters).");

    // {0}: the longest reason, in characters.
    public string ReasonMissing => P("Indique el motivo de la versión nueva (hasta {0} caracteres).", "Give the new version's reason (up to {0} characters).");
    public string Publish => P("Publicar versión", "Publish version");
    public string NotPublished => P("La versión no se publicó", "The version was not published");

    // {0}: version number.
    public string Published => P("Se publicó la versión {0} del banco de preguntas. Las evaluaciones nuevas la usarán.", "Question bank version {0} was published. New assessments will take it.");
}
