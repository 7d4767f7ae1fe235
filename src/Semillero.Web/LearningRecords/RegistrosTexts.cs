using Semillero.Language;

namespace Semillero.Web.LearningRecords;

// The strings of the learning-records pages: the learner's /mi-aprendizaje and the operators'
// /operacion/credenciales, in es-MX (the default) and English, in the same pattern as Texts: one
// instance per language, `required` so neither misses a string. Learners are addressed as "usted",
// as in the rest of the account pages. No HTML in the values.
public sealed class RegistrosTexts
{
    public static RegistrosTexts Current => UiLanguage.IsEnglish ? En : Es;

    // "es" or "en": the language TimelineWording picks providers' words in.
    public required string Language { get; init; }

    // Navigation
    public required string NavMyLearning { get; init; }
    public required string NavCredentials { get; init; }
    public required string NavLearningRecords { get; init; }

    // Learner timeline
    public required string TimelineTitle { get; init; }
    public required string TimelineEyebrow { get; init; }
    public required string TimelineLead { get; init; }
    public required string SummaryTitle { get; init; }
    public required string SummaryActivities { get; init; }
    public required string SummaryActivitiesNote { get; init; }
    public required string SummaryCompleted { get; init; }
    public required string SummaryCompletedNote { get; init; }
    public required string SummaryProviders { get; init; }
    public required string SummaryProvidersNone { get; init; }

    // {0}: number of records.
    public required string SummaryRecords { get; init; }
    public required string SummaryRecordsOne { get; init; }
    public required string HistoryTitle { get; init; }
    public required string HistoryCaption { get; init; }
    public required string HistoryPagerLabel { get; init; }
    public required string ColWhen { get; init; }
    public required string ColProvider { get; init; }
    public required string ColWhat { get; init; }
    public required string ColActivity { get; init; }
    public required string ColResult { get; init; }

    // {0}: the score as the provider sent it ("90 %", "9 / 10").
    public required string ResultScore { get; init; }
    public required string ResultPassed { get; init; }
    public required string ResultNotPassed { get; init; }
    public required string ResultCompleted { get; init; }
    public required string ResultNotCompleted { get; init; }
    public required string NoActivity { get; init; }
    public required string EmptyTitle { get; init; }
    public required string EmptyText { get; init; }

    // {0}: the page asked for, {1}: the number of pages.
    public required string PageOutOfRange { get; init; }
    public required string VoidedNote { get; init; }

    // {0}: the time zone's name.
    public required string TimesNote { get; init; }
    public required string LinkTitle { get; init; }
    public required string LinkText { get; init; }
    public required string LinkAction { get; init; }

    // Credentials (operators)
    public required string CredTitle { get; init; }
    public required string CredLead { get; init; }
    public required string CredCreateTitle { get; init; }
    public required string CredCreateIntro { get; init; }
    public required string CredFieldRole { get; init; }
    public required string CredRoleAliado { get; init; }
    public required string CredRoleAliadoHint { get; init; }
    public required string CredRoleOperador { get; init; }
    public required string CredRoleOperadorHint { get; init; }
    public required string CredFieldName { get; init; }
    public required string CredFieldNameHint { get; init; }
    public required string CredSubmit { get; init; }
    public required string CredCli { get; init; }

    // {0}: the key's name.
    public required string CredCreatedTitle { get; init; }
    public required string CredCreatedOnce { get; init; }
    public required string CredEndpoint { get; init; }
    public required string CredUsername { get; init; }
    public required string CredPassword { get; init; }
    public required string CredToken { get; init; }
    public required string CredMoodleTitle { get; init; }
    public required string CredMoodleSteps { get; init; }
    public required string CredOpenEdxTitle { get; init; }
    public required string CredOpenEdxSteps { get; init; }
    public required string CredOtherTitle { get; init; }
    public required string CredOtherText { get; init; }
    public required string CredCheckTitle { get; init; }
    public required string CredCheckText { get; init; }
    public required string CredApiTitle { get; init; }
    public required string CredApiText { get; init; }
    public required string CredListTitle { get; init; }
    public required string CredListCaption { get; init; }

    // {0}: active keys, {1}: revoked keys.
    public required string CredListCounts { get; init; }
    public required string CredNone { get; init; }
    public required string CredColName { get; init; }
    public required string CredColRole { get; init; }
    public required string CredColId { get; init; }
    public required string CredColCreated { get; init; }
    public required string CredColStatus { get; init; }
    public required string CredColAction { get; init; }
    public required string CredActive { get; init; }

