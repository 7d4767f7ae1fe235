using System.Globalization;
using Semillero.Companies;
using Semillero.Geography;
using Semillero.Language;
using Semillero.Vacancies;

namespace Semillero.Web.Companies;

// The words of the company and vacancy pages (/empresas/registro, /empresa/**, /vacantes/**,
// /operacion/empresas), Spanish first and English. Each string is written once with both languages
// side by side, so neither can be missing. Keep HTML out of these values.
public sealed class EmpresasTexts
{
    private static readonly EmpresasTexts Es = new(false);
    private static readonly EmpresasTexts En = new(true);

    private EmpresasTexts(bool english) => English = english;

    public static EmpresasTexts Current => UiLanguage.IsEnglish ? En : Es;

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // Navigation
    public string NavCompany => P("Mi empresa", "My company");
    public string NavVacancies => P("Vacantes", "Jobs");
    public string NavOperatorCompanies => P("Empresas", "Companies");

    // Registration
    public string RegisterEyebrow => P("Empresas", "Companies");
    public string RegisterTitle => P("Registre a su empresa", "Register your company");
    public string RegisterLead => P("Publique vacantes de nube, IA y datos y encuentre talento formado por el programa. El registro es gratuito; el equipo del programa verifica cada empresa antes de que sus vacantes se publiquen.",
        "Post cloud, AI and data jobs and find talent trained by the program. Registration is free; the program team verifies each company before its jobs go public.");
    public string RegisterHaveAccount => P("¿Ya tiene cuenta?", "Already have an account?");
    public string SignIn => P("Entrar", "Sign in");
    public string StepCompany => P("Datos de la empresa", "Company details");
    public string StepSize => P("Tamaño", "Size");
    public string StepAbout => P("Presentación", "About the company");
    public string StepContact => P("Persona de contacto y cuenta", "Contact person and account");
    public string StepPrivacy => P("Aviso de privacidad", "Privacy notice");
    public string FieldRfc => P("RFC de la empresa", "Company RFC (tax id)");
    public string FieldRfcHint => P("12 caracteres para persona moral o 13 para persona física con actividad empresarial, con homoclave. Tal como aparece en su constancia de situación fiscal.",
        "12 characters for a company or 13 for an individual with business activity, including the homoclave, as on your tax status certificate.");
    public string FieldLegalName => P("Razón social", "Legal name");
    public string FieldLegalNameHint => P("Como aparece ante el SAT, p. ej. «Nube del Sur, S.A. de C.V.».", "As registered with SAT, e.g. «Nube del Sur, S.A. de C.V.».");
    public string FieldTradeName => P("Nombre comercial", "Trade name");
    public string FieldTradeNameHint => P("El nombre que verán las personas candidatas.", "The name candidates will see.");
    public string FieldSector => P("Sector (SCIAN 2023)", "Sector (SCIAN 2023)");
    public string FieldSectorHint => P("La actividad principal de la empresa según el Sistema de Clasificación Industrial de América del Norte.", "The company's main activity in the North American Industry Classification System (Mexico).");
    public string ChooseSector => P("Elija el sector", "Choose the sector");
    public string FieldState => P("Estado de la oficina principal", "State of the main office");
    public string ChooseState => P("Elija el estado", "Choose the state");
    public string FieldWorkers => P("Número de trabajadores", "Number of workers");
    public string FieldWorkersHint => P("Personas que trabajan en la empresa hoy (puede ser 0).", "People working at the company today (may be 0).");
    public string FieldSales => P("Ventas anuales (millones de pesos)", "Annual sales (millions of pesos)");
    public string FieldSalesHint => P("En millones de pesos: 1.5 son un millón y medio; 0.35 son 350 mil. Con los trabajadores, decide el tamaño según la estratificación del DOF (2009).",
        "In millions of pesos: 1.5 is one and a half million; 0.35 is 350 thousand. With the workers it decides the size under the DOF 2009 stratification.");
    public string FieldKind => P("Tipo de empresa", "Kind of company");
    public string FieldKindHint => P("Cómo se describe la empresa: una startup se define por su etapa, no por su tamaño.", "How the company describes itself: a startup is defined by its stage, not its size.");
    public string ChooseKind => P("Elija el tipo", "Choose the kind");
    public string FieldWebsite => P("Sitio web", "Website");
    public string FieldDescription => P("Descripción", "Description");
    public string FieldDescriptionHint => P("Qué hace la empresa, en pocas líneas. Las personas candidatas la leen junto a sus vacantes.", "What the company does, in a few lines. Candidates read it with its jobs.");
    public string FieldContactName => P("Nombre de la persona de contacto", "Contact person's name");
    public string FieldEmail => P("Correo de la persona de contacto", "Contact person's email");
    public string FieldEmailHint => P("Con él entrará a Semillero; le enviaremos un enlace para confirmarlo.", "You will sign in with it; we will send a link to confirm it.");
    public string FieldPassword => P("Contraseña", "Password");
    // {0}: minimum length
    public string FieldPasswordHint => P("Al menos {0} caracteres. Una frase larga es más segura que una palabra con símbolos. No se aceptan contraseñas muy usadas, secuencias como 1234567890 ni su nombre o correo.", "At least {0} characters. A long phrase is safer than a word with symbols. Very common passwords, sequences like 1234567890 and your name or email are not accepted.");
    public string PrivacyIntro => P("Tratamos el nombre y el correo de la persona de contacto solo para operar la cuenta de la empresa y comunicarnos con ella.",
        "We process the contact person's name and email only to run the company's account and to contact them.");
    public string ReadNotice => P("Leer el aviso de privacidad", "Read the privacy notice");
    public string AcceptNotice => P("He leído y acepto el aviso de privacidad.", "I have read and accept the privacy notice.");
    public string RegisterButton => P("Registrar empresa", "Register company");
    public string RegisterAfter => P("Después de registrarse confirme su correo. El equipo del programa verificará su empresa; mientras tanto puede preparar sus vacantes.",
        "After registering, confirm your email. The program team will verify your company; meanwhile you can prepare your jobs.");
    public string RfcWarningTitle => P("Revise el RFC", "Check the RFC");
    public string RfcWarningAccepted => P("Lo registramos de todos modos; el equipo del programa lo confirmará con su constancia de situación fiscal.", "We registered it anyway; the program team will confirm it against your tax status certificate.");
    public string RfcWarningPending => P("Si el RFC es correcto, puede continuar: algunos RFC reales no cumplen esta verificación.", "If the RFC is right you may continue: some genuine RFCs fail this check.");
    public string ConfirmRfc => P("El RFC está bien escrito: registrarlo así.", "The RFC is right as written: register it like this.");
    public string RfcTakenTitle => P("Esta empresa ya está registrada", "This company is already registered");
    // {0}: RFC
    public string RfcTaken => P("El RFC {0} ya tiene una cuenta en Semillero. Pida a la persona de su empresa que ya tiene la cuenta, o al equipo del programa, una invitación para usted.",
        "RFC {0} already has an account in Semillero. Ask the person at your company who holds it, or the program team, for an invitation.");
    public string RegisteredTitle => P("Confirme su correo", "Confirm your email");
    public string RegisteredSentTo => P("Le enviamos un enlace de confirmación a", "We sent a confirmation link to");
    public string RegisteredNext => P("Ábralo para activar la cuenta. Después entre a «Mi empresa»: ahí verá el estado de la verificación y podrá preparar sus vacantes.",
        "Open it to activate the account. Then go to «My company»: you will see the verification status there and can prepare your jobs.");
    public string GoToSignIn => P("Ir a entrar", "Go to sign in");
    public string AsideTitle => P("Qué necesita", "What you need");
    public string AsideRfc => P("El RFC y la razón social de su constancia de situación fiscal.", "The RFC and legal name on your tax status certificate.");
    public string AsideSize => P("Número de trabajadores y ventas anuales aproximadas.", "Number of workers and approximate annual sales.");
    public string AsideTime => P("Unos cinco minutos.", "About five minutes.");
    public string AsideVerifyTitle => P("¿Por qué verificamos?", "Why do we verify?");
    public string AsideVerify => P("Para que las personas que buscan empleo solo vean vacantes de empresas reales.", "So that people looking for work only see jobs from real companies.");

