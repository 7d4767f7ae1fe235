using System.Globalization;
using Semillero.Access;
using Semillero.Language;
using Semillero.Learners;
using Semillero.Validation;
using Semillero.Web.Site;

namespace Semillero.Web.Operations;

// The strings of the operation pages (/operacion/**), in es-MX (the default) and English, in the
// same pattern as Texts: one instance per language, `required` so neither misses a string, chosen
// by the request's UI culture. Keep HTML out of these values: the views add markup around them.
public sealed class OperacionTexts
{
    public static OperacionTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool IsEnglish { get; init; }

    // .NET custom formats for dates and times (shown in Mexico City time).

    // Shared
    public required string Eyebrow { get; init; }
    public required string NavLabel { get; init; }
    public required string NavHub { get; init; }
    public required string NavUsers { get; init; }
    public required string NavRequests { get; init; }
    public required string NavAudit { get; init; }
    public required string NavOutbox { get; init; }
    public required string FilterApply { get; init; }
    public required string FilterClear { get; init; }
    public required string FormHasErrors { get; init; }
    public required string Optional { get; init; }
    public required string Cancel { get; init; }
    public required string TimesInMexico { get; init; }
    public required string TimesInUtc { get; init; }
    public required string NoRole { get; init; }

    // {0}: first shown, {1}: last shown, {2}: total.
    public required string PagerShowing { get; init; }
    public required string PagerNone { get; init; }

    // {0}: the page asked for, {1}: the number of pages.
    public required string PagerOutOfRange { get; init; }

    // {0}: page, {1}: pages.
    public required string PagerPageOf { get; init; }
    public required string PagerFirst { get; init; }
    public required string PagerPrevious { get; init; }
    public required string PagerNext { get; init; }
    public required string PagerLast { get; init; }

    // Column headings shared by several tables
    public required string ColNameEmail { get; init; }
    public required string ColRole { get; init; }
    public required string ColOrganization { get; init; }
    public required string ColAccount { get; init; }
    public required string ColCreated { get; init; }
    public required string ColChangeRole { get; init; }
    public required string ColKind { get; init; }
    public required string ColStatus { get; init; }
    public required string ColReceived { get; init; }
    public required string ColAnswerDue { get; init; }
    public required string ColDeadline { get; init; }
    public required string ColPerson { get; init; }
    public required string ColOpen { get; init; }
    public required string ColWhen { get; init; }
    public required string ColWho { get; init; }
    public required string ColAction { get; init; }
    public required string ColWhat { get; init; }
    public required string ColWhy { get; init; }
    public required string ColDate { get; init; }
    public required string ColTo { get; init; }
    public required string ColSubject { get; init; }
    public required string ColMailKind { get; init; }

    // Hub
    public required string HubTitle { get; init; }
    public required string HubLead { get; init; }
    public required string HubCardsTitle { get; init; }
    public required string HubRequestsTitle { get; init; }
    public required string HubRequestsPending { get; init; }

    // {0}: count.
    public required string HubRequestsOverdue { get; init; }
    public required string HubRequestsNoneOverdue { get; init; }

    // {0}: count, {1}: days.
    public required string HubRequestsDueSoon { get; init; }
    public required string HubRequestsAction { get; init; }
    public required string HubOutboxTitle { get; init; }
    public required string HubOutboxUnsent { get; init; }

    // {0}: count.
    public required string HubOutboxTotal { get; init; }

    // {0}: count.
    public required string HubOutboxFailed { get; init; }
    public required string HubOutboxAction { get; init; }
    public required string HubUsersTitle { get; init; }
    public required string HubUsersCount { get; init; }

    // {0}: count.
    public required string HubUsersUnconfirmed { get; init; }
    public required string HubUsersAction { get; init; }
    public required string HubAuditTitle { get; init; }
    public required string HubAuditToday { get; init; }
    public required string HubAuditText { get; init; }
    public required string HubAuditAction { get; init; }

    // Users
    public required string UsersTitle { get; init; }
    public required string UsersLead { get; init; }
    public required string UsersListTitle { get; init; }
    public required string UsersFilterLabel { get; init; }
    public required string UsersSearchLabel { get; init; }
    public required string UsersSearchHint { get; init; }
    public required string UsersRoleFilterLabel { get; init; }
    public required string UsersAllRoles { get; init; }
    public required string UsersNone { get; init; }
    public required string UsersNoneFiltered { get; init; }
    public required string UsersCaption { get; init; }
    public required string UsersPagerLabel { get; init; }
    public required string UsersYou { get; init; }
    public required string UsersConfirmed { get; init; }
    public required string UsersUnconfirmed { get; init; }
    public required string UsersLocked { get; init; }
    public required string UsersOwnNoChange { get; init; }
    public required string UsersLearnerNoChange { get; init; }

    // {0}: the person's name.
    public required string UsersNewRoleFor { get; init; }
    public required string UsersChangeRole { get; init; }

    // {0}: name, {1}: role.
    public required string RoleChanged { get; init; }
    public required string RoleOwnAccount { get; init; }
    public required string RoleUserNotFound { get; init; }
    public required string InviteTitle { get; init; }
    public required string InviteIntro { get; init; }
    public required string InviteEmail { get; init; }
    public required string InviteEmailHint { get; init; }
    public required string InviteName { get; init; }
    public required string InviteNameHint { get; init; }
    public required string InviteRole { get; init; }
    public required string InviteRoleChoose { get; init; }
    public required string InviteRoleHint { get; init; }
    public required string InviteOrganization { get; init; }
    public required string InviteOrganizationWhen { get; init; }
    public required string InviteOrganizationHint { get; init; }
    public required string InviteSubmit { get; init; }

