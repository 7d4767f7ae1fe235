using System.Globalization;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Geography;
using Semillero.Language;
using Semillero.Learners;

namespace Semillero.Web.Cohorts;

// The words of the cohort pages (public search and page, the learner's cohorts, the organisation's
// and the operators' pages), Spanish first and English, side by side
// (docs/adr/0010-typed-texts-in-both-languages.md).
public sealed class CohortTexts
{
    private CohortTexts(bool english) => English = english;

    public static CohortTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static CohortTexts Es { get; } = new(false);

    public static CohortTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    public string Nav => P("Convocatorias", "Cohorts");
    public string Eyebrow => P("Formación en grupo", "Group training");
    public string ListTitle => P("Convocatorias abiertas", "Open cohorts");
    public string ListLead => P("Grupos que universidades, proveedores de formación, cámaras y gobiernos abren para estudiar rutas del catálogo, con fechas y cupo. Se muestran las que reciben inscripciones hoy.",
        "Groups that universities, training providers, chambers and governments open to study the catalog's paths, with dates and seats. Those taking enrolments today are shown.");
    public string SearchLabel => P("Buscar convocatorias", "Search cohorts");
    public string FilterPath => P("Ruta", "Path");
    public string AllPaths => P("Todas las rutas", "All paths");
    public string FilterState => P("Estado donde vive", "State you live in");
    public string AllStates => P("Todos los estados", "All states");
    public string FilterModality => P("Modalidad", "Modality");
    public string AllModalities => P("Todas", "All");
    public string FilterFrom => P("Empieza desde", "Starts from");
    public string FilterTo => P("Empieza hasta", "Starts until");
    public string Search => P("Buscar", "Search");
    public string Clear => P("Quitar filtros", "Clear filters");
    public string NoneOpen => P("Por ahora no hay convocatorias con inscripciones abiertas.", "There are no cohorts taking enrolments right now.");
    public string NoResults => P("Ninguna convocatoria abierta coincide con la búsqueda.", "No open cohort matches the search.");
    public string Results(int n) => n == 1 ? P("1 convocatoria", "1 cohort") : Format(P("{0:N0} convocatorias", "{0:N0} cohorts"), n);
    public string Previous => P("Anterior", "Previous");
    public string Next => P("Siguiente", "Next");
    public string PageOf(int page, int pages) => Format(P("Página {0} de {1}", "Page {0} of {1}"), page, pages);
    public string See => P("Ver convocatoria", "See cohort");
    public string Waitlist => P("Lista de espera", "Waitlist");
    public string SeatsLeft(int n) => n == 1 ? P("Queda 1 lugar", "1 seat left") : Format(P("Quedan {0:N0} lugares", "{0:N0} seats left"), n);
    public string Course(DateOnly from, DateOnly to) => Format(P("Curso del {0} al {1}", "Course from {0} to {1}"), Dates.Written(from, English), Dates.Written(to, English));
    public string Window(DateOnly from, DateOnly to) => Format(P("Inscripciones del {0} al {1}", "Enrolment from {0} to {1}"), Dates.Written(from, English), Dates.Written(to, English));
    public string ClosesOn(DateOnly day) => Format(P("Inscripciones hasta el {0}", "Enrolment until {0}"), Dates.Written(day, English));

    public string Modality(CohortModality m) => m switch
    {
        CohortModality.EnLinea => P("En línea", "Online"),
        CohortModality.Presencial => P("Presencial", "In person"),
        _ => P("Mixta", "Blended"),
    };

    public string Mode(CohortEnrolmentMode m) => m == CohortEnrolmentMode.PorInvitacion
        ? P("Por invitación de la organización", "By the organisation's invitation")
        : P("Abierta: cualquier persona elegible se inscribe", "Open: any eligible person enrols");