    // Kinds, sizes, statuses, modalities, levels
    public string Kind(CompanyKind kind) => kind switch
    {
        CompanyKind.Startup => "Startup",
        CompanyKind.Pyme => P("Pyme", "SME"),
        _ => P("Grande", "Large"),
    };

    public string Size(SizeBand band) => band switch
    {
        SizeBand.Micro => P("Micro", "Micro"),
        SizeBand.Pequena => P("Pequeña", "Small"),
        SizeBand.Mediana => P("Mediana", "Medium"),
        _ => P("Grande", "Large"),
    };

    public string Status(CompanyStatus status) => status switch
    {
        CompanyStatus.Verificada => P("Verificada", "Verified"),
        CompanyStatus.Rechazada => P("No verificada", "Not verified"),
        _ => P("Pendiente de verificación", "Pending verification"),
    };

    public string Status(VacancyStatus status) => status switch
    {
        VacancyStatus.Borrador => P("Borrador", "Draft"),
        VacancyStatus.Abierta => P("Abierta", "Open"),
        _ => P("Cerrada", "Closed"),
    };

    public string Modality(WorkModality modality) => modality switch
    {
        WorkModality.Presencial => P("Presencial", "On-site"),
        WorkModality.Hibrido => P("Híbrido", "Hybrid"),
        _ => P("Remoto", "Remote"),
    };

