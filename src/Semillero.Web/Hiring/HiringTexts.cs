using System.Globalization;
using Semillero.Geography;
using Semillero.Hiring;
using Semillero.Language;
using Semillero.Matching;
using Semillero.Vacancies;

namespace Semillero.Web.Hiring;

// The words of the hiring pages (invitations, pipeline, application, applying, my applications),
// Spanish first and English, each pair side by side so neither can be forgotten.
public sealed class HiringTexts
{
    private HiringTexts(bool english) => English = english;

    public static HiringTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static HiringTexts Es { get; } = new(false);

    public static HiringTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // Common
    public string EyebrowEmployer => P("Empresa", "Employer");
    public string EyebrowLearner => P("Mi aprendizaje", "My learning");
    public string Optional => P("opcional", "optional");
    public string Candidate => P("Candidato", "Candidate");
    public string Vacancy => P("Vacante", "Opening");
    public string Company => P("Empresa", "Company");
    public string Stage => P("Etapa", "Stage");
    public string Origin => P("Origen", "Origin");
    public string Updated => P("Actualizada", "Updated");
    public string Created => P("Creada", "Created");
    public string Badges => P("Insignias", "Badges");
    public string State => P("Estado", "State");
    public string Note => P("Nota", "Note");
    public string Open => P("Ver", "Open");
    public string Back => P("Volver", "Back");
    public string BackToVacancy => P("Volver a la vacante", "Back to the opening");
    public string BackToCandidates => P("Volver a los candidatos", "Back to the candidates");
    public string BackToPipeline => P("Volver a las postulaciones", "Back to the applications");
    public string FormHasErrors => P("Revise lo señalado:", "Please check:");
    public string ContactHidden => P("Datos de contacto ocultos hasta que la persona acepte el contacto", "Contact details hidden until the person accepts contact");
    public string ContactAudited => P("La consulta de nombre y correo queda registrada en la bitácora de accesos de la persona.", "Viewing the name and email is recorded in the person's access log.");
    public string ByCandidate => P("la persona candidata", "the candidate");
    public string ByCompany => P("la empresa", "the company");
    public string NotFoundTitle => P("No encontrada", "Not found");

    public string StageName(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Invitada => P("Invitación enviada", "Invited"),
        ApplicationStage.Postulada => P("Postulada", "Applied"),
        ApplicationStage.EnRevision => P("En revisión", "Under review"),
        ApplicationStage.Entrevista => P("Entrevista", "Interview"),
        ApplicationStage.Oferta => P("Oferta", "Offer"),
        ApplicationStage.Contratada => P("Contratada", "Hired"),
        ApplicationStage.Descartada => P("Descartada", "Not selected"),
        ApplicationStage.Declinada => P("Invitación declinada", "Invitation declined"),
        _ => P("Retirada", "Withdrawn"),
    };

    // The button that moves an application to the stage.
    public string MoveTo(ApplicationStage stage) => stage switch
    {
        ApplicationStage.EnRevision => P("Pasar a revisión", "Move to review"),
        ApplicationStage.Entrevista => P("Invitar a entrevista", "Invite to interview"),
        ApplicationStage.Oferta => P("Hacer oferta", "Make an offer"),
        ApplicationStage.Descartada => P("Descartar", "Do not select"),
        _ => StageName(stage),
    };

    public static string StageCss(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Contratada => "badge badge--on",
        ApplicationStage.Descartada or ApplicationStage.Declinada or ApplicationStage.Retirada => "badge badge--off",
        ApplicationStage.Invitada => "badge badge--pending",
        _ => "badge badge--neutral",
    };

    public string OriginName(ApplicationOrigin origin) => origin == ApplicationOrigin.Invitacion
        ? P("Invitación de la empresa", "Employer's invitation")
        : P("Postulación propia", "Applied directly");

    public string SalaryName(SalaryBand band) => band switch
    {
        SalaryBand.Hasta10k => P("Hasta $10,000 al mes", "Up to MXN 10,000 a month"),
        SalaryBand.De10kA20k => P("$10,001 a $20,000 al mes", "MXN 10,001 to 20,000 a month"),
        SalaryBand.De20kA35k => P("$20,001 a $35,000 al mes", "MXN 20,001 to 35,000 a month"),
        SalaryBand.De35kA50k => P("$35,001 a $50,000 al mes", "MXN 35,001 to 50,000 a month"),
        _ => P("Más de $50,000 al mes", "Over MXN 50,000 a month"),
    };

    public string ContractName(ContractType type) => type switch
    {
        ContractType.Indeterminado => P("Tiempo indeterminado", "Permanent"),
        ContractType.Determinado => P("Tiempo u obra determinados", "Fixed term or project"),
        ContractType.Prueba => P("Periodo de prueba o capacitación inicial", "Probation or initial training"),
        ContractType.Practicas => P("Prácticas profesionales", "Internship"),
        _ => P("Servicios profesionales (honorarios)", "Professional services (fees)"),
    };