    public string Status(CohortStatus s) => s switch
    {
        CohortStatus.Pendiente => P("En revisión", "Under review"),
        CohortStatus.Aprobada => P("Aprobada", "Approved"),
        CohortStatus.Rechazada => P("No aprobada", "Not approved"),
        _ => P("Cancelada", "Cancelled"),
    };

    public string EnrolmentStatus(EnrolmentView e) => e.Status switch
    {
        Semillero.Cohorts.EnrolmentStatus.Inscrita => P("Inscrita", "Enrolled"),
        Semillero.Cohorts.EnrolmentStatus.EnEspera => Format(P("En espera, lugar {0}", "Waitlisted, place {0}"), e.Position),
        _ => P("Baja", "Withdrawn"),
    };

    public string States(IReadOnlyList<string> codes) => codes.Count == 0
        ? P("Todo el país", "The whole country")
        : string.Join(", ", codes.Select(c => Entidades.NameOf(c, English)));

    public string Segments(IReadOnlyList<Segment> segments) => segments.Count == 0
        ? P("Cualquier perfil", "Any profile")
        : string.Join(", ", segments.Select(s => English ? SegmentNames.English(s) : SegmentNames.Spanish(s)));

    public string Ages(int? min, int? max) => min is null && max is null
        ? P("Cualquier edad", "Any age")
        : P("Personas de ", "People ") + CohortRules.AgeRange(min, max, English);

    public string Eligibility(CohortDetail c) => Format(P("{0}; {1}; que vivan en: {2}.", "{0}; {1}; living in: {2}."),
        Segments(c.Segments), Ages(c.MinAge, c.MaxAge).ToLower(CultureInfo.CurrentCulture), States(c.States));

    // The cohort's page.
    public string Organization => P("Organización", "Organisation");
    public string Paths => P("Rutas que imparte", "Paths it teaches");
    public string Dates_ => P("Fechas", "Dates");
    public string WhoMayEnrol => P("Quién puede inscribirse", "Who may enrol");
    public string HowToEnrol => P("Cómo se inscribe", "How to enrol");
    public string Seats => P("Lugares", "Seats");
    public string SeatsOf(int left, int capacity) => Format(P("{0:N0} de {1:N0} disponibles", "{0:N0} of {1:N0} available"), left, capacity);
    public string FullWaitlist => P("Cupo lleno: quien se inscriba ahora queda en lista de espera y toma un lugar si se libera, por orden de llegada.",
        "Full: whoever enrols now joins the waitlist and takes a seat if one frees, first come first served.");
    public string Enrol => P("Inscribirme", "Enrol me");
    public string ShareNotice => P("Al inscribirse, la organización que imparte la convocatoria verá su nombre, su CURP, su correo, su entidad, su segmento y su avance en las rutas de la convocatoria (finalidad «Compartir sus datos con la organización de una convocatoria» del aviso de privacidad). Puede darse de baja cuando quiera.",
        "By enrolling, the organisation teaching the cohort will see your name, CURP, email, state, segment and progress on the cohort's paths (purpose \"Sharing your data with a cohort's organisation\" of the privacy notice). You can withdraw at any time.");
    public string PrivacyLink => P("Leer el aviso de privacidad", "Read the privacy notice");
    public string SignInToEnrol => P("Inicie sesión para inscribirse", "Sign in to enrol");
    public string OnlyLearners => P("Solo las personas aprendices se inscriben en una convocatoria, con su propia cuenta. Las organizaciones inscriben a su gente desde su panel.",
        "Only learners enrol in a cohort, with their own account. Organisations enrol their people from their own pages.");
    public string ClosedNow => P("Las inscripciones no están abiertas hoy.", "Enrolment is not open today.");
    public string YouAre => P("Su inscripción", "Your enrolment");
    public string Withdraw => P("Darme de baja", "Withdraw");
    public string WithdrawHint => P("Si se da de baja, su lugar pasa a la primera persona en lista de espera.", "If you withdraw, your seat goes to the first person on the waitlist.");
    public string EnrolledOk => P("Quedó inscrita o inscrito en la convocatoria.", "You are enrolled in the cohort.");
    public string WaitlistedOk(int? position) => Format(P("El cupo está lleno: quedó en lista de espera, en el lugar {0}. Le avisaremos por correo si se libera un lugar.",
        "The cohort is full: you are on the waitlist, in place {0}. We will email you if a seat frees."), position);
    public string AlreadyOk => P("Ya tenía una inscripción en esta convocatoria; se muestra abajo.", "You already had an enrolment in this cohort; it is shown below.");
    public string WithdrawnOk => P("Se dio de baja de la convocatoria.", "You withdrew from the cohort.");
    public string CannotEnrol => P("No es posible inscribirse", "Enrolment is not possible");
    public string Registration => P("Folio de inscripción", "Enrolment reference");

