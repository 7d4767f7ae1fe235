using Semillero.Language;
using Semillero.LearningRecords.Linking;
using Semillero.Web.Site;

namespace Semillero.Web.LearningRecords;

// The strings of identity linking: the operators' and partners' /operacion/aprendizaje pages and the
// learner's /mi-aprendizaje/vincular, in es-MX (the default) and English, in the same pattern as Texts:
// one instance per language, `required` so neither misses a string. Learners are addressed as
// "usted". No HTML in the values.
public sealed class AprendizajeTexts
{
    public static AprendizajeTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool IsEnglish { get; init; }

    // Navigation
    public required string NavLabel { get; init; }
    public required string NavIngestion { get; init; }
    public required string NavQueue { get; init; }

    // .NET custom date format of a day row.
    public required string NoName { get; init; }

    // Ingestion page
    public required string IngestionTitle { get; init; }
    public required string IngestionLeadOperator { get; init; }
    public required string IngestionLeadPartner { get; init; }
    public required string NoOrganizationTitle { get; init; }
    public required string NoOrganization { get; init; }

    // {0}: days.
    public required string FiguresTitle { get; init; }
    public required string CardStatementsTitle { get; init; }

    // {0}: days.
    public required string CardStatementsLabel { get; init; }

    // {0}: count.
    public required string CardToday { get; init; }
    public required string CardPeopleTitle { get; init; }

    // {0}: days.
    public required string CardPeopleLabel { get; init; }
    public required string CardPeopleText { get; init; }
    public required string CardRejectionsTitle { get; init; }

    // {0}: days.
    public required string CardRejectionsLabel { get; init; }

    // {0}: count.
    public required string CardRejectedStatements { get; init; }
    public required string CardQueueTitle { get; init; }
    public required string CardQueueLabel { get; init; }

    // {0}: count.
    public required string CardQueueStatements { get; init; }
    public required string CardQueueAction { get; init; }
    public required string PartnersTitle { get; init; }
    public required string PartnerTitle { get; init; }
    public required string PartnersNone { get; init; }
    public required string PartnerNone { get; init; }

    // {0}: days.
    public required string PartnersCaption { get; init; }
    public required string ColPartner { get; init; }

    // {0}: days.
    public required string ColStatementsWindow { get; init; }
    public required string ColToday { get; init; }
    public required string ColPeople { get; init; }
    public required string ColRejections { get; init; }
    public required string ColUnresolved { get; init; }
    public required string ColLastStored { get; init; }

    // {0}: statements.
    public required string RejectionsCellOne { get; init; }

    // {0}: requests, {1}: statements.
    public required string RejectionsCellMany { get; init; }
    public required string QueueEmptyBadge { get; init; }

    // {0}: actors, {1}: statements.
    public required string QueueCell { get; init; }

    // {0}: days.
    public required string NothingInWindow { get; init; }
    public required string PeopleNote { get; init; }

    // {0}: days.
    public required string DaysTitle { get; init; }
    public required string PartnerFilterLabel { get; init; }
    public required string AllPartners { get; init; }

    // {0}: partner.
    public required string OnlyPartner { get; init; }

    // {0}: days.
    public required string DaysCaption { get; init; }
    public required string ColDay { get; init; }
    public required string ColStored { get; init; }
    public required string ColBar { get; init; }
    public required string ColRejected { get; init; }
    public required string TodaySoFar { get; init; }

    // {0}: time.
    public required string ComputedAt { get; init; }
    public required string DaysNote { get; init; }
    public required string RejectionsTitle { get; init; }
    public required string RejectionsIntro { get; init; }
    public required string RejectionsNone { get; init; }
    public required string RejectionsCaption { get; init; }
    public required string RejectionsPagerLabel { get; init; }
    public required string ColStatementCount { get; init; }
    public required string ColReason { get; init; }
    public required string ReasonsInEnglish { get; init; }
    public required string Status400 { get; init; }
    public required string Status409 { get; init; }
    public required string Status413 { get; init; }
    public required string StatusOther { get; init; }
    public required string HowTitle { get; init; }
    public required string HowEndpoint { get; init; }
    public required string HowResolution { get; init; }
    public required string HowQueue { get; init; }
    public required string HowCounting { get; init; }

