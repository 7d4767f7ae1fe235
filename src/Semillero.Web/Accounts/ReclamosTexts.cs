using Semillero.Accounts;
using Semillero.Language;

namespace Semillero.Web.Accounts;

// The words of claims over an existing record: the link the record's mailbox gets (/cuenta/reclamar)
// and the queue where partners and operators vouch (/operacion/reclamos). Spanish first, and English.
public sealed class ReclamosTexts
{
    public static ReclamosTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required string AskTitle { get; init; }
    public required string AskLead { get; init; }
    public required string AskEmailLabel { get; init; }
    public required string AskWhat { get; init; }
    public required string AskYes { get; init; }
    public required string AskNo { get; init; }
    public required string ConfirmedTitle { get; init; }
    public required string ConfirmedCanSignIn { get; init; }
    public required string ConfirmedCheckEmail { get; init; }
    public required string RefusedTitle { get; init; }
    public required string Refused { get; init; }
    public required string InvalidTitle { get; init; }
    public required string Invalid { get; init; }
    public required string InvalidHelp { get; init; }
    public required string GoToSignIn { get; init; }

    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Lead { get; init; }
    public required string PendingTitle { get; init; }
    public required string HistoryTitle { get; init; }
    public required string NonePending { get; init; }
    public required string NoneHistory { get; init; }
    public required string Caption { get; init; }
    public required string HistoryCaption { get; init; }
    public required string ColReceived { get; init; }
    public required string ColProof { get; init; }
    public required string ColRegisteredBy { get; init; }
    public required string ColStatus { get; init; }
    public required string ColDecided { get; init; }
    public required string ColDecidedBy { get; init; }
    public required string Open { get; init; }
    public required string ProofEmail { get; init; }
    public required string ProofVouch { get; init; }
    public required string LinkExpires { get; init; }
    public required string LinkExpired { get; init; }
    public required string StatusPending { get; init; }
    public required string StatusAccepted { get; init; }
    public required string StatusRejected { get; init; }

    public required string DetailTitle { get; init; }
    public required string Back { get; init; }
    public required string RecordTitle { get; init; }
    public required string ClaimedTitle { get; init; }
    public required string FieldCurp { get; init; }
    public required string FieldName { get; init; }
    public required string FieldEmail { get; init; }
    public required string FieldState { get; init; }
    public required string FieldSegment { get; init; }
    public required string NoEmail { get; init; }
    public required string NamesMatch { get; init; }
    public required string NamesDiffer { get; init; }
    public required string HowToCheck { get; init; }
    public required string HowToCheckItems { get; init; }
    public required string DecideTitle { get; init; }
    public required string ReasonLabel { get; init; }
    public required string ReasonHint { get; init; }
    public required string ReasonRequired { get; init; }
    public required string VouchButton { get; init; }
    public required string RejectButton { get; init; }
    public required string Vouched { get; init; }
    public required string Rejected { get; init; }
    public required string Superseded { get; init; }
    public required string NotPending { get; init; }
    public required string DecisionTitle { get; init; }
    public required string DecisionReason { get; init; }

    public string Proof(ClaimProof proof) => proof == ClaimProof.Correo ? ProofEmail : ProofVouch;

    public string Status(ClaimStatus status) => status switch
    {
        ClaimStatus.Pendiente => StatusPending,
        ClaimStatus.Aceptada => StatusAccepted,
        _ => StatusRejected,
    };

