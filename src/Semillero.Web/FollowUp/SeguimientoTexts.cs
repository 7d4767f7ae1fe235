using Semillero.FollowUp;
using Semillero.Hiring;
using Semillero.Language;

namespace Semillero.Web.FollowUp;

// The words of the graduate follow-up pages (/seguimiento/{token} and /operacion/seguimiento),
// Spanish first and English.
public sealed class SeguimientoTexts
{
    public static SeguimientoTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool English { get; init; }

    public required string Eyebrow { get; init; }

    // {0}: months.
    public required string SurveyTitle { get; init; }

    // {0}: the path's name.
    public required string SurveyLead { get; init; }

    public required string SurveyPrivacy { get; init; }

    // {0}: the closing date.
    public required string SurveyCloses { get; init; }

    public required string EmploymentLegend { get; init; }

    public required string SectorLabel { get; init; }

    public required string SectorHint { get; init; }

    public required string SectorPlaceholder { get; init; }

    public required string SalaryLabel { get; init; }

    public required string SalaryHint { get; init; }

    public required string SalaryNoAnswer { get; init; }

    public required string HelpedLegend { get; init; }

    public required string CommentLabel { get; init; }

    // {0}: the maximum length.
    public required string CommentHint { get; init; }

    public required string Optional { get; init; }

    public required string Submit { get; init; }

    public required string ErrorSummaryTitle { get; init; }

    public required string ErrorPrefix { get; init; }

    public required string ThanksTitle { get; init; }

    public required string ThanksText { get; init; }

    public required string ThanksMore { get; init; }

    public required string AnsweredTitle { get; init; }

    public required string AnsweredText { get; init; }

    public required string InvalidTitle { get; init; }

    public required string InvalidText { get; init; }

    public required string ExpiredTitle { get; init; }

    // {0}: the closing date.
    public required string ExpiredText { get; init; }

    public required string ClosedTitle { get; init; }

    public required string ClosedText { get; init; }

    public required string GoHome { get; init; }

    // Operations page.
    public required string NavOutcomes { get; init; }

    public required string OutcomesTitle { get; init; }

    public required string OutcomesLead { get; init; }

    public required string FilterLabel { get; init; }

    public required string MilestoneLabel { get; init; }

    // {0}: months.
    public required string MilestoneOption { get; init; }

    public required string ByLabel { get; init; }

    public required string ByCohort { get; init; }

    public required string ByPath { get; init; }

    public required string ByState { get; init; }

    public required string Apply { get; init; }

    public required string DownloadCsv { get; init; }

    public required string RatesTitle { get; init; }

    // {0}: months, {1}: breakdown.
    public required string RatesCaption { get; init; }

    public required string ColGroupCohort { get; init; }

    public required string ColGroupPath { get; init; }

    public required string ColGroupState { get; init; }

    public required string ColSent { get; init; }

    public required string ColAnswered { get; init; }

    public required string ColResponseRate { get; init; }

    public required string ColEmployedRate { get; init; }

    public required string ColHelpedRate { get; init; }

    public required string SalaryTitle { get; init; }

    public required string SalaryCaption { get; init; }

    public required string ColEmployed { get; init; }

    public required string TotalRow { get; init; }

    public required string Suppressed { get; init; }

    // {0}: threshold, {1}: sensitive threshold.
    public required string SuppressionNote { get; init; }

    public required string DefinitionsNote { get; init; }

