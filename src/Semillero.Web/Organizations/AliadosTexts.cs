using System.Globalization;
using Semillero.Access;
using Semillero.Geography;
using Semillero.Language;
using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// The words of the organisation pages (/aliados/**, /organizacion/**, /operacion/aliados/**),
// Spanish first and English, each string written once with both languages side by side so neither
// can be missing (docs/adr/0010-typed-texts-in-both-languages.md). Keep HTML out of these values.
public sealed class AliadosTexts
{
    private static readonly AliadosTexts Es = new(false);
    private static readonly AliadosTexts En = new(true);

    private AliadosTexts(bool english) => English = english;

    public static AliadosTexts Current => UiLanguage.IsEnglish ? En : Es;

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    public string Kind(OrganizationKind kind) => OrganizationRules.KindName(kind, English);

    public string Status(OrganizationStatus status) => status switch
    {
        OrganizationStatus.Verificada => P("Verificada", "Verified"),
        OrganizationStatus.Rechazada => P("No verificada", "Not verified"),
        _ => P("Pendiente de verificación", "Awaiting verification"),
    };

    public string Role(string? role) => role == OrganizationRoles.Administrador ? P("Administrador", "Administrator") : P("Personal", "Staff");

    public static string StateName(string? code) => code is null ? "—" : Entidades.NameOf(code);

    public IReadOnlyList<(string Value, string Text)> KindOptions => OrganizationRules.Kinds.Select(k => (OrganizationRules.Wire(k), Kind(k))).ToList();

    // Navigation
    public string NavDirectory => P("Aliados", "Partners");
    public string NavOrganization => P("Mi organización", "My organisation");
    public string NavOperator => P("Aliados", "Partners");