    // {0}: name, {1}: email.
    public required string InviteDone { get; init; }
    public required string InviteLinkLabel { get; init; }
    public required string InviteSeeOutbox { get; init; }

    // ARCO queue
    public required string RequestsTitle { get; init; }
    public required string RequestsLead { get; init; }
    public required string RequestsQueueTitle { get; init; }
    public required string RequestsSummaryLabel { get; init; }
    public required string RequestsSummaryPending { get; init; }
    public required string RequestsSummaryOverdue { get; init; }

    // {0}: days.
    public required string RequestsSummaryDueSoon { get; init; }
    public required string RequestsNone { get; init; }
    public required string RequestsCaption { get; init; }
    public required string RequestsAttend { get; init; }
    public required string DeadlineOverdue { get; init; }
    public required string DaysLessThanOne { get; init; }
    public required string DaysOne { get; init; }

    // {0}: days.
    public required string DaysMany { get; init; }
    public required string DeadlinesTitle { get; init; }
    public required string DeadlinesAnswer { get; init; }
    public required string DeadlinesExecute { get; init; }
    public required string DeadlinesCalendar { get; init; }
    public required string DeadlinesBadges { get; init; }
    public required string KindAcceso { get; init; }
    public required string KindRectificacion { get; init; }
    public required string KindCancelacion { get; init; }
    public required string KindOposicion { get; init; }
    public required string KindAccesoExplain { get; init; }
    public required string KindRectificacionExplain { get; init; }
    public required string KindCancelacionExplain { get; init; }
    public required string KindOposicionExplain { get; init; }
    public required string StatusRecibida { get; init; }
    public required string StatusEjecutada { get; init; }
    public required string StatusRechazada { get; init; }

    // One ARCO request
    // {0}: the kind (Acceso, Rectificación…).
    public required string RequestTitle { get; init; }
    public required string RequestBack { get; init; }
    public required string RequestId { get; init; }
    public required string RequestWhatTitle { get; init; }
    public required string RequestAnsweredAt { get; init; }
    public required string RequestExecuteDue { get; init; }
    public required string RequestExecutedAt { get; init; }
    public required string RequestHandledBy { get; init; }
    public required string HandledBySelfService { get; init; }
    public required string RequestDetailsTitle { get; init; }
    public required string RequestNoDetails { get; init; }
    public required string RequestResponseTitle { get; init; }
    public required string PersonTitle { get; init; }
    public required string PersonGone { get; init; }
    public required string PersonAudited { get; init; }
    public required string FieldNombre { get; init; }
    public required string FieldPrimerApellido { get; init; }
    public required string FieldSegundoApellido { get; init; }
    public required string FieldBirthDate { get; init; }
    public required string FieldSex { get; init; }
    public required string FieldEmail { get; init; }
    public required string FieldState { get; init; }
    public required string FieldSegment { get; init; }
    public required string FieldRegistered { get; init; }
    public required string FieldUpdated { get; init; }
    public required string SexH { get; init; }
    public required string SexM { get; init; }
    public required string SexX { get; init; }
    public required string ChangeTitle { get; init; }
    public required string ChangeCaption { get; init; }
    public required string ChangeColField { get; init; }
    public required string ChangeColCurrent { get; init; }
    public required string ChangeColRequested { get; init; }
    public required string ChangeChanged { get; init; }
    public required string ChangeCheck { get; init; }
    public required string ResolveTitle { get; init; }
    public required string ResolveIntro { get; init; }
    public required string ResolveDecision { get; init; }
    public required string ResolveAccept { get; init; }
    public required string ResolveAcceptHint { get; init; }
    public required string ResolveAcceptRectification { get; init; }
    public required string ResolveReject { get; init; }
    public required string ResolveRejectHint { get; init; }
    public required string ResolveNameLegend { get; init; }
    public required string ResolveNameHintRequested { get; init; }
    public required string ResolveNameHintCurrent { get; init; }
    public required string ResolveResponse { get; init; }
    public required string ResolveResponseHint { get; init; }
    public required string ResolveSubmit { get; init; }
    public required string ResolveDecisionRequired { get; init; }
    public required string ResolveResponseRequired { get; init; }

    // {0}: the kind.
    public required string ResolveAccepted { get; init; }

    // {0}: the kind.
    public required string ResolveRejected { get; init; }
    public required string ResolveAlreadyResolved { get; init; }
    public required string HistoryTitle { get; init; }
    public required string HistoryCaption { get; init; }

    // Audit log
    public required string AuditTitle { get; init; }
    public required string AuditLead { get; init; }
    public required string AuditFilterLabel { get; init; }
    public required string AuditResultsTitle { get; init; }
    public required string AuditWho { get; init; }
    public required string AuditWhoHint { get; init; }
    public required string AuditFrom { get; init; }
    public required string AuditTo { get; init; }
    public required string AuditDateInvalid { get; init; }
    public required string AuditDateOrder { get; init; }
    public required string AuditCurpLength { get; init; }
    public required string AuditFixErrors { get; init; }
    public required string AuditCurpNotFound { get; init; }
    public required string AuditNone { get; init; }
    public required string AuditNoneFiltered { get; init; }
    public required string AuditCaption { get; init; }
    public required string AuditPagerLabel { get; init; }
    public required string AuditOnlyPerson { get; init; }
    public required string AuditAllPeople { get; init; }
    public required string AuditPersonLink { get; init; }
    public required string AuditPersonNote { get; init; }
    public required string ActionConsulta { get; init; }
    public required string ActionBusqueda { get; init; }
    public required string ActionExportacion { get; init; }
    public required string ActionRectificacion { get; init; }
    public required string ActionCancelacion { get; init; }
    public required string ActionVinculacion { get; init; }