    public required string NoData { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public string Employment(EmploymentStatus status) => (status, English) switch
    {
        (EmploymentStatus.Empleado, false) => "Trabajo como empleado o empleada",
        (EmploymentStatus.Empleado, true) => "Employed by someone else",
        (EmploymentStatus.PorCuentaPropia, false) => "Trabajo por mi cuenta o tengo un negocio",
        (EmploymentStatus.PorCuentaPropia, true) => "Self-employed or running my own business",
        (EmploymentStatus.Buscando, false) => "No trabajo y estoy buscando empleo",
        (EmploymentStatus.Buscando, true) => "Not working, looking for a job",
        (EmploymentStatus.Estudiando, false) => "Estoy estudiando",
        (EmploymentStatus.Estudiando, true) => "Studying",
        (_, false) => "No trabajo ni busco empleo",
        (_, true) => "Not working and not looking",
    };

    public string Salary(SalaryBand band) => (band, English) switch
    {
        (SalaryBand.Hasta10k, false) => "Hasta $10,000 al mes",
        (SalaryBand.Hasta10k, true) => "Up to MXN 10,000 a month",
        (SalaryBand.De10kA20k, false) => "De $10,001 a $20,000",
        (SalaryBand.De10kA20k, true) => "MXN 10,001 to 20,000",
        (SalaryBand.De20kA35k, false) => "De $20,001 a $35,000",
        (SalaryBand.De20kA35k, true) => "MXN 20,001 to 35,000",
        (SalaryBand.De35kA50k, false) => "De $35,001 a $50,000",
        (SalaryBand.De35kA50k, true) => "MXN 35,001 to 50,000",
        (_, false) => "Más de $50,000",
        (_, true) => "More than MXN 50,000",
    };

    public string Helped(TrainingHelped helped) => (helped, English) switch
    {
        (TrainingHelped.Mucho, false) => "Mucho",
        (TrainingHelped.Mucho, true) => "A lot",
        (TrainingHelped.Algo, false) => "Algo",
        (TrainingHelped.Algo, true) => "Somewhat",
        (_, false) => "Nada",
        (_, true) => "Not at all",
    };

    public string By(OutcomeBreakdown by) => by switch
    {
        OutcomeBreakdown.Cohort => ByCohort,
        OutcomeBreakdown.Path => ByPath,
        _ => ByState,
    };

    public string GroupColumn(OutcomeBreakdown by) => by switch
    {
        OutcomeBreakdown.Cohort => ColGroupCohort,
        OutcomeBreakdown.Path => ColGroupPath,
        _ => ColGroupState,
    };

    public string Day(DateTime utc) => Semillero.Calendar.Dates.Written(utc);

    public static SeguimientoTexts Es { get; } = new()
    {
        English = false,
        Eyebrow = "Seguimiento de egresados",
        SurveyTitle = "¿Cómo le va a {0} meses de egresar?",
        SurveyLead = "Usted terminó la ruta «{0}». Son cinco preguntas breves; su respuesta nos ayuda a mejorar el programa.",
        SurveyPrivacy = "Sus respuestas solo se publican como cifras agregadas de grupos de al menos 5 personas (10 para ingresos). No guardamos su dirección IP ni su navegador.",
        SurveyCloses = "La encuesta cierra el {0}.",
        EmploymentLegend = "¿Cuál es su situación laboral actual?",
        SectorLabel = "¿En qué sector trabaja?",
        SectorHint = "Solo si trabaja (como empleado o por su cuenta). Sectores del SCIAN 2023.",
        SectorPlaceholder = "Elija un sector",
        SalaryLabel = "Ingreso mensual bruto",
        SalaryHint = "Solo si trabaja. Puede elegir «Prefiero no decir».",
        SalaryNoAnswer = "Prefiero no decir",
        HelpedLegend = "¿La capacitación le ayudó en su trabajo o en su búsqueda de empleo?",
        CommentLabel = "Comentario",
        CommentHint = "Lo que quiera contarnos sobre el programa; hasta {0} caracteres.",
        Optional = "opcional",
        Submit = "Enviar respuesta",
        ErrorSummaryTitle = "Revise estas respuestas",
        ErrorPrefix = "Error:",
        ThanksTitle = "¡Gracias por responder!",
        ThanksText = "Recibimos su respuesta. No le enviaremos recordatorios de esta encuesta.",
        ThanksMore = "Si acepta, le escribiremos de nuevo en la siguiente etapa del seguimiento. Puede retirar su consentimiento en «Mis datos».",
        AnsweredTitle = "Esta encuesta ya fue respondida",
        AnsweredText = "Solo se puede responder una vez. Gracias por su tiempo.",
        InvalidTitle = "Este enlace no es válido",
        InvalidText = "El enlace está incompleto, fue modificado o ya venció. Copie el enlace completo del correo que recibió; si la encuesta cerró, espere la siguiente.",
        ExpiredTitle = "Esta encuesta ya cerró",
        ExpiredText = "El plazo para responder terminó el {0}. Si aceptó el seguimiento, le escribiremos en la siguiente etapa.",
        ClosedTitle = "Esta encuesta ya no está disponible",
        ClosedText = "Usted retiró su consentimiento para las encuestas de seguimiento o canceló su registro, así que no recopilamos más respuestas.",
        GoHome = "Ir al inicio",
        NavOutcomes = "Seguimiento",
        OutcomesTitle = "Seguimiento de egresados",
        OutcomesLead = "Tasas de respuesta, empleo y utilidad de la capacitación a 3, 6 y 12 meses de egresar. Solo cifras agregadas, con celdas pequeñas suprimidas.",
        FilterLabel = "Filtrar resultados",
        MilestoneLabel = "Etapa",
        MilestoneOption = "{0} meses",
        ByLabel = "Desglose",
        ByCohort = "Por cohorte (mes de egreso)",
        ByPath = "Por ruta",
        ByState = "Por entidad",
        Apply = "Aplicar",
        DownloadCsv = "Descargar CSV",
        RatesTitle = "Respuesta y resultados",
        RatesCaption = "Encuestas a {0} meses, {1}",
        ColGroupCohort = "Cohorte",
        ColGroupPath = "Ruta",
        ColGroupState = "Entidad",
        ColSent = "Enviadas",
        ColAnswered = "Respondidas",
        ColResponseRate = "Tasa de respuesta",
        ColEmployedRate = "Con empleo",
        ColHelpedRate = "La capacitación ayudó",
        SalaryTitle = "Ingreso mensual de quienes trabajan",
        SalaryCaption = "Personas con empleo por rango de ingreso mensual bruto (dato sensible: se suprime con menos de 10)",
        ColEmployed = "Con empleo",
        TotalRow = "Total",
        Suppressed = "suprimido",
        SuppressionNote = "«Reservado»: cifra oculta para proteger la privacidad: menos de {0} personas ({1} en ingresos), o una que permitiría calcularla a partir de los totales. «—»: sin cifra.",
        DefinitionsNote = "Con empleo: empleado o por cuenta propia, entre quienes respondieron. La capacitación ayudó: «mucho» o «algo». Tasa de respuesta: respondidas entre enviadas (incluye encuestas aún abiertas).",
        NoData = "Aún no hay encuestas enviadas para esta etapa.",
        Yes = "sí",
        No = "no",
    };

    public static SeguimientoTexts En { get; } = new()
    {
        English = true,
        Eyebrow = "Graduate follow-up",
        SurveyTitle = "How are you doing {0} months after graduating?",
        SurveyLead = "You completed the path “{0}”. Five short questions; your answer helps us improve the program.",
        SurveyPrivacy = "Your answers are only published as aggregate figures of groups of at least 5 people (10 for income). We do not keep your IP address or browser.",
        SurveyCloses = "The survey closes on {0}.",
        EmploymentLegend = "What is your current employment status?",
        SectorLabel = "Which sector do you work in?",
        SectorHint = "Only if you work (employed or on your own). SCIAN 2023 sectors (names in Spanish).",
        SectorPlaceholder = "Choose a sector",
        SalaryLabel = "Gross monthly income",
        SalaryHint = "Only if you work. You may choose “I'd rather not say”.",
        SalaryNoAnswer = "I'd rather not say",
        HelpedLegend = "Did the training help you in your work or your job search?",
        CommentLabel = "Comment",
        CommentHint = "Anything you want to tell us about the program; up to {0} characters.",
        Optional = "optional",
        Submit = "Send answer",
        ErrorSummaryTitle = "Please check these answers",
        ErrorPrefix = "Error:",
        ThanksTitle = "Thank you for answering!",
        ThanksText = "We received your answer. You will get no reminders for this survey.",
        ThanksMore = "If you agree, we will write again at the next follow-up stage. You can withdraw your consent under “My data”.",
        AnsweredTitle = "This survey has already been answered",
        AnsweredText = "It can only be answered once. Thank you for your time.",
        InvalidTitle = "This link is not valid",
        InvalidText = "The link is incomplete, was changed or has expired. Copy the whole link from the email you received; if the survey closed, wait for the next one.",
        ExpiredTitle = "This survey has closed",
        ExpiredText = "Answers were accepted until {0}. If you agreed to follow-up, we will write at the next stage.",
        ClosedTitle = "This survey is no longer available",
        ClosedText = "You withdrew your consent to follow-up surveys or cancelled your registration, so we collect no more answers.",
        GoHome = "Go to the home page",
        NavOutcomes = "Follow-up",
        OutcomesTitle = "Graduate follow-up",
        OutcomesLead = "Response, employment and usefulness of the training 3, 6 and 12 months after graduating. Aggregates only, small cells suppressed.",
        FilterLabel = "Filter results",
        MilestoneLabel = "Stage",
        MilestoneOption = "{0} months",
        ByLabel = "Breakdown",
        ByCohort = "By cohort (graduation month)",
        ByPath = "By path",
        ByState = "By state",
        Apply = "Apply",
        DownloadCsv = "Download CSV",
        RatesTitle = "Response and outcomes",
        RatesCaption = "{0}-month surveys, {1}",
        ColGroupCohort = "Cohort",
        ColGroupPath = "Path",
        ColGroupState = "State",
        ColSent = "Sent",
        ColAnswered = "Answered",
        ColResponseRate = "Response rate",
        ColEmployedRate = "Employed",
        ColHelpedRate = "Training helped",
        SalaryTitle = "Monthly income of those working",
        SalaryCaption = "Employed people by gross monthly income band (sensitive: suppressed below 10)",
        ColEmployed = "Employed",
        TotalRow = "Total",
        Suppressed = "suppressed",
        SuppressionNote = "“Withheld”: a figure hidden to protect privacy: fewer than {0} people ({1} for income), or one that would let it be worked out from the totals. “—”: no figure.",
        DefinitionsNote = "Employed: employee or self-employed, among those who answered. Training helped: “a lot” or “somewhat”. Response rate: answered over sent (includes surveys still open).",
        NoData = "No surveys have been sent for this stage yet.",
        Yes = "yes",
        No = "no",
    };
}