    // Registration (/aliados/registro)
    public string RegisterEyebrow => P("Aliados", "Partners");
    public string RegisterTitle => P("Registre a su organización", "Register your organisation");
    public string RegisterLead => P("Proveedores de formación, instituciones educativas, aceleradoras, fondos de inversión, cámaras y gobiernos se suman al programa. El registro es gratuito; el equipo del programa verifica cada organización antes de que actúe en Semillero.",
        "Training providers, schools and universities, accelerators, investment funds, chambers and governments join the program. Registration is free; the program team verifies each organisation before it acts in Semillero.");
    public string RegisterHaveAccount => P("¿Ya tiene cuenta?", "Already have an account?");
    public string SignIn => P("Entrar", "Sign in");
    public string StepOrganization => P("Datos de la organización", "Organisation details");
    public string StepContact => P("Persona de contacto y cuenta", "Contact person and account");
    public string StepPrivacy => P("Aviso de privacidad", "Privacy notice");
    public string FieldKind => P("Tipo de organización", "Kind of organisation");
    public string FieldKindHint => P("Qué papel tiene en el programa: forma personas, las acompaña, invierte, las representa o gobierna.", "The part it plays in the program: it trains people, supports them, invests, represents them or governs.");
    public string ChooseKind => P("Elija el tipo", "Choose the kind");
    public string FieldName => P("Nombre de la organización", "Organisation's name");
    public string FieldNameHint => P("El nombre con que la conocen: aparece en el directorio de aliados.", "The name people know it by: it appears in the partner directory.");
    public string FieldLegalName => P("Razón social", "Legal name");
    public string FieldLegalNameHint => P("Como aparece ante el SAT, p. ej. «Impulso Emprendedor del Bajío, A.C.».", "As registered with SAT, e.g. «Impulso Emprendedor del Bajío, A.C.».");
    public string FieldRfc => P("RFC de la persona moral", "Legal entity's RFC (tax id)");
    public string FieldRfcHint => P("12 caracteres con homoclave, tal como aparece en su constancia de situación fiscal. No se acepta el RFC de 13 caracteres de una persona física.",
        "12 characters including the homoclave, as on the tax status certificate. An individual's 13-character RFC is not accepted.");
    public string FieldState => P("Estado de la oficina principal", "State of the main office");
    public string ChooseState => P("Elija el estado", "Choose the state");
    public string FieldWebsite => P("Sitio web", "Website");
    public string FieldContactName => P("Nombre de la persona de contacto", "Contact person's name");
    public string FieldContactEmail => P("Correo de la persona de contacto", "Contact person's email");
    public string FieldContactEmailHint => P("Con él entrará a Semillero como administrador de la organización; le enviaremos un enlace para confirmarlo.",
        "You will sign in with it as the organisation's administrator; we will send a link to confirm it.");
    public string FieldContactEmailEditHint => P("El correo con que el equipo del programa se comunica con la organización.", "The email the program team writes to about the organisation.");
    public string FieldContactPhone => P("Teléfono de contacto", "Contact phone");
    public string FieldContactPhoneHint => P("Opcional. 10 dígitos, p. ej. 55 1234 5678.", "Optional. 10 digits, e.g. 55 1234 5678.");
    public string FieldPassword => P("Contraseña", "Password");
    // {0}: minimum length
    public string FieldPasswordHint => P("Al menos {0} caracteres. Una frase larga es más segura que una palabra con símbolos. No se aceptan contraseñas muy usadas, secuencias como 1234567890 ni su nombre o correo.",
        "At least {0} characters. A long phrase is safer than a word with symbols. Very common passwords, sequences like 1234567890 and your name or email are not accepted.");
    public string PrivacyIntro => P("Tratamos el nombre, el correo y el teléfono de la persona de contacto solo para operar la cuenta de la organización y comunicarnos con ella.",
        "We process the contact person's name, email and phone only to run the organisation's account and to contact them.");
    public string ReadNotice => P("Leer el aviso de privacidad", "Read the privacy notice");
    public string AcceptNotice => P("He leído y acepto el aviso de privacidad.", "I have read and accept the privacy notice.");
    public string RegisterButton => P("Registrar organización", "Register organisation");
    public string RegisterAfter => P("Después de registrarse confirme su correo. El equipo del programa verificará su organización; mientras tanto puede invitar a su personal.",
        "After registering, confirm your email. The program team will verify your organisation; meanwhile you can invite your staff.");
    public string ErrorSummaryTitle => P("Revise estos datos", "Check these details");
    public string RfcWarningTitle => P("Revise el RFC", "Check the RFC");
    public string RfcWarningAccepted => P("Lo registramos de todos modos; el equipo del programa lo confirmará con su constancia de situación fiscal.", "We registered it anyway; the program team will confirm it against the tax status certificate.");
    public string RfcWarningPending => P("Si el RFC es correcto, puede continuar: algunos RFC reales no cumplen esta verificación.", "If the RFC is right you may continue: some genuine RFCs fail this check.");
    public string ConfirmRfc => P("El RFC está bien escrito: registrarlo así.", "The RFC is right as written: register it like this.");
    public string TakenTitle => P("Esta organización ya está registrada", "This organisation is already registered");
    public string RegisteredTitle => P("Confirme su correo", "Confirm your email");
    public string RegisteredSentTo => P("Le enviamos un enlace de confirmación a", "We sent a confirmation link to");
    public string RegisteredNext => P("Ábralo para activar la cuenta. Después entre a «Mi organización»: ahí verá el estado de la verificación y podrá invitar a su personal.",
        "Open it to activate the account. Then go to «My organisation»: there you will see where the verification stands and can invite your staff.");
    public string GoToSignIn => P("Ir a entrar", "Go to sign in");
    public string AsideTitle => P("Qué necesita", "What you need");
    public string AsideRfc => P("El RFC de 12 caracteres y la razón social de su constancia de situación fiscal.", "The 12-character RFC and legal name on the tax status certificate.");
    public string AsideContact => P("El correo de la persona que administrará la organización en Semillero.", "The email of the person who will administer the organisation in Semillero.");
    public string AsideVerifyTitle => P("¿Por qué verificamos?", "Why do we verify?");
    public string AsideVerify => P("Una organización registra personas y envía sus registros de aprendizaje: el programa confirma que existe antes de que lo haga. Hasta entonces no aparece en el directorio ni tiene llaves de API.",
        "An organisation registers people and sends their learning records: the program confirms it exists before it does. Until then it is not in the directory and has no API keys.");

