using System.Globalization;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Demo;
using Semillero.Identity;
using Semillero.Language;
using Semillero.Learners;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Web.Accounts;

// The strings of the account pages (/cuenta, /mis-datos, /aviso-de-privacidad and the header's user
// menu), in es-MX (the default) and English, same pattern as Texts: one instance per language and
// `required`, so the compiler refuses a string missing in either. Learners are addressed as
// "usted", as in the privacy notice and the account emails. No HTML in the values.
public sealed class CuentaTexts
{
    public static CuentaTexts Current => UiLanguage.IsEnglish ? En : Es;

    // Formats (.NET custom date formats)

    // Layout: user menu and footer
    public required string UserMenuLabel { get; init; }
    public required string SignedInAs { get; init; }
    public required string NavMyData { get; init; }
    public required string NavOperation { get; init; }
    public required string SignOut { get; init; }
    public required string RegisterShort { get; init; }
    public required string PrivacyNoticeLink { get; init; }

    // Common
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string None { get; init; }
    public required string Cancel { get; init; }
    public required string GoToSignIn { get; init; }
    public required string BackToSignIn { get; init; }
    public required string ForgotLink { get; init; }
    public required string ReadFullNotice { get; init; }
    public required string ReadShortNotice { get; init; }
    public required string BackToMyData { get; init; }
    public required string ContinueToMyData { get; init; }
    public required string SeeMyRequests { get; init; }

    // Fields
    public required string FieldCurp { get; init; }
    public required string FieldCurpHint { get; init; }
    public required string FieldCurpLookup { get; init; }
    public required string FieldGivenNames { get; init; }
    public required string FieldNamesHint { get; init; }
    public required string FieldFirstSurname { get; init; }
    public required string FieldSecondSurname { get; init; }
    public required string FieldSecondSurnameHint { get; init; }
    public required string FieldEmail { get; init; }
    public required string FieldEmailHint { get; init; }
    public required string FieldPassword { get; init; }
    public required string FieldNewPassword { get; init; }

    // {0}: minimum length.
    public required string FieldNewPasswordHint { get; init; }
    public required string FieldRepeatPassword { get; init; }
    public required string FieldState { get; init; }
    public required string FieldStateHint { get; init; }
    public required string ChooseState { get; init; }
    public required string FieldSegment { get; init; }
    public required string FieldSegmentHint { get; init; }
    public required string ChooseSegment { get; init; }
    public required string FieldBirthDate { get; init; }
    public required string FieldSex { get; init; }
    public required string FromCurp { get; init; }

    // Sign in
    public required string SignInTitle { get; init; }
    public required string SignInLead { get; init; }
    public required string SignInButton { get; init; }
    public required string SignInMissingEmail { get; init; }
    public required string SignInMissingPassword { get; init; }
    public required string SignInWrongTitle { get; init; }

    // {0}: lockout minutes. One answer for every refusal, so the page never tells whether an
    // account exists (see Access/PasswordSignIn.cs).
    public required string SignInWrong { get; init; }
    public required string SignInWrongReset { get; init; }

    // {0}: display name.
    public required string SignInAlready { get; init; }
    public required string SignInAlreadyContinue { get; init; }
    public required string SignedOutMessage { get; init; }
    public required string SignInNewTitle { get; init; }
    public required string SignInNewText { get; init; }
    public required string RegisterCta { get; init; }
    public required string SignInPrivacyTitle { get; init; }
    public required string SignInPrivacyText { get; init; }

    // Sign out
    public required string SignOutTitle { get; init; }

    // {0}: display name.
    public required string SignOutLead { get; init; }
    public required string SignOutStay { get; init; }
    public required string SignOutShared { get; init; }

    // Registration
    public required string RegisterEyebrow { get; init; }
    public required string RegisterTitle { get; init; }
    public required string RegisterLead { get; init; }
    public required string RegisterHaveAccount { get; init; }
    public required string RegisterStepWho { get; init; }
    public required string RegisterStepAccount { get; init; }
    public required string RegisterStepWhere { get; init; }
    public required string RegisterStepPrivacy { get; init; }
    public required string RegisterPrivacyIntro { get; init; }
    public required string SimplifiedNoticeLabel { get; init; }
    public required string AcceptNotice { get; init; }

    // {0}: purpose name.
    public required string AcceptNoticeHint { get; init; }
    public required string OptionalConsentsLegend { get; init; }
    public required string OptionalConsentsHint { get; init; }
    public required string RegisterNeedTitle { get; init; }
    public required string RegisterNeedCurp { get; init; }
    public required string RegisterNeedEmail { get; init; }
    public required string RegisterNeedTime { get; init; }
    public required string RegisterButton { get; init; }
    public required string RegisterAfter { get; init; }
    public required string RetypePassword { get; init; }
    public required string NamesWarningTitle { get; init; }

    // {0}: letters in the CURP; {1}: letters from the names.
    public required string NamesWarning { get; init; }
    public required string NamesWarningWhat { get; init; }
    public required string NamesWarningJump { get; init; }
    public required string NamesConfirm { get; init; }
    public required string NamesConfirmHint { get; init; }
    public required string RegisteredTitle { get; init; }
    public required string RegisteredSentTo { get; init; }
    public required string RegisteredOpenLink { get; init; }
    public required string RegisteredClaimedTitle { get; init; }
    public required string RegisteredClaimed { get; init; }
    public required string RegisteredNotArrivedTitle { get; init; }
    public required string RegisteredNotArrivedSpam { get; init; }
    public required string RegisteredNotArrivedReset { get; init; }

    // Email confirmation
    public required string ConfirmAskTitle { get; init; }
    public required string ConfirmAsk { get; init; }
    public required string ConfirmButton { get; init; }
    public required string ConfirmedTitle { get; init; }
    public required string Confirmed { get; init; }
    public required string ConfirmFailedTitle { get; init; }
    public required string ConfirmFailed { get; init; }
    public required string ConfirmFailedCopy { get; init; }
    public required string ConfirmFailedAlready { get; init; }
    public required string ConfirmFailedAskLink { get; init; }

    // Forgotten password
    public required string ForgotTitle { get; init; }
    public required string ForgotLead { get; init; }
    public required string ForgotEmailHint { get; init; }
    public required string ForgotMissingEmail { get; init; }
    public required string ForgotButton { get; init; }
    public required string ForgotSentTitle { get; init; }
    public required string ForgotSent { get; init; }
    public required string ForgotSentSpam { get; init; }
    public required string ForgotSentOnce { get; init; }
    public required string ForgotAgain { get; init; }

    // Reset and invitation
    public required string ResetTitle { get; init; }
    public required string ResetLead { get; init; }
    public required string InvitationTitle { get; init; }
    public required string InvitationLead { get; init; }
    public required string ResetButton { get; init; }
    public required string InvitationButton { get; init; }
    public required string ResetMissingPassword { get; init; }
    public required string ResetMismatch { get; init; }
    public required string ResetDoneTitle { get; init; }
    public required string ResetDone { get; init; }
    public required string InvitationDoneTitle { get; init; }
    public required string InvitationDone { get; init; }
    public required string ResetInvalidTitle { get; init; }
    public required string ResetInvalid { get; init; }
    public required string ResetAskNew { get; init; }

    // Access denied
    public required string DeniedTitle { get; init; }

    // {0}: name; {1}: role.
    public required string DeniedSignedIn { get; init; }
    public required string DeniedAnonymous { get; init; }
    public required string DeniedWhy { get; init; }
    public required string DeniedNext { get; init; }
    public required string DeniedMyHome { get; init; }
    public required string DeniedOtherAccount { get; init; }

    // Privacy notice page
    public required string NoticeEyebrow { get; init; }

    // {0}: version number.
    public required string NoticeVersion { get; init; }

    // {0}: date.
    public required string NoticePublished { get; init; }
    public required string NoticeKindLabel { get; init; }
    public required string NoticeIntegral { get; init; }
    public required string NoticeSimplified { get; init; }
    public required string NoticeToc { get; init; }
    public required string NoticeRightsTitle { get; init; }
    public required string NoticeRightsText { get; init; }

    // Anchor of the notice's contact section (its heading, as a slug).
    public required string NoticeContactAnchor { get; init; }