    // Resolution queue
    public required string QueueTitle { get; init; }
    public required string QueueLeadOperator { get; init; }
    public required string QueueLeadPartner { get; init; }
    public required string QueuePagerLabel { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string ConfirmAccount { get; init; }
    public required string ConfirmProviderName { get; init; }

    // {0}: CURP.
    public required string ConfirmLearnerName { get; init; }
    public required string ConfirmExplain { get; init; }
    public required string ConfirmSubmit { get; init; }
    public required string LinkFailedTitle { get; init; }
    public required string ClaimsTitle { get; init; }
    public required string ClaimsPending { get; init; }
    public required string ClaimsIntro { get; init; }
    public required string ClaimsNone { get; init; }
    public required string ClaimsCaption { get; init; }

    // {0}: shown, {1}: total.
    public required string ClaimsMore { get; init; }
    public required string ClaimsAudited { get; init; }
    public required string ColClaimant { get; init; }
    public required string ColAccount { get; init; }
    public required string ColProviderName { get; init; }
    public required string ColStatements { get; init; }
    public required string ColWhyReview { get; init; }
    public required string ColDecide { get; init; }
    public required string ClaimConfirm { get; init; }
    public required string ClaimRefuse { get; init; }
    public required string ReviewNameDiffers { get; init; }
    public required string ReviewNoName { get; init; }
    public required string ReviewSameName { get; init; }
    public required string ReviewContested { get; init; }
    public required string QueueListTitle { get; init; }
    public required string QueueSummaryLabel { get; init; }
    public required string QueueActors { get; init; }
    public required string QueueStatements { get; init; }
    public required string QueueFilterLabel { get; init; }
    public required string QueueSearch { get; init; }
    public required string QueueSearchHint { get; init; }
    public required string QueueNone { get; init; }
    public required string QueueNoneFiltered { get; init; }
    public required string QueueCaption { get; init; }
    public required string ColActivity { get; init; }

    // {0}: the first day seen.
    public required string SinceDate { get; init; }

    // {0}: date and time.
    public required string ReceivedAt { get; init; }

    // {0}: count.
    public required string StatementsOne { get; init; }

    // {0}: count.
    public required string StatementsMany { get; init; }
    public required string ColLink { get; init; }

    // {0}: count.
    public required string ClaimsOnRowOne { get; init; }

    // {0}: count.
    public required string ClaimsOnRowMany { get; init; }
    public required string NotLinkable { get; init; }
    public required string AlreadyLinked { get; init; }
    public required string Reapply { get; init; }

    // {0}: the account.
    public required string CurpFor { get; init; }
    public required string LinkSubmit { get; init; }
    public required string QueueNote { get; init; }
    public required string QueueHelpTitle { get; init; }
    public required string QueueHelpRules { get; init; }
    public required string QueueHelpLink { get; init; }
    public required string QueueHelpClaims { get; init; }
    public required string QueueHelpPartner { get; init; }
    public required string QueueHelpCount { get; init; }

    // {0}: account, {1}: person, {2}: count.
    public required string LinkedOne { get; init; }

    // {0}: account, {1}: person, {2}: count.
    public required string LinkedMany { get; init; }

    // {0}: CURP.
    public required string CurpNotFound { get; init; }
    public required string LinkTaken { get; init; }
    public required string LinkUnknown { get; init; }
    public required string ReapplyFailed { get; init; }

    // {0}: count, {1}: person.
    public required string Reapplied { get; init; }
    public required string ClaimChooseDecision { get; init; }

    // {0}: count.
    public required string ClaimAccepted { get; init; }
    public required string ClaimRejected { get; init; }
    public required string ClaimTaken { get; init; }
    public required string ClaimAlreadyDecided { get; init; }
    public required string KindAccount { get; init; }
    public required string KindEmail { get; init; }
    public required string KindEmailHash { get; init; }

    // {0}: the start of the SHA-1.
    public required string KindEmailHashValue { get; init; }
    public required string KindOpenId { get; init; }
    public required string KindGroup { get; init; }
    public required string KindUnknown { get; init; }

    // The learner's claim (addressed as usted)
    public required string ClaimTitle { get; init; }
    public required string ClaimEyebrow { get; init; }
    public required string ClaimLead { get; init; }
    public required string ClaimSeeLearning { get; init; }
    public required string ClaimProblemTitle { get; init; }
    public required string ClaimFormTitle { get; init; }
    public required string ClaimNoPlatforms { get; init; }
    public required string ClaimPlatform { get; init; }
    public required string ClaimPlatformChoose { get; init; }
    public required string ClaimPlatformHint { get; init; }
    public required string ClaimUsername { get; init; }
    public required string ClaimUsernameHint { get; init; }
    public required string ClaimSubmit { get; init; }
    public required string ClaimHowItWorks { get; init; }
    public required string ClaimEmailNote { get; init; }
    public required string ClaimLinkedTitle { get; init; }
    public required string ClaimLinkedNone { get; init; }
    public required string ColLinkedHow { get; init; }
    public required string ColLinkedAt { get; init; }
    public required string LinkedByYou { get; init; }
    public required string LinkedByTeam { get; init; }
    public required string ClaimRequestsTitle { get; init; }
    public required string ColClaimStatus { get; init; }
    public required string ColClaimedAt { get; init; }
    public required string ColClaimAction { get; init; }
    public required string ClaimStatusPending { get; init; }
    public required string ClaimStatusRejected { get; init; }
    public required string ClaimRejectedNote { get; init; }
    public required string ClaimWithdraw { get; init; }

    // {0}: user name, {1}: platform, {2}: count.
    public required string ClaimLinkedOne { get; init; }

    // {0}: user name, {1}: platform, {2}: count.
    public required string ClaimLinkedMany { get; init; }
    public required string ClaimPending { get; init; }
    public required string ClaimAlreadyYours { get; init; }
    public required string ClaimAlreadyPending { get; init; }
    public required string ClaimSomeoneElse { get; init; }

    // {0}: user name.
    public required string ClaimNotSeen { get; init; }

    // {0}: limit.
    public required string ClaimTooMany { get; init; }
    public required string ClaimWithdrawn { get; init; }
    public required string ClaimWithdrawGone { get; init; }

    // A partner's first steps on /operacion/aprendizaje.
    public required string StepsPartnerLead { get; init; }
    public required string StepKeyTitle { get; init; }
    public required string StepKeyText { get; init; }
    public required string StepConnectTitle { get; init; }

    // {0}: the LRS address.
    public required string StepConnectText { get; init; }
    public required string StepConnectLink { get; init; }

    // {0}: days of the window.
    public required string StepConnectSeen { get; init; }
    public required string StepPeopleTitle { get; init; }
    public required string StepPeopleText { get; init; }
    public required string StepPeopleLink { get; init; }
    public required string StepQueueTitle { get; init; }
    public required string StepQueueText { get; init; }
    public required string StepQueueLink { get; init; }

    public static AprendizajeTexts Es { get; } = new()
    {
        IsEnglish = false,
        NavLabel = "Secciones de registros de aprendizaje",
        NavIngestion = "Recepción por aliado",
        NavQueue = "Sin vincular",
        NoName = "(sin nombre)",
        IngestionTitle = "Registros de aprendizaje recibidos",
        IngestionLeadOperator = "Lo que cada aliado envía al LRS (xAPI): declaraciones por día, rechazos con su motivo y actores que esperan vincularse a una persona.",
        IngestionLeadPartner = "Lo que su organización envía al LRS (xAPI): declaraciones por día, rechazos con su motivo y actores que esperan vincularse a una persona.",
        NoOrganizationTitle = "Su cuenta no tiene una organización asignada",
        NoOrganization = "Por eso no podemos mostrarle registros. Pida al equipo del programa que asigne su organización a su cuenta.",
        FiguresTitle = "Cifras de los últimos {0} días",
        CardStatementsTitle = "Declaraciones recibidas",
        CardStatementsLabel = "en los últimos {0} días",
        CardToday = "Hoy: {0}",
        CardPeopleTitle = "Personas distintas",
        CardPeopleLabel = "con registros en los últimos {0} días",
        CardPeopleText = "Cada persona cuenta una vez, aunque aprenda con varios aliados o cuentas.",
        CardRejectionsTitle = "Envíos rechazados",
        CardRejectionsLabel = "en los últimos {0} días",
        CardRejectedStatements = "{0} declaraciones no guardadas",
        CardQueueTitle = "Actores sin vincular",
        CardQueueLabel = "cuentas o correos que aún no sabemos de quién son",
        CardQueueStatements = "{0} declaraciones guardadas en espera",
        CardQueueAction = "Ver la cola",
        PartnersTitle = "Por aliado",
        PartnerTitle = "Su organización",
        PartnersNone = "Ningún aliado ha enviado registros todavía.",
        PartnerNone = "Su organización no ha enviado registros todavía.",
        PartnersCaption = "Recepción por aliado en los últimos {0} días",
        ColPartner = "Aliado",
        ColStatementsWindow = "Declaraciones ({0} días)",
        ColToday = "Hoy",
        ColPeople = "Personas",
        ColRejections = "Rechazos",
        ColUnresolved = "Sin vincular",
        ColLastStored = "Última recepción",
        RejectionsCellOne = "1 envío · {0} decl.",
        RejectionsCellMany = "{0} envíos · {1} decl.",
        QueueEmptyBadge = "Ninguno",
        QueueCell = "{0} actores · {1} decl.",
        NothingInWindow = "Nada en {0} días",
        PeopleNote = "Las personas se cuentan una vez por aliado; el total de arriba cuenta a cada persona una sola vez. «Sin vincular» es lo que espera hoy, de cualquier fecha.",
        DaysTitle = "Declaraciones por día ({0} días)",
        PartnerFilterLabel = "Aliado",
        AllPartners = "Todos los aliados",
        OnlyPartner = "Solo {0}",
        DaysCaption = "Declaraciones recibidas y rechazadas por día, últimos {0} días",
        ColDay = "Día",
        ColStored = "Recibidas",
        ColBar = "Proporción",
        ColRejected = "Rechazadas",
        TodaySoFar = "hoy, hasta ahora",
        ComputedAt = "Cifras calculadas a las {0}; se recalculan cada medio minuto.",
        DaysNote = "Días naturales de la Ciudad de México.",
        RejectionsTitle = "Rechazos recientes",
        RejectionsIntro = "Cuando el LRS rechaza un envío no guarda nada de él: aquí queda el motivo para corregir la integración. Un envío por lotes cuenta todas sus declaraciones.",
        RejectionsNone = "No hay rechazos. Todo lo enviado se guardó.",
        RejectionsCaption = "Envíos rechazados por el LRS, del más reciente al más antiguo",
        RejectionsPagerLabel = "Páginas de rechazos",
        ColStatementCount = "Declaraciones",
        ColReason = "Motivo",
        ReasonsInEnglish = "Los motivos están en inglés, como los devuelve el LRS a los sistemas de los aliados.",
        Status400 = "declaración inválida",
        Status409 = "id repetido con otro contenido",
        Status413 = "envío demasiado grande",
        StatusOther = "rechazado",
        HowTitle = "Cómo funciona",
        HowEndpoint = "Los sistemas de los aliados envían declaraciones xAPI 1.0.3 a",
        HowResolution = "Cada declaración se atribuye a una persona por un vínculo hecho antes, por su correo registrado (mbox o mbox_sha1sum) o por su CURP enviada como nombre de cuenta.",
        HowQueue = "Lo que no se puede atribuir se guarda igual y espera en «Sin vincular»; al vincularlo, sus declaraciones pasadas cuentan para la persona.",
        HowCounting = "Las personas se cuentan por persona, no por cuenta: nadie se cuenta dos veces.",
        QueueTitle = "Actores sin vincular",
        QueueLeadOperator = "Cuentas, correos e identificadores que los aliados enviaron y que aún no sabemos de quién son. Vincule cada uno a una persona por su CURP: sus declaraciones pasadas cuentan para ella en ese momento.",
        QueueLeadPartner = "Cuentas, correos e identificadores que su organización envió y que aún no sabemos de quién son. Sus declaraciones están guardadas y contarán en cuanto se vinculen.",
        QueuePagerLabel = "Páginas de la cola",
        ConfirmTitle = "Los nombres no coinciden: ¿vincular de todos modos?",
        ConfirmAccount = "Cuenta",
        ConfirmProviderName = "Nombre que envió el aliado",
        ConfirmLearnerName = "Persona registrada con la CURP {0}",
        ConfirmExplain = "Revise que sea la misma persona (por ejemplo, con el aliado). Si vincula, todas las declaraciones de esta cuenta contarán para ella.",
        ConfirmSubmit = "Sí, vincular",
        LinkFailedTitle = "No se vinculó",
        ClaimsTitle = "Solicitudes de aprendices",
        ClaimsPending = "Pendientes",
        ClaimsIntro = "Personas que dicen que una cuenta es suya y cuyo nombre no bastó para vincularla sola. Confirme solo si está seguro de que es la misma persona.",
        ClaimsNone = "No hay solicitudes por revisar.",
        ClaimsCaption = "Solicitudes de vinculación de aprendices, de la más antigua a la más reciente",
        ClaimsMore = "Se muestran las {0} más antiguas de {1}.",
        ClaimsAudited = "Ver el nombre y la CURP de quien solicita queda registrado en la bitácora de accesos.",
        ColClaimant = "Quién la pide",
        ColAccount = "Cuenta",
        ColProviderName = "Nombre que envió el aliado",
        ColStatements = "Declaraciones",
        ColWhyReview = "Por qué se revisa",
        ColDecide = "Decisión",
        ClaimConfirm = "Confirmar",
        ClaimRefuse = "Rechazar",
        ReviewNameDiffers = "El nombre no coincide",
        ReviewNoName = "El aliado no envió nombre",
        ReviewSameName = "Hay otra persona con el mismo nombre",
        ReviewContested = "Otra persona también la pidió",
        QueueListTitle = "Cola de resolución",
        QueueSummaryLabel = "Tamaño de la cola",
        QueueActors = "Actores",
        QueueStatements = "Declaraciones",
        QueueFilterLabel = "Filtrar la cola",
        QueueSearch = "Buscar",
        QueueSearchHint = "Parte del usuario, correo o plataforma.",
        QueueNone = "No hay nada sin vincular: cada declaración recibida cuenta para una persona.",
        QueueNoneFiltered = "Nada sin vincular con esos filtros.",
        QueueCaption = "Actores sin vincular por aliado, del más reciente al más antiguo",
        ColActivity = "Última actividad",
        SinceDate = "desde {0}",
        ReceivedAt = "recibida {0}",
        StatementsOne = "{0} declaración",
        StatementsMany = "{0} declaraciones",
        ColLink = "Vincular por CURP",
        ClaimsOnRowOne = "{0} solicitud",
        ClaimsOnRowMany = "{0} solicitudes",
        NotLinkable = "Grupo: no es una persona",
        AlreadyLinked = "Ya vinculada; llegaron registros mientras se vinculaba.",
        Reapply = "Aplicar el vínculo",
        CurpFor = "CURP de la persona de {0}",
        LinkSubmit = "Vincular",
        QueueNote = "Una cuenta enviada por dos aliados aparece en dos filas y se cuenta como un actor; al vincularla, se vincula para ambos.",
        QueueHelpTitle = "Antes de vincular",
        QueueHelpRules = "Lo que llega con el correo registrado de una persona o con su CURP como nombre de cuenta se vincula solo; aquí queda lo demás.",
        QueueHelpLink = "Vincular por CURP atribuye a la persona todas las declaraciones de esa cuenta, las pasadas y las que lleguen. Si el nombre que envió el aliado no es el registrado, se le pedirá confirmar.",
        QueueHelpClaims = "Las personas también pueden reclamar su cuenta desde «Mi aprendizaje»: si su nombre coincide se vincula sola; si no, la solicitud aparece arriba.",
        QueueHelpPartner = "Para que se vinculen solos, envíe el correo que la persona registró en Semillero, o su CURP como nombre de cuenta. Las personas también pueden reclamar su cuenta desde «Mi aprendizaje».",
        QueueHelpCount = "Nada se descarta: estas declaraciones están guardadas y cuentan en cuanto se vinculan. Los actores se cuentan una vez aunque los envíen varios aliados.",
        LinkedOne = "Listo: «{0}» quedó vinculada a {1}; {2} declaración ahora cuenta para esa persona.",
        LinkedMany = "Listo: «{0}» quedó vinculada a {1}; {2} declaraciones ahora cuentan para esa persona.",
        CurpNotFound = "No hay nadie registrado con la CURP {0}. Revísela, o registre primero a la persona.",
        LinkTaken = "Esa cuenta ya es de otra persona: sus registros ya cuentan para alguien más.",
        LinkUnknown = "Esa cuenta ya no está en la cola.",
        ReapplyFailed = "No se pudo aplicar el vínculo; la cuenta ya no está vinculada a una persona activa.",
        Reapplied = "{0} declaraciones más cuentan ahora para {1}.",
        ClaimChooseDecision = "Elija confirmar o rechazar.",
        ClaimAccepted = "Solicitud confirmada: {0} declaraciones ahora cuentan para la persona.",
        ClaimRejected = "Solicitud rechazada. La cuenta sigue sin vincular.",
        ClaimTaken = "La cuenta ya es de otra persona; la solicitud se rechazó.",
        ClaimAlreadyDecided = "Esa solicitud ya se había decidido.",
        KindAccount = "Cuenta",
        KindEmail = "Correo",
        KindEmailHash = "Correo cifrado",
        KindEmailHashValue = "huella {0}",
        KindOpenId = "OpenID",
        KindGroup = "Grupo",
        KindUnknown = "Otro",
        ClaimTitle = "Vincular una cuenta de aprendizaje",
        ClaimEyebrow = "Mi aprendizaje",
        ClaimLead = "Si estudia en una plataforma de un aliado (Moodle, Open edX…) con un usuario distinto de su correo, vincúlelo aquí para que lo que aprenda allí cuente para usted.",
        ClaimSeeLearning = "Ver mi aprendizaje",
        ClaimProblemTitle = "No pudimos vincular esa cuenta",
        ClaimFormTitle = "Su cuenta en la plataforma",
        ClaimNoPlatforms = "Por ahora no hay registros esperando a su dueño en ninguna plataforma. Si estudia con un aliado, vuelva cuando haya avanzado en un curso.",
        ClaimPlatform = "Plataforma",
        ClaimPlatformChoose = "Elija la plataforma",
        ClaimPlatformHint = "Donde toma el curso, con el nombre del aliado que la ofrece.",
        ClaimUsername = "Su nombre de usuario en esa plataforma",
        ClaimUsernameHint = "Tal como lo escribe para entrar a la plataforma (no su contraseña).",
        ClaimSubmit = "Vincular mi cuenta",
        ClaimHowItWorks = "Si el nombre que la plataforma tiene para esa cuenta es el mismo que usted registró aquí, se vincula en ese momento. Si no, el equipo del programa lo revisa antes, para que nadie pueda quedarse con los registros de otra persona.",
        ClaimEmailNote = "Lo que llega con su correo registrado o con su CURP se vincula solo; no necesita hacer nada.",
        ClaimLinkedTitle = "Sus cuentas vinculadas",
        ClaimLinkedNone = "Aún no tiene cuentas vinculadas a mano.",
        ColLinkedHow = "Vinculada por",
        ColLinkedAt = "Desde",
        LinkedByYou = "Usted",
        LinkedByTeam = "El equipo del programa",
        ClaimRequestsTitle = "Sus solicitudes",
        ColClaimStatus = "Estado",
        ColClaimedAt = "Enviada",
        ColClaimAction = "Acción",
        ClaimStatusPending = "En revisión",
        ClaimStatusRejected = "No aceptada",
        ClaimRejectedNote = "Si la cuenta es suya, escriba al equipo del programa (datos en el aviso de privacidad).",
        ClaimWithdraw = "Retirar",
        ClaimLinkedOne = "Listo: su cuenta «{0}» de {1} quedó vinculada; {2} registro de aprendizaje ahora cuenta para usted.",
        ClaimLinkedMany = "Listo: su cuenta «{0}» de {1} quedó vinculada; {2} registros de aprendizaje ahora cuentan para usted.",
        ClaimPending = "Recibimos su solicitud. El equipo del programa la revisará y aquí verá el resultado; mientras tanto, sus registros están guardados.",
        ClaimAlreadyYours = "Esa cuenta ya está vinculada con usted.",
        ClaimAlreadyPending = "Ya tiene una solicitud en revisión para esa cuenta.",
        ClaimSomeoneElse = "Esa cuenta ya está vinculada con otra persona. Si es suya, escriba al equipo del programa (datos en el aviso de privacidad).",
        ClaimNotSeen = "Aún no hemos recibido registros del usuario «{0}» en esa plataforma. Revise que esté escrito igual que al entrar, o vuelva cuando haya avanzado en un curso.",
        ClaimTooMany = "Ya tiene {0} solicitudes en revisión. Espere a que el equipo las revise antes de enviar otra.",
        ClaimWithdrawn = "Retiramos su solicitud.",
        ClaimWithdrawGone = "Esa solicitud ya no estaba en revisión.",
        StepsPartnerLead = "Para que el aprendizaje en su plataforma cuente para las personas del programa:",
        StepKeyTitle = "1. Reciba su credencial",
        StepKeyText = "El equipo operador del programa le entrega una credencial (identificador y secreto) para su plataforma. Guárdela como una contraseña.",
        StepConnectTitle = "2. Conecte su plataforma al LRS",
        StepConnectText = "Configure su plataforma (Moodle, Open edX u otra compatible con xAPI) para enviar sus declaraciones a {0} con esa credencial.",
        StepConnectLink = "Ver la referencia del API",
        StepConnectSeen = "Se marca como listo cuando recibimos declaraciones suyas en los últimos {0} días.",
        StepPeopleTitle = "3. Registre a sus participantes",
        StepPeopleText = "Registre a las personas con su CURP (una por una o con un archivo CSV) y use en su plataforma el mismo correo: así sus registros se vinculan solos.",
        StepPeopleLink = "Cómo registrar personas",
        StepQueueTitle = "4. Revise lo que no se pudo vincular",
        StepQueueText = "Los registros de cuentas que no coinciden con nadie esperan aquí; las personas también pueden reclamar sus cuentas y usted las revisa.",
        StepQueueLink = "Ver actores sin vincular",
    };

    public static AprendizajeTexts En { get; } = new()
    {
        IsEnglish = true,
        NavLabel = "Learning records sections",
        NavIngestion = "Ingestion by partner",
        NavQueue = "Unlinked",
        NoName = "(no name)",
        IngestionTitle = "Learning records received",
        IngestionLeadOperator = "What each partner sends to the LRS (xAPI): statements per day, refusals with their reason, and actors waiting to be linked to a person.",
        IngestionLeadPartner = "What your organisation sends to the LRS (xAPI): statements per day, refusals with their reason, and actors waiting to be linked to a person.",
        NoOrganizationTitle = "Your account has no organisation",
        NoOrganization = "That is why no records can be shown. Ask the program team to assign your organisation to your account.",
        FiguresTitle = "Figures for the last {0} days",
        CardStatementsTitle = "Statements received",
        CardStatementsLabel = "in the last {0} days",
        CardToday = "Today: {0}",
        CardPeopleTitle = "Distinct people",
        CardPeopleLabel = "with records in the last {0} days",
        CardPeopleText = "Each person counts once, even when learning with several partners or accounts.",
        CardRejectionsTitle = "Refused requests",
        CardRejectionsLabel = "in the last {0} days",
        CardRejectedStatements = "{0} statements not stored",
        CardQueueTitle = "Unlinked actors",
        CardQueueLabel = "accounts or emails not yet known to be anyone's",
        CardQueueStatements = "{0} statements stored and waiting",
        CardQueueAction = "See the queue",
        PartnersTitle = "By partner",
        PartnerTitle = "Your organisation",
        PartnersNone = "No partner has sent records yet.",
        PartnerNone = "Your organisation has not sent records yet.",
        PartnersCaption = "Ingestion by partner in the last {0} days",
        ColPartner = "Partner",
        ColStatementsWindow = "Statements ({0} days)",
        ColToday = "Today",
        ColPeople = "People",
        ColRejections = "Refusals",
        ColUnresolved = "Unlinked",
        ColLastStored = "Last received",
        RejectionsCellOne = "1 request · {0} stmts",
        RejectionsCellMany = "{0} requests · {1} stmts",
        QueueEmptyBadge = "None",
        QueueCell = "{0} actors · {1} stmts",
        NothingInWindow = "Nothing in {0} days",
        PeopleNote = "People are counted once per partner; the total above counts each person only once. “Unlinked” is what waits today, from any date.",
        DaysTitle = "Statements per day ({0} days)",
        PartnerFilterLabel = "Partner",
        AllPartners = "All partners",
        OnlyPartner = "Only {0}",
        DaysCaption = "Statements received and refused per day, last {0} days",
        ColDay = "Day",
        ColStored = "Received",
        ColBar = "Proportion",
        ColRejected = "Refused",
        TodaySoFar = "today, so far",
        ComputedAt = "Figures computed at {0}; they are recomputed every half minute.",
        DaysNote = "Mexico City calendar days.",
        RejectionsTitle = "Recent refusals",
        RejectionsIntro = "When the LRS refuses a request it stores nothing from it: the reason stays here so the integration can be fixed. A batch counts all its statements.",
        RejectionsNone = "No refusals. Everything sent was stored.",
        RejectionsCaption = "Requests the LRS refused, newest first",
        RejectionsPagerLabel = "Refusal pages",
        ColStatementCount = "Statements",
        ColReason = "Reason",
        ReasonsInEnglish = "Reasons are in English, as the LRS returns them to partners' systems.",
        Status400 = "invalid statement",
        Status409 = "id reused with other content",
        Status413 = "request too large",
        StatusOther = "refused",
        HowTitle = "How it works",
        HowEndpoint = "Partners' systems send xAPI 1.0.3 statements to",
        HowResolution = "Each statement is attributed to a person by a link made earlier, by their registered email (mbox or mbox_sha1sum) or by their CURP sent as the account name.",
        HowQueue = "What cannot be attributed is stored anyway and waits under “Unlinked”; once linked, its past statements count for the person.",
        HowCounting = "People are counted per person, not per account: nobody is counted twice.",
        QueueTitle = "Unlinked actors",
        QueueLeadOperator = "Accounts, emails and identifiers partners sent that are not yet known to be anyone's. Link each to a person by their CURP: its past statements count for them at once.",
        QueueLeadPartner = "Accounts, emails and identifiers your organisation sent that are not yet known to be anyone's. Their statements are stored and will count once linked.",
        QueuePagerLabel = "Queue pages",
        ConfirmTitle = "The names differ: link anyway?",
        ConfirmAccount = "Account",
        ConfirmProviderName = "Name the partner sent",
        ConfirmLearnerName = "Person registered with CURP {0}",
        ConfirmExplain = "Check it is the same person (for instance with the partner). If you link, every statement of this account will count for them.",
        ConfirmSubmit = "Yes, link",
        LinkFailedTitle = "Not linked",
        ClaimsTitle = "Learners' claims",
        ClaimsPending = "Pending",
        ClaimsIntro = "People who say an account is theirs and whose name was not enough to link it by itself. Confirm only when sure it is the same person.",
        ClaimsNone = "No claims to review.",
        ClaimsCaption = "Learners' link claims, oldest first",
        ClaimsMore = "Showing the {0} oldest of {1}.",
        ClaimsAudited = "Seeing the claimant's name and CURP is recorded in the access log.",
        ColClaimant = "Claimant",
        ColAccount = "Account",
        ColProviderName = "Name the partner sent",
        ColStatements = "Statements",
        ColWhyReview = "Why it is reviewed",
        ColDecide = "Decision",
        ClaimConfirm = "Confirm",
        ClaimRefuse = "Refuse",
        ReviewNameDiffers = "The name differs",
        ReviewNoName = "The partner sent no name",
        ReviewSameName = "Someone else has the same name",
        ReviewContested = "Someone else claimed it too",
        QueueListTitle = "Resolution queue",
        QueueSummaryLabel = "Queue size",
        QueueActors = "Actors",
        QueueStatements = "Statements",
        QueueFilterLabel = "Filter the queue",
        QueueSearch = "Search",
        QueueSearchHint = "Part of the user name, email or platform.",
        QueueNone = "Nothing is unlinked: every statement received counts for a person.",
        QueueNoneFiltered = "Nothing unlinked with those filters.",
        QueueCaption = "Unlinked actors by partner, most recent first",
        ColActivity = "Last activity",
        SinceDate = "since {0}",
        ReceivedAt = "received {0}",
        StatementsOne = "{0} statement",
        StatementsMany = "{0} statements",
        ColLink = "Link by CURP",
        ClaimsOnRowOne = "{0} claim",
        ClaimsOnRowMany = "{0} claims",
        NotLinkable = "Group: not a person",
        AlreadyLinked = "Already linked; records arrived while it was being linked.",
        Reapply = "Apply the link",
        CurpFor = "CURP of the person behind {0}",
        LinkSubmit = "Link",
        QueueNote = "An account sent by two partners appears in two rows and counts as one actor; linking it links it for both.",
        QueueHelpTitle = "Before linking",
        QueueHelpRules = "What arrives with a person's registered email or with their CURP as the account name links by itself; the rest waits here.",
        QueueHelpLink = "Linking by CURP attributes every statement of that account to the person, past and future. If the name the partner sent is not the registered one, you will be asked to confirm.",
        QueueHelpClaims = "People can also claim their account from “My learning”: if their name matches it links by itself; otherwise the claim appears above.",
        QueueHelpPartner = "To have them link by themselves, send the email the person registered with Semillero, or their CURP as the account name. People can also claim their account from “My learning”.",
        QueueHelpCount = "Nothing is dropped: these statements are stored and count as soon as they are linked. Actors count once even when several partners send them.",
        LinkedOne = "Done: “{0}” is linked to {1}; {2} statement now counts for that person.",
        LinkedMany = "Done: “{0}” is linked to {1}; {2} statements now count for that person.",
        CurpNotFound = "Nobody is registered with CURP {0}. Check it, or register the person first.",
        LinkTaken = "That account already belongs to someone else: its records already count for another person.",
        LinkUnknown = "That account is no longer in the queue.",
        ReapplyFailed = "The link could not be applied; the account is no longer linked to an active person.",
        Reapplied = "{0} more statements now count for {1}.",
        ClaimChooseDecision = "Choose confirm or refuse.",
        ClaimAccepted = "Claim confirmed: {0} statements now count for the person.",
        ClaimRejected = "Claim refused. The account stays unlinked.",
        ClaimTaken = "The account already belongs to someone else; the claim was refused.",
        ClaimAlreadyDecided = "That claim had already been decided.",
        KindAccount = "Account",
        KindEmail = "Email",
        KindEmailHash = "Hashed email",
        KindEmailHashValue = "hash {0}",
        KindOpenId = "OpenID",
        KindGroup = "Group",
        KindUnknown = "Other",
        ClaimTitle = "Link a learning account",
        ClaimEyebrow = "My learning",
        ClaimLead = "If you study on a partner's platform (Moodle, Open edX…) with a user name other than your email, link it here so what you learn there counts for you.",
        ClaimSeeLearning = "See my learning",
        ClaimProblemTitle = "We could not link that account",
        ClaimFormTitle = "Your account on the platform",
        ClaimNoPlatforms = "Right now no platform has records waiting for their owner. If you study with a partner, come back once you have made progress in a course.",
        ClaimPlatform = "Platform",
        ClaimPlatformChoose = "Choose the platform",
        ClaimPlatformHint = "Where you take the course, with the name of the partner offering it.",
        ClaimUsername = "Your user name on that platform",
        ClaimUsernameHint = "Exactly as you type it to sign in to the platform (not your password).",
        ClaimSubmit = "Link my account",
        ClaimHowItWorks = "If the name the platform has for that account is the one you registered here, it links at once. Otherwise the program team reviews it first, so nobody can take someone else's records.",
        ClaimEmailNote = "What arrives with your registered email or your CURP links by itself; you need not do anything.",
        ClaimLinkedTitle = "Your linked accounts",
        ClaimLinkedNone = "You have no accounts linked by hand yet.",
        ColLinkedHow = "Linked by",
        ColLinkedAt = "Since",
        LinkedByYou = "You",
        LinkedByTeam = "The program team",
        ClaimRequestsTitle = "Your claims",
        ColClaimStatus = "Status",
        ColClaimedAt = "Sent",
        ColClaimAction = "Action",
        ClaimStatusPending = "Under review",
        ClaimStatusRejected = "Not accepted",
        ClaimRejectedNote = "If the account is yours, write to the program team (contact in the privacy notice).",
        ClaimWithdraw = "Withdraw",
        ClaimLinkedOne = "Done: your account “{0}” on {1} is linked; {2} learning record now counts for you.",
        ClaimLinkedMany = "Done: your account “{0}” on {1} is linked; {2} learning records now count for you.",
        ClaimPending = "We received your claim. The program team will review it and you will see the result here; meanwhile your records are kept.",
        ClaimAlreadyYours = "That account is already linked to you.",
        ClaimAlreadyPending = "You already have a claim under review for that account.",
        ClaimSomeoneElse = "That account is already linked to someone else. If it is yours, write to the program team (contact in the privacy notice).",
        ClaimNotSeen = "We have not received records from user “{0}” on that platform yet. Check it is written as when you sign in, or come back once you have made progress in a course.",
        ClaimTooMany = "You already have {0} claims under review. Wait for the team to review them before sending another.",
        ClaimWithdrawn = "Your claim was withdrawn.",
        ClaimWithdrawGone = "That claim was no longer under review.",
        StepsPartnerLead = "So that learning on your platform counts for the program's people:",
        StepKeyTitle = "1. Receive your credential",
        StepKeyText = "The program's operations team gives you a credential (id and secret) for your platform. Keep it like a password.",
        StepConnectTitle = "2. Connect your platform to the LRS",
        StepConnectText = "Set your platform (Moodle, Open edX or another xAPI-compatible one) to send its statements to {0} with that credential.",
        StepConnectLink = "See the API reference",
        StepConnectSeen = "Marked done when we receive statements from you in the last {0} days.",
        StepPeopleTitle = "3. Register your participants",
        StepPeopleText = "Register people with their CURP (one by one or with a CSV file) and use the same email on your platform: their records then link by themselves.",
        StepPeopleLink = "How to register people",
        StepQueueTitle = "4. Review what could not be linked",
        StepQueueText = "Records from accounts that match nobody wait here; people can also claim their accounts, and you review those claims.",
        StepQueueLink = "See unlinked actors",
    };

    // What an HTTP status of a refused request means, in a few words.
    public string StatusMeaning(int status) => status switch
    {
        400 => Status400,
        409 => Status409,
        413 => Status413,
        _ => StatusOther,
    };

    public string RejectionsCell(int requests, int statements) => requests == 1
        ? Texts.Format(RejectionsCellOne, Texts.Number(statements))
        : Texts.Format(RejectionsCellMany, Texts.Number(requests), Texts.Number(statements));

    public string Statements(int count) => Texts.Format(count == 1 ? StatementsOne : StatementsMany, Texts.Number(count));

    // How an actor reads in a table: "ana.l", "ana@example.com", "hash 3f2a1b9c0d…".
    public string Describe(ActorIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.Kind == ActorKind.EmailHash
            ? Texts.Format(KindEmailHashValue, identity.Value.Length > 10 ? identity.Value[..10] + "…" : identity.Value)
            : identity.Value;
    }

    public string KindName(ActorKind kind) => kind switch
    {
        ActorKind.Account => KindAccount,
        ActorKind.Email => KindEmail,
        ActorKind.EmailHash => KindEmailHash,
        ActorKind.OpenId => KindOpenId,
        ActorKind.Group => KindGroup,
        _ => KindUnknown,
    };

    public string Review(ActorClaimReview review) => review switch
    {
        ActorClaimReview.NameDiffers => ReviewNameDiffers,
        ActorClaimReview.NoName => ReviewNoName,
        ActorClaimReview.SameNameAsOthers => ReviewSameName,
        ActorClaimReview.Contested => ReviewContested,
        _ => "",
    };
}