    public static readonly ReclamosTexts Es = new()
    {
        AskTitle = "¿Usted pidió una cuenta en Semillero?",
        AskLead = "Alguien pidió crear una cuenta sobre el registro que una institución aliada hizo de usted con su CURP.",
        AskEmailLabel = "Correo con el que quiere entrar:",
        AskWhat = "Si fue usted, confírmelo: su registro tomará los datos que escribió al registrarse y podrá entrar con ese correo. Si no fue usted, nadie tendrá acceso a sus datos.",
        AskYes = "Sí, fui yo: activar la cuenta",
        AskNo = "No fui yo",
        ConfirmedTitle = "Cuenta activada",
        ConfirmedCanSignIn = "Su registro ya está vinculado a su cuenta. Ya puede entrar con su correo y la contraseña que eligió.",
        ConfirmedCheckEmail = "Su registro ya está vinculado a su cuenta. Falta un paso: le enviamos un enlace al correo con el que quiere entrar para confirmarlo.",
        RefusedTitle = "Gracias por avisarnos",
        Refused = "No se creó ninguna cuenta y sus datos no cambiaron. El equipo del programa ve este aviso; si alguien sigue intentándolo, puede escribirle.",
        InvalidTitle = "Este enlace ya no sirve",
        Invalid = "El enlace no es válido, ya se usó o venció.",
        InvalidHelp = "Si usted pidió la cuenta, regístrese de nuevo para recibir otro enlace, o acuda a la institución que le registró.",
        GoToSignIn = "Ir a entrar",

        Nav = "Solicitudes de cuenta",
        Title = "Solicitudes de cuenta sobre registros existentes",
        Lead = "Alguien se registró con la CURP de una persona que ya estaba en el registro. Saber una CURP no prueba ser esa persona: la cuenta se activa cuando el correo del registro lo confirma o cuando usted confirma la identidad de la persona.",
        PendingTitle = "Pendientes",
        HistoryTitle = "Decididas en los últimos 30 días",
        NonePending = "No hay solicitudes pendientes.",
        NoneHistory = "No hay decisiones recientes.",
        Caption = "Solicitudes pendientes, las más antiguas primero",
        HistoryCaption = "Solicitudes decididas, las más recientes primero",
        ColReceived = "Recibida",
        ColProof = "Cómo se prueba",
        ColRegisteredBy = "Registró a la persona",
        ColStatus = "Estado",
        ColDecided = "Decidida",
        ColDecidedBy = "Por",
        Open = "Revisar",
        ProofEmail = "Enlace al correo del registro",
        ProofVouch = "Confirmación de identidad (el registro no tiene correo)",
        LinkExpires = "el enlace vence el {0}",
        LinkExpired = "el enlace venció: solo queda confirmar la identidad",
        StatusPending = "Pendiente",
        StatusAccepted = "Aceptada",
        StatusRejected = "Rechazada",

        DetailTitle = "Solicitud de cuenta",
        Back = "Solicitudes de cuenta",
        RecordTitle = "Lo que dice el registro",
        ClaimedTitle = "Lo que escribió quien se registró",
        FieldCurp = "CURP",
        FieldName = "Nombre",
        FieldEmail = "Correo",
        FieldState = "Entidad",
        FieldSegment = "Segmento",
        NoEmail = "Sin correo",
        NamesMatch = "Los nombres coinciden con el registro.",
        NamesDiffer = "Los nombres no coinciden con el registro: verifique con más cuidado.",
        HowToCheck = "Antes de confirmar",
        HowToCheckItems = "Confirme la identidad como lo haría en ventanilla: una identificación oficial con la CURP, en persona o por videollamada, o el contacto que su institución ya tenía de la persona. Si tiene dudas, rechace: la persona puede volver a pedirlo.",
        DecideTitle = "Su decisión",
        ReasonLabel = "Cómo verificó la identidad o por qué rechaza",
        ReasonHint = "Queda en el registro de accesos de la persona. No escriba datos de la identificación.",
        ReasonRequired = "Escriba cómo verificó la identidad o por qué rechaza.",
        VouchButton = "Confirmo la identidad: activar la cuenta",
        RejectButton = "Rechazar",
        Vouched = "Cuenta activada: la persona recibió un enlace para confirmar su correo.",
        Rejected = "Solicitud rechazada: se avisó a quien la hizo, sin dar detalles del registro.",
        Superseded = "La solicitud quedó cerrada: el registro o el correo ya tienen una cuenta.",
        NotPending = "Esta solicitud ya se decidió.",
        DecisionTitle = "Decisión",
        DecisionReason = "Motivo",
    };