    // Outbox
    public required string OutboxTitle { get; init; }
    public required string OutboxLead { get; init; }
    public required string OutboxListTitle { get; init; }
    public required string OutboxNoSmtpTitle { get; init; }
    public required string OutboxNoSmtp { get; init; }
    public required string OutboxFilterLabel { get; init; }
    public required string OutboxTo { get; init; }
    public required string OutboxToHint { get; init; }
    public required string OutboxNone { get; init; }
    public required string OutboxNoneFiltered { get; init; }
    public required string OutboxCaption { get; init; }
    public required string OutboxPagerLabel { get; init; }
    public required string OutboxOnlyThis { get; init; }
    public required string MailKindConfirmacion { get; init; }
    public required string MailKindRestablecer { get; init; }
    public required string MailKindInvitacion { get; init; }
    public required string MailSent { get; init; }
    public required string MailQueued { get; init; }

    // {0}: attempts so far.
    public required string MailError { get; init; }
    public required string MailGaveUp { get; init; }

    // One message
    public required string MailBack { get; init; }
    public required string MailHeadersTitle { get; init; }
    public required string MailCreated { get; init; }
    public required string MailNoSmtp { get; init; }
    public required string MailAttempts { get; init; }
    public required string MailLastError { get; init; }
    public required string MailLinksTitle { get; init; }
    public required string MailLinksIntro { get; init; }
    public required string MailBodyTitle { get; init; }