    // My data: navigation and summary
    public required string MyDataNavLabel { get; init; }
    public required string MyDataNavSummary { get; init; }
    public required string MyDataNavRectify { get; init; }
    public required string MyDataNavConsents { get; init; }
    public required string MyDataNavOppose { get; init; }
    public required string MyDataNavAccesses { get; init; }
    public required string MyDataNavCancel { get; init; }
    public required string MyDataEyebrow { get; init; }
    public required string MyDataTitle { get; init; }
    public required string MyDataLead { get; init; }
    public required string MyDataActionsTitle { get; init; }
    public required string MyDataDownload { get; init; }
    public required string MyDataDownloadText { get; init; }
    public required string MyDataRectify { get; init; }
    public required string MyDataRectifyText { get; init; }
    public required string MyDataConsents { get; init; }
    public required string MyDataConsentsText { get; init; }
    public required string MyDataOppose { get; init; }
    public required string MyDataOpposeText { get; init; }
    public required string MyDataCancel { get; init; }
    public required string MyDataCancelText { get; init; }
    public required string MyDataPersonalTitle { get; init; }
    public required string MyDataRegisteredBy { get; init; }
    public required string MyDataRegisteredAt { get; init; }
    public required string MyDataUpdatedAt { get; init; }
    public required string RegisteredBySelf { get; init; }
    public required string RegisteredByDemo { get; init; }

    // {0}: who registered the person.
    public required string RegisteredByPartner { get; init; }
    public required string MyDataAccountTitle { get; init; }
    public required string MyDataSignInEmail { get; init; }
    public required string MyDataEmailConfirmed { get; init; }
    public required string MyDataRoles { get; init; }
    public required string MyDataCreatedAt { get; init; }
    public required string MyDataConsentsTitle { get; init; }
    public required string MyDataManageConsents { get; init; }

    // {0}: count.
    public required string MyDataConsentHistory { get; init; }
    public required string MyDataConsentHistoryCaption { get; init; }
    public required string MyDataRequestsTitle { get; init; }
    public required string MyDataRequestsIntro { get; init; }
    public required string MyDataRequestsNone { get; init; }
    public required string MyDataEmailsTitle { get; init; }
    public required string MyDataEmailsNone { get; init; }

    // {0}: date and time; {1}: time zone.
    public required string MyDataGeneratedAt { get; init; }
    public required string EmailNotSent { get; init; }

    // {0}: date.
    public required string RequestAnswerBy { get; init; }

    // {0}: date.
    public required string RequestAnsweredOn { get; init; }

    // {0}: date.
    public required string RequestExecutedOn { get; init; }
    public required string RequestNoAnswerYet { get; init; }

    // Table columns
    public required string ColWhen { get; init; }
    public required string ColPurpose { get; init; }
    public required string ColDecision { get; init; }
    public required string ColNotice { get; init; }
    public required string ColWhere { get; init; }
    public required string ColRequest { get; init; }
    public required string ColReceived { get; init; }
    public required string ColStatus { get; init; }
    public required string ColDeadline { get; init; }
    public required string ColAnswer { get; init; }
    public required string ColSubject { get; init; }
    public required string ColCreated { get; init; }
    public required string ColSent { get; init; }
    public required string ColWho { get; init; }
    public required string ColRole { get; init; }
    public required string ColAction { get; init; }
    public required string ColWhat { get; init; }
    public required string ColWhy { get; init; }

    // Consents
    public required string ConsentsTitle { get; init; }
    public required string ConsentsLead { get; init; }
    public required string PurposeNecessary { get; init; }
    public required string PurposeOptional { get; init; }
    public required string ConsentGranted { get; init; }
    public required string ConsentWithdrawn { get; init; }
    public required string ConsentPending { get; init; }

    // {0}: date; {1}: notice version.
    public required string ConsentSince { get; init; }

    // {0}: date and time.
    public required string ConsentStateSince { get; init; }

    // {0}: notice version.
    public required string ConsentUnderNotice { get; init; }
    public required string ConsentCurrentTitle { get; init; }
    public required string ConsentCurrentIntro { get; init; }
    public required string ConsentWithdrawButton { get; init; }
    public required string ConsentGrantButton { get; init; }
    public required string ConsentNecessaryNote { get; init; }
    public required string ConsentNecessaryPending { get; init; }
    public required string ConsentEffectNote { get; init; }

    // {0}: purpose.
    public required string ConsentGrantedNow { get; init; }

    // {0}: purpose.
    public required string ConsentWithdrawnNow { get; init; }

    // {0}: purpose.
    public required string ConsentUnchanged { get; init; }
    public required string ConsentDecided { get; init; }
    public required string ConsentNotOptional { get; init; }
    public required string ConsentUnknown { get; init; }
    public required string ConsentPendingTitle { get; init; }
    public required string ConsentPendingTitleSignIn { get; init; }

    // {0}: version; {1}: date.
    public required string ConsentPendingIntro { get; init; }
    public required string ConsentPendingLegend { get; init; }
    public required string ConsentDecideButton { get; init; }

    // Rectification
    public required string RectifyTitle { get; init; }
    public required string RectifyLead { get; init; }
    public required string RectifyCurpNote { get; init; }
    public required string RectifyCurpContact { get; init; }
    public required string RectifyNowTitle { get; init; }
    public required string RectifyNowIntro { get; init; }
    public required string RectifyEmailHint { get; init; }
    public required string RectifyNameTitle { get; init; }
    public required string RectifyNameIntro { get; init; }
    public required string RectifyButton { get; init; }
    public required string RectifyDoneTitle { get; init; }
    public required string RectifyNothingTitle { get; init; }
    public required string RectifyNothing { get; init; }
    public required string RectifyContactDone { get; init; }
    public required string RectifyNewEmail { get; init; }
    public required string RectifyNewEmailConfirm { get; init; }
    public required string RectifyNameSent { get; init; }
    public required string RectifyPendingTitle { get; init; }

    // {0}: date requested; {1}: due date.
    public required string RectifyPending { get; init; }

    // Objection
    public required string OpposeTitle { get; init; }
    public required string OpposeLead { get; init; }
    public required string OpposeUsesLegend { get; init; }
    public required string OpposeUsesHint { get; init; }
    public required string OpposeNoneGranted { get; init; }
    public required string OpposeOtherLabel { get; init; }
    public required string OpposeOtherHint { get; init; }
    public required string OpposeButton { get; init; }
    public required string OpposeNote { get; init; }
    public required string OpposeNothing { get; init; }

    // {0}: maximum.
    public required string OpposeTooLong { get; init; }
    public required string OpposeDoneTitle { get; init; }
    public required string OpposeWithdrawnNow { get; init; }
    public required string OpposeRequestSent { get; init; }
    public required string OpposeRequestFollow { get; init; }

    // Cancellation
    public required string CancelTitle { get; init; }
    public required string CancelLead { get; init; }
    public required string CancelConsequencesTitle { get; init; }
    public required string CancelConsequenceAccount { get; init; }
    public required string CancelConsequenceAnonymised { get; init; }
    public required string CancelConsequenceBadges { get; init; }
    public required string CancelConsequenceAggregates { get; init; }
    public required string CancelConsequenceReturn { get; init; }
    public required string CancelRetainedTitle { get; init; }
    public required string CancelAlternativesTitle { get; init; }
    public required string CancelAltDownload { get; init; }
    public required string CancelAltConsents { get; init; }
    public required string CancelConfirmTitle { get; init; }
    public required string CancelPasswordHint { get; init; }
    public required string CancelAcknowledge { get; init; }
    public required string CancelButton { get; init; }
    public required string CancelKeep { get; init; }
    public required string CancelMissingPassword { get; init; }
    public required string CancelMustAcknowledge { get; init; }
    public required string CancelWrongPassword { get; init; }
    public required string CancelledTitle { get; init; }

    // {0}: date and time.
    public required string Cancelled { get; init; }
    public required string CancelledKeptTitle { get; init; }
    public required string CancelledThanks { get; init; }

    // Who viewed my data
    public required string AccessesTitle { get; init; }
    public required string AccessesLead { get; init; }
    public required string AccessesCountOne { get; init; }
    public required string AccessesCountMany { get; init; }
    public required string AccessesExplain { get; init; }
    public required string AccessesSeeAll { get; init; }
    public required string AccessesNone { get; init; }
    public required string AccessesCaption { get; init; }