    // My cohorts.
    public string MineTitle => P("Mis convocatorias", "My cohorts");
    public string MineLead => P("Las convocatorias en las que se inscribió, su lugar en la lista de espera y sus bajas.", "The cohorts you enrolled in, your place on waitlists and your withdrawals.");
    public string MineNone => P("Aún no se inscribe en ninguna convocatoria.", "You have not enrolled in any cohort yet.");
    public string FindCohorts => P("Buscar convocatorias abiertas", "Find open cohorts");

    // Organisation.
    public string OrgEyebrow => P("Organización", "Organisation");
    public string OrgTitle => P("Convocatorias de su organización", "Your organisation's cohorts");
    public string OrgLead => P("Abra una convocatoria para impartir rutas publicadas del catálogo; el equipo del programa la revisa antes de publicarla.",
        "Open a cohort to teach published paths of the catalog; the program team reviews it before it is published.");
    public string OrgNew => P("Abrir una convocatoria", "Open a cohort");
    public string OrgNone => P("Su organización aún no abre convocatorias.", "The organisation has not opened any cohort yet.");
    public string OrgNoOrganization => P("Su cuenta no actúa por una organización verificada. Cuando el equipo del programa verifique a su organización podrá abrir convocatorias.",
        "The account does not act for a verified organisation. Once the program team verifies it, cohorts can be opened.");
    public string ColCohort => P("Convocatoria", "Cohort");
    public string ColStatus => P("Estado", "Status");
    public string ColSeats => P("Lugares ocupados", "Seats taken");
    public string ColWaitlist => P("En espera", "Waiting");
    public string ColDates => P("Fechas", "Dates");
    public string ColActions => P("Acciones", "Actions");
    public string Edit => P("Ver o cambiar", "View or change");
    public string EnrolPeople => P("Inscribir personas", "Enrol people");
    public string Taken(int enrolled, int capacity) => Format("{0:N0} / {1:N0}", enrolled, capacity);
    public string RejectedBecause => P("Motivo:", "Reason:");
    public string NewTitle => P("Abrir una convocatoria", "Open a cohort");
    public string Save => P("Enviar a revisión", "Send for review");
    public string Saved => P("Convocatoria enviada a revisión del equipo del programa.", "Cohort sent to the program team for review.");
    public string Cancel => P("Cancelar", "Cancel");
    public string ErrorSummary => P("Revise lo señalado:", "Please check:");
    public string ApprovedLocked => P("La convocatoria está aprobada: sus fechas y condiciones ya no cambian porque hay personas que se inscribieron con ellas. Puede aumentar su cupo; la lista de espera ocupa los lugares nuevos.",
        "The cohort is approved: its dates and terms no longer change because people enrolled on them. The capacity can grow; the waitlist takes the new seats.");
    public string NewCapacity => P("Nuevo cupo", "New capacity");
    public string IncreaseCapacity => P("Aumentar el cupo", "Increase capacity");
    public string CapacityOk => P("Cupo aumentado.", "Capacity increased.");
    public string FieldName => P("Nombre de la convocatoria", "Cohort name");
    public string FieldDescription => P("Descripción", "Description");
    public string FieldDescriptionHint => P("Qué se estudia, horarios, requisitos, cómo se acompaña al grupo.", "What is studied, schedules, requirements, how the group is supported.");
    public string FieldPaths => P("Rutas publicadas que imparte", "Published paths it teaches");
    public string FieldModality => P("Modalidad", "Modality");
    public string FieldStates => P("Estados que atiende", "States it serves");
    public string FieldStatesHint => P("Deje todos sin marcar si atiende a todo el país. Una convocatoria presencial o mixta indica sus estados.", "Leave all unticked to serve the whole country. An in-person or blended cohort names its states.");
    public string FieldStartsOn => P("Inicio del curso", "Course starts");
    public string FieldEndsOn => P("Fin del curso", "Course ends");
    public string FieldOpensOn => P("Abren las inscripciones", "Enrolment opens");
    public string FieldClosesOn => P("Cierran las inscripciones", "Enrolment closes");
    public string FieldClosesOnHint => P("A más tardar el día en que termina el curso.", "On or before the day the course ends.");
    public string FieldCapacity => P("Cupo", "Capacity");
    public string FieldSegments => P("Perfiles que pueden inscribirse", "Profiles who may enrol");
    public string FieldSegmentsHint => P("Deje todos sin marcar para aceptar cualquier perfil.", "Leave all unticked to accept any profile.");
    public string FieldMinAge => P("Edad mínima", "Minimum age");
    public string FieldMaxAge => P("Edad máxima", "Maximum age");
    public string FieldAgeHint => P("La edad se calcula con la fecha de nacimiento de la CURP el día de la inscripción.", "Age is computed from the CURP's birth date on the day of enrolment.");
    public string FieldMode => P("Cómo se inscriben las personas", "How people enrol");
    public string ModeOpen => P("Abierta: cada persona elegible se inscribe desde la página de la convocatoria", "Open: each eligible person enrols from the cohort's page");
    public string ModeInvitation => P("Por invitación: solo su organización inscribe, por CURP o con un archivo", "By invitation: only your organisation enrols people, by CURP or with a file");