    public string AvailabilityName(Availability? availability) => availability switch
    {
        Availability.Inmediata => P("Disponible de inmediato", "Available now"),
        Availability.Proxima => P("Disponible en uno o dos meses", "Available in a month or two"),
        Availability.Abierta => P("Abierta a ofertas", "Open to offers"),
        _ => "—",
    };

    public string LevelName(SkillLevel level) => level switch
    {
        SkillLevel.Basico => P("básico", "basic"),
        SkillLevel.Intermedio => P("intermedio", "intermediate"),
        _ => P("avanzado", "advanced"),
    };

    public static string StateName(string? code) => code is null ? "—" : Entidades.NameOf(code);

    public string Day(DateOnly day) => Semillero.Calendar.Dates.Written(day);

    public string Day(DateTime utc) => Day(DateOnly.FromDateTime(Semillero.Web.Hosting.MexicoCityTime.Local(utc).DateTime));

    public string Party(HiringParty party) => party == HiringParty.Candidato ? ByCandidate : ByCompany;

    // Invitar
    public string InviteTitle => P("Invitar a postularse", "Invite to apply");
    public string InviteLead => P("La persona recibe un correo y decide si acepta el contacto. Hasta entonces, usted solo ve su perfil seudónimo.",
        "The person gets an email and decides whether to accept contact. Until then you only see their pseudonymous profile.");
    public string InviteAlias => P("Alias del candidato", "Candidate's alias");
    public string InviteAliasHint => P("Como aparece en la lista de candidatos, por ejemplo C-7K3M9Q.", "As it appears in the candidates list, e.g. C-7K3M9Q.");
    public string InviteMessage => P("Mensaje para la persona", "Message to the person");
    public string InviteMessageHint => P("Qué le interesa de su perfil y qué sigue. No pida datos personales: los verá si acepta.",
        "What interests you in their profile and what comes next. Do not ask for personal data: you will see it if they accept.");
    public string InviteSubmit => P("Enviar invitación", "Send invitation");
    public string InviteAliasRequired => P("Escriba el alias del candidato.", "Write the candidate's alias.");
    public string InviteNotFound => P("No hay un candidato visible con ese alias. Revise el alias en la lista de candidatos.",
        "There is no visible candidate with that alias. Check the alias in the candidates list.");
    public string InviteMessageTooLong => Format(P("El mensaje excede {0} caracteres.", "The message exceeds {0} characters."), HiringRules.MaxMessageLength);
    public string VacancyNotOpen => P("Esta vacante no recibe candidatos: debe estar publicada, con fecha de cierre vigente y la empresa verificada por el programa.",
        "This opening does not take candidates: it must be published, before its closing date, and the company verified by the program.");
    public string InvitedAlready => P("Esta persona ya tenía una invitación o postulación para esta vacante.", "This person already had an invitation or application for this opening.");

    // Postulaciones (employer pipeline)
    public string PipelineTitle => P("Postulaciones", "Applications");
    public string PipelineLead => P("Cada candidatura por etapa. Verá nombre y correo cuando la persona acepte el contacto; antes, solo su alias y su perfil.",
        "Each candidacy by stage. You see the name and email once the person accepts contact; before that, only the alias and profile.");
    public string PipelineEmpty => P("Aún no hay postulaciones ni invitaciones para esta vacante.", "No applications or invitations for this opening yet.");
    public string PipelineFindCandidates => P("Buscar candidatos", "Find candidates");
    public string PipelineClosedNote => P("La vacante ya no recibe candidatos nuevos; puede seguir el proceso de quienes ya están.",
        "The opening no longer takes new candidates; you can continue with those already in.");
    public string PipelineCount => P("{0} en esta etapa", "{0} at this stage");
    public string PipelineCaption => P("Candidaturas en la etapa {0}", "Candidacies at stage {0}");

