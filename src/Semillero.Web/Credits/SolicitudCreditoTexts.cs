using System.Globalization;
using Semillero.Calendar;
using Semillero.Credits;
using Semillero.Language;

namespace Semillero.Web.Credits;

// The words of the credit application, review and decision pages, Spanish first and English, side
// by side (docs/adr/0010-typed-texts-in-both-languages.md).
public sealed class SolicitudCreditoTexts
{
    private SolicitudCreditoTexts(bool english) => English = english;

    public static SolicitudCreditoTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static SolicitudCreditoTexts Es { get; } = new(false);

    public static SolicitudCreditoTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    public static string Usd(long cents) => CreditRules.FormatUsd(cents);

    public string Day(DateTime at) => Dates.Written(at);

    public string Day(DateOnly day) => Dates.Written(day);

    public string Status(ApplicationStatus status) => CreditRules.Status(status, English);

    public string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Aprobada => P("Aprobada", "Approved"),
        DecisionOutcome.Rechazada => P("Rechazada", "Rejected"),
        _ => P("Lista de espera", "Waitlisted"),
    };

    public string Reason(string reasons) => CreditApproval.Reason(reasons, English);

    // The startup's page
    public string Eyebrow => P("Créditos de nube para startups", "Cloud credits for startups");
    public string Title => P("Solicitud de créditos", "Credit application");
    public string Lead => P("Solicite créditos de nube para su startup: revise su elegibilidad, elija un nivel y explique cómo usará los créditos.",
        "Apply for cloud credits for your startup: check your eligibility, choose a tier and explain how you will use the credits.");
    public string NoCompany => P("Su cuenta no está vinculada a una empresa.", "Your account is not linked to a company.");
    public string EligibilityTitle => P("Su elegibilidad", "Your eligibility");
    public string EligibleYes => P("Cumple todos los requisitos.", "You meet every requirement.");
    public string EligibleNo => P("Aún no cumple todos los requisitos; los motivos están abajo.", "You do not meet every requirement yet; the reasons are below.");
    public string Passed => P("Cumple", "Met");
    public string Failed => P("No cumple", "Not met");
    public string TiersTitle => P("Niveles del programa", "The program's tiers");
    public string TierMax(long cents) => Format(P("Hasta {0}", "Up to {0}"), Usd(cents));
    public string NeedsVouching => P("Requiere código de aval", "Requires a vouching code");
    public string Reviewed => P("Con revisión", "Reviewed");
    public string SelfService => P("Autoservicio", "Self-service");
    public string Cap(long cents) => Format(P("Tope por empresa: {0} en total; una ampliación otorga solo la diferencia sobre su último otorgamiento.", "Cap per company: {0} in total; a top-up grants only the difference above your last award."), Usd(cents));
    public string RubricTitle => P("Rúbrica publicada", "Published rubric");
    public string RubricLead(int margin) => Format(P("Dos revisores califican cada criterio de 1 a 5; si sus totales difieren en más de {0} puntos, un tercero revisa.", "Two reviewers score each criterion from 1 to 5; if their totals differ by more than {0} points, a third reviews."), margin);
    public string Weight => P("Peso", "Weight");
    public string ApplyTitle => P("Presentar una solicitud", "Submit an application");
    public string FieldTier => P("Nivel", "Tier");
    public string FieldAmount => P("Monto total solicitado (USD)", "Total amount requested (USD)");
    public string FieldAmountHint => P("Por ejemplo 5,000 o 25,000.50.", "For example 5,000 or 25,000.50.");
    public string FieldPlan => P("Plan de uso de los créditos", "Plan for the credits");
    public string FieldPlanHint => Format(P("De {0} a {1} caracteres: qué cargas correrán, con qué calendario y por qué ese monto.", "{0} to {1} characters: which workloads will run, on what schedule and why that amount."), CreditRules.MinUsePlanLength, CreditRules.MaxUsePlanLength);
    public string FieldCode => P("Código de aval (si el nivel lo requiere)", "Vouching code (if the tier requires it)");
    public string Submit => P("Enviar solicitud", "Submit application");
    public string Submitted => P("Su solicitud se envió.", "Your application was submitted.");
    public string Withdrawn => P("Retiró su solicitud.", "You withdrew your application.");
    public string CurrentTitle => P("Su solicitud", "Your application");
    public string HistoryTitle => P("Solicitudes anteriores", "Earlier applications");
    public string StatusLabel => P("Estado", "Status");
    public string Requested => P("Solicitado", "Requested");
    public string SubmittedOn => P("Enviada", "Submitted");
    public string DecisionsTitle => P("Decisiones y motivos", "Decisions and reasons");
    public string NoDecisions => P("Aún no hay decisión.", "No decision yet.");
    public string AwardText(long total, long granted, DateOnly expires) => Format(P("Créditos otorgados: {0} (esta vez {1}); vigentes hasta el {2}.", "Credits awarded: {0} ({1} this time); valid until {2}."), Usd(total), Usd(granted), Dates.Written(expires));
    public string Withdraw => P("Retirar la solicitud", "Withdraw the application");
    public string WithdrawHint => P("Si la retira, el código de aval que usó no se recupera.", "If you withdraw it, the vouching code you used is not restored.");
    public string OpenAlready => P("Tiene una solicitud abierta: podrá presentar otra cuando se decida o la retire.", "You have an open application: you can submit another once it is decided or withdrawn.");
    public string FixErrors => P("Revise los motivos:", "Check the reasons:");
    public string HubTitle => P("Créditos de nube", "Cloud credits");
    public string HubLead => P("Si su empresa es una startup elegible, solicite créditos de nube del programa.", "If your company is an eligible startup, apply for the program's cloud credits.");
    public string HubLink => P("Ir a créditos", "Go to credits");

    // Reviewers
    public string QueueTitle => P("Revisión de solicitudes de créditos", "Credit application review");
    public string QueueLead => P("Las solicitudes que le asignaron. Califique cada una con la rúbrica publicada; no verá las calificaciones de otros revisores.", "The applications assigned to you. Score each on the published rubric; you will not see other reviewers' scores.");
    public string NotReviewer => P("Aún no forma parte del grupo de revisores; la operación del programa lo agrega.", "You are not in the reviewer pool yet; the program's operators add you.");
    public string ToDo => P("Por revisar", "To review");
    public string Done => P("Revisadas", "Reviewed");
    public string NothingToDo => P("No tiene solicitudes por revisar.", "You have no applications to review.");
    public string NothingDone => P("Aún no ha enviado revisiones.", "You have not submitted reviews yet.");
    public string Open => P("Abrir", "Open");
    public string Startup => P("Startup", "Startup");
    public string Tier => P("Nivel", "Tier");
    public string Amount => P("Monto", "Amount");
    public string Assigned => P("Asignada", "Assigned");
    public string ProfileTitle => P("La startup", "The startup");
    public string Stage => P("Etapa", "Stage");
    public string Founded => P("Fundada", "Founded");
    public string Funding => P("Inversión recibida", "Funding raised");
    public string Founders(int founders, int graduates, int paths) => Format(P("{0} fundadores; {1} egresaron de rutas del programa ({2} rutas completadas en total).", "{0} founders; {1} graduated from program paths ({2} paths completed in all)."), founders, graduates, paths);
    public string PlanTitle => P("Plan de uso", "Plan of use");
    public string ReviewTitle => P("Su revisión", "Your review");
    public string Score => P("Calificación (1 a 5)", "Score (1 to 5)");
    public string Comment => P("Comentario", "Comment");
    public string SendReview => P("Enviar revisión", "Submit review");
    public string ReviewSent => P("Su revisión se envió; ya no cambia.", "Your review was submitted; it no longer changes.");
    public string YourTotal(int total) => Format(P("Su total: {0} de 100.", "Your total: {0} of 100."), total);
    public string ConflictTitle => P("Declarar un conflicto de interés", "Declare a conflict of interest");
    public string ConflictLead => P("Si tiene relación con esta startup (inversión, empleo, parentesco, mentoría), declárelo: se le retira la solicitud y se asigna otro revisor.", "If you have a relationship with this startup (investment, employment, family, mentoring), declare it: the application is taken from you and another reviewer assigned.");
    public string ConflictReason => P("Motivo", "Reason");
    public string DeclareConflict => P("Declarar conflicto", "Declare conflict");
    public string ConflictDeclared => P("Conflicto declarado.", "Conflict declared.");

    // Operators
    public string OpTitle => P("Solicitudes de créditos", "Credit applications");
    public string OpLead => P("Asigne revisores, lea las revisiones y decida. Las decisiones se agregan y no se borran.", "Assign reviewers, read the reviews and decide. Decisions are appended, never erased.");
    public string Filter => P("Filtrar", "Filter");
    public string AllStatuses => P("Todos los estados", "All statuses");
    public string NoApplications => P("No hay solicitudes.", "There are no applications.");
    public string ReviewsCount => P("Revisiones", "Reviews");
    public string ReviewersLink => P("Revisores y conflictos", "Reviewers and conflicts");
    public string Back => P("Solicitudes de créditos", "Credit applications");
    public string ReviewsTitle => P("Revisiones", "Reviews");
    public string NoReviews => P("Sin revisores asignados.", "No reviewers assigned.");
    public string Round => P("Ronda", "Round");
    public string Reviewer => P("Revisor", "Reviewer");
    public string Total => P("Total", "Total");
    public string Pending => P("Pendiente", "Pending");
    public string ReviewScore(int? score) => score is { } s ? Format(P("Puntaje de revisión: {0} de 100.", "Review score: {0} of 100."), s) : P("Aún sin puntaje de revisión.", "No review score yet.");
    public string FoundersTitle => P("Personas fundadoras", "Founders");
    public string Graduate => P("Egresada", "Graduate");
    public string VouchedBy(string? org) => org is null ? P("Sin aval.", "Not vouched.") : Format(P("Avalada por {0}.", "Vouched for by {0}."), org);
    public string LastAward(long cents) => Format(P("Último otorgamiento de la empresa: {0}.", "The company's last award: {0}."), Usd(cents));
    public string AssignTitle => P("Asignar un revisor", "Assign a reviewer");
    public string ReviewerEmail => P("Revisor", "Reviewer");
    public string Assign => P("Asignar", "Assign");
    public string AssignedOk => P("Revisor asignado.", "Reviewer assigned.");
    public string DecideTitle => P("Decidir", "Decide");
    public string Decision => P("Decisión", "Decision");
    public string ApprovedAmount => P("Monto aprobado (USD, total)", "Approved amount (USD, total)");
    public string Reasons => P("Motivos (la startup los lee)", "Reasons (the startup reads them)");
    public string DecideButton => P("Registrar decisión", "Record decision");
    public string DecidedOk => P("Decisión registrada.", "Decision recorded.");
    public string CapLeft(long cents) => Format(P("Excede el tope por empresa: quedan {0}.", "Over the cap per company: {0} remain."), Usd(cents));
    public string WrongStatus(ApplicationStatus s) => Format(P("La solicitud está «{0}»: esa decisión no aplica.", "The application is \"{0}\": that decision does not apply."), Status(s));
    public string ClosedReview => P("La solicitud ya no está en revisión.", "The application is no longer in review.");
    public string RevTitle => P("Revisores de créditos", "Credit reviewers");
    public string RevLead => P("Cuentas de operación, analistas o personas de organizaciones aliadas que califican solicitudes. Nunca revisan lo que avaló su organización ni startups con las que declararon conflicto.", "Operator, analyst or partner-organisation accounts that score applications. They never review what their organisation vouched for nor startups they declared a conflict with.");
    public string AddTitle => P("Agregar revisor", "Add a reviewer");
    public string Email => P("Correo de la cuenta", "Account email");
    public string Add => P("Agregar", "Add");
    public string Added => P("Revisor agregado.", "Reviewer added.");
    public string Name => P("Nombre", "Name");
    public string Organization => P("Organización", "Organisation");
    public string Active => P("Activo", "Active");
    public string Inactive => P("Inactivo", "Inactive");
    public string OpenReviews => P("Abiertas", "Open");
    public string DoneReviews => P("Hechas", "Done");
    public string Conflicts => P("Conflictos", "Conflicts");
    public string Deactivate => P("Desactivar", "Deactivate");
    public string Activate => P("Reactivar", "Reactivate");
    public string Saved => P("Cambio guardado.", "Change saved.");
    public string NoReviewers => P("Aún no hay revisores.", "There are no reviewers yet.");
    public string RecordConflictTitle => P("Registrar un conflicto de interés", "Record a conflict of interest");
    public string CompanyId => P("Id de la empresa (startup)", "Company id (startup)");
    public string Record => P("Registrar", "Record");
    public string Yes => P("Sí", "Yes");
    public string No => P("No", "No");
}