    // {0}: when it was revoked.
    public required string CredRevokedOn { get; init; }
    public required string CredRevoke { get; init; }
    public required string CredNew { get; init; }

    // {0}: the key's name.
    public required string CredConfirmTitle { get; init; }
    public required string CredConfirmText { get; init; }
    public required string CredConfirmKept { get; init; }
    public required string CredConfirmButton { get; init; }

    // {0}: name, {1}: id.
    public required string CredRevoked { get; init; }

    // {0}: name, {1}: when.
    public required string CredAlreadyRevoked { get; init; }
    public required string CredNotFound { get; init; }
    public required string CredHubText { get; init; }
    public required string CredHubActive { get; init; }
    public required string CredHubAction { get; init; }

    // The learner's start page in the learner's menu.
    public required string NavStart { get; init; }

    public static RegistrosTexts Es { get; } = new()
    {
        Language = "es",

        NavMyLearning = "Mi aprendizaje",
        NavCredentials = "Credenciales xAPI",
        NavLearningRecords = "Registros de aprendizaje",

        TimelineTitle = "Mi aprendizaje",
        TimelineEyebrow = "Su avance",
        TimelineLead = "Lo que las plataformas de capacitación del programa han informado de su actividad, de lo más reciente a lo más antiguo.",
        SummaryTitle = "Resumen",
        SummaryActivities = "Actividades",
        SummaryActivitiesNote = "Cursos, módulos y ejercicios distintos en los que ha participado.",
        SummaryCompleted = "Completadas",
        SummaryCompletedNote = "Actividades que completó o aprobó.",
        SummaryProviders = "Proveedores",
        SummaryProvidersNone = "Ninguno todavía.",
        SummaryRecords = "{0} registros en total.",
        SummaryRecordsOne = "1 registro en total.",
        HistoryTitle = "Su actividad",
        HistoryCaption = "Su actividad registrada: fecha y hora, proveedor, qué pasó, actividad y resultado; lo más reciente primero",
        HistoryPagerLabel = "Páginas de su actividad",
        ColWhen = "Fecha y hora",
        ColProvider = "Proveedor",
        ColWhat = "Qué pasó",
        ColActivity = "Actividad",
        ColResult = "Resultado",
        ResultScore = "Calificación: {0}",
        ResultPassed = "Aprobado",
        ResultNotPassed = "No aprobado",
        ResultCompleted = "Completado",
        ResultNotCompleted = "Sin completar",
        NoActivity = "—",
        EmptyTitle = "Aún no hay actividad registrada",
        EmptyText = "Cuando estudie en una plataforma del programa, lo que haga aparecerá aquí, normalmente en unos minutos.",
        PageOutOfRange = "La página {0} no existe: hay {1}.",
        VoidedNote = "Los registros que un proveedor anuló (por ejemplo, porque los envió por error) no se muestran.",
        TimesNote = "Horas en {0}.",
        LinkTitle = "¿Su actividad en otra plataforma no aparece?",
        LinkText = "Si en alguna plataforma usa otro correo u otra cuenta, Semillero no sabe que es usted. Vincule esa cuenta y su actividad aparecerá aquí.",
        LinkAction = "Vincular mi cuenta",

        CredTitle = "Credenciales xAPI",
        CredLead = "Las llaves con las que los sistemas de los aliados (Moodle, Open edX u otros) envían registros de aprendizaje a Semillero, y con las que los sistemas del programa usan la API.",
        CredCreateTitle = "Nueva credencial",
        CredCreateIntro = "El secreto se muestra una sola vez, al crearla: Semillero guarda solo su huella. Si se pierde, cree otra credencial y revoque la anterior.",
        CredFieldRole = "Rol",
        CredRoleAliado = "Aliado",
        CredRoleAliadoHint = "Envía registros xAPI y consulta solo los suyos; registra e importa aprendices.",
        CredRoleOperador = "Operador del programa",
        CredRoleOperadorHint = "Acceso completo a la API y al LRS. Solo para sistemas del propio programa.",
        CredFieldName = "Aliado u organización",
        CredFieldNameHint = "Así aparece como proveedor en los registros de aprendizaje. Escriba el mismo nombre de organización que tienen las cuentas del aliado, para que su personal vea estos registros.",
        CredSubmit = "Crear credencial",
        CredCli = "También desde la terminal: semillero keys create, semillero keys list y semillero keys revoke.",
        CredCreatedTitle = "Credencial creada para «{0}»",
        CredCreatedOnce = "Copie estos datos ahora: el secreto no se volverá a mostrar. Si sale de esta página sin guardarlo, tendrá que crear otra credencial.",
        CredEndpoint = "Endpoint del LRS",
        CredUsername = "Usuario (ID)",
        CredPassword = "Contraseña (secreto)",
        CredToken = "Token para la API",
        CredMoodleTitle = "Moodle (logstore_xapi)",
        CredMoodleSteps = "En Administración del sitio › Extensiones › Registros › Logstore xAPI, escriba:",
        CredOpenEdxTitle = "Open edX (event-routing-backends)",
        CredOpenEdxSteps = "En el administrador de Django, /admin/event_routing_backends/routerconfiguration/add/, con Backend name «xapi» y Auth Scheme «Basic», escriba:",
        CredOtherTitle = "Otros sistemas",
        CredOtherText = "Cualquier cliente xAPI 1.0.3 o 2.0.0: autenticación HTTP Basic con el usuario y la contraseña de arriba, y el encabezado X-Experience-API-Version.",
        CredCheckTitle = "Comprobar la conexión",
        CredCheckText = "Con estos datos, esta petición debe responder 200:",
        CredApiTitle = "API de Semillero",
        CredApiText = "Para /api, envíe el token en el encabezado Authorization:",
        CredListTitle = "Credenciales emitidas",
        CredListCaption = "Credenciales: aliado o sistema, rol, ID, fecha de creación, estado y acción; primero las activas",
        CredListCounts = "{0} activas · {1} revocadas",
        CredNone = "Aún no hay credenciales. Cree la primera con el formulario.",
        CredColName = "Aliado o sistema",
        CredColRole = "Rol",
        CredColId = "ID (usuario)",
        CredColCreated = "Creada",
        CredColStatus = "Estado",
        CredColAction = "Acción",
        CredActive = "Activa",
        CredRevokedOn = "Revocada el {0}",
        CredRevoke = "Revocar",
        CredNew = "Nueva",
        CredConfirmTitle = "¿Revocar la credencial de «{0}»?",
        CredConfirmText = "Los sistemas que la usan dejarán de poder enviar o consultar registros en cuanto la revoque (si Semillero corre en varios servidores, a más tardar en un minuto). No se puede deshacer: para reconectarlos, cree una credencial nueva.",
        CredConfirmKept = "Los registros que ya envió se conservan.",
        CredConfirmButton = "Sí, revocar",
        CredRevoked = "Credencial de «{0}» revocada ({1}): ya no funciona.",
        CredAlreadyRevoked = "La credencial de «{0}» ya estaba revocada desde el {1}; no se cambió nada.",
        CredNotFound = "No existe esa credencial; no se cambió nada.",
        CredHubText = "Llaves de los sistemas de los aliados para enviar registros de aprendizaje.",
        CredHubActive = "credenciales activas",
        CredHubAction = "Ver credenciales",
        NavStart = "Inicio",
    };