    // {0}: how many.
    public required string AccessesLimit { get; init; }
    public required string AccessesWhatIsLogged { get; init; }
    public required string AccessesQuestion { get; init; }

    // Names of codes
    public required string SexH { get; init; }
    public required string SexM { get; init; }
    public required string SexX { get; init; }
    public required string ArcoAcceso { get; init; }
    public required string ArcoRectificacion { get; init; }
    public required string ArcoCancelacion { get; init; }
    public required string ArcoOposicion { get; init; }
    public required string ArcoRecibida { get; init; }
    public required string ArcoEjecutada { get; init; }
    public required string ArcoRechazada { get; init; }
    public required string SourceRegistro { get; init; }
    public required string SourceCuenta { get; init; }
    public required string SourceOperador { get; init; }
    public required string SourceDemo { get; init; }
    public required string AuditConsulta { get; init; }
    public required string AuditBusqueda { get; init; }
    public required string AuditExportacion { get; init; }
    public required string AuditRectificacion { get; init; }
    public required string AuditCancelacion { get; init; }
    public required string AuditVinculacion { get; init; }
    public required string EmailConfirmacion { get; init; }
    public required string EmailRestablecer { get; init; }
    public required string EmailInvitacion { get; init; }

    public static CuentaTexts Es { get; } = new()
    {

        UserMenuLabel = "Su cuenta",
        SignedInAs = "Sesión iniciada como",
        NavMyData = "Mis datos",
        NavOperation = "Operación",
        SignOut = "Salir",
        RegisterShort = "Registrarse",
        PrivacyNoticeLink = "Aviso de privacidad",

        Yes = "Sí",
        No = "No",
        None = "—",
        Cancel = "Cancelar",
        GoToSignIn = "Ir a Entrar",
        BackToSignIn = "Volver a Entrar",
        ForgotLink = "¿Olvidó su contraseña?",
        ReadFullNotice = "Leer el aviso de privacidad integral",
        ReadShortNotice = "Leer el aviso simplificado",
        BackToMyData = "Volver a Mis datos",
        ContinueToMyData = "Continuar a Mis datos",
        SeeMyRequests = "Ver mis solicitudes",

        FieldCurp = "CURP",
        FieldCurpHint = "Sus 18 caracteres, tal como aparecen en su constancia. De ella leemos su fecha de nacimiento, su sexo y su entidad de nacimiento.",
        FieldCurpLookup = "¿No la tiene a la mano? Consulte su CURP en gob.mx",
        FieldGivenNames = "Nombre o nombres",
        FieldNamesHint = "Como aparecen en su acta de nacimiento y en su CURP.",
        FieldFirstSurname = "Primer apellido",
        FieldSecondSurname = "Segundo apellido",
        FieldSecondSurnameHint = "Déjelo vacío si su CURP no lleva segundo apellido.",
        FieldEmail = "Correo electrónico",
        FieldEmailHint = "Con él entrará a Semillero. Le enviaremos un enlace para confirmarlo.",
        FieldPassword = "Contraseña",
        FieldNewPassword = "Contraseña nueva",
        FieldNewPasswordHint = "Al menos {0} caracteres. Una frase fácil de recordar es más segura que una palabra con símbolos. No se aceptan contraseñas muy usadas, secuencias como 1234567890 ni su nombre o correo.",
        FieldRepeatPassword = "Repita la contraseña",
        FieldState = "Entidad donde vive",
        FieldStateHint = "Nos ayuda a llevar la formación a todo el país.",
        ChooseState = "Elija su entidad",
        FieldSegment = "¿Qué describe mejor su situación?",
        FieldSegmentHint = "Elija una opción; puede cambiarla después en Mis datos.",
        ChooseSegment = "Elija una opción",
        FieldBirthDate = "Fecha de nacimiento",
        FieldSex = "Sexo",
        FromCurp = "(de su CURP)",

        SignInTitle = "Entrar",
        SignInLead = "Entre con el correo y la contraseña de su cuenta de Semillero.",
        SignInButton = "Entrar",
        SignInMissingEmail = "Escriba su correo electrónico.",
        SignInMissingPassword = "Escriba su contraseña.",
        SignInWrongTitle = "No pudimos comprobar sus datos",
        SignInWrong = "El correo o la contraseña no son correctos, o la cuenta está bloqueada por un momento. Tras varios intentos fallidos, por su seguridad, una cuenta se bloquea {0} minutos. Si acaba de registrarse, abra antes el enlace de confirmación que le enviamos por correo.",
        SignInWrongReset = "¿Olvidó su contraseña o su cuenta está bloqueada? Restablezca la contraseña: también desbloquea la cuenta y confirma su correo.",
        SignInAlready = "Ya entró como {0}.",
        SignInAlreadyContinue = "Continuar",
        SignedOutMessage = "Salió de su cuenta. Hasta pronto.",
        SignInNewTitle = "¿Primera vez en Semillero?",
        SignInNewText = "Regístrese una sola vez con su CURP: la formación es gratuita y sus logros con cualquier proveedor quedan en un mismo lugar.",
        RegisterCta = "Crear mi cuenta",
        SignInPrivacyTitle = "Sus datos, bajo su control",
        SignInPrivacyText = "Desde Mis datos puede ver, descargar y corregir sus datos, decidir sus consentimientos y saber quién los consultó.",

        SignOutTitle = "Salir de Semillero",
        SignOutLead = "Está en la cuenta de {0}.",
        SignOutStay = "Seguir en Semillero",
        SignOutShared = "Salir cierra su sesión en todos los dispositivos donde entró. Si usa una computadora compartida, salga siempre al terminar.",

        RegisterEyebrow = "Gratis · una sola vez por persona",
        RegisterTitle = "Crear su cuenta",
        RegisterLead = "Con su CURP le registramos una sola vez en el programa, aunque aprenda con varios proveedores. Toma unos tres minutos.",
        RegisterHaveAccount = "¿Ya tiene cuenta?",
        RegisterStepWho = "Quién es usted",
        RegisterStepAccount = "Su cuenta",
        RegisterStepWhere = "Dónde vive y a qué se dedica",
        RegisterStepPrivacy = "Sus datos personales",
        RegisterPrivacyIntro = "Antes de crear su cuenta, lea para qué usamos sus datos.",
        SimplifiedNoticeLabel = "Aviso de privacidad simplificado",
        AcceptNotice = "He leído el aviso de privacidad y acepto que mis datos se usen para operar el programa.",
        AcceptNoticeHint = "Finalidad necesaria: «{0}». Sin ella no es posible participar.",
        OptionalConsentsLegend = "Usos opcionales de sus datos",
        OptionalConsentsHint = "Marque solo los que quiera aceptar. Negarse no afecta su acceso a la formación y puede cambiar de opinión cuando quiera en Mis datos.",
        RegisterNeedTitle = "Lo que necesita",
        RegisterNeedCurp = "Su CURP (18 caracteres).",
        RegisterNeedEmail = "Un correo al que tenga acceso: ahí llega el enlace para activar su cuenta.",
        RegisterNeedTime = "Unos tres minutos.",
        RegisterButton = "Crear mi cuenta",
        RegisterAfter = "Después le enviaremos un correo para confirmar su dirección.",
        RetypePassword = "Por su seguridad no volvemos a mostrar la contraseña: escríbala otra vez.",
        NamesWarningTitle = "Revise su CURP y su nombre",
        NamesWarning = "Su CURP empieza con {0}, pero con el nombre y los apellidos que escribió debería empezar con {1}.",
        NamesWarningWhat = "Compárelos con su constancia de CURP. Si están bien escritos (puede pasar con algunos nombres compuestos o apellidos poco comunes), confirme y continúe.",
        NamesWarningJump = "Ir a la confirmación",
        NamesConfirm = "Mis datos son correctos, continuar",
        NamesConfirmHint = "Marque la casilla, vuelva a escribir su contraseña y envíe el formulario.",
        RegisteredTitle = "Revise su correo",
        RegisteredSentTo = "Si sus datos están completos, le enviamos un mensaje para continuar a",
        RegisteredOpenLink = "Abra el enlace del mensaje para activar su cuenta; después podrá entrar.",
        RegisteredClaimedTitle = "Si una institución ya le había registrado",
        RegisteredClaimed = "Para proteger sus datos, nadie toma un registro existente solo con la CURP: el enlace para activar su cuenta llega al correo que esa institución tiene de usted, o la institución o el equipo del programa confirman su identidad. Le avisaremos por correo.",
        RegisteredNotArrivedTitle = "¿No le llegó?",
        RegisteredNotArrivedSpam = "Espere unos minutos y revise su carpeta de correo no deseado.",
        RegisteredNotArrivedReset = "Si sigue sin llegar, pida un enlace para restablecer su contraseña: también confirma su correo.",
        ConfirmAskTitle = "Confirme su correo",
        ConfirmAsk = "Para activar su cuenta, confirme que este correo es suyo.",
        ConfirmButton = "Confirmar mi correo",

        ConfirmedTitle = "Su correo está confirmado",
        Confirmed = "Su cuenta está activa. Ya puede entrar a Semillero.",
        ConfirmFailedTitle = "No pudimos confirmar su correo",
        ConfirmFailed = "El enlace no es válido o ya venció.",
        ConfirmFailedCopy = "Si copió el enlace, revise que esté completo.",
        ConfirmFailedAlready = "Si ya lo había confirmado, solo entre:",
        ConfirmFailedAskLink = "Para recibir un enlace nuevo:",

        ForgotTitle = "Restablecer su contraseña",
        ForgotLead = "Escriba el correo de su cuenta y le enviaremos un enlace para elegir una contraseña nueva.",
        ForgotEmailHint = "El mismo con el que entra a Semillero.",
        ForgotMissingEmail = "Escriba su correo electrónico.",
        ForgotButton = "Enviarme el enlace",
        ForgotSentTitle = "Revise su correo",
        ForgotSent = "Si existe una cuenta con ese correo, le enviamos un enlace para elegir una contraseña nueva. Vence en 24 horas.",
        ForgotSentSpam = "Revise también su carpeta de correo no deseado.",
        ForgotSentOnce = "El enlace sirve una sola vez; si pide otro, use el más reciente.",
        ForgotAgain = "Pedir otro enlace",

        ResetTitle = "Elija una contraseña nueva",
        ResetLead = "Después podrá entrar con ella.",
        InvitationTitle = "Elija su contraseña para activar su cuenta",
        InvitationLead = "El equipo del programa le invitó a Semillero. Al guardar su contraseña, su cuenta queda activa.",
        ResetButton = "Guardar contraseña",
        InvitationButton = "Activar mi cuenta",
        ResetMissingPassword = "Escriba su contraseña nueva.",
        ResetMismatch = "Las dos contraseñas no coinciden.",
        ResetDoneTitle = "Su contraseña quedó guardada",
        ResetDone = "Ya puede entrar con su contraseña nueva.",
        InvitationDoneTitle = "Su cuenta está activa",
        InvitationDone = "Su contraseña quedó guardada. Ya puede entrar a Semillero.",
        ResetInvalidTitle = "El enlace no es válido",
        ResetInvalid = "El enlace no es válido o ya venció. Los enlaces sirven una sola vez y vencen en 24 horas.",
        ResetAskNew = "Pedir un enlace nuevo",

        DeniedTitle = "No tiene permiso para ver esta página",
        DeniedSignedIn = "Entró como {0} ({1}). Esta página es para otro tipo de cuenta.",
        DeniedAnonymous = "Esta página requiere una cuenta con permiso para verla.",
        DeniedWhy = "Cada persona ve solo lo que su papel en el programa necesita; así protegemos los datos personales.",
        DeniedNext = "Puede seguir por aquí:",
        DeniedMyHome = "Ir a mi inicio",
        DeniedOtherAccount = "Entrar con otra cuenta",

        NoticeEyebrow = "Protección de datos personales",
        NoticeVersion = "Versión {0}",
        NoticePublished = "publicada el {0}",
        NoticeKindLabel = "Versión del aviso",
        NoticeIntegral = "Aviso integral",
        NoticeSimplified = "Aviso simplificado",
        NoticeToc = "Contenido",
        NoticeRightsTitle = "Ejerza sus derechos desde su cuenta",
        NoticeRightsText = "En Mis datos puede descargar sus datos, corregirlos, oponerse a usos, cambiar sus consentimientos y cancelar su cuenta, sin trámites.",
        NoticeContactAnchor = "contacto",

        MyDataNavLabel = "Secciones de Mis datos",
        MyDataNavSummary = "Resumen",
        MyDataNavRectify = "Corregir",
        MyDataNavConsents = "Consentimientos",
        MyDataNavOppose = "Oposición",
        MyDataNavAccesses = "Quién consultó mis datos",
        MyDataNavCancel = "Cancelar mi cuenta",
        MyDataEyebrow = "Mis datos",
        MyDataTitle = "Sus datos en Semillero",
        MyDataLead = "Todo lo que Semillero guarda sobre usted y lo que puede hacer con ello. Ejercer sus derechos es gratuito.",
        MyDataActionsTitle = "Qué puede hacer",
        MyDataDownload = "Descargar mis datos",
        MyDataDownloadText = "Todo lo de esta página en un archivo JSON, al instante.",
        MyDataRectify = "Corregir mis datos",
        MyDataRectifyText = "Correo, entidad y segmento cambian al momento; el nombre lo revisa el equipo.",
        MyDataConsents = "Mis consentimientos",
        MyDataConsentsText = "Dé o retire cada uso opcional de sus datos.",
        MyDataOppose = "Oponerme a un uso",
        MyDataOpposeText = "Pida que dejemos de usar sus datos para algo.",
        MyDataCancel = "Cancelar mi cuenta",
        MyDataCancelText = "Borra su cuenta y anonimiza sus datos. No se puede deshacer.",
        MyDataPersonalTitle = "Mis datos personales",
        MyDataRegisteredBy = "Quién le registró",
        MyDataRegisteredAt = "Registrado el",
        MyDataUpdatedAt = "Última actualización",
        RegisteredBySelf = "Usted, al crear su cuenta",
        RegisteredByDemo = "Datos de demostración",
        RegisteredByPartner = "Institución aliada: {0}",
        MyDataAccountTitle = "Cuenta",
        MyDataSignInEmail = "Correo para entrar",
        MyDataEmailConfirmed = "Correo confirmado",
        MyDataRoles = "Tipo de cuenta",
        MyDataCreatedAt = "Cuenta creada el",
        MyDataConsentsTitle = "Consentimientos",
        MyDataManageConsents = "Administrar mis consentimientos",
        MyDataConsentHistory = "Historial completo ({0} decisiones)",
        MyDataConsentHistoryCaption = "Historial de sus decisiones de consentimiento, la más reciente primero",
        MyDataRequestsTitle = "Mis solicitudes",
        MyDataRequestsIntro = "Sus solicitudes de acceso, rectificación, cancelación y oposición (derechos ARCO), con su estado y sus plazos.",
        MyDataRequestsNone = "Aún no ha hecho solicitudes.",
        MyDataEmailsTitle = "Correos que le enviamos",
        MyDataEmailsNone = "No le hemos enviado correos.",
        MyDataGeneratedAt = "Información al {0} ({1}).",
        EmailNotSent = "Pendiente de envío",
        RequestAnswerBy = "Respuesta a más tardar el {0}",
        RequestAnsweredOn = "Respondida el {0}",
        RequestExecutedOn = "Atendida el {0}",
        RequestNoAnswerYet = "Aún sin respuesta",

        ColWhen = "Fecha y hora",
        ColPurpose = "Finalidad",
        ColDecision = "Decisión",
        ColNotice = "Versión del aviso",
        ColWhere = "Dónde",
        ColRequest = "Solicitud",
        ColReceived = "Recibida",
        ColStatus = "Estado",
        ColDeadline = "Plazo",
        ColAnswer = "Respuesta",
        ColSubject = "Asunto",
        ColCreated = "Creado",
        ColSent = "Enviado",
        ColWho = "Quién",
        ColRole = "Rol",
        ColAction = "Acción",
        ColWhat = "Qué",
        ColWhy = "Para qué",

        ConsentsTitle = "Mis consentimientos",
        ConsentsLead = "Usted decide para qué más usamos sus datos, además de operar el programa. Cada uso opcional se da o se retira con un botón; el cambio aplica de inmediato y nunca afecta su acceso a la formación.",
        PurposeNecessary = "Necesaria",
        PurposeOptional = "Opcional",
        ConsentGranted = "Otorgado",
        ConsentWithdrawn = "No otorgado",
        ConsentPending = "Sin respuesta",
        ConsentSince = "desde el {0} · aviso versión {1}",
        ConsentStateSince = "Desde el {0}",
        ConsentUnderNotice = "según el aviso de privacidad versión {0}",
        ConsentCurrentTitle = "Usos de sus datos",
        ConsentCurrentIntro = "Cada finalidad del aviso de privacidad vigente, con su decisión, desde cuándo y bajo qué versión del aviso la tomó.",
        ConsentWithdrawButton = "Retirar consentimiento",
        ConsentGrantButton = "Dar consentimiento",
        ConsentNecessaryNote = "Es la condición para participar en el programa: termina solo si cancela su cuenta.",
        ConsentNecessaryPending = "Se aplica por participar en el programa.",
        ConsentEffectNote = "Retirar un consentimiento aplica desde ese momento: a partir de entonces nadie usa sus datos para esa finalidad. Lo que ya se hizo antes no se puede deshacer.",
        ConsentGrantedNow = "Dio su consentimiento para «{0}». Aplica desde este momento.",
        ConsentWithdrawnNow = "Retiró su consentimiento para «{0}». Desde este momento ya no usamos sus datos para eso.",
        ConsentUnchanged = "«{0}» ya estaba así; no hubo cambios.",
        ConsentDecided = "Guardamos sus decisiones. Puede cambiarlas aquí cuando quiera.",
        ConsentNotOptional = "Esta finalidad es necesaria para participar: solo termina si cancela su cuenta.",
        ConsentUnknown = "Esa finalidad no existe en el aviso de privacidad.",
        ConsentPendingTitle = "Tiene decisiones pendientes",
        ConsentPendingTitleSignIn = "Antes de continuar: actualizamos el aviso de privacidad",
        ConsentPendingIntro = "El aviso de privacidad versión {0}, publicado el {1}, incluye usos de sus datos sobre los que aún no ha decidido. Los opcionales están sin marcar: acepte solo los que quiera.",
        ConsentPendingLegend = "Usos nuevos de sus datos",
        ConsentDecideButton = "Guardar mis decisiones",

        RectifyTitle = "Corregir mis datos",
        RectifyLead = "Si algún dato está mal o cambió, corríjalo aquí (derecho de rectificación).",
        RectifyCurpNote = "La CURP identifica su registro y no se cambia desde la cuenta. Si tiene un error, escríbanos:",
        RectifyCurpContact = "datos de contacto",
        RectifyNowTitle = "Cambian de inmediato",
        RectifyNowIntro = "Su correo, su entidad y su segmento se actualizan en cuanto guarde.",
        RectifyEmailHint = "Si lo cambia, en adelante entrará con el correo nuevo.",
        RectifyNameTitle = "Su nombre: lo revisa el equipo del programa",
        RectifyNameIntro = "Su nombre debe coincidir con su CURP y su acta de nacimiento, así que un cambio de nombre se envía al equipo del programa, que le responde en un máximo de 20 días. Mientras tanto, su registro no cambia.",
        RectifyButton = "Guardar cambios",
        RectifyDoneTitle = "Recibimos sus cambios",
        RectifyNothingTitle = "No había nada que cambiar",
        RectifyNothing = "Los datos que envió son los mismos que ya teníamos.",
        RectifyContactDone = "Sus datos de contacto quedaron actualizados y ya aparecen en Mis datos.",
        RectifyNewEmail = "A partir de ahora entre a Semillero con",
        RectifyNewEmailConfirm = "Si al entrar se le pide confirmar la dirección nueva, use «¿Olvidó su contraseña?» con el correo nuevo: el enlace que recibirá la confirma.",
        RectifyNameSent = "Enviamos su corrección de nombre al equipo del programa. Le responderá a más tardar el",
        RectifyPendingTitle = "Tiene un cambio de nombre en trámite",
        RectifyPending = "Solicitado el {0}; respuesta a más tardar el {1}.",

        OpposeTitle = "Oponerme a un uso de mis datos",
        OpposeLead = "Puede pedir que dejemos de usar sus datos para algo (derecho de oposición). Los usos opcionales que aceptó se retiran de inmediato; cualquier otro lo revisa el equipo del programa.",
        OpposeUsesLegend = "Usos que aceptó y puede retirar ahora",
        OpposeUsesHint = "Marque los que ya no quiere. Se retiran en cuanto envíe el formulario.",
        OpposeNoneGranted = "No tiene usos opcionales aceptados: sus datos solo se usan para operar el programa.",
        OpposeOtherLabel = "Otro uso al que me opongo",
        OpposeOtherHint = "Describa el uso y, si quiere, por qué. El equipo del programa le responderá en un máximo de 20 días.",
        OpposeButton = "Enviar",
        OpposeNote = "Oponerse a la finalidad necesaria (operar el programa) equivale a cancelar su cuenta.",
        OpposeNothing = "Marque un uso para retirarlo o describa el uso al que se opone.",
        OpposeTooLong = "Use como máximo {0} caracteres.",
        OpposeDoneTitle = "Recibimos su oposición",
        OpposeWithdrawnNow = "Desde este momento ya no usamos sus datos para:",
        OpposeRequestSent = "Enviamos su solicitud al equipo del programa. Le responderá a más tardar el",
        OpposeRequestFollow = "Puede seguir su estado en Mis solicitudes.",

        CancelTitle = "Cancelar mi cuenta",
        CancelLead = "Puede pedir que borremos sus datos personales en cualquier momento (derecho de cancelación). Se hace de inmediato.",
        CancelConsequencesTitle = "Qué pasa si cancela",
        CancelConsequenceAccount = "Su cuenta se borra y ya no podrá entrar.",
        CancelConsequenceAnonymised = "Su CURP, su nombre y su correo se borran de forma irreversible: nadie podrá saber que el registro era suyo.",
        CancelConsequenceBadges = "Sus reconocimientos y registros de aprendizaje dejan de estar ligados a usted.",
        CancelConsequenceAggregates = "Las cifras del programa le siguen contando, sin datos que le identifiquen.",
        CancelConsequenceReturn = "Si vuelve, podrá registrarse de nuevo con su CURP, pero empezará desde cero.",
        CancelRetainedTitle = "Qué conservamos y por qué",
        CancelAlternativesTitle = "Antes de cancelar",
        CancelAltDownload = "guarde una copia de todo lo que tenemos sobre usted.",
        CancelAltConsents = "si solo quiere que dejemos de usar sus datos para algo, retire ese consentimiento y conserve su cuenta.",
        CancelConfirmTitle = "Confirme la cancelación",
        CancelPasswordHint = "Para proteger su cuenta, escriba su contraseña.",
        CancelAcknowledge = "Entiendo que no se puede deshacer",
        CancelButton = "Cancelar mi cuenta definitivamente",
        CancelKeep = "No, conservar mi cuenta",
        CancelMissingPassword = "Escriba su contraseña.",
        CancelMustAcknowledge = "Marque la casilla para confirmar que entiende que no se puede deshacer.",
        CancelWrongPassword = "La contraseña no es correcta.",
        CancelledTitle = "Su cuenta fue cancelada",
        Cancelled = "Borramos su cuenta y anonimizamos sus datos personales el {0}. Ya salió de Semillero.",
        CancelledKeptTitle = "Lo que conservamos",
        CancelledThanks = "Gracias por haber sido parte del programa.",

        AccessesTitle = "Quién consultó mis datos",
        AccessesLead = "Cada vez que alguien distinto de usted consulta o cambia sus datos queda registrado: quién, cuándo, qué y para qué.",
        AccessesCountOne = "consulta de otra persona",
        AccessesCountMany = "consultas de otras personas",
        AccessesExplain = "Registramos cada consulta de sus datos por alguien distinto de usted.",
        AccessesSeeAll = "Ver el detalle",
        AccessesNone = "Nadie más ha consultado sus datos.",
        AccessesCaption = "Consultas de sus datos por otras personas, la más reciente primero",
        AccessesLimit = "Se muestran las {0} más recientes; el archivo de Descargar mis datos incluye las mismas.",
        AccessesWhatIsLogged = "Sus propias consultas no aparecen aquí. La bitácora guarda quién, cuándo y para qué, nunca sus datos.",
        AccessesQuestion = "¿No está de acuerdo con algún uso?",

        SexH = "Hombre",
        SexM = "Mujer",
        SexX = "No binario",
        ArcoAcceso = "Acceso",
        ArcoRectificacion = "Rectificación",
        ArcoCancelacion = "Cancelación",
        ArcoOposicion = "Oposición",
        ArcoRecibida = "En trámite",
        ArcoEjecutada = "Atendida",
        ArcoRechazada = "Rechazada",
        SourceRegistro = "Al registrarse",
        SourceCuenta = "Desde su cuenta",
        SourceOperador = "Por el equipo del programa",
        SourceDemo = "Datos de demostración",
        AuditConsulta = "Consultó su registro",
        AuditBusqueda = "Le encontró en una búsqueda",
        AuditExportacion = "Exportó sus datos",
        AuditRectificacion = "Corrigió sus datos",
        AuditCancelacion = "Atendió una cancelación",
        AuditVinculacion = "Vinculó una cuenta de otra plataforma a sus registros de aprendizaje",
        EmailConfirmacion = "Confirmación de correo",
        EmailRestablecer = "Restablecer contraseña",
        EmailInvitacion = "Invitación",
    };