    // Directory (/aliados and /aliados/{id})
    public string DirTitle => P("Organizaciones aliadas", "Partner organisations");
    public string DirLead => P("Proveedores de formación, instituciones educativas, aceleradoras, fondos, cámaras y gobiernos que el equipo del programa verificó.",
        "Training providers, schools and universities, accelerators, funds, chambers and governments the program team has verified.");
    public string DirFiltersTitle => P("Filtrar el directorio", "Filter the directory");
    public string DirKind => P("Tipo", "Kind");
    public string DirAllKinds => P("Todos los tipos", "All kinds");
    public string DirState => P("Estado", "State");
    public string DirAllStates => P("Todos los estados", "All states");
    public string DirFilter => P("Filtrar", "Filter");
    public string DirClear => P("Quitar filtros", "Clear filters");
    public string DirNone => P("Ninguna organización verificada coincide con los filtros.", "No verified organisation matches the filters.");
    public string DirCount(int n) => n == 1 ? P("1 organización", "1 organisation") : Format(P("{0} organizaciones", "{0} organisations"), n.ToString("N0", CultureInfo.CurrentCulture));
    public string DirJoinTitle => P("¿Su organización quiere sumarse?", "Does your organisation want to join?");
    public string DirJoin => P("Registre a su organización", "Register your organisation");
    public string DetailEyebrow => P("Organización aliada", "Partner organisation");
    // {0}: date
    public string DetailVerifiedOn => P("Verificada por el equipo del programa el {0}.", "Verified by the program team on {0}.");
    public string DetailBack => P("Todas las organizaciones aliadas", "All partner organisations");

    // Operators (/operacion/aliados and /operacion/aliados/{id})
    public string OpTitle => P("Organizaciones aliadas", "Partner organisations");
    public string OpLead => P("Verifique cada organización antes de que actúe: su RFC contra su constancia de situación fiscal. Si no puede verificarla, escriba el motivo: la organización lo verá para corregir sus datos.",
        "Verify each organisation before it acts: its RFC against its tax status certificate. If you cannot verify it, write the reason: the organisation will see it to correct its data.");
    public string OpPending => P("Pendientes", "Pending");
    public string OpVerified => P("Verificadas", "Verified");
    public string OpRejected => P("No verificadas", "Not verified");
    public string OpSearch => P("RFC o nombre", "RFC or name");
    public string OpFilter => P("Buscar", "Search");
    public string OpNone => P("No hay organizaciones en esta lista.", "There are no organisations in this list.");
    public string OpColOrganization => P("Organización", "Organisation");
    public string OpColRfc => P("RFC", "RFC");
    public string OpColKind => P("Tipo y estado", "Kind and state");
    public string OpColRegistered => P("Registro", "Registered");
    public string OpColActions => P("Acciones", "Actions");
    public string OpCheckDigit => P("El dígito verificador no cuadra", "Check digit does not match");
    public string OpNoRfc => P("Sin RFC", "No RFC");
    public string OpVerify => P("Verificar", "Verify");
    public string OpReason => P("Motivo para la organización", "Reason for the organisation");
    public string OpReject => P("No verificar", "Do not verify");
    public string OpDetail => P("Ver detalle", "See details");
    // {0}: organisation's name
    public string OpVerifiedOk => P("«{0}» verificada: ya aparece en el directorio de aliados.", "«{0}» verified: it now appears in the partner directory.");
    public string OpRejectedOk => P("«{0}» no verificada; verá el motivo en su página.", "«{0}» not verified; it will see the reason on its page.");
    public string OpAlready => P("La organización ya estaba verificada.", "The organisation was already verified.");
    public string OpNotFound => P("La organización no existe.", "The organisation does not exist.");
    public string OpAudit => P("Quién verificó o no verificó, y cuándo, queda en la organización y en el registro del sistema.", "Who verified or did not verify, and when, stays on the organisation and in the system log.");
    public string RejectedReasonLabel => P("Motivo:", "Reason:");
    // {0}: page, {1}: pages
    public string PageOf => P("Página {0} de {1}", "Page {0} of {1}");
    public string OpBack => P("Organizaciones aliadas", "Partner organisations");
    public string OpFacts => P("Datos de la organización", "Organisation details");
    public string OpStatus => P("Estado de la verificación", "Verification status");
    // {0}: who, {1}: when
    public string OpDecidedBy => P("Decidió: {0}, el {1}.", "Decided by {0} on {1}.");
    public string OpRegisteredOn => P("Registrada el", "Registered on");