    public string Level(SkillLevel level) => level switch
    {
        SkillLevel.Basico => P("Básico", "Basic"),
        SkillLevel.Intermedio => P("Intermedio", "Intermediate"),
        _ => P("Avanzado", "Advanced"),
    };

    public string SkillArea(string area) => area switch
    {
        "nube" => P("Nube", "Cloud"),
        "ia" => P("Inteligencia artificial", "Artificial intelligence"),
        "datos" => P("Datos", "Data"),
        "innovacion" => P("Innovación", "Innovation"),
        _ => P("Habilidades digitales", "Digital skills"),
    };

    public static string StateName(string? code) => code is null ? "" : Entidades.NameOf(code);

    public static string SectorName(string code) => ScianSectors.NameOf(code);

    public string Money(int pesos) => "$" + pesos.ToString("N0", CultureInfo.CurrentCulture);

    public string Salary(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => Format(P("{0} mensuales", "{0} a month"), Money(a)),
        ({ } a, { } b) => Format(P("{0} a {1} mensuales", "{0} to {1} a month"), Money(a), Money(b)),
        ({ } a, null) => Format(P("Desde {0} mensuales", "From {0} a month"), Money(a)),
        (null, { } b) => Format(P("Hasta {0} mensuales", "Up to {0} a month"), Money(b)),
        _ => P("Sueldo no publicado", "Salary not stated"),
    };

    public string Where(WorkModality modality, string? stateCode) => stateCode is null
        ? (modality == WorkModality.Remoto ? P("Remoto, todo el país", "Remote, anywhere in Mexico") : Modality(modality))
        : $"{Modality(modality)} · {StateName(stateCode)}";

    public string Openings(int n) => n == 1 ? P("1 plaza", "1 opening") : Format(P("{0} plazas", "{0} openings"), n);

    public string Day(DateOnly day) => Semillero.Calendar.Dates.Written(day);

    // {0}: date
    public string ClosesOn(DateOnly day) => Format(P("Cierra el {0}", "Closes on {0}"), Day(day));

    public string Required => P("Requerida", "Required");
    public string NiceToHave => P("Deseable", "Nice to have");