    public static CuentaTexts En { get; } = new()
    {

        UserMenuLabel = "Your account",
        SignedInAs = "Signed in as",
        NavMyData = "My data",
        NavOperation = "Operations",
        SignOut = "Sign out",
        RegisterShort = "Register",
        PrivacyNoticeLink = "Privacy notice",

        Yes = "Yes",
        No = "No",
        None = "—",
        Cancel = "Cancel",
        GoToSignIn = "Go to sign in",
        BackToSignIn = "Back to sign in",
        ForgotLink = "Forgot your password?",
        ReadFullNotice = "Read the full privacy notice",
        ReadShortNotice = "Read the short notice",
        BackToMyData = "Back to My data",
        ContinueToMyData = "Continue to My data",
        SeeMyRequests = "See my requests",

        FieldCurp = "CURP",
        FieldCurpHint = "Its 18 characters, exactly as on your CURP record. We read your date of birth, sex and state of birth from it.",
        FieldCurpLookup = "Don't have it at hand? Look up your CURP on gob.mx",
        FieldGivenNames = "Given name(s)",
        FieldNamesHint = "As they appear on your birth certificate and your CURP.",
        FieldFirstSurname = "First surname",
        FieldSecondSurname = "Second surname",
        FieldSecondSurnameHint = "Leave it empty if your CURP has no second surname.",
        FieldEmail = "Email",
        FieldEmailHint = "You will sign in to Semillero with it. We will send you a link to confirm it.",
        FieldPassword = "Password",
        FieldNewPassword = "New password",
        FieldNewPasswordHint = "At least {0} characters. A phrase you can remember is safer than a word with symbols. Very common passwords, sequences like 1234567890 and your name or email are not accepted.",
        FieldRepeatPassword = "Repeat the password",
        FieldState = "State where you live",
        FieldStateHint = "It helps us bring training to the whole country.",
        ChooseState = "Choose your state",
        FieldSegment = "What best describes you?",
        FieldSegmentHint = "Choose one; you can change it later in My data.",
        ChooseSegment = "Choose one",
        FieldBirthDate = "Date of birth",
        FieldSex = "Sex",
        FromCurp = "(from your CURP)",

        SignInTitle = "Sign in",
        SignInLead = "Sign in with the email and password of your Semillero account.",
        SignInButton = "Sign in",
        SignInMissingEmail = "Enter your email.",
        SignInMissingPassword = "Enter your password.",
        SignInWrongTitle = "We could not check your details",
        SignInWrong = "The email or password is not correct, or the account is locked for a while. After several failed attempts an account is locked for {0} minutes, for your safety. If you have just registered, first open the confirmation link we emailed you.",
        SignInWrongReset = "Forgot your password, or is your account locked? Reset the password: that also unlocks the account and confirms your email.",
        SignInAlready = "You are already signed in as {0}.",
        SignInAlreadyContinue = "Continue",
        SignedOutMessage = "You have signed out. See you soon.",
        SignInNewTitle = "New to Semillero?",
        SignInNewText = "Register once with your CURP: training is free and your achievements with any provider are kept in one place.",
        RegisterCta = "Create my account",
        SignInPrivacyTitle = "Your data, under your control",
        SignInPrivacyText = "From My data you can see, download and correct your data, decide your consents and see who looked at them.",

        SignOutTitle = "Sign out of Semillero",
        SignOutLead = "You are signed in as {0}.",
        SignOutStay = "Stay on Semillero",
        SignOutShared = "Signing out ends your session on every device where you signed in. On a shared computer, always sign out when you finish.",

        RegisterEyebrow = "Free · once per person",
        RegisterTitle = "Create your account",
        RegisterLead = "With your CURP we register you once in the program, even if you learn with several providers. It takes about three minutes.",
        RegisterHaveAccount = "Already have an account?",
        RegisterStepWho = "Who you are",
        RegisterStepAccount = "Your account",
        RegisterStepWhere = "Where you live and what you do",
        RegisterStepPrivacy = "Your personal data",
        RegisterPrivacyIntro = "Before creating your account, read what we use your data for.",
        SimplifiedNoticeLabel = "Short privacy notice",
        AcceptNotice = "I have read the privacy notice and agree to my data being used to run the program.",
        AcceptNoticeHint = "Necessary purpose: “{0}”. Without it you cannot take part.",
        OptionalConsentsLegend = "Optional uses of your data",
        OptionalConsentsHint = "Tick only the ones you want to accept. Saying no does not affect your access to training, and you can change your mind at any time in My data.",
        RegisterNeedTitle = "What you need",
        RegisterNeedCurp = "Your CURP (18 characters).",
        RegisterNeedEmail = "An email you can access: the link to activate your account arrives there.",
        RegisterNeedTime = "About three minutes.",
        RegisterButton = "Create my account",
        RegisterAfter = "We will then email you to confirm your address.",
        RetypePassword = "For your safety we do not show the password again: please type it again.",
        NamesWarningTitle = "Check your CURP and your name",
        NamesWarning = "Your CURP starts with {0}, but from the names you entered it should start with {1}.",
        NamesWarningWhat = "Compare them with your CURP record. If they are right (it can happen with some compound names or unusual surnames), confirm and continue.",
        NamesWarningJump = "Go to the confirmation",
        NamesConfirm = "My details are correct, continue",
        NamesConfirmHint = "Tick the box, type your password again and send the form.",
        RegisteredTitle = "Check your email",
        RegisteredSentTo = "If your details are complete, we sent a message to continue to",
        RegisteredOpenLink = "Open the link in that message to activate your account; then you can sign in.",
        RegisteredClaimedTitle = "If an institution had already registered you",
        RegisteredClaimed = "To protect your data, nobody takes over an existing record with a CURP alone: the link to activate your account goes to the email that institution holds for you, or the institution or the program team confirm your identity. We will let you know by email.",
        RegisteredNotArrivedTitle = "Didn't get it?",
        RegisteredNotArrivedSpam = "Wait a few minutes and check your spam folder.",
        RegisteredNotArrivedReset = "If it still doesn't arrive, ask for a password reset link: it also confirms your email.",
        ConfirmAskTitle = "Confirm your email",
        ConfirmAsk = "To activate your account, confirm that this email is yours.",
        ConfirmButton = "Confirm my email",

        ConfirmedTitle = "Your email is confirmed",
        Confirmed = "Your account is active. You can now sign in to Semillero.",
        ConfirmFailedTitle = "We could not confirm your email",
        ConfirmFailed = "The link is not valid or has expired.",
        ConfirmFailedCopy = "If you copied the link, check that it is complete.",
        ConfirmFailedAlready = "If you had already confirmed it, just sign in:",
        ConfirmFailedAskLink = "To get a new link:",

        ForgotTitle = "Reset your password",
        ForgotLead = "Enter your account's email and we will send you a link to choose a new password.",
        ForgotEmailHint = "The one you sign in to Semillero with.",
        ForgotMissingEmail = "Enter your email.",
        ForgotButton = "Send me the link",
        ForgotSentTitle = "Check your email",
        ForgotSent = "If an account exists with that email, we sent it a link to choose a new password. It expires in 24 hours.",
        ForgotSentSpam = "Check your spam folder too.",
        ForgotSentOnce = "The link works once; if you ask for another, use the newest.",
        ForgotAgain = "Ask for another link",

        ResetTitle = "Choose a new password",
        ResetLead = "You can then sign in with it.",
        InvitationTitle = "Choose your password to activate your account",
        InvitationLead = "The program team invited you to Semillero. Once you save your password, your account is active.",
        ResetButton = "Save password",
        InvitationButton = "Activate my account",
        ResetMissingPassword = "Enter your new password.",
        ResetMismatch = "The two passwords do not match.",
        ResetDoneTitle = "Your password is saved",
        ResetDone = "You can now sign in with your new password.",
        InvitationDoneTitle = "Your account is active",
        InvitationDone = "Your password is saved. You can now sign in to Semillero.",
        ResetInvalidTitle = "The link is not valid",
        ResetInvalid = "The link is not valid or has expired. Links work once and expire in 24 hours.",
        ResetAskNew = "Ask for a new link",

        DeniedTitle = "You do not have permission to see this page",
        DeniedSignedIn = "You are signed in as {0} ({1}). This page is for another kind of account.",
        DeniedAnonymous = "This page needs an account allowed to see it.",
        DeniedWhy = "Each person sees only what their role in the program needs; that is how we protect personal data.",
        DeniedNext = "You can continue here:",
        DeniedMyHome = "Go to my start page",
        DeniedOtherAccount = "Sign in with another account",

        NoticeEyebrow = "Personal data protection",
        NoticeVersion = "Version {0}",
        NoticePublished = "published {0}",
        NoticeKindLabel = "Notice format",
        NoticeIntegral = "Full notice",
        NoticeSimplified = "Short notice",
        NoticeToc = "Contents",
        NoticeRightsTitle = "Exercise your rights from your account",
        NoticeRightsText = "In My data you can download and correct your data, object to uses, change your consents and cancel your account, without paperwork.",
        NoticeContactAnchor = "contact",

        MyDataNavLabel = "My data sections",
        MyDataNavSummary = "Summary",
        MyDataNavRectify = "Correct",
        MyDataNavConsents = "Consents",
        MyDataNavOppose = "Objection",
        MyDataNavAccesses = "Who viewed my data",
        MyDataNavCancel = "Cancel my account",
        MyDataEyebrow = "My data",
        MyDataTitle = "Your data on Semillero",
        MyDataLead = "Everything Semillero keeps about you and what you can do with it. Exercising your rights is free.",
        MyDataActionsTitle = "What you can do",
        MyDataDownload = "Download my data",
        MyDataDownloadText = "Everything on this page in a JSON file, instantly.",
        MyDataRectify = "Correct my data",
        MyDataRectifyText = "Email, state and segment change at once; the team reviews name changes.",
        MyDataConsents = "My consents",
        MyDataConsentsText = "Give or withdraw each optional use of your data.",
        MyDataOppose = "Object to a use",
        MyDataOpposeText = "Ask us to stop using your data for something.",
        MyDataCancel = "Cancel my account",
        MyDataCancelText = "Deletes your account and anonymises your data. It cannot be undone.",
        MyDataPersonalTitle = "My personal data",
        MyDataRegisteredBy = "Who registered you",
        MyDataRegisteredAt = "Registered on",
        MyDataUpdatedAt = "Last updated",
        RegisteredBySelf = "You, when you created your account",
        RegisteredByDemo = "Demo data",
        RegisteredByPartner = "Partner institution: {0}",
        MyDataAccountTitle = "Account",
        MyDataSignInEmail = "Sign-in email",
        MyDataEmailConfirmed = "Email confirmed",
        MyDataRoles = "Account type",
        MyDataCreatedAt = "Account created on",
        MyDataConsentsTitle = "Consents",
        MyDataManageConsents = "Manage my consents",
        MyDataConsentHistory = "Full history ({0} decisions)",
        MyDataConsentHistoryCaption = "History of your consent decisions, newest first",
        MyDataRequestsTitle = "My requests",
        MyDataRequestsIntro = "Your access, rectification, cancellation and objection requests (ARCO rights), with their status and deadlines.",
        MyDataRequestsNone = "You have not made any requests yet.",
        MyDataEmailsTitle = "Emails we sent you",
        MyDataEmailsNone = "We have not sent you any emails.",
        MyDataGeneratedAt = "Information as of {0} ({1}).",
        EmailNotSent = "Not sent yet",
        RequestAnswerBy = "Answer due by {0}",
        RequestAnsweredOn = "Answered on {0}",
        RequestExecutedOn = "Carried out on {0}",
        RequestNoAnswerYet = "No answer yet",

        ColWhen = "Date and time",
        ColPurpose = "Purpose",
        ColDecision = "Decision",
        ColNotice = "Notice version",
        ColWhere = "Where",
        ColRequest = "Request",
        ColReceived = "Received",
        ColStatus = "Status",
        ColDeadline = "Deadline",
        ColAnswer = "Answer",
        ColSubject = "Subject",
        ColCreated = "Created",
        ColSent = "Sent",
        ColWho = "Who",
        ColRole = "Role",
        ColAction = "Action",
        ColWhat = "What",
        ColWhy = "Why",

        ConsentsTitle = "My consents",
        ConsentsLead = "You decide what else we use your data for, besides running the program. Each optional use is given or withdrawn with one button; the change applies at once and never affects your access to training.",
        PurposeNecessary = "Necessary",
        PurposeOptional = "Optional",
        ConsentGranted = "Given",
        ConsentWithdrawn = "Not given",
        ConsentPending = "Not answered",
        ConsentSince = "since {0} · notice version {1}",
        ConsentStateSince = "Since {0}",
        ConsentUnderNotice = "under privacy notice version {0}",
        ConsentCurrentTitle = "Uses of your data",
        ConsentCurrentIntro = "Each purpose of the privacy notice in force, with your decision, since when and under which notice version you took it.",
        ConsentWithdrawButton = "Withdraw consent",
        ConsentGrantButton = "Give consent",
        ConsentNecessaryNote = "It is the condition for taking part in the program: it only ends if you cancel your account.",
        ConsentNecessaryPending = "It applies because you take part in the program.",
        ConsentEffectNote = "Withdrawing consent applies from that moment: from then on nobody uses your data for that purpose. What was done before cannot be undone.",
        ConsentGrantedNow = "You gave your consent for “{0}”. It applies from now on.",
        ConsentWithdrawnNow = "You withdrew your consent for “{0}”. From now on we no longer use your data for it.",
        ConsentUnchanged = "“{0}” was already set that way; nothing changed.",
        ConsentDecided = "Your decisions are saved. You can change them here at any time.",
        ConsentNotOptional = "This purpose is necessary to take part: it only ends if you cancel your account.",
        ConsentUnknown = "That purpose is not in the privacy notice.",
        ConsentPendingTitle = "You have decisions pending",
        ConsentPendingTitleSignIn = "Before you continue: we updated the privacy notice",
        ConsentPendingIntro = "Privacy notice version {0}, published {1}, includes uses of your data you have not decided on yet. Optional ones are unticked: accept only the ones you want.",
        ConsentPendingLegend = "New uses of your data",
        ConsentDecideButton = "Save my decisions",

        RectifyTitle = "Correct my data",
        RectifyLead = "If any of your details is wrong or has changed, correct it here (right of rectification).",
        RectifyCurpNote = "Your CURP identifies your record and cannot be changed from the account. If it is wrong, write to us:",
        RectifyCurpContact = "contact details",
        RectifyNowTitle = "Change at once",
        RectifyNowIntro = "Your email, state and segment are updated as soon as you save.",
        RectifyEmailHint = "If you change it, you will sign in with the new email from then on.",
        RectifyNameTitle = "Your name: reviewed by the program team",
        RectifyNameIntro = "Your name must match your CURP and birth certificate, so a name change goes to the program team, which answers within 20 days. Meanwhile your record does not change.",
        RectifyButton = "Save changes",
        RectifyDoneTitle = "We received your changes",
        RectifyNothingTitle = "There was nothing to change",
        RectifyNothing = "The details you sent are the ones we already had.",
        RectifyContactDone = "Your contact details are updated and already show in My data.",
        RectifyNewEmail = "From now on, sign in to Semillero with",
        RectifyNewEmailConfirm = "If you are asked to confirm the new address when signing in, use “Forgot your password?” with the new email: the link you get confirms it.",
        RectifyNameSent = "We sent your name correction to the program team. It will answer by",
        RectifyPendingTitle = "You have a name change in progress",
        RectifyPending = "Requested on {0}; answer due by {1}.",

        OpposeTitle = "Object to a use of my data",
        OpposeLead = "You can ask us to stop using your data for something (right to object). Optional uses you accepted are withdrawn at once; the program team reviews anything else.",
        OpposeUsesLegend = "Uses you accepted and can withdraw now",
        OpposeUsesHint = "Tick the ones you no longer want. They are withdrawn as soon as you send the form.",
        OpposeNoneGranted = "You have no optional uses accepted: your data is only used to run the program.",
        OpposeOtherLabel = "Another use I object to",
        OpposeOtherHint = "Describe the use and, if you like, why. The program team will answer within 20 days.",
        OpposeButton = "Send",
        OpposeNote = "Objecting to the necessary purpose (running the program) amounts to cancelling your account.",
        OpposeNothing = "Tick a use to withdraw it or describe the use you object to.",
        OpposeTooLong = "Use at most {0} characters.",
        OpposeDoneTitle = "We received your objection",
        OpposeWithdrawnNow = "From now on we no longer use your data for:",
        OpposeRequestSent = "We sent your request to the program team. It will answer by",
        OpposeRequestFollow = "You can follow its status in My requests.",

        CancelTitle = "Cancel my account",
        CancelLead = "You can ask us to erase your personal data at any time (right of cancellation). It is done at once.",
        CancelConsequencesTitle = "What happens if you cancel",
        CancelConsequenceAccount = "Your account is deleted and you can no longer sign in.",
        CancelConsequenceAnonymised = "Your CURP, name and email are erased irreversibly: nobody can tell the record was yours.",
        CancelConsequenceBadges = "Your badges and learning records are no longer linked to you.",
        CancelConsequenceAggregates = "The program's figures still count you, without data that identifies you.",
        CancelConsequenceReturn = "If you come back, you can register again with your CURP, but you will start from scratch.",
        CancelRetainedTitle = "What we keep and why",
        CancelAlternativesTitle = "Before you cancel",
        CancelAltDownload = "keep a copy of everything we have about you.",
        CancelAltConsents = "if you only want us to stop using your data for something, withdraw that consent and keep your account.",
        CancelConfirmTitle = "Confirm the cancellation",
        CancelPasswordHint = "To protect your account, enter your password.",
        CancelAcknowledge = "I understand it cannot be undone",
        CancelButton = "Cancel my account permanently",
        CancelKeep = "No, keep my account",
        CancelMissingPassword = "Enter your password.",
        CancelMustAcknowledge = "Tick the box to confirm you understand it cannot be undone.",
        CancelWrongPassword = "The password is not correct.",
        CancelledTitle = "Your account has been cancelled",
        Cancelled = "We deleted your account and anonymised your personal data on {0}. You have been signed out.",
        CancelledKeptTitle = "What we keep",
        CancelledThanks = "Thank you for having been part of the program.",

        AccessesTitle = "Who viewed my data",
        AccessesLead = "Every time someone other than you views or changes your data it is logged: who, when, what and why.",
        AccessesCountOne = "access by someone else",
        AccessesCountMany = "accesses by others",
        AccessesExplain = "We log every access to your data by someone other than you.",
        AccessesSeeAll = "See the details",
        AccessesNone = "Nobody else has viewed your data.",
        AccessesCaption = "Accesses to your data by others, newest first",
        AccessesLimit = "The {0} most recent are shown; the Download my data file includes the same ones.",
        AccessesWhatIsLogged = "Your own visits are not listed. The log keeps who, when and why, never your data.",
        AccessesQuestion = "Disagree with a use?",

        SexH = "Male",
        SexM = "Female",
        SexX = "Non-binary",
        ArcoAcceso = "Access",
        ArcoRectificacion = "Rectification",
        ArcoCancelacion = "Cancellation",
        ArcoOposicion = "Objection",
        ArcoRecibida = "In progress",
        ArcoEjecutada = "Carried out",
        ArcoRechazada = "Declined",
        SourceRegistro = "When registering",
        SourceCuenta = "From your account",
        SourceOperador = "By the program team",
        SourceDemo = "Demo data",
        AuditConsulta = "Viewed your record",
        AuditBusqueda = "Found you in a search",
        AuditExportacion = "Exported your data",
        AuditRectificacion = "Corrected your data",
        AuditCancelacion = "Processed a cancellation",
        AuditVinculacion = "Linked an account on another platform to your learning records",
        EmailConfirmacion = "Email confirmation",
        EmailRestablecer = "Password reset",
        EmailInvitacion = "Invitation",
    };