    // The organisation's hub (/organizacion)
    public string HubEyebrow => P("Mi organización", "My organisation");
    public string NoOrgTitle => P("Su cuenta no pertenece a una organización", "Your account does not belong to an organisation");
    public string NoOrg => P("Pida a quien administra su organización en Semillero que le invite, o registre a su organización.", "Ask whoever administers your organisation in Semillero to invite you, or register your organisation.");
    public string PendingTitle => P("Su organización espera la verificación", "Your organisation is awaiting verification");
    public string Pending => P("El equipo del programa comprueba su RFC y su razón social. Mientras tanto puede corregir sus datos e invitar a su personal. Cuando esté verificada aparecerá en el directorio de aliados, podrá crear llaves de API y actuar en Semillero: registrar personas y enviar sus registros de aprendizaje.",
        "The program team checks its RFC and legal name. Meanwhile you can correct its details and invite your staff. Once verified it will appear in the partner directory, can create API keys and act in Semillero: register people and send their learning records.");
    public string VerifiedTitle => P("Organización verificada", "Verified organisation");
    // {0}: date
    public string Verified => P("El equipo del programa la verificó el {0}. Aparece en el directorio de aliados.", "The program team verified it on {0}. It appears in the partner directory.");
    public string RejectedTitle => P("Su organización no fue verificada", "Your organisation was not verified");
    public string RejectedReason => P("El equipo del programa escribió:", "The program team wrote:");
    public string RejectedNext => P("Corrija sus datos: al guardarlos, la organización vuelve a la fila de verificación.", "Correct its details: once saved, the organisation goes back to the verification queue.");
    // {0}: role
    public string YourRole => P("Su rol en la organización: {0}.", "Your role in the organisation: {0}.");
    public string HubLinksTitle => P("En su organización", "In your organisation");
    public string LinkData => P("Datos de la organización", "Organisation details");
    public string LinkMembers => P("Personas", "People");
    public string LinkKeys => P("Llaves de API", "API keys");

    public string LinkCohorts => P("Convocatorias", "Cohorts");

    public string LinkResults => P("Resultados de sus personas", "What its people achieved");
    public string LinkStartups => P("Directorio de startups", "Startup directory");
    public string LinkVouching => P("Códigos de aval para créditos", "Vouching codes for credits");
    public string LinkDirectoryPage => P("Su página en el directorio", "Its page in the directory");
    public string MembersCount(int n) => n == 1 ? P("1 persona", "1 person") : Format(P("{0} personas", "{0} people"), n.ToString("N0", CultureInfo.CurrentCulture));
    public string KeysCount(int n) => n == 1 ? P("1 llave activa", "1 active key") : Format(P("{0} llaves activas", "{0} active keys"), n.ToString("N0", CultureInfo.CurrentCulture));