    public static OperacionTexts Es { get; } = new()
    {
        IsEnglish = false,

        Eyebrow = "Operación del programa",
        NavLabel = "Secciones de operación",
        NavHub = "Resumen",
        NavUsers = "Usuarios",
        NavRequests = "Solicitudes ARCO",
        NavAudit = "Auditoría",
        NavOutbox = "Correos",
        FilterApply = "Buscar",
        FilterClear = "Quitar filtros",
        FormHasErrors = "Revise estos datos:",
        Optional = "(opcional)",
        Cancel = "Cancelar",
        TimesInMexico = "Fechas y horas del centro de México.",
        TimesInUtc = "Fechas y horas en UTC (el servidor no tiene la zona horaria de México).",
        NoRole = "Sin rol",
        PagerShowing = "{0}–{1} de {2}",
        PagerNone = "Sin resultados",
        PagerOutOfRange = "La página {0} no existe: hay {1}.",
        PagerPageOf = "Página {0} de {1}",
        PagerFirst = "Primera",
        PagerPrevious = "Anterior",
        PagerNext = "Siguiente",
        PagerLast = "Última",

        ColNameEmail = "Nombre y correo",
        ColRole = "Rol",
        ColOrganization = "Organización",
        ColAccount = "Cuenta",
        ColCreated = "Alta",
        ColChangeRole = "Cambiar rol",
        ColKind = "Tipo",
        ColStatus = "Estado",
        ColReceived = "Recibida",
        ColAnswerDue = "Responder a más tardar",
        ColDeadline = "Plazo",
        ColPerson = "Persona (id)",
        ColOpen = "Abrir",
        ColWhen = "Fecha y hora",
        ColWho = "Quién",
        ColAction = "Acción",
        ColWhat = "Qué",
        ColWhy = "Para qué",
        ColDate = "Fecha",
        ColTo = "Para",
        ColSubject = "Asunto",
        ColMailKind = "Tipo",

        HubTitle = "Operación",
        HubLead = "Lo que necesita atención del equipo del programa: solicitudes de derechos ARCO, correos, cuentas y la bitácora de accesos a datos personales.",
        HubCardsTitle = "Pendientes y accesos",
        HubRequestsTitle = "Solicitudes ARCO",
        HubRequestsPending = "pendientes de respuesta",
        HubRequestsOverdue = "Vencidas: {0}",
        HubRequestsNoneOverdue = "Ninguna vencida",
        HubRequestsDueSoon = "Vencen en {1} días o menos: {0}",
        HubRequestsAction = "Atender solicitudes",
        HubOutboxTitle = "Correos",
        HubOutboxUnsent = "sin enviar, en la bandeja",
        HubOutboxTotal = "Total: {0}",
        HubOutboxFailed = "Con error de envío: {0}",
        HubOutboxAction = "Ver la bandeja",
        HubUsersTitle = "Usuarios",
        HubUsersCount = "cuentas",
        HubUsersUnconfirmed = "Sin confirmar su correo: {0}",
        HubUsersAction = "Ver cuentas",
        HubAuditTitle = "Auditoría",
        HubAuditToday = "accesos a datos personales hoy",
        HubAuditText = "Quién consultó o cambió los datos de qué persona, cuándo y para qué.",
        HubAuditAction = "Buscar en la bitácora",

        UsersTitle = "Usuarios",
        UsersLead = "Cuentas de personas con acceso a Semillero. Invite a empresas, aliados, analistas y operadores; las personas aprendices crean su propia cuenta.",
        UsersListTitle = "Cuentas",
        UsersFilterLabel = "Buscar cuentas",
        UsersSearchLabel = "Buscar",
        UsersSearchHint = "Correo, nombre u organización; basta una parte.",
        UsersRoleFilterLabel = "Rol",
        UsersAllRoles = "Todos los roles",
        UsersNone = "Todavía no hay cuentas.",
        UsersNoneFiltered = "Ninguna cuenta coincide con la búsqueda.",
        UsersCaption = "Cuentas: nombre, correo, rol, organización, estado, fecha de alta y cambio de rol",
        UsersPagerLabel = "Páginas de cuentas",
        UsersYou = "usted",
        UsersConfirmed = "Correo confirmado",
        UsersUnconfirmed = "Sin confirmar",
        UsersLocked = "Bloqueada",
        UsersOwnNoChange = "Su propia cuenta: otra persona operadora puede cambiar su rol.",
        UsersLearnerNoChange = "Cuenta de aprendiz: no cambia de rol.",
        UsersNewRoleFor = "Nuevo rol para {0}",
        UsersChangeRole = "Cambiar",
        RoleChanged = "{0} ahora tiene el rol «{1}». Sus sesiones abiertas lo toman en menos de un minuto.",
        RoleOwnAccount = "No puede cambiar el rol de su propia cuenta.",
        RoleUserNotFound = "Esa cuenta ya no existe.",
        InviteTitle = "Invitar a una persona",
        InviteIntro = "Se crea la cuenta sin contraseña y se deja en la bandeja de correos un mensaje con el enlace para que la persona elija la suya.",
        InviteEmail = "Correo",
        InviteEmailHint = "Con este correo entrará a Semillero.",
        InviteName = "Nombre",
        InviteNameHint = "Como se mostrará en Semillero y en la bitácora.",
        InviteRole = "Rol",
        InviteRoleChoose = "Elija un rol…",
        InviteRoleHint = "Un rol por cuenta: quien necesite dos recibe dos cuentas.",
        InviteOrganization = "Organización",
        InviteOrganizationWhen = "(obligatoria para aliados y empresas)",
        InviteOrganizationHint = "Limita lo que ve la cuenta: un aliado solo ve a las personas que su organización registró.",
        InviteSubmit = "Enviar invitación",
        InviteDone = "Invitación creada para {0} ({1}). El correo con el enlace está en la bandeja de correos.",
        InviteLinkLabel = "Enlace para elegir contraseña (el mismo del correo):",
        InviteSeeOutbox = "Ver el correo en la bandeja",

        RequestsTitle = "Solicitudes ARCO",
        RequestsLead = "Derechos de acceso, rectificación, cancelación y oposición que esperan respuesta del equipo. Primero las vencidas, luego las que vencen antes.",
        RequestsQueueTitle = "Pendientes de respuesta",
        RequestsSummaryLabel = "Resumen de la cola",
        RequestsSummaryPending = "Pendientes:",
        RequestsSummaryOverdue = "Vencidas:",
        RequestsSummaryDueSoon = "Vencen en {0} días o menos:",
        RequestsNone = "No hay solicitudes pendientes. Las que una persona resuelve desde su cuenta (descarga de sus datos, retiro de consentimientos) se registran solas y no llegan aquí.",
        RequestsCaption = "Solicitudes ARCO pendientes: tipo, fecha de recepción, fecha límite de respuesta, plazo restante y persona",
        RequestsAttend = "Atender",
        DeadlineOverdue = "Vencida",
        DaysLessThanOne = "Menos de 1 día",
        DaysOne = "1 día",
        DaysMany = "{0} días",
        DeadlinesTitle = "Plazos legales",
        DeadlinesAnswer = "Responder dentro de los 20 días siguientes a la recepción de la solicitud.",
        DeadlinesExecute = "Si se acepta, hacerla efectiva dentro de los 15 días siguientes a la respuesta.",
        DeadlinesCalendar = "Semillero cuenta ambos plazos en días naturales.",
        DeadlinesBadges = "«Vencida» (rojo): pasó la fecha límite de respuesta. Ámbar: quedan 5 días o menos.",
        KindAcceso = "Acceso",
        KindRectificacion = "Rectificación",
        KindCancelacion = "Cancelación",
        KindOposicion = "Oposición",
        KindAccesoExplain = "conocer los datos que se tienen de la persona",
        KindRectificacionExplain = "corregir datos inexactos",
        KindCancelacionExplain = "eliminar sus datos",
        KindOposicionExplain = "oponerse a un uso de sus datos",
        StatusRecibida = "Pendiente",
        StatusEjecutada = "Atendida",
        StatusRechazada = "Rechazada",

        RequestTitle = "Solicitud de {0}",
        RequestBack = "Solicitudes ARCO",
        RequestId = "Folio",
        RequestWhatTitle = "La solicitud",
        RequestAnsweredAt = "Respondida",
        RequestExecuteDue = "Hacer efectiva a más tardar",
        RequestExecutedAt = "Hecha efectiva",
        RequestHandledBy = "Atendida por",
        HandledBySelfService = "La persona, desde su cuenta",
        RequestDetailsTitle = "Lo que pidió la persona",
        RequestNoDetails = "Sin detalle.",
        RequestResponseTitle = "Respuesta enviada",
        PersonTitle = "Datos actuales de la persona",
        PersonGone = "La persona ya no está en el registro: canceló sus datos. Solo queda la solicitud.",
        PersonAudited = "Esta consulta queda registrada en la bitácora de auditoría, a su nombre, para «atender solicitud ARCO».",
        FieldNombre = "Nombre",
        FieldPrimerApellido = "Primer apellido",
        FieldSegundoApellido = "Segundo apellido",
        FieldBirthDate = "Fecha de nacimiento",
        FieldSex = "Sexo (según la CURP)",
        FieldEmail = "Correo",
        FieldState = "Entidad de residencia",
        FieldSegment = "Segmento",
        FieldRegistered = "Registrada",
        FieldUpdated = "Última actualización",
        SexH = "Hombre",
        SexM = "Mujer",
        SexX = "No binario",
        ChangeTitle = "Cambio de nombre solicitado",
        ChangeCaption = "Nombre registrado y nombre solicitado, campo por campo",
        ChangeColField = "Campo",
        ChangeColCurrent = "Registrado",
        ChangeColRequested = "Solicitado",
        ChangeChanged = "cambia",
        ChangeCheck = "Antes de aceptar, compruebe que el nombre nuevo coincide con la CURP y con un documento oficial.",
        ResolveTitle = "Responder",
        ResolveIntro = "La persona verá la respuesta en su cuenta, en «Mis datos». La respuesta queda registrada con su nombre y la fecha.",
        ResolveDecision = "Decisión",
        ResolveAccept = "Atender",
        ResolveAcceptHint = "La solicitud procede y se hace efectiva.",
        ResolveAcceptRectification = "Se corrige el nombre con los valores de abajo.",
        ResolveReject = "Rechazar",
        ResolveRejectHint = "No procede; explique el motivo en la respuesta.",
        ResolveNameLegend = "Nombre que quedará registrado",
        ResolveNameHintRequested = "Viene con lo que pidió la persona; puede ajustarlo. Un segundo apellido vacío se elimina. Solo se aplica si elige «Atender».",
        ResolveNameHintCurrent = "No se pudo leer el nombre pedido; los campos traen el registrado. Escriba el correcto. Solo se aplica si elige «Atender».",
        ResolveResponse = "Respuesta para la persona",
        ResolveResponseHint = "Clara y completa: qué se hizo o por qué no procede. Hasta 4,000 caracteres.",
        ResolveSubmit = "Registrar respuesta",
        ResolveDecisionRequired = "Elija «Atender» o «Rechazar».",
        ResolveResponseRequired = "Escriba la respuesta que recibirá la persona.",
        ResolveAccepted = "Solicitud de {0} atendida. La persona ya puede ver la respuesta.",
        ResolveRejected = "Solicitud de {0} rechazada. La persona ya puede ver la respuesta.",
        ResolveAlreadyResolved = "Esta solicitud ya tenía respuesta (quizá otra persona operadora la atendió); no se cambió nada.",
        HistoryTitle = "Otras solicitudes de la misma persona",
        HistoryCaption = "Otras solicitudes de la persona: tipo, estado, recepción y respuesta",

        AuditTitle = "Auditoría",
        AuditLead = "Cada consulta o cambio de datos personales hecho por alguien distinto de la persona: quién, con qué rol, cuándo, qué y para qué. La bitácora guarda identificadores, nunca los datos.",
        AuditFilterLabel = "Buscar en la bitácora",
        AuditResultsTitle = "Registros de la bitácora",
        AuditWho = "Quién",
        AuditWhoHint = "Nombre (o parte) o identificador de la cuenta o llave.",
        AuditFrom = "Desde",
        AuditTo = "Hasta (incluido)",
        AuditDateInvalid = "Escriba la fecha como aaaa-mm-dd.",
        AuditDateOrder = "«Hasta» es anterior a «Desde».",
        AuditCurpLength = "La CURP tiene 18 caracteres.",
        AuditFixErrors = "Corrija la búsqueda para ver resultados.",
        AuditCurpNotFound = "Sin resultados: esa CURP no está en el registro.",
        AuditNone = "La bitácora está vacía.",
        AuditNoneFiltered = "Sin resultados para esta búsqueda.",
        AuditCaption = "Accesos a datos personales: fecha y hora, quién, rol, persona, acción, qué y para qué; los más recientes primero",
        AuditPagerLabel = "Páginas de la bitácora",
        AuditOnlyPerson = "Solo la persona",
        AuditAllPeople = "Ver todas las personas",
        AuditPersonLink = "ver solo los registros de esta persona",
        AuditPersonNote = "Abra el id de una persona para ver solo sus registros.",
        ActionConsulta = "Consulta",
        ActionBusqueda = "Búsqueda",
        ActionExportacion = "Exportación",
        ActionRectificacion = "Rectificación",
        ActionCancelacion = "Cancelación",
        ActionVinculacion = "Vinculación de registros de aprendizaje",

        OutboxTitle = "Correos",
        OutboxLead = "Cada correo que Semillero escribe pasa por esta bandeja, los más recientes primero.",
        OutboxListTitle = "Bandeja de salida",
        OutboxNoSmtpTitle = "No hay servidor de correo (SMTP) configurado",
        OutboxNoSmtp = "Los mensajes no salen de Semillero: se quedan aquí. Abra uno para leerlo y hacer llegar su enlace a la persona.",
        OutboxFilterLabel = "Buscar correos",
        OutboxTo = "Para",
        OutboxToHint = "El correo completo del destinatario.",
        OutboxNone = "Todavía no hay correos.",
        OutboxNoneFiltered = "No hay correos para esa dirección.",
        OutboxCaption = "Correos: fecha, destinatario, asunto, tipo y estado; los más recientes primero",
        OutboxPagerLabel = "Páginas de la bandeja",
        OutboxOnlyThis = "Ver solo los correos para esta dirección",
        MailKindConfirmacion = "Confirmación de correo",
        MailKindRestablecer = "Restablecer contraseña",
        MailKindInvitacion = "Invitación",
        MailSent = "Enviado",
        MailQueued = "En bandeja",
        MailError = "Error (intentos: {0})",
        MailGaveUp = "No se pudo enviar",

        MailBack = "Correos",
        MailHeadersTitle = "Datos del mensaje",
        MailCreated = "Escrito",
        MailNoSmtp = "Sin SMTP configurado: no saldrá de la bandeja.",
        MailAttempts = "Intentos de envío",
        MailLastError = "Último error",
        MailLinksTitle = "Enlaces del mensaje",
        MailLinksIntro = "Son personales: compártalos solo con la persona destinataria.",
        MailBodyTitle = "Mensaje",
    };