    // Company home
    public string HomeEyebrow => P("Mi empresa", "My company");
    public string NoCompanyTitle => P("Su cuenta no está vinculada a una empresa", "Your account is not linked to a company");
    public string NoCompany => P("Pida al equipo del programa que la vincule, o registre a su empresa si aún no está en Semillero.", "Ask the program team to link it, or register your company if it is not in Semillero yet.");
    public string PendingTitle => P("Su empresa está en revisión", "Your company is under review");
    public string Pending => P("El equipo del programa está verificando sus datos. Puede preparar y publicar vacantes: serán públicas en cuanto su empresa quede verificada.",
        "The program team is checking your details. You can prepare and publish jobs: they go public as soon as your company is verified.");
    public string RejectedTitle => P("No pudimos verificar a su empresa", "We could not verify your company");
    public string RejectedReason => P("Motivo del equipo del programa:", "The program team's reason:");
    public string RejectedNext => P("Corrija sus datos en el perfil: al guardarlos, su empresa vuelve a revisión.", "Correct your details in the profile: saving them sends your company back for review.");
    public string VerifiedTitle => P("Empresa verificada", "Verified company");
    // {0}: date
    public string Verified => P("Verificada el {0}. Sus vacantes abiertas aparecen en la búsqueda pública.", "Verified on {0}. Your open jobs appear in the public search.");
    public string EditProfile => P("Editar perfil", "Edit profile");
    public string DiagnosticTitle => P("Diagnóstico de madurez en IA", "AI-maturity diagnostic");
    public string DiagnosticLead => P("En unos 15 minutos, vea dónde está su empresa en datos, nube e IA, qué rutas cierran sus brechas y cuánto avanza al volver a medir.",
        "In about 15 minutes, see where your company stands in data, cloud and AI, which paths close its gaps and how far it moves when you measure again.");
    public string DiagnosticLink => P("Ir al diagnóstico", "Go to the diagnostic");
    public string StartupTitle => P("Perfil de startup y créditos de nube", "Startup profile and cloud credits");
    public string StartupLead => P("Complete el perfil de su startup y sus personas fundadoras: con él solicita créditos de nube y, si lo desea, aparece ante fondos de inversión y aceleradoras.",
        "Complete your startup's profile and its founders: with it you apply for cloud credits and, if you wish, appear to investment funds and accelerators.");
    public string StartupLink => P("Ir al perfil de startup", "Go to the startup profile");

    public string CreditsTitle => P("Créditos de nube para startups", "Cloud credits for startups");
    public string CreditsLead => P("Si su startup es elegible, solicite créditos de nube del programa y siga su solicitud.", "If your startup is eligible, apply for the program's cloud credits and follow your application.");
    public string CreditsLink => P("Ir a créditos", "Go to credits");

    // The link to the startup's credit codes (Credits/CodigosEmpresa).
    public string CreditCodesLink => P("Sus créditos de nube y sus códigos", "Your cloud credits and codes");
    public string SizeTitle => P("Tamaño según el DOF", "Size under the DOF");
    // {0}: workers, {1}: sales, {2}: score
    public string SizeHow => P("Puntaje combinado = trabajadores × 10% + ventas anuales (millones) × 90% = {0} × 0.1 + {1} × 0.9 = {2}.",
        "Combined score = workers × 10% + annual sales (millions) × 90% = {0} × 0.1 + {1} × 0.9 = {2}.");
    // {0}: sector group
    public string SizeCaps => P("Topes para su sector ({0}), según el Acuerdo de estratificación (DOF, 30 de junio de 2009):", "Caps for your sector ({0}) under the stratification agreement (DOF, June 30, 2009):");
    public string SizeAbove => P("Por encima del tope de mediana: grande.", "Above the medium cap: large.");
    public string Group(CompanyRules.SectorGroup group) => group switch
    {
        CompanyRules.SectorGroup.Comercio => P("comercio", "commerce"),
        CompanyRules.SectorGroup.Industria => P("industria", "industry"),
        _ => P("servicios", "services"),
    };
    public string Facts => P("Datos de la empresa", "Company details");
    public string VacanciesTitle => P("Sus vacantes", "Your jobs");
    public string NewVacancy => P("Nueva vacante", "New job");
    public string NoVacancies => P("Aún no tiene vacantes. Cree la primera: elija las habilidades que pide y Semillero le mostrará personas formadas en ellas.",
        "You have no jobs yet. Create the first one: choose the skills it needs and Semillero will show you people trained in them.");
    public string ColTitle => P("Vacante", "Job");
    public string ColStatus => P("Estado", "Status");
    public string ColWhere => P("Modalidad", "Work mode");
    public string ColCloses => P("Cierre", "Closes");
    public string ColActions => P("Acciones", "Actions");
    public string Public => P("Pública", "Public");
    public string NotPublicYet => P("No pública aún", "Not public yet");
    public string Edit => P("Editar", "Edit");
    public string Candidates => P("Ver candidatos", "See candidates");
    public string Applications => P("Postulaciones", "Applications");