    // Postulacion (employer detail)
    public string DetailTitle => P("Candidatura {0}", "Candidacy {0}");
    public string ProfileTitle => P("Perfil del candidato", "Candidate's profile");
    public string ContactTitle => P("Contacto", "Contact");
    public string ContactName => P("Nombre", "Name");
    public string ContactEmail => P("Correo", "Email");
    public string ContactAcceptedOn => P("Aceptó el contacto el {0}.", "Accepted contact on {0}.");
    public string AvailabilityLabel => P("Disponibilidad", "Availability");
    public string Summary => P("Presentación", "Summary");
    public string DeclaredSkills => P("Habilidades declaradas", "Declared skills");
    public string VerifiedBadges => P("Insignias verificables", "Verifiable badges");
    public string NoBadges => P("Sin insignias vigentes.", "No valid badges.");
    public string NoSkills => P("Sin habilidades declaradas.", "No declared skills.");
    public string InvitationMessage => P("Mensaje de la invitación", "Invitation message");
    public string CandidateNote => P("Nota de la persona", "The person's note");
    public string HistoryTitle => P("Historial", "History");
    public string HistoryBy => P("por {0}", "by {0}");
    public string MovesTitle => P("Mover la candidatura", "Move the candidacy");
    public string MovesIntro => P("La nota es interna de su empresa: la persona ve la etapa, no la nota.", "The note is internal to your company: the person sees the stage, not the note.");
    public string MovesNone => P("No hay movimientos disponibles en esta etapa.", "No moves are available at this stage.");
    public string MovesWaiting => P("La persona aún no responde la invitación.", "The person has not answered the invitation yet.");
    public string Moved => P("La candidatura pasó a «{0}».", "The candidacy moved to \"{0}\".");
    public string MoveRefused => P("Ese movimiento no es posible desde «{0}».", "That move is not possible from \"{0}\".");
    public string HireTitle => P("Registrar la contratación", "Record the hire");
    public string HireIntro => P("Se registra como colocación del programa, atribuida a las insignias que la persona tenía antes de la fecha de inicio.",
        "It is recorded as a program placement, attributed to the badges the person held before the start date.");
    public string HireStartsOn => P("Fecha de inicio", "Start date");
    public string HireSalary => P("Sueldo mensual bruto", "Monthly gross salary");
    public string HireContract => P("Tipo de contrato", "Contract type");
    public string Choose => P("Elija una opción", "Choose one");
    public string HireSubmit => P("Registrar contratación", "Record hire");
    public string Hired => P("Contratación registrada.", "Hire recorded.");
    public string PlacementTitle => P("Colocación", "Placement");
    public string PlacementAttributed => P("Atribuida a estas insignias", "Attributed to these badges");
    public string PlacementNoBadges => P("La persona no tenía insignias vigentes antes de la fecha de inicio.", "The person held no valid badges before the start date.");
    public string PlacementRecordedOn => P("Registrada el {0}", "Recorded on {0}");

    // Postular (learner)
    public string ApplyTitle => P("Postularme", "Apply");
    public string ApplyLead => P("Confirme su postulación a esta vacante.", "Confirm your application to this opening.");
    public string ApplyConsent => P("Al postularse, {0} verá su nombre y su correo para contactarle sobre esta vacante. Nunca verá su CURP.",
        "By applying, {0} will see your name and email to contact you about this opening. It never sees your CURP.");
    public string ApplyNote => P("Nota para la empresa", "Note to the company");
    public string ApplyNoteHint => P("Por qué le interesa o cuándo podría empezar.", "Why it interests you or when you could start.");
    public string ApplySubmit => P("Confirmar postulación", "Confirm application");
    public string ApplyInvited => P("Esta empresa le invitó a postularse: al confirmar acepta la invitación.", "This company invited you to apply: confirming accepts the invitation.");
    public string ApplyAlready => P("Ya tiene una candidatura para esta vacante (etapa: {0}).", "You already have a candidacy for this opening (stage: {0}).");
    public string ApplyClosed => P("Esta vacante ya no recibe postulaciones.", "This opening no longer takes applications.");
    public string ApplyNoteTooLong => Format(P("La nota excede {0} caracteres.", "The note exceeds {0} characters."), HiringRules.MaxMessageLength);
    public string ClosesOn => P("Cierra el {0}", "Closes on {0}");
    public string SeeMyApplications => P("Ver mis postulaciones", "See my applications");
    public string Applied => P("Listo: su postulación fue enviada a la empresa.", "Done: your application was sent to the company.");

    // Mis postulaciones (learner)
    public string MineTitle => P("Mis postulaciones", "My applications");
    public string MineLead => P("Las invitaciones de empresas y las vacantes a las que se postuló, con cada etapa.",
        "Employers' invitations and the openings you applied to, with each stage.");
    public string InvitationsTitle => P("Invitaciones por responder", "Invitations to answer");
    public string InvitationsNote => P("La empresa no conoce su nombre ni su correo. Si acepta, los verá para contactarle sobre esta vacante; si declina, nunca sabrá quién es.",
        "The company does not know your name or email. If you accept, it sees them to contact you about this opening; if you decline, it never learns who you are.");
    public string InvitedOn => P("Invitación del {0}", "Invited on {0}");
    public string Accept => P("Aceptar y postularme", "Accept and apply");
    public string Decline => P("Declinar", "Decline");
    public string Accepted => P("Aceptó la invitación: la empresa ya puede contactarle.", "You accepted the invitation: the company can now contact you.");
    public string Declined => P("Declinó la invitación.", "You declined the invitation.");
    public string NotPending => P("Esa invitación ya fue respondida.", "That invitation was already answered.");
    public string ApplicationsTitle => P("Mis candidaturas", "My candidacies");
    public string ApplicationsEmpty => P("Aún no tiene postulaciones. Cuando se postule a una vacante, o acepte una invitación, aparecerá aquí.",
        "No applications yet. When you apply to an opening or accept an invitation, it appears here.");
    public string Withdraw => P("Retirar mi postulación", "Withdraw my application");
    public string Withdrawn => P("Retiró su postulación.", "You withdrew your application.");
    public string StartsOn => P("Inicio: {0}", "Starts: {0}");
    public string VisibilityHint => P("¿Quiere que las empresas le encuentren? Active «Ser visible para empleadores» en sus consentimientos.",
        "Want employers to find you? Turn on \"Being visible to employers\" in your consents.");
    public string ConsentsLink => P("Mis consentimientos", "My consents");
}