    public static OperacionTexts En { get; } = new()
    {
        IsEnglish = true,

        Eyebrow = "Program operations",
        NavLabel = "Operations sections",
        NavHub = "Overview",
        NavUsers = "Users",
        NavRequests = "ARCO requests",
        NavAudit = "Audit",
        NavOutbox = "Emails",
        FilterApply = "Search",
        FilterClear = "Clear filters",
        FormHasErrors = "Please check these fields:",
        Optional = "(optional)",
        Cancel = "Cancel",
        TimesInMexico = "Dates and times in Mexico City time.",
        TimesInUtc = "Dates and times in UTC (the server has no Mexico time zone data).",
        NoRole = "No role",
        PagerShowing = "{0}–{1} of {2}",
        PagerNone = "No results",
        PagerOutOfRange = "Page {0} does not exist: there are {1}.",
        PagerPageOf = "Page {0} of {1}",
        PagerFirst = "First",
        PagerPrevious = "Previous",
        PagerNext = "Next",
        PagerLast = "Last",

        ColNameEmail = "Name and email",
        ColRole = "Role",
        ColOrganization = "Organisation",
        ColAccount = "Account",
        ColCreated = "Created",
        ColChangeRole = "Change role",
        ColKind = "Type",
        ColStatus = "Status",
        ColReceived = "Received",
        ColAnswerDue = "Answer due by",
        ColDeadline = "Time left",
        ColPerson = "Person (id)",
        ColOpen = "Open",
        ColWhen = "Date and time",
        ColWho = "Who",
        ColAction = "Action",
        ColWhat = "What",
        ColWhy = "Purpose",
        ColDate = "Date",
        ColTo = "To",
        ColSubject = "Subject",
        ColMailKind = "Type",

        HubTitle = "Operations",
        HubLead = "What needs the program team's attention: ARCO rights requests, emails, accounts and the log of access to personal data.",
        HubCardsTitle = "Pending work and access",
        HubRequestsTitle = "ARCO requests",
        HubRequestsPending = "awaiting an answer",
        HubRequestsOverdue = "Overdue: {0}",
        HubRequestsNoneOverdue = "None overdue",
        HubRequestsDueSoon = "Due within {1} days: {0}",
        HubRequestsAction = "Handle requests",
        HubOutboxTitle = "Emails",
        HubOutboxUnsent = "not sent yet, in the outbox",
        HubOutboxTotal = "Total: {0}",
        HubOutboxFailed = "Failed to send: {0}",
        HubOutboxAction = "Open the outbox",
        HubUsersTitle = "Users",
        HubUsersCount = "accounts",
        HubUsersUnconfirmed = "Email not confirmed: {0}",
        HubUsersAction = "See accounts",
        HubAuditTitle = "Audit",
        HubAuditToday = "accesses to personal data today",
        HubAuditText = "Who read or changed whose data, when and for what purpose.",
        HubAuditAction = "Search the log",

        UsersTitle = "Users",
        UsersLead = "Accounts of people with access to Semillero. Invite employers, partners, analysts and operators; learners create their own account.",
        UsersListTitle = "Accounts",
        UsersFilterLabel = "Search accounts",
        UsersSearchLabel = "Search",
        UsersSearchHint = "Email, name or organisation; part of it is enough.",
        UsersRoleFilterLabel = "Role",
        UsersAllRoles = "All roles",
        UsersNone = "There are no accounts yet.",
        UsersNoneFiltered = "No account matches the search.",
        UsersCaption = "Accounts: name, email, role, organisation, status, creation date and role change",
        UsersPagerLabel = "Account pages",
        UsersYou = "you",
        UsersConfirmed = "Email confirmed",
        UsersUnconfirmed = "Unconfirmed",
        UsersLocked = "Locked",
        UsersOwnNoChange = "Your own account: another operator can change its role.",
        UsersLearnerNoChange = "Learner account: its role does not change.",
        UsersNewRoleFor = "New role for {0}",
        UsersChangeRole = "Change",
        RoleChanged = "{0} now has the role “{1}”. Their open sessions pick it up within a minute.",
        RoleOwnAccount = "You cannot change the role of your own account.",
        RoleUserNotFound = "That account no longer exists.",
        InviteTitle = "Invite a person",
        InviteIntro = "The account is created without a password, and a message with a link to choose one is left in the email outbox.",
        InviteEmail = "Email",
        InviteEmailHint = "They will sign in to Semillero with this address.",
        InviteName = "Name",
        InviteNameHint = "As it will appear in Semillero and in the audit log.",
        InviteRole = "Role",
        InviteRoleChoose = "Choose a role…",
        InviteRoleHint = "One role per account: someone who needs two gets two accounts.",
        InviteOrganization = "Organisation",
        InviteOrganizationWhen = "(required for partners and employers)",
        InviteOrganizationHint = "Limits what the account sees: a partner only sees the people its organisation registered.",
        InviteSubmit = "Send invitation",
        InviteDone = "Invitation created for {0} ({1}). The email with the link is in the outbox.",
        InviteLinkLabel = "Link to choose a password (the same as in the email):",
        InviteSeeOutbox = "See the email in the outbox",

        RequestsTitle = "ARCO requests",
        RequestsLead = "Requests to access, rectify, cancel or object that await the team's answer. Overdue first, then those due soonest.",
        RequestsQueueTitle = "Awaiting an answer",
        RequestsSummaryLabel = "Queue summary",
        RequestsSummaryPending = "Pending:",
        RequestsSummaryOverdue = "Overdue:",
        RequestsSummaryDueSoon = "Due within {0} days:",
        RequestsNone = "There are no pending requests. Those a person completes from their account (downloading their data, withdrawing consent) are recorded automatically and do not come here.",
        RequestsCaption = "Pending ARCO requests: type, date received, answer due date, time left and person",
        RequestsAttend = "Handle",
        DeadlineOverdue = "Overdue",
        DaysLessThanOne = "Less than a day",
        DaysOne = "1 day",
        DaysMany = "{0} days",
        DeadlinesTitle = "Legal deadlines",
        DeadlinesAnswer = "Answer within 20 days of receiving the request.",
        DeadlinesExecute = "If accepted, carry it out within 15 days of the answer.",
        DeadlinesCalendar = "Semillero counts both as calendar days.",
        DeadlinesBadges = "“Overdue” (red): the answer due date has passed. Amber: 5 days or fewer left.",
        KindAcceso = "Access",
        KindRectificacion = "Rectification",
        KindCancelacion = "Cancellation",
        KindOposicion = "Objection",
        KindAccesoExplain = "know what data is held about the person",
        KindRectificacionExplain = "correct inaccurate data",
        KindCancelacionExplain = "delete their data",
        KindOposicionExplain = "object to a use of their data",
        StatusRecibida = "Pending",
        StatusEjecutada = "Carried out",
        StatusRechazada = "Rejected",

        RequestTitle = "{0} request",
        RequestBack = "ARCO requests",
        RequestId = "Reference",
        RequestWhatTitle = "The request",
        RequestAnsweredAt = "Answered",
        RequestExecuteDue = "Carry out by",
        RequestExecutedAt = "Carried out",
        RequestHandledBy = "Handled by",
        HandledBySelfService = "The person, from their account",
        RequestDetailsTitle = "What the person asked",
        RequestNoDetails = "No details.",
        RequestResponseTitle = "Answer sent",
        PersonTitle = "The person's current data",
        PersonGone = "The person is no longer in the registry: they cancelled their data. Only the request remains.",
        PersonAudited = "This read is recorded in the audit log, under your name, for “handle ARCO request”.",
        FieldNombre = "Given name",
        FieldPrimerApellido = "First surname",
        FieldSegundoApellido = "Second surname",
        FieldBirthDate = "Date of birth",
        FieldSex = "Sex (from the CURP)",
        FieldEmail = "Email",
        FieldState = "State of residence",
        FieldSegment = "Segment",
        FieldRegistered = "Registered",
        FieldUpdated = "Last updated",
        SexH = "Male",
        SexM = "Female",
        SexX = "Non-binary",
        ChangeTitle = "Requested change of name",
        ChangeCaption = "Name on record and name requested, field by field",
        ChangeColField = "Field",
        ChangeColCurrent = "On record",
        ChangeColRequested = "Requested",
        ChangeChanged = "changes",
        ChangeCheck = "Before accepting, check that the new name matches the CURP and an official document.",
        ResolveTitle = "Answer",
        ResolveIntro = "The person will see the answer in their account, under “My data”. The answer is recorded with your name and the date.",
        ResolveDecision = "Decision",
        ResolveAccept = "Carry out",
        ResolveAcceptHint = "The request is valid and is carried out.",
        ResolveAcceptRectification = "The name is corrected with the values below.",
        ResolveReject = "Reject",
        ResolveRejectHint = "It is not valid; explain why in the answer.",
        ResolveNameLegend = "Name that will be on record",
        ResolveNameHintRequested = "Filled in with what the person asked for; you may adjust it. An empty second surname is removed. Applied only if you choose “Carry out”.",
        ResolveNameHintCurrent = "The requested name could not be read; the fields hold the name on record. Type the correct one. Applied only if you choose “Carry out”.",
        ResolveResponse = "Answer to the person",
        ResolveResponseHint = "Clear and complete: what was done, or why it is not valid. Up to 4,000 characters.",
        ResolveSubmit = "Record answer",
        ResolveDecisionRequired = "Choose “Carry out” or “Reject”.",
        ResolveResponseRequired = "Write the answer the person will receive.",
        ResolveAccepted = "{0} request carried out. The person can now see the answer.",
        ResolveRejected = "{0} request rejected. The person can now see the answer.",
        ResolveAlreadyResolved = "This request already had an answer (another operator may have handled it); nothing was changed.",
        HistoryTitle = "Other requests from the same person",
        HistoryCaption = "The person's other requests: type, status, received and answered",

        AuditTitle = "Audit",
        AuditLead = "Every read or change of personal data by someone other than the person: who, in which role, when, what and why. The log holds identifiers, never the data.",
        AuditFilterLabel = "Search the log",
        AuditResultsTitle = "Log entries",
        AuditWho = "Who",
        AuditWhoHint = "Name (or part of it) or the account's or key's identifier.",
        AuditFrom = "From",
        AuditTo = "To (inclusive)",
        AuditDateInvalid = "Write the date as yyyy-mm-dd.",
        AuditDateOrder = "“To” is before “From”.",
        AuditCurpLength = "A CURP has 18 characters.",
        AuditFixErrors = "Correct the search to see results.",
        AuditCurpNotFound = "No results: that CURP is not in the registry.",
        AuditNone = "The log is empty.",
        AuditNoneFiltered = "No results for this search.",
        AuditCaption = "Access to personal data: date and time, who, role, person, action, what and purpose; newest first",
        AuditPagerLabel = "Log pages",
        AuditOnlyPerson = "Only the person",
        AuditAllPeople = "Show everyone",
        AuditPersonLink = "show only this person's entries",
        AuditPersonNote = "Open a person's id to see only their entries.",
        ActionConsulta = "Read",
        ActionBusqueda = "Search",
        ActionExportacion = "Export",
        ActionRectificacion = "Rectification",
        ActionCancelacion = "Cancellation",
        ActionVinculacion = "Learning-record linking",

        OutboxTitle = "Emails",
        OutboxLead = "Every email Semillero writes goes through this outbox, newest first.",
        OutboxListTitle = "Outbox",
        OutboxNoSmtpTitle = "No mail server (SMTP) is configured",
        OutboxNoSmtp = "Messages do not leave Semillero: they stay here. Open one to read it and pass its link on to the person.",
        OutboxFilterLabel = "Search emails",
        OutboxTo = "To",
        OutboxToHint = "The recipient's full email address.",
        OutboxNone = "There are no emails yet.",
        OutboxNoneFiltered = "There are no emails to that address.",
        OutboxCaption = "Emails: date, recipient, subject, type and status; newest first",
        OutboxPagerLabel = "Outbox pages",
        OutboxOnlyThis = "Show only the emails to this address",
        MailKindConfirmacion = "Email confirmation",
        MailKindRestablecer = "Password reset",
        MailKindInvitacion = "Invitation",
        MailSent = "Sent",
        MailQueued = "In outbox",
        MailError = "Error (attempts: {0})",
        MailGaveUp = "Could not be sent",

        MailBack = "Emails",
        MailHeadersTitle = "Message details",
        MailCreated = "Written",
        MailNoSmtp = "No SMTP configured: it will stay in the outbox.",
        MailAttempts = "Send attempts",
        MailLastError = "Last error",
        MailLinksTitle = "Links in the message",
        MailLinksIntro = "They are personal: share them only with the recipient.",
        MailBodyTitle = "Message",
    };

