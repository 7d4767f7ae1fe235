using Semillero.Badges;
using Semillero.Language;

namespace Semillero.Web.Badges;

// The strings of the badge pages: the public /verificar pages and the operators' revocation page,
// in es-MX (the default) and English, in the same pattern as Texts: one instance per language,
// `required` so neither misses a string. No HTML in the values.
public sealed class InsigniasTexts
{
    public static InsigniasTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required string Language { get; init; }

    // Verification of one badge
    public required string Eyebrow { get; init; }
    public required string AwardTitle { get; init; }
    public required string AwardUnreadable { get; init; }
    public required string VerdictLabel { get; init; }
    public required string ValidTitle { get; init; }
    public required string ValidText { get; init; }
    public required string RevokedTitle { get; init; }
    public required string RevokedText { get; init; }

    // {0}: date.
    public required string RevokedOn { get; init; }
    public required string TamperedTitle { get; init; }
    public required string TamperedText { get; init; }
    public required string UnknownKeyTitle { get; init; }
    public required string ExpiredTitle { get; init; }
    public required string NotYetValidTitle { get; init; }
    public required string MalformedTitle { get; init; }
    public required string DetailsTitle { get; init; }
    public required string Issuer { get; init; }
    public required string Achievement { get; init; }
    public required string Description { get; init; }
    public required string Criteria { get; init; }
    public required string Skills { get; init; }
    public required string NoSkills { get; init; }
    public required string IssuedOn { get; init; }
    public required string CredentialId { get; init; }
    public required string SigningKey { get; init; }
    public required string NonOfficialTitle { get; init; }
    public required string NonOfficialText { get; init; }
    public required string QrTitle { get; init; }
    public required string QrAlt { get; init; }
    public required string QrHint { get; init; }
    public required string ShareTitle { get; init; }
    public required string ShareLabel { get; init; }
    public required string ShareHint { get; init; }
    public required string ShareEmail { get; init; }

    // {0}: achievement name.
    public required string ShareEmailSubject { get; init; }
    public required string LinkedInAdd { get; init; }
    public required string LinkedInHint { get; init; }
    public required string DownloadTitle { get; init; }
    public required string DownloadHint { get; init; }
    public required string DownloadJwt { get; init; }
    public required string DownloadJson { get; init; }
    public required string DownloadJwks { get; init; }
    public required string VerifyAnother { get; init; }
    public required string OperatorRevoke { get; init; }

    // Paste a credential
    public required string PasteTitle { get; init; }
    public required string PasteLead { get; init; }
    public required string PasteLabel { get; init; }
    public required string PasteHint { get; init; }
    public required string PasteButton { get; init; }
    public required string PasteEmpty { get; init; }
    public required string ResultTitle { get; init; }
    public required string SeeAwardPage { get; init; }
    public required string HowTitle { get; init; }
    public required string HowText { get; init; }

    // Operators' revocation page
    public required string OpTitle { get; init; }
    public required string OpLead { get; init; }
    public required string OpBack { get; init; }
    public required string OpStatus { get; init; }
    public required string OpActive { get; init; }
    public required string OpRevoked { get; init; }
    public required string OpPath { get; init; }
    public required string OpReason { get; init; }
    public required string OpRevokedBy { get; init; }
    public required string OpPublicPage { get; init; }
    public required string OpFormTitle { get; init; }
    public required string OpReasonLabel { get; init; }
    public required string OpReasonHint { get; init; }
    public required string OpButton { get; init; }
    public required string OpDone { get; init; }

    // {0}: date.
    public required string OpAlready { get; init; }
    public required string ErrorPrefix { get; init; }

    // API reference rows and the footer link
    public required string ApiWhoOperatorLearner { get; init; }
    public required string ApiEpJwks { get; init; }
    public required string ApiEpIssuer { get; init; }
    public required string ApiEpStatus { get; init; }
    public required string ApiEpCredential { get; init; }
    public required string ApiEpCredentialJson { get; init; }
    public required string ApiEpLearnerBadges { get; init; }
    public required string ApiEpRevoke { get; init; }
    public required string FooterVerify { get; init; }

    // .NET custom date format of an issue date.

    // An address that names no badge of ours, and the signed name beside an English one
    public required string NotIssuedTitle { get; init; }
    public required string NotIssuedText { get; init; }
    public required string NotIssuedWhatTitle { get; init; }
    public required string NotIssuedCheckLink { get; init; }
    public required string NotIssuedAskHolder { get; init; }

    // Followed by a link to the paste page.
    public required string NotIssuedPaste { get; init; }

    // {0}: the achievement's name as signed.
    public required string SignedInSpanish { get; init; }

    public string Date(DateTimeOffset at) => Semillero.Calendar.Dates.Written(at.DateTime);