    // Details (/organizacion/datos)
    public string DataTitle => P("Datos de la organización", "Organisation details");
    public string DataLead => P("El RFC identifica a la organización y no cambia. Si no fue verificada, al guardar vuelve a la fila de verificación.", "The RFC identifies the organisation and does not change. If it was not verified, saving puts it back in the verification queue.");
    public string Save => P("Guardar", "Save");
    public string Saved => P("Datos guardados.", "Details saved.");
    public string SavedBackToReview => P("Datos guardados: la organización volvió a la fila de verificación.", "Details saved: the organisation is back in the verification queue.");
    public string OnlyAdmins => P("Solo quienes administran la organización pueden cambiar sus datos, invitar personas y manejar sus llaves.", "Only the organisation's administrators can change its details, invite people and manage its keys.");
    public string Back => P("Volver a Mi organización", "Back to My organisation");

    // Members (/organizacion/miembros)
    public string MembersTitle => P("Personas de la organización", "The organisation's people");
    public string MembersLead => P("Quienes administran invitan a su personal, cambian roles y quitan personas. La organización conserva siempre al menos una persona administradora.",
        "Administrators invite staff, change roles and remove people. The organisation always keeps at least one administrator.");
    public string ColName => P("Nombre", "Name");
    public string ColEmail => P("Correo", "Email");
    public string ColRole => P("Rol", "Role");
    public string ColAccount => P("Cuenta", "Account");
    public string ColActions => P("Acciones", "Actions");
    public string AccountActive => P("Activa", "Active");
    public string AccountInvited => P("Invitación enviada", "Invitation sent");
    public string You => P("(usted)", "(you)");
    public string ChangeRole => P("Cambiar rol", "Change role");
    public string NewRoleLabel => P("Nuevo rol para", "New role for");
    public string Remove => P("Quitar", "Remove");
    public string RemoveLabel => P("Quitar de la organización a", "Remove from the organisation");
    public string InviteTitle => P("Invitar a una persona", "Invite a person");
    public string InviteLead => P("Recibirá un correo con un enlace para elegir su contraseña; con él entra a Semillero como parte de su organización.", "They will receive an email with a link to choose a password; with it they sign in to Semillero as part of your organisation.");
    public string InviteName => P("Nombre", "Name");
    public string InviteEmail => P("Correo", "Email");
    public string InviteRole => P("Rol en la organización", "Role in the organisation");
    public string InviteButton => P("Enviar invitación", "Send invitation");
    public string RoleHintAdmin => P("Administrador: corrige los datos, invita personas y maneja las llaves.", "Administrator: corrects the details, invites people and manages the keys.");
    public string RoleHintStaff => P("Personal: actúa por la organización sin administrarla.", "Staff: acts for the organisation without administering it.");
    // {0}: email
    public string Invited => P("Invitación enviada a {0}.", "Invitation sent to {0}.");
    // {0}: name, {1}: role
    public string RoleChanged => P("{0} ahora tiene el rol {1}.", "{0} now has the role {1}.");
    // {0}: name
    public string Removed => P("{0} ya no pertenece a la organización.", "{0} no longer belongs to the organisation.");
    public string LastAdmin => P("La organización necesita al menos una persona administradora: nombre a otra antes de cambiar el rol de {0} o quitarla.",
        "The organisation needs at least one administrator: make someone else one before changing {0}'s role or removing them.");
    public string MemberNotFound => P("Esa persona no pertenece a su organización.", "That person does not belong to your organisation.");