    // Organisation: enrol people.
    public string EnrolTitle => P("Inscribir personas", "Enrol people");
    public string EnrolLead => P("Su organización inscribe a personas que registró o que ya se inscribieron por sí mismas en una de sus convocatorias. Las demás se inscriben desde la página pública de la convocatoria.",
        "The organisation enrols people it registered or who already enrolled themselves in one of its cohorts. Others enrol from the cohort's public page.");
    public string OneCurp => P("Una persona, por su CURP", "One person, by CURP");
    public string Curp => P("CURP", "CURP");
    public string EnrolOne => P("Inscribir", "Enrol");
    public string FromFile => P("Varias personas, con un archivo CSV", "Several people, with a CSV file");
    public string FileHint => P("Un CSV con la columna «curp» (UTF-8 o el CSV de Excel). Cada fila se inscribe por orden: las primeras toman los lugares libres y las demás quedan en lista de espera.",
        "A CSV with a «curp» column (UTF-8 or Excel's CSV). Rows enrol in order: the first take the free seats and the rest join the waitlist.");
    public string File => P("Archivo", "File");
    public string Upload => P("Inscribir desde el archivo", "Enrol from the file");
    public string Report => P("Resultado por fila", "Result by row");
    public string ReportSummary(int rows, int enrolled, int waiting, int rejected) =>
        Format(P("{0:N0} filas: {1:N0} inscritas, {2:N0} en espera, {3:N0} rechazadas.", "{0:N0} rows: {1:N0} enrolled, {2:N0} waitlisted, {3:N0} rejected."), rows, enrolled, waiting, rejected);
    public string ColRow => P("Fila", "Row");
    public string ColResult => P("Resultado", "Result");
    public string ColReason => P("Motivo", "Reason");
    public string RowStatus(EnrolmentRowStatus s, int? position) => s switch
    {
        EnrolmentRowStatus.Inscrita => P("Inscrita", "Enrolled"),
        EnrolmentRowStatus.EnEspera => Format(P("En espera, lugar {0}", "Waitlisted, place {0}"), position),
        _ => P("Rechazada", "Rejected"),
    };
    public string People => P("Personas inscritas y en espera", "People enrolled and waiting");
    public string NoPeople => P("Aún no hay personas inscritas.", "Nobody is enrolled yet.");
    public string WithdrawPerson => P("Dar de baja", "Withdraw");
    public string PersonWithdrawn => P("Inscripción dada de baja; si había lista de espera, la primera persona tomó el lugar.", "Enrolment withdrawn; if there was a waitlist, its first person took the seat.");
    public string MissingFile => P("Elija un archivo CSV.", "Choose a CSV file.");