    public string Date(DateTime utc) => Date(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public string VerdictTitle(BadgeVerdict verdict) => verdict switch
    {
        BadgeVerdict.Valid => ValidTitle,
        BadgeVerdict.Revoked => RevokedTitle,
        BadgeVerdict.Tampered => TamperedTitle,
        BadgeVerdict.UnknownKey => UnknownKeyTitle,
        BadgeVerdict.Expired => ExpiredTitle,
        BadgeVerdict.NotYetValid => NotYetValidTitle,
        BadgeVerdict.Malformed => MalformedTitle,
        _ => MalformedTitle,
    };

    // What the verifier found, in the reader's language; revocation and tampering get our own words.
    public string VerdictText(BadgeVerification result) => result.Verdict switch
    {
        BadgeVerdict.Valid => ValidText,
        BadgeVerdict.Revoked => RevokedText,
        BadgeVerdict.Tampered => TamperedText,
        _ => Language == "en" ? result.Check.MessageEn : result.Check.MessageEs,
    };

    // The alert modifier of a verdict: green, amber for revoked, red for the rest.
    public static string VerdictClass(BadgeVerdict verdict) => verdict switch
    {
        BadgeVerdict.Valid => "alert--success",
        BadgeVerdict.Revoked or BadgeVerdict.Expired or BadgeVerdict.NotYetValid => "alert--warning",
        _ => "alert--error",
    };

    // The verdict as a stable word for tests and scripts (data-veredicto).
    public static string VerdictCode(BadgeVerdict verdict) => verdict switch
    {
        BadgeVerdict.Valid => "valida",
        BadgeVerdict.Revoked => "revocada",
        BadgeVerdict.Tampered => "alterada",
        BadgeVerdict.UnknownKey => "llave-desconocida",
        BadgeVerdict.Expired => "vencida",
        BadgeVerdict.NotYetValid => "aun-no-valida",
        BadgeVerdict.Malformed => "mal-formada",
        _ => "mal-formada",
    };

    public static InsigniasTexts Es { get; } = new()
    {
        Language = "es",
        Eyebrow = "Verificación de insignia",
        AwardTitle = "Verificar insignia",
        AwardUnreadable = "Insignia sin datos verificables",
        VerdictLabel = "Resultado de la verificación",
        ValidTitle = "Insignia válida",
        ValidText = "La firma del emisor es auténtica, los datos no fueron modificados y la insignia no ha sido revocada.",
        RevokedTitle = "Insignia revocada",
        RevokedText = "La firma es auténtica, pero el emisor revocó esta insignia: ya no la respalda.",
        RevokedOn = "Revocada el {0}.",
        TamperedTitle = "Insignia alterada",
        TamperedText = "La credencial no coincide con la firma del emisor: fue modificada después de emitirse. No la tome como válida.",
        UnknownKeyTitle = "Llave de firma desconocida",
        ExpiredTitle = "Insignia vencida",
        NotYetValidTitle = "Insignia aún no válida",
        MalformedTitle = "No es una credencial válida",
        DetailsTitle = "Qué reconoce",
        Issuer = "Emisor",
        Achievement = "Logro",
        Description = "Descripción",
        Criteria = "Criterios",
        Skills = "Habilidades",
        NoSkills = "Sin habilidades declaradas.",
        IssuedOn = "Fecha de emisión",
        CredentialId = "Identificador",
        SigningKey = "Llave de firma (kid)",
        NonOfficialTitle = "Reconocimiento no oficial",
        NonOfficialText = "Esta insignia reconoce que la persona completó un trayecto de aprendizaje del programa. Reconocimiento no oficial: no constituye certificación oficial.",
        QrTitle = "Código QR",
        QrAlt = "Código QR con la dirección de esta página de verificación",
        QrHint = "Escanéelo para abrir esta misma página.",
        ShareTitle = "Compartir",
        ShareLabel = "Dirección de verificación",
        ShareHint = "Quien abra esta dirección verá este mismo resultado, verificado en ese momento.",
        ShareEmail = "Enviar por correo",
        ShareEmailSubject = "Mi insignia: {0}",
        LinkedInAdd = "Agregar a LinkedIn",
        LinkedInHint = "Abre LinkedIn con los datos de la insignia para agregarla a «Licencias y certificaciones».",
        DownloadTitle = "Descargar",
        DownloadHint = "Para guardarla en una cartera digital compatible con Open Badges 3.0 o verificarla con otra herramienta.",
        DownloadJwt = "Credencial firmada (VC-JWT)",
        DownloadJson = "Contenido decodificado (JSON)",
        DownloadJwks = "Llaves públicas del emisor (JWKS)",
        VerifyAnother = "Verificar otra credencial",
        OperatorRevoke = "Revocar esta insignia (operación)",
        PasteTitle = "Verificar una credencial",
        PasteLead = "Pegue una credencial Open Badges 3.0 firmada (VC-JWT) emitida por Semillero: sabrá si es auténtica, si fue revocada o si fue alterada.",
        PasteLabel = "Credencial (VC-JWT)",
        PasteHint = "Es un texto largo que empieza con «eyJ» y tiene tres partes separadas por puntos. No se guarda.",
        PasteButton = "Verificar",
        PasteEmpty = "Pegue la credencial para verificarla.",
        ResultTitle = "Resultado",
        SeeAwardPage = "Ver la página de esta insignia",
        HowTitle = "Cómo se verifica",
        HowText = "Se comprueba la firma con las llaves públicas del emisor, que los datos firmados sean coherentes y que la insignia no aparezca en la lista de revocación.",
        OpTitle = "Revocar insignia",
        OpLead = "Revocar retira el respaldo del emisor: la insignia sigue existiendo, pero toda verificación la muestra como revocada. No se puede deshacer.",
        OpBack = "Operación",
        OpStatus = "Estado",
        OpActive = "Vigente",
        OpRevoked = "Revocada",
        OpPath = "Trayecto",
        OpReason = "Motivo",
        OpRevokedBy = "Revocada por (cuenta)",
        OpPublicPage = "Ver la página pública de verificación",
        OpFormTitle = "Revocar",
        OpReasonLabel = "Motivo de la revocación",
        OpReasonHint = "Entre 10 y 1,000 caracteres. Queda registrado con la insignia y en la auditoría.",
        OpButton = "Revocar insignia",
        OpDone = "Insignia revocada. La lista de revocación ya la marca y su página de verificación lo dice.",
        OpAlready = "La insignia ya estaba revocada desde el {0}; no se cambió nada.",
        ErrorPrefix = "Error:",
        ApiWhoOperatorLearner = "operador; aprendiz (solo las propias)",
        ApiEpJwks = "Llaves públicas del emisor (JWKS), incluidas las retiradas, para verificar cualquier insignia emitida.",
        ApiEpIssuer = "Perfil del emisor (Open Badges 3.0 Profile) que nombra cada credencial.",
        ApiEpStatus = "Lista de revocación firmada (BitstringStatusListCredential, application/vc+jwt); se actualiza al revocar.",
        ApiEpCredential = "La credencial de una insignia, firmada (VC-JWT compacto, application/vc+jwt). 404 si no existe.",
        ApiEpCredentialJson = "La misma credencial decodificada, en JSON, para leerla.",
        ApiEpLearnerBadges = "Insignias de una persona: id, trayecto, fecha de emisión, si está revocada y su página de verificación. 404 para quien no puede verlas.",
        ApiEpRevoke = "Revoca una insignia (JSON con reason, de 10 a 1,000 caracteres). 200 con la revocación (alreadyRevoked si ya lo estaba); 400 si falta el motivo; 404 si no existe.",
        FooterVerify = "Verificar una insignia",
        NotIssuedTitle = "Esta insignia no fue emitida por Semillero",
        NotIssuedText = "Semillero no tiene ninguna insignia con esta dirección. Puede que el enlace esté incompleto o mal copiado; si es el que le dieron, no la tome como válida.",
        NotIssuedWhatTitle = "Qué puede hacer",
        NotIssuedCheckLink = "Revise el enlace: una dirección de verificación termina en /verificar/ seguido de un código de 36 caracteres con guiones. Un carácter de menos o de más basta para no encontrarla.",
        NotIssuedAskHolder = "Pida a la persona que le comparta de nuevo el enlace, copiado desde su página «Mis insignias», o el archivo de la credencial.",
        NotIssuedPaste = "Si tiene el archivo de la credencial (VC-JWT), verifíquelo en",
        SignedInSpanish = "La credencial firmada lo nombra en español: «{0}».",
    };

    public static InsigniasTexts En { get; } = new()
    {
        Language = "en",
        Eyebrow = "Badge verification",
        AwardTitle = "Verify badge",
        AwardUnreadable = "Badge without verifiable data",
        VerdictLabel = "Verification result",
        ValidTitle = "Valid badge",
        ValidText = "The issuer's signature is authentic, the data has not been changed and the badge has not been revoked.",
        RevokedTitle = "Revoked badge",
        RevokedText = "The signature is authentic, but the issuer has revoked this badge: it no longer stands behind it.",
        RevokedOn = "Revoked on {0}.",
        TamperedTitle = "Altered badge",
        TamperedText = "The credential does not match the issuer's signature: it was changed after it was issued. Do not accept it as valid.",
        UnknownKeyTitle = "Unknown signing key",
        ExpiredTitle = "Expired badge",
        NotYetValidTitle = "Badge not valid yet",
        MalformedTitle = "Not a valid credential",
        DetailsTitle = "What it recognises",
        Issuer = "Issuer",
        Achievement = "Achievement",
        Description = "Description",
        Criteria = "Criteria",
        Skills = "Skills",
        NoSkills = "No skills stated.",
        IssuedOn = "Issued on",
        CredentialId = "Identifier",
        SigningKey = "Signing key (kid)",
        NonOfficialTitle = "Non-official recognition",
        NonOfficialText = "This badge recognises that the person completed one of the program's learning paths. Non-official recognition: it is not an official certification.",
        QrTitle = "QR code",
        QrAlt = "QR code with the address of this verification page",
        QrHint = "Scan it to open this same page.",
        ShareTitle = "Share",
        ShareLabel = "Verification address",
        ShareHint = "Whoever opens this address sees this same result, verified at that moment.",
        ShareEmail = "Send by email",
        ShareEmailSubject = "My badge: {0}",
        LinkedInAdd = "Add to LinkedIn",
        LinkedInHint = "Opens LinkedIn with the badge's details to add it to “Licenses & certifications”.",
        DownloadTitle = "Download",
        DownloadHint = "To keep it in a digital wallet that supports Open Badges 3.0, or to verify it with another tool.",
        DownloadJwt = "Signed credential (VC-JWT)",
        DownloadJson = "Decoded content (JSON)",
        DownloadJwks = "Issuer's public keys (JWKS)",
        VerifyAnother = "Verify another credential",
        OperatorRevoke = "Revoke this badge (operations)",
        PasteTitle = "Verify a credential",
        PasteLead = "Paste a signed Open Badges 3.0 credential (VC-JWT) issued by Semillero to learn whether it is authentic, revoked or altered.",
        PasteLabel = "Credential (VC-JWT)",
        PasteHint = "It is a long text starting with “eyJ”, in three parts separated by dots. It is not stored.",
        PasteButton = "Verify",
        PasteEmpty = "Paste the credential to verify it.",
        ResultTitle = "Result",
        SeeAwardPage = "See this badge's page",
        HowTitle = "How it is verified",
        HowText = "The signature is checked against the issuer's public keys, the signed data must be consistent, and the badge must not be on the revocation list.",
        OpTitle = "Revoke badge",
        OpLead = "Revoking withdraws the issuer's backing: the badge still exists, but every verification shows it as revoked. It cannot be undone.",
        OpBack = "Operations",
        OpStatus = "Status",
        OpActive = "Active",
        OpRevoked = "Revoked",
        OpPath = "Path",
        OpReason = "Reason",
        OpRevokedBy = "Revoked by (account)",
        OpPublicPage = "See the public verification page",
        OpFormTitle = "Revoke",
        OpReasonLabel = "Reason for revoking",
        OpReasonHint = "10 to 1,000 characters. It is recorded with the badge and in the audit log.",
        OpButton = "Revoke badge",
        OpDone = "Badge revoked. The revocation list marks it already and its verification page says so.",
        OpAlready = "The badge was already revoked on {0}; nothing changed.",
        ErrorPrefix = "Error:",
        ApiWhoOperatorLearner = "operador; aprendiz (own only)",
        ApiEpJwks = "The issuer's public keys (JWKS), retired ones included, to verify any badge ever issued.",
        ApiEpIssuer = "The issuer Profile (Open Badges 3.0) every credential names.",
        ApiEpStatus = "The signed revocation list (BitstringStatusListCredential, application/vc+jwt); updated on revocation.",
        ApiEpCredential = "A badge's signed credential (compact VC-JWT, application/vc+jwt). 404 if there is none.",
        ApiEpCredentialJson = "The same credential decoded, as JSON, to read it.",
        ApiEpLearnerBadges = "A person's badges: id, path, issue date, whether revoked and the verification page. 404 for whoever may not see them.",
        ApiEpRevoke = "Revokes a badge (JSON with reason, 10 to 1,000 characters). 200 with the revocation (alreadyRevoked if it was); 400 without a reason; 404 if there is none.",
        FooterVerify = "Verify a badge",
        NotIssuedTitle = "This badge was not issued by Semillero",
        NotIssuedText = "Semillero has no badge at this address. The link may be incomplete or mistyped; if it is the one you were given, do not take the badge as valid.",
        NotIssuedWhatTitle = "What you can do",
        NotIssuedCheckLink = "Check the link: a verification address ends in /verificar/ followed by a 36-character code with hyphens. One character missing or added is enough not to find it.",
        NotIssuedAskHolder = "Ask the holder to share the link again, copied from their “My badges” page, or the credential file.",
        NotIssuedPaste = "If you have the credential file (VC-JWT), verify it at",
        SignedInSpanish = "The signed credential names it in Spanish: “{0}”.",
    };
}