    public static RegistrosTexts En { get; } = new()
    {
        Language = "en",

        NavMyLearning = "My learning",
        NavCredentials = "xAPI credentials",
        NavLearningRecords = "Learning records",

        TimelineTitle = "My learning",
        TimelineEyebrow = "Your progress",
        TimelineLead = "What the program's training platforms have reported about your activity, newest first.",
        SummaryTitle = "Summary",
        SummaryActivities = "Activities",
        SummaryActivitiesNote = "Different courses, modules and exercises you took part in.",
        SummaryCompleted = "Completed",
        SummaryCompletedNote = "Activities you completed or passed.",
        SummaryProviders = "Providers",
        SummaryProvidersNone = "None yet.",
        SummaryRecords = "{0} records in all.",
        SummaryRecordsOne = "1 record in all.",
        HistoryTitle = "Your activity",
        HistoryCaption = "Your recorded activity: date and time, provider, what happened, activity and result; newest first",
        HistoryPagerLabel = "Pages of your activity",
        ColWhen = "Date and time",
        ColProvider = "Provider",
        ColWhat = "What happened",
        ColActivity = "Activity",
        ColResult = "Result",
        ResultScore = "Score: {0}",
        ResultPassed = "Passed",
        ResultNotPassed = "Not passed",
        ResultCompleted = "Completed",
        ResultNotCompleted = "Not completed",
        NoActivity = "—",
        EmptyTitle = "No activity recorded yet",
        EmptyText = "When you study on one of the program's platforms, what you do will appear here, usually within minutes.",
        PageOutOfRange = "Page {0} does not exist: there are {1}.",
        VoidedNote = "Records a provider voided (for example, because it sent them by mistake) are not shown.",
        TimesNote = "Times in {0}.",
        LinkTitle = "Is your activity on another platform missing?",
        LinkText = "If you use a different email or account on a platform, Semillero cannot tell it is you. Link that account and its activity will appear here.",
        LinkAction = "Link my account",

        CredTitle = "xAPI credentials",
        CredLead = "The keys partners' systems (Moodle, Open edX and others) use to send learning records to Semillero, and the program's own systems use for the API.",
        CredCreateTitle = "New credential",
        CredCreateIntro = "The secret is shown only once, when it is created: Semillero keeps only a fingerprint of it. If it is lost, create another credential and revoke the old one.",
        CredFieldRole = "Role",
        CredRoleAliado = "Partner",
        CredRoleAliadoHint = "Sends xAPI records and reads only its own; registers and imports learners.",
        CredRoleOperador = "Program operator",
        CredRoleOperadorHint = "Full access to the API and the LRS. Only for the program's own systems.",
        CredFieldName = "Partner or organisation",
        CredFieldNameHint = "This is the provider name learning records show. Use the same organisation name the partner's accounts have, so its staff see these records.",
        CredSubmit = "Create credential",
        CredCli = "Also from the terminal: semillero keys create, semillero keys list and semillero keys revoke.",
        CredCreatedTitle = "Credential created for «{0}»",
        CredCreatedOnce = "Copy these now: the secret will not be shown again. If you leave this page without storing it, you will have to create another credential.",
        CredEndpoint = "LRS endpoint",
        CredUsername = "Username (ID)",
        CredPassword = "Password (secret)",
        CredToken = "API token",
        CredMoodleTitle = "Moodle (logstore_xapi)",
        CredMoodleSteps = "In Site administration › Plugins › Logging › Logstore xAPI, enter:",
        CredOpenEdxTitle = "Open edX (event-routing-backends)",
        CredOpenEdxSteps = "In the Django admin, /admin/event_routing_backends/routerconfiguration/add/, with Backend name “xapi” and Auth Scheme “Basic”, enter:",
        CredOtherTitle = "Other systems",
        CredOtherText = "Any xAPI 1.0.3 or 2.0.0 client: HTTP Basic authentication with the username and password above, and the X-Experience-API-Version header.",
        CredCheckTitle = "Check the connection",
        CredCheckText = "With these, this request must answer 200:",
        CredApiTitle = "Semillero API",
        CredApiText = "For /api, send the token in the Authorization header:",
        CredListTitle = "Issued credentials",
        CredListCaption = "Credentials: partner or system, role, ID, created, status and action; active ones first",
        CredListCounts = "{0} active · {1} revoked",
        CredNone = "There are no credentials yet. Create the first one with the form.",
        CredColName = "Partner or system",
        CredColRole = "Role",
        CredColId = "ID (username)",
        CredColCreated = "Created",
        CredColStatus = "Status",
        CredColAction = "Action",
        CredActive = "Active",
        CredRevokedOn = "Revoked on {0}",
        CredRevoke = "Revoke",
        CredNew = "New",
        CredConfirmTitle = "Revoke the credential of «{0}»?",
        CredConfirmText = "Systems using it will no longer be able to send or read records as soon as you revoke it (within a minute if Semillero runs on several servers). This cannot be undone: to reconnect them, create a new credential.",
        CredConfirmKept = "The records it already sent are kept.",
        CredConfirmButton = "Yes, revoke",
        CredRevoked = "Credential of «{0}» revoked ({1}): it no longer works.",
        CredAlreadyRevoked = "The credential of «{0}» was already revoked on {1}; nothing was changed.",
        CredNotFound = "That credential does not exist; nothing was changed.",
        CredHubText = "Keys partners' systems use to send learning records.",
        CredHubActive = "active credentials",
        CredHubAction = "See credentials",
        NavStart = "Start",
    };

    public string RoleName(string role) => role switch
    {
        Semillero.Access.Roles.Aliado => CredRoleAliado,
        Semillero.Access.Roles.Operador => CredRoleOperador,
        _ => role,
    };
}