    // Operators.
    public string OpTitle => P("Convocatorias", "Cohorts");
    public string OpLead => P("Revise las convocatorias que abren las organizaciones: solo las aprobadas son públicas.", "Review the cohorts organisations open: only approved ones are public.");
    public string OpPending => P("En revisión", "Under review");
    public string OpApproved => P("Aprobadas", "Approved");
    public string OpRejected => P("No aprobadas", "Not approved");
    public string OpNone => P("No hay convocatorias en esta lista.", "There are no cohorts in this list.");
    public string OpApprove => P("Aprobar", "Approve");
    public string OpReject => P("No aprobar", "Do not approve");
    public string OpReason => P("Motivo para la organización", "Reason for the organisation");
    public string OpApprovedOk(string name) => Format(P("Convocatoria «{0}» aprobada: ya es pública.", "Cohort «{0}» approved: it is now public."), name);
    public string OpRejectedOk(string name) => Format(P("Convocatoria «{0}» no aprobada; la organización verá el motivo.", "Cohort «{0}» not approved; the organisation will see the reason."), name);
    public string OpAudit => P("Quién aprobó o rechazó cada convocatoria, y cuándo, queda en la convocatoria y en la bitácora del sistema.", "Who approved or rejected each cohort, and when, stays on the cohort and in the system log.");
    public string NotFound => P("La convocatoria no existe.", "The cohort does not exist.");

    // The API reference's section on cohorts (Shell/Api.cshtml).
    public string ApiTitle => P("Convocatorias y context.registration", "Cohorts and context.registration");
    public string ApiIntro => P("Una organización verificada (proveedor, academia, cámara o gobierno) abre convocatorias con POST /api/cohorts; el equipo del programa las aprueba. Inscribe a personas que registró, una por CURP (POST /api/cohorts/{id}/enrolments con {\"curp\": \"…\"}) o con un CSV de columna «curp» (POST /api/cohorts/{id}/enrolments/import, text/csv), y recibe por fila inscrita, en_espera (con su lugar) o rechazada con el motivo.",
        "A verified organisation (provider, academia, chamber or government) opens cohorts with POST /api/cohorts; the program team approves them. It enrols people it registered, one by CURP (POST /api/cohorts/{id}/enrolments with {\"curp\": \"…\"}) or with a CSV with a «curp» column (POST /api/cohorts/{id}/enrolments/import, text/csv), and gets for each row inscrita, en_espera (with the place) or rechazada with the reason.");
    public string ApiRegistration => P("Cada inscripción trae «registration», un UUID. Un proveedor puede enviarlo como context.registration en las declaraciones xAPI de esa persona para que su aprendizaje cuente para la convocatoria; sin él, el aprendizaje en las rutas de la convocatoria entre sus fechas también se le atribuye.",
        "Each enrolment carries «registration», a UUID. A provider may send it as context.registration in that person's xAPI statements so their learning counts for the cohort; without it, learning on the cohort's paths between its dates is attributed to it too.");
}