    public string Date(DateTime utc) => Semillero.Calendar.Dates.Compact(OperacionTime.ToLocal(utc));

    public string Date(DateOnly day) => Semillero.Calendar.Dates.Compact(day);

    public string Stamp(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(OperacionTime.ToLocal(utc));

    public string StampSeconds(DateTime utc) => Semillero.Calendar.Dates.CompactWithSeconds(OperacionTime.ToLocal(utc));

    public string DaysLeft(int days) => days switch
    {
        <= 0 => DaysLessThanOne,
        1 => DaysOne,
        _ => Texts.Format(DaysMany, Texts.Number(days)),
    };

    // Rejection reasons come from the product in both languages.
    public string Reason(IdRejection reason) => IsEnglish ? reason.En : reason.Es;

    public string Role(string? role) => string.IsNullOrEmpty(role) ? NoRole : IsEnglish ? Roles.English(role) : Roles.Spanish(role);

    public string Segment(Segment segment) => IsEnglish ? SegmentNames.English(segment) : SegmentNames.Spanish(segment);

    // ArcoKind names, as ArcoQueueItem and ArcoRequestView carry them.
    public string Kind(string kind) => kind switch
    {
        "Acceso" => KindAcceso,
        "Rectificacion" => KindRectificacion,
        "Cancelacion" => KindCancelacion,
        "Oposicion" => KindOposicion,
        _ => kind,
    };

    // The kind inside a sentence: lower case in Spanish ("Solicitud de rectificación").
    public string KindInSentence(string kind) => IsEnglish ? Kind(kind) : Kind(kind).ToLower(CultureInfo.GetCultureInfo("es-MX"));

    public string KindExplain(string kind) => kind switch
    {
        "Acceso" => KindAccesoExplain,
        "Rectificacion" => KindRectificacionExplain,
        "Cancelacion" => KindCancelacionExplain,
        "Oposicion" => KindOposicionExplain,
        _ => "",
    };

    // ArcoStatus names.
    public string Status(string status) => status switch
    {
        "Recibida" => StatusRecibida,
        "Ejecutada" => StatusEjecutada,
        "Rechazada" => StatusRechazada,
        _ => status,
    };

    // AuditEntry.Action codes.
    public string Action(string action) => action switch
    {
        "consulta" => ActionConsulta,
        "busqueda" => ActionBusqueda,
        "exportacion" => ActionExportacion,
        "rectificacion" => ActionRectificacion,
        "cancelacion" => ActionCancelacion,
        "vinculacion" => ActionVinculacion,
        _ => action,
    };

    // OutboxMessage.Kind codes (AccountMessages).
    public string MailKind(string kind) => kind switch
    {
        "confirmacion" => MailKindConfirmacion,
        "restablecer" => MailKindRestablecer,
        "invitacion" => MailKindInvitacion,
        _ => kind,
    };
}