    // The API reference page (/referencia-api)
    public string ApiWhoAdmin => P("administrador de la organización (con sesión) u operador", "the organisation's administrator (signed in) or operador");
    public string ApiEpRegister => P("Registra una organización (JSON con kind, name, legalName, rfc de 12 caracteres, state, website y contacto; \"verified\": true la deja verificada). 201; 400 con los campos; 409 si el RFC o el nombre ya están registrados.",
        "Registers an organisation (JSON with kind, name, legalName, a 12-character rfc, state, website and contact; \"verified\": true leaves it verified). 201; 400 with the fields; 409 if the RFC or name is already registered.");
    public string ApiEpList => P("Las organizaciones verificadas, sin RFC ni contacto; kind (proveedor, academia, aceleradora, inversion, camara, gobierno) y state las filtran.",
        "The verified organisations, without RFC or contact; kind (proveedor, academia, aceleradora, inversion, camara, gobierno) and state filter them.");
    public string ApiEpGet => P("Una organización verificada; operadores y su propia gente ven todos sus datos y su estado. 404 si no está verificada.",
        "A verified organisation; operators and its own people see all its data and status. 404 if it is not verified.");
    public string ApiEpDecide => P("Verifica la organización, o no la verifica con un motivo (JSON con reason) que ella ve.", "Verifies the organisation, or does not, with a reason (JSON with reason) it sees.");
    public string ApiEpKeyCreate => P("Crea una llave de aliado para la organización verificada (JSON con name); el token se muestra una vez. 403 para su personal, 404 si la organización no es suya, 409 si no está verificada.",
        "Creates a partner key for the verified organisation (JSON with name); the token is shown once. 403 for its staff, 404 if the organisation is not theirs, 409 if it is not verified.");
    public string ApiEpKeyRevoke => P("Revoca para siempre una llave de la organización; la de otra organización es 404.", "Revokes one of the organisation's keys for good; another organisation's is 404.");

    // The organisation field of the operators' keys page (/operacion/credenciales)
    public string CredFieldOrganization => P("Organización (llaves de aliado)", "Organisation (partner keys)");
    public string CredChooseOrganization => P("Elija una organización verificada", "Choose a verified organisation");
    public string CredFieldOrganizationHint => P("Una llave de aliado actúa por una organización verificada; las llaves de operación no llevan organización.", "A partner key acts for a verified organisation; operation keys carry none.");

    // Keys (/organizacion/llaves)
    public string KeysTitle => P("Llaves de API de la organización", "The organisation's API keys");
    public string KeysLead => P("Las plataformas y sistemas de su organización registran personas y envían registros de aprendizaje con una llave. El secreto se muestra una sola vez; revocar una llave es definitivo.",
        "Your organisation's platforms and systems register people and send learning records with a key. The secret is shown once; revoking a key is final.");
    public string KeysNotVerified => P("Su organización tendrá llaves cuando el equipo del programa la verifique.", "Your organisation will have keys once the program team verifies it.");
    public string KeyName => P("Nombre de la llave", "Key name");
    public string KeyNameHint => P("Para qué sistema es, p. ej. «Moodle campus norte».", "Which system it is for, e.g. «Moodle north campus».");
    public string CreateKey => P("Crear llave", "Create key");
    public string CreatedTitle => P("Llave creada: guárdela ahora", "Key created: store it now");
    public string CreatedText => P("Es la única vez que verá el secreto. En la API úsela completa como «Authorization: Bearer ID.SECRETO»; en un cliente xAPI, el ID es el usuario y el secreto la contraseña.",
        "This is the only time you will see the secret. In the API use it whole as «Authorization: Bearer ID.SECRET»; in an xAPI client the ID is the username and the secret the password.");
    public string CreatedToken => P("Llave completa", "Full key");
    public string ColKey => P("Llave", "Key");
    public string ColCreated => P("Creada", "Created");
    public string ColKeyStatus => P("Estado", "Status");
    public string KeyActive => P("Activa", "Active");
    // {0}: date
    public string KeyRevokedOn => P("Revocada el {0}", "Revoked on {0}");
    public string Revoke => P("Revocar", "Revoke");
    public string RevokeLabel => P("Revocar la llave", "Revoke the key");
    public string NoKeys => P("Su organización aún no tiene llaves.", "Your organisation has no keys yet.");
    // {0}: key name, {1}: key id
    public string KeyRevoked => P("Llave «{0}» ({1}) revocada; los servidores la rechazan a más tardar en un minuto.", "Key «{0}» ({1}) revoked; servers refuse it within a minute.");
    public string KeyAlreadyRevoked => P("Esa llave ya estaba revocada.", "That key was already revoked.");
    public string KeyNotFound => P("Esa llave no es de su organización.", "That key does not belong to your organisation.");
}