    // Profile
    public string ProfileTitle => P("Perfil de la empresa", "Company profile");
    public string ProfileLead => P("Lo que las personas candidatas ven de su empresa, y los datos con los que se calcula su tamaño.", "What candidates see of your company, and the details its size is computed from.");
    public string RfcFixed => P("El RFC identifica a la empresa y no cambia. Si está mal, escriba al equipo del programa.", "The RFC identifies the company and does not change. If it is wrong, write to the program team.");
    public string Save => P("Guardar", "Save");
    public string Cancel => P("Cancelar", "Cancel");
    public string Saved => P("Cambios guardados.", "Changes saved.");
    public string SavedBackToReview => P("Cambios guardados. Su empresa volvió a revisión.", "Changes saved. Your company is back under review.");

    // Vacancy form
    public string NewVacancyTitle => P("Nueva vacante", "New job");
    public string NewVacancyLead => P("Se guarda como borrador; publíquela cuando esté lista.", "It is saved as a draft; publish it when it is ready.");
    public string EditVacancyTitle => P("Vacante", "Job");
    public string FieldTitle => P("Título del puesto", "Job title");
    public string FieldTitleHint => P("P. ej. «Analista de datos» o «Ingeniera o ingeniero de nube».", "E.g. «Data analyst» or «Cloud engineer».");
    public string FieldVacancyDescription => P("Descripción del puesto", "Job description");
    public string FieldVacancyDescriptionHint => P("Qué hará la persona, con quién y qué ofrece la empresa.", "What the person will do, with whom, and what the company offers.");
    public string FieldSkills => P("Habilidades", "Skills");
    // {0}: max skills
    public string FieldSkillsHint => P("Elija el nivel de cada habilidad que pide el puesto y si es requerida o deseable. Al menos una requerida; hasta {0} en total.",
        "Choose the level of each skill the job asks for and whether it is required or nice to have. At least one required; up to {0} in all.");
    public string SkillNotNeeded => P("No se pide", "Not needed");
    public string SkillLevelLabel => P("Nivel", "Level");
    public string SkillKindLabel => P("Tipo", "Type");
    public string FieldModality => P("Modalidad", "Work mode");
    public string FieldVacancyState => P("Estado donde se trabaja", "State where the work is");
    public string FieldVacancyStateHint => P("Obligatorio en presencial e híbrido; en remoto déjelo vacío si la vacante es para todo el país.", "Required on-site and hybrid; for remote leave it empty if the job is open nationwide.");
    public string AnyState => P("Todo el país (solo remoto)", "Whole country (remote only)");
    public string FieldSalaryMin => P("Sueldo mensual mínimo (pesos)", "Minimum monthly salary (pesos)");
    public string FieldSalaryMax => P("Sueldo mensual máximo (pesos)", "Maximum monthly salary (pesos)");
    public string FieldSalaryHint => P("Bruto, en pesos al mes. Publicar el rango atrae más candidaturas.", "Gross, in pesos a month. Publishing the range attracts more applicants.");
    public string FieldOpenings => P("Plazas", "Openings");
    public string FieldClosesOn => P("Fecha de cierre", "Closing date");
    public string FieldClosesOnHint => P("Último día para postularse (hora de la Ciudad de México). Hoy o después.", "Last day to apply (Mexico City time). Today or later.");
    public string SaveDraft => P("Guardar", "Save");
    public string Publish => P("Publicar", "Publish");
    public string Close => P("Cerrar vacante", "Close job");
    public string CloseConfirm => P("Al cerrarla sale de la búsqueda pública; sus postulaciones se conservan.", "Closing it removes it from the public search; its applications are kept.");
    public string Published => P("Vacante publicada.", "Job published.");
    public string PublishedPending => P("Vacante publicada. Será pública cuando el equipo del programa verifique a su empresa.", "Job published. It will be public once the program team verifies your company.");
    public string Closed => P("Vacante cerrada.", "Job closed.");
    public string Created => P("Vacante guardada como borrador. Revísela y publíquela.", "Job saved as a draft. Review it and publish it.");
    public string SeePublic => P("Ver como la ve el público", "See it as the public does");
    public string BackToCompany => P("Mi empresa", "My company");
    public string ErrorSummaryTitle => P("Revise estos datos", "Please check these fields");