    public static readonly ReclamosTexts En = new()
    {
        AskTitle = "Did you ask for a Semillero account?",
        AskLead = "Someone asked to create an account over the record a partner institution made of you with your CURP.",
        AskEmailLabel = "Email they want to sign in with:",
        AskWhat = "If it was you, confirm it: your record will take the details you entered when registering and you can sign in with that email. If it wasn't you, nobody will get access to your data.",
        AskYes = "Yes, it was me: activate the account",
        AskNo = "It wasn't me",
        ConfirmedTitle = "Account activated",
        ConfirmedCanSignIn = "Your record is now linked to your account. You can sign in with your email and the password you chose.",
        ConfirmedCheckEmail = "Your record is now linked to your account. One step is left: we sent a link to the email you want to sign in with, to confirm it.",
        RefusedTitle = "Thank you for telling us",
        Refused = "No account was created and your data did not change. The program team sees this notice; if someone keeps trying, you can write to them.",
        InvalidTitle = "This link no longer works",
        Invalid = "The link is not valid, was already used or has expired.",
        InvalidHelp = "If you asked for the account, register again to get another link, or contact the institution that registered you.",
        GoToSignIn = "Go to sign in",

        Nav = "Account requests",
        Title = "Account requests over existing records",
        Lead = "Someone registered with the CURP of a person who was already in the registry. Knowing a CURP does not prove being that person: the account is activated when the record's email confirms it or when you confirm the person's identity.",
        PendingTitle = "Pending",
        HistoryTitle = "Decided in the last 30 days",
        NonePending = "There are no pending requests.",
        NoneHistory = "There are no recent decisions.",
        Caption = "Pending requests, oldest first",
        HistoryCaption = "Decided requests, most recent first",
        ColReceived = "Received",
        ColProof = "How it is proven",
        ColRegisteredBy = "Registered the person",
        ColStatus = "Status",
        ColDecided = "Decided",
        ColDecidedBy = "By",
        Open = "Review",
        ProofEmail = "Link to the record's email",
        ProofVouch = "Identity check (the record has no email)",
        LinkExpires = "the link expires on {0}",
        LinkExpired = "the link expired: only an identity check is left",
        StatusPending = "Pending",
        StatusAccepted = "Accepted",
        StatusRejected = "Rejected",

        DetailTitle = "Account request",
        Back = "Account requests",
        RecordTitle = "What the record says",
        ClaimedTitle = "What the person who registered wrote",
        FieldCurp = "CURP",
        FieldName = "Name",
        FieldEmail = "Email",
        FieldState = "State",
        FieldSegment = "Segment",
        NoEmail = "No email",
        NamesMatch = "The names match the record.",
        NamesDiffer = "The names do not match the record: check with more care.",
        HowToCheck = "Before you confirm",
        HowToCheckItems = "Confirm the identity as you would at a service desk: an official ID with the CURP, in person or by video call, or the contact your institution already had for the person. If in doubt, reject: the person can ask again.",
        DecideTitle = "Your decision",
        ReasonLabel = "How you checked the identity, or why you reject",
        ReasonHint = "It goes into the person's access log. Do not write details of the ID document.",
        ReasonRequired = "Write how you checked the identity or why you reject.",
        VouchButton = "I confirm the identity: activate the account",
        RejectButton = "Reject",
        Vouched = "Account activated: the person got a link to confirm their email.",
        Rejected = "Request rejected: the requester was told, with no details of the record.",
        Superseded = "The request was closed: the record or the email already has an account.",
        NotPending = "This request was already decided.",
        DecisionTitle = "Decision",
        DecisionReason = "Reason",
    };
}