    public static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, format, args);

    // A product rejection (field error) in the person's language.
    public static string Message(IdRejection reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return UiLanguage.IsEnglish ? reason.En : reason.Es;
    }

    public static string PurposeName(Purpose purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return UiLanguage.IsEnglish ? purpose.En : purpose.Es;
    }

    public static string PurposeName(string code) => Purposes.Find(code) is { } purpose ? PurposeName(purpose) : code;

    public static string PurposeDescription(Purpose purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return UiLanguage.IsEnglish ? purpose.DescriptionEn : purpose.DescriptionEs;
    }

    public static string RoleName(string role) => UiLanguage.IsEnglish ? Roles.English(role) : Roles.Spanish(role);

    public static string SegmentName(string wire) =>
        SegmentNames.TryParse(wire, out var segment) ? (UiLanguage.IsEnglish ? SegmentNames.English(segment) : SegmentNames.Spanish(segment)) : wire;

    public static string SexName(string code) => code switch
    {
        nameof(Sex.H) => Current.SexH,
        nameof(Sex.M) => Current.SexM,
        nameof(Sex.X) => Current.SexX,
        _ => code,
    };

    public static string ArcoKindName(string kind) => kind switch
    {
        nameof(ArcoKind.Acceso) => Current.ArcoAcceso,
        nameof(ArcoKind.Rectificacion) => Current.ArcoRectificacion,
        nameof(ArcoKind.Cancelacion) => Current.ArcoCancelacion,
        nameof(ArcoKind.Oposicion) => Current.ArcoOposicion,
        _ => kind,
    };

    public static string ArcoStatusName(string status) => status switch
    {
        nameof(ArcoStatus.Recibida) => Current.ArcoRecibida,
        nameof(ArcoStatus.Ejecutada) => Current.ArcoEjecutada,
        nameof(ArcoStatus.Rechazada) => Current.ArcoRechazada,
        _ => status,
    };

    // The badge modifier class for a request's status.
    public static string ArcoStatusBadge(string status) => status switch
    {
        nameof(ArcoStatus.Ejecutada) => "badge--on",
        nameof(ArcoStatus.Rechazada) => "badge--off",
        _ => "badge--pending",
    };

    public static string ConsentSource(string source) => source switch
    {
        RegisterAccount.SelfRegistered => Current.SourceRegistro,
        "cuenta" => Current.SourceCuenta,
        "operador" => Current.SourceOperador,
        "demo" => Current.SourceDemo,
        _ => source,
    };

    public static string AuditActionName(string action) => action switch
    {
        "consulta" => Current.AuditConsulta,
        "busqueda" => Current.AuditBusqueda,
        "exportacion" => Current.AuditExportacion,
        "rectificacion" => Current.AuditRectificacion,
        "cancelacion" => Current.AuditCancelacion,
        "vinculacion" => Current.AuditVinculacion,
        _ => action,
    };

    public static string EmailKindName(string kind) => kind switch
    {
        "confirmacion" => Current.EmailConfirmacion,
        "restablecer" => Current.EmailRestablecer,
        "invitacion" => Current.EmailInvitacion,
        _ => kind,
    };

    public static string RegisteredByText(string? registeredBy) => registeredBy switch
    {
        null or "" => Current.None,
        RegisterAccount.SelfRegistered => Current.RegisteredBySelf,
        SeedDemoLearners.SeededBy => Current.RegisteredByDemo,
        _ => Format(Current.RegisteredByPartner, registeredBy),
    };
}