    // Public listing
    public string ListTitle => P("Vacantes", "Jobs");
    public string ListEyebrow => P("Empleo en nube, IA y datos", "Cloud, AI and data jobs");
    public string ListLead => P("Vacantes abiertas de empresas verificadas por el programa. Cada una dice las habilidades que pide y su nivel.",
        "Open jobs from companies verified by the program. Each says the skills it asks for and their level.");
    public string SearchLabel => P("Buscar vacantes", "Search jobs");
    public string SearchText => P("Palabras", "Keywords");
    public string SearchTextHint => P("En el título o la descripción", "In the title or description");
    public string SearchState => P("Estado", "State");
    public string AllStates => P("Todos los estados", "All states");
    public string SearchModality => P("Modalidad", "Work mode");
    public string AllModalities => P("Todas", "All");
    public string SearchSkill => P("Habilidad", "Skill");
    public string AllSkills => P("Todas las habilidades", "All skills");
    public string SearchButton => P("Buscar", "Search");
    public string SearchClear => P("Quitar filtros", "Clear filters");
    public string NoResults => P("No hay vacantes abiertas con esos filtros.", "There are no open jobs with those filters.");
    public string NoVacanciesYet => P("Aún no hay vacantes abiertas.", "There are no open jobs yet.");
    // {0}: total
    public string Results(int n) => n == 1 ? P("1 vacante", "1 job") : Format(P("{0} vacantes", "{0} jobs"), n.ToString("N0", CultureInfo.CurrentCulture));
    public string StateFilterNote => P("Con un estado elegido también aparecen las vacantes remotas abiertas a todo el país.", "With a state chosen, remote jobs open nationwide are shown too.");
    public string SeeVacancy => P("Ver vacante", "See job");
    public string Previous => P("Anterior", "Previous");
    public string Next => P("Siguiente", "Next");
    // {0}: page, {1}: pages
    public string PageOf => P("Página {0} de {1}", "Page {0} of {1}");
    public string EmployerCta => P("¿Su empresa busca talento?", "Is your company looking for talent?");
    public string EmployerCtaLink => P("Registre a su empresa", "Register your company");

    // Public detail
    public string BackToList => P("Vacantes", "Jobs");
    public string RequiredSkills => P("Habilidades requeridas", "Required skills");
    public string NiceSkills => P("Habilidades deseables", "Nice-to-have skills");
    public string Apply => P("Postularme", "Apply");
    public string ApplyHint => P("Necesita una cuenta de aprendiz; su perfil muestra las insignias que ha obtenido.", "You need a learner account; your profile shows the badges you earned.");
    public string ApplyOnlyLearners => P("Las postulaciones son de personas aprendices, con su cuenta de aprendiz; con la cuenta con la que entró no se puede postular.", "Applications come from learners, with their learner account; the account you signed in with cannot apply.");
    public string AboutCompany => P("La empresa", "The company");
    public string CompanySize => P("Tamaño", "Size");
    public string CompanySector => P("Sector", "Sector");
    public string CompanyState => P("Oficina principal", "Main office");
    public string Modality2 => P("Modalidad y lugar", "Work mode and place");
    public string SalaryLabel => P("Sueldo", "Salary");
    public string OpeningsLabel => P("Plazas", "Openings");
    public string ClosesLabel => P("Cierre", "Closes");
    public string PublishedLabel => P("Publicada", "Published");
    public string NotPublicTitle => P("Esta vacante no es pública", "This job is not public");
    public string NotPublicDraft => P("Es un borrador: solo su empresa y el equipo del programa la ven.", "It is a draft: only its company and the program team see it.");
    public string NotPublicClosed => P("Está cerrada o pasó su fecha de cierre.", "It is closed or past its closing date.");
    public string NotPublicUnverified => P("La empresa aún no está verificada: se publicará cuando lo esté.", "The company is not verified yet: it will be public once it is.");
    public string ClosedNotice => P("Esta vacante ya no recibe postulaciones.", "This job no longer takes applications.");

    // Operator
    public string OpTitle => P("Empresas", "Companies");
    public string OpLead => P("Verifique cada empresa con su constancia de situación fiscal antes de que sus vacantes sean públicas. Si no puede verificarla, diga por qué: la empresa lo verá.",
        "Verify each company against its tax status certificate before its jobs go public. If you cannot, say why: the company will see it.");
    public string OpPending => P("Pendientes", "Pending");
    public string OpVerified => P("Verificadas", "Verified");
    public string OpRejected => P("No verificadas", "Not verified");
    public string OpSearch => P("RFC o nombre", "RFC or name");
    public string OpFilter => P("Filtrar", "Filter");
    public string OpNone => P("No hay empresas en esta lista.", "There are no companies in this list.");
    public string OpColCompany => P("Empresa", "Company");
    public string OpColRfc => P("RFC", "RFC");
    public string OpColSector => P("Sector y estado", "Sector and state");
    public string OpColSize => P("Tamaño", "Size");
    public string OpColRegistered => P("Registro", "Registered");
    public string OpColVacancies => P("Vacantes", "Jobs");
    public string OpColActions => P("Acción", "Action");
    public string OpCheckDigit => P("El dígito verificador no cuadra: confírmelo con la constancia.", "The check digit does not verify: confirm it with the certificate.");
    public string OpVerify => P("Verificar", "Verify");
    public string OpReject => P("No verificar", "Do not verify");
    public string OpReason => P("Motivo para la empresa", "Reason for the company");
    // {0}: trade name
    public string OpVerifiedOk => P("{0} quedó verificada; sus vacantes abiertas ya son públicas.", "{0} is verified; its open jobs are now public.");
    public string OpRejectedOk => P("{0} quedó como no verificada; verá el motivo.", "{0} is marked not verified; it will see the reason.");
    public string OpNotFound => P("La empresa ya no existe.", "The company no longer exists.");
    public string OpAlready => P("La empresa ya estaba verificada.", "The company was already verified.");
    public string OpAudit => P("Cada verificación o rechazo queda registrado con quién y cuándo.", "Every verification or rejection is recorded with who and when.");
    // {0}: who, {1}: when
    public string OpBy => P("por {0}, {1}", "by {0}, {1}");

    // First steps on /empresa and the applications column
    public string StepsLead => P("Tres pasos para encontrar a su próxima contratación con Semillero.", "Three steps to find your next hire with Semillero.");
    public string StepProfileTitle => P("1. Complete el perfil de su empresa", "1. Complete your company's profile");
    public string StepProfileText => P("El programa verifica a su empresa con su constancia de situación fiscal; mientras tanto sus vacantes no son públicas. Una descripción clara ayuda a que las personas se postulen.",
        "The program verifies your company against its tax status certificate; until then your jobs are not public. A clear description helps people apply.");
    public string StepProfileVerified => P("Empresa verificada.", "Company verified.");
    public string StepProfilePending => P("Verificación pendiente.", "Verification pending.");
    public string StepVacancyTitle => P("2. Publique una vacante", "2. Publish a job");
    public string StepVacancyText => P("Indique las habilidades que pide y cuáles son indispensables: con ellas Semillero ordena a las personas candidatas.",
        "Say which skills it asks for and which are required: Semillero ranks candidates by them.");
    // {0}: open jobs
    public string StepVacancyCount => P("Vacantes abiertas: {0}", "Open jobs: {0}");
    public string StepCandidatesTitle => P("3. Revise candidatos y postulaciones", "3. Review candidates and applications");
    public string StepCandidatesText => P("Cada vacante tiene una lista de personas candidatas (sin nombre hasta que acepten el contacto) a quienes puede invitar, y las postulaciones que recibe.",
        "Each job has a list of candidates (without names until they accept contact) you can invite, and the applications it receives.");
    // {0}: applications and accepted invitations, {1}: invitations not answered yet
    public string StepCandidatesCount => P("Postulaciones: {0} · invitaciones sin respuesta: {1}", "Applications: {0} · unanswered invitations: {1}");
    public string ColApplications => P("Postulaciones", "Applications");
    // {0}: new applications
    public string ApplicationsUnreviewed => P("{0} sin revisar", "{0} not reviewed");
    // {0}: unanswered invitations
    public string ApplicationsInvited => P("{0} invitaciones sin respuesta", "{0} unanswered invitations");
}
