using System.Globalization;
using Semillero.Geography;
using Semillero.Hiring;
using Semillero.Language;
using Semillero.Matching;
using Semillero.Skills;
using Semillero.Vacancies;

namespace Semillero.Web.Matching;

// The words of the matching pages (candidates, work profile, vacancies for me, skills gap), in
// Spanish first and English.
public sealed class MatchingTexts
{
    public static readonly MatchingTexts Es = new(false);
    public static readonly MatchingTexts En = new(true);

    private MatchingTexts(bool english) => English = english;

    public static MatchingTexts Current => UiLanguage.IsEnglish ? En : Es;

    public bool English { get; }

    private string Pick(string es, string en) => English ? en : es;

    public string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // Shared.
    public string Skill(string id) => SkillCatalog.Find(id)?.Name(English) ?? id;

    public string State(string? code) => code is null or "" or SkillsGap.Remote ? Pick("Remoto (todo el país)", "Remote (whole country)") : Entidades.NameOf(code);

    public string Level(int level) => level switch
    {
        1 => Pick("básico", "basic"),
        2 => Pick("intermedio", "intermediate"),
        3 => Pick("avanzado", "advanced"),
        _ => "—",
    };

    public string Modality(WorkModality m) => m switch
    {
        WorkModality.Presencial => Pick("Presencial", "On-site"),
        WorkModality.Hibrido => Pick("Híbrido", "Hybrid"),
        _ => Pick("Remoto", "Remote"),
    };

    public string Availability(Availability a) => a switch
    {
        Semillero.Matching.Availability.Inmediata => Pick("Inmediata", "Immediate"),
        Semillero.Matching.Availability.Proxima => Pick("Próxima (1 a 2 meses)", "Soon (1 to 2 months)"),
        _ => Pick("Abierta a ofertas", "Open to offers"),
    };

    public string Match(SkillMatch m) => m switch
    {
        SkillMatch.Verified => Pick("verificada con insignia", "verified by a badge"),
        SkillMatch.VerifiedBelow => Pick("verificada, nivel menor al pedido", "verified, below the level asked"),
        SkillMatch.Declared => Pick("declarada (sin insignia)", "declared (no badge)"),
        SkillMatch.DeclaredBelow => Pick("declarada, nivel menor al pedido", "declared, below the level asked"),
        _ => Pick("no la tiene", "missing"),
    };

    public string Required(bool required) => required ? Pick("requerida", "required") : Pick("deseable", "nice to have");

    public string Points => Pick("puntos", "points");

    public string ScoreLabel => Pick("Puntaje", "Score");

    public string MatchedTitle => Pick("Habilidades que cumple", "Skills matched");

    public string MissingTitle => Pick("Le falta o tiene a menor nivel", "Missing or below the level");

    public string NothingMissing => Pick("Cumple todas las habilidades pedidas.", "Meets every skill asked.");

    public string ClosingTitle => Pick("Ruta que cierra la brecha", "Path that closes the gap");

    public string NoClosingPath => Pick("Ninguna ruta publicada otorga lo que falta al nivel pedido.", "No published path grants what is missing at the level asked.");

    public string PathLevel(int level) => level switch
    {
        1 => Pick("Fundamentos", "Fundamentals"),
        2 => Pick("Intermedio", "Intermediate"),
        _ => Pick("Avanzado", "Advanced"),
    };

    public string Factors(MatchExplanation e) => Format(
        Pick("Ubicación {0:+0;-0;0} · disponibilidad {1:+0;-0;0} · actividad reciente {2:+0;-0;0}", "Location {0:+0;-0;0} · availability {1:+0;-0;0} · recent activity {2:+0;-0;0}"),
        e.LocationPoints, e.AvailabilityPoints, e.ActivityPoints);

    // Candidates (employer).
    public string CandidatesTitle => Pick("Candidatos", "Candidates");

    public string CandidatesEyebrow => Pick("Vacante", "Vacancy");

    public string CandidatesLead => Pick(
        "Personas que aceptaron ser visibles para empresas, ordenadas por habilidades verificadas con insignias, luego declaradas, ubicación, disponibilidad y actividad reciente. Verá su nombre y datos de contacto solo si aceptan su invitación.",
        "People who agreed to be visible to companies, ranked by skills verified by badges, then declared skills, location, availability and recent activity. You see their name and contact details only if they accept your invitation.");

    public string NoCandidates => Pick("Nadie visible tiene todavía alguna de las habilidades requeridas con la modalidad de esta vacante.", "Nobody visible has any of the required skills with this vacancy's modality yet.");

    public string NotVerified => Pick("Su empresa aún no está verificada por el programa: sus vacantes no reciben candidatos hasta que lo esté.", "Your company has not been verified by the program yet: its vacancies get no candidates until it is.");

    public string Warming => Pick("El índice de candidatos se está preparando. Recargue la página en unos segundos.", "The candidate index is being prepared. Reload the page in a few seconds.");

    public string VerifiedSkills => Pick("Habilidades verificadas", "Verified skills");

    public string DeclaredSkills => Pick("Habilidades declaradas", "Declared skills");

    public string None => Pick("Ninguna", "None");

    public string AvailabilityLabel => Pick("Disponibilidad", "Availability");

    public string ModalitiesLabel => Pick("Acepta", "Accepts");

    public string StateLabel => Pick("Entidad", "State");

    public string Badge => Pick("insignia", "badge");

    public string InviteTitle => Pick("Invitar a postularse", "Invite to apply");

    public string InviteMessage => Pick("Mensaje (opcional, sin pedir datos personales)", "Message (optional, do not ask for personal data)");

    public string InviteButton => Pick("Invitar", "Invite");

    public string Invited(string alias) => Format(Pick("Invitación enviada a {0}. La persona decide si acepta el contacto.", "Invitation sent to {0}. The person decides whether to accept contact."), alias);

    public string BackToVacancy => Pick("Volver a la vacante", "Back to the vacancy");

    public string Pseudonymous => Pick("Perfil seudónimo: sin nombre ni datos de contacto hasta que la persona acepte.", "Pseudonymous profile: no name or contact details until the person accepts.");

    // Work profile (learner).
    public string NavProfile => Pick("Perfil laboral", "Work profile");

    public string NavVacancies => Pick("Vacantes para mí", "Vacancies for me");

    public string ProfileTitle => Pick("Mi perfil laboral", "My work profile");

    public string ProfileEyebrow => Pick("Empleo", "Jobs");

    public string ProfileLead => Pick(
        "Decida si las empresas con vacantes pueden encontrarle. Ven un perfil seudónimo (su alias, entidad, habilidades e insignias), nunca su nombre ni sus datos de contacto, hasta que usted acepte una invitación.",
        "Decide whether companies with openings can find you. They see a pseudonymous profile (your alias, state, skills and badges), never your name or contact details, until you accept an invitation.");

    public string VisibleLabel => Pick("Ser visible para empleadores", "Be visible to employers");

    public string VisibleHint => Pick("Puede retirarlo cuando quiera: deja de aparecer en los resultados de las empresas de inmediato.", "You can withdraw it at any time: you stop appearing in companies' results at once.");

    public string AliasLabel => Pick("Su alias", "Your alias");

    public string AvailabilityLegend => Pick("¿Cuándo podría empezar?", "When could you start?");

    public string ModalitiesLegend => Pick("Modalidades que acepta", "Modalities you accept");

    public string SummaryLabel => Pick("Resumen profesional", "Professional summary");

    public string SummaryHint => Pick(
        "Hasta 1,000 caracteres. No incluya correo, teléfono, redes ni direcciones: las empresas le contactan solo si usted acepta.",
        "Up to 1,000 characters. Do not include email, phone, social media or addresses: companies contact you only if you accept.");

    public string DeclaredLegend => Pick("Habilidades que declara", "Skills you declare");

    public string DeclaredHint => Pick(
        "Elija el nivel de cada habilidad que tenga. Las habilidades verificadas con insignias pesan más que las declaradas.",
        "Choose the level of each skill you have. Skills verified by badges weigh more than declared ones.");

    public string NotDeclared => Pick("No la declaro", "Not declared");

    public string VerifiedFromBadges => Pick("Verificadas por sus insignias", "Verified by your badges");

    public string NoVerified => Pick("Aún no tiene insignias. Termine una ruta del catálogo para verificar habilidades.", "No badges yet. Complete a catalog path to verify skills.");

    public string Save => Pick("Guardar perfil", "Save profile");

    public string Saved => Pick("Perfil guardado.", "Profile saved.");

    public string SavedVisible => Pick("Perfil guardado. Las empresas pueden encontrarle con su alias.", "Profile saved. Companies can find you by your alias.");

    public string SavedHidden => Pick("Perfil guardado. No aparece en los resultados de las empresas.", "Profile saved. You do not appear in companies' results.");

    public string FixErrors => Pick("Revise los campos señalados.", "Check the fields marked.");

    // Vacancies for me.
    public string VacanciesTitle => Pick("Vacantes para mí", "Vacancies for me");

    public string VacanciesLead => Pick(
        "Vacantes abiertas que coinciden con sus habilidades, con lo que cumple, lo que le falta y la ruta del catálogo que lo cubre.",
        "Open vacancies that match your skills, with what you meet, what you lack and the catalog path that covers it.");

    public string NoVacancies => Pick("Aún no hay vacantes abiertas que pidan sus habilidades. Declare sus habilidades en su perfil laboral o termine una ruta.", "No open vacancies ask for your skills yet. Declare your skills in your work profile or complete a path.");

    public string ClosesOn(DateOnly d) => Format(Pick("Cierra el {0}", "Closes {0}"), Semillero.Calendar.Dates.Written(d));

    public string SeeVacancy => Pick("Ver la vacante", "See the vacancy");

    public string NotVisibleNotice => Pick("No es visible para empleadores: puede postularse, pero las empresas no le encuentran.", "You are not visible to employers: you can apply, but companies do not find you.");

    public string MakeVisible => Pick("Cambiar en mi perfil laboral", "Change in my work profile");

    // Skills gap.
    public string GapTitle => Pick("Brecha de habilidades", "Skills gap");

    public string GapLead => Pick(
        "Habilidades que piden las vacantes abiertas y que no cubren suficientes egresados visibles, por entidad. Oferta: personas visibles con la habilidad verificada al nivel pedido, en la entidad o que aceptan trabajo remoto.",
        "Skills open vacancies require that not enough visible graduates cover, by state. Supply: visible people with the skill verified at the level asked, in the state or accepting remote work.");

    public string GapSuppressed => Pick("Los conteos menores a 5 se muestran como «<5».", "Counts below 5 are shown as «<5».");

    public string GapEmpty => Pick("No hay vacantes abiertas con habilidades requeridas.", "There are no open vacancies with required skills.");

    public string ColSkill => Pick("Habilidad", "Skill");

    public string ColState => Pick("Entidad", "State");

    public string ColLevel => Pick("Nivel mínimo", "Minimum level");

    public string ColVacancies => Pick("Vacantes", "Vacancies");

    public string ColDemand => Pick("Demanda (plazas)", "Demand (openings)");

    public string ColSupply => Pick("Oferta (egresados visibles)", "Supply (visible graduates)");

    public string ColPlaced => Pick("Colocados", "Placed");

    public string ColGap => Pick("Brecha", "Gap");

    public string GapVisible(int n) => Format(Pick("{0} personas visibles en el índice.", "{0} visible people in the index."), n);

    public string DownloadJson => Pick("Descargar (JSON)", "Download (JSON)");

    // Candidates page: the score's scale, flags, filters and the compact view.
    public string ScoreOf(int score, int max) => Format(Pick("{0} de {1} puntos", "{0} of {1} points"), score, max);

    public string ScaleTitle => Pick("Cómo leer el puntaje", "How to read the score");

    public string ScaleLine(int max) => Format(Pick(
        "El puntaje suma puntos; no es un porcentaje. Para esta vacante el máximo es {0}: todas las habilidades verificadas con insignia al nivel pedido, vivir en el estado de la vacante (si no es remota), disponibilidad inmediata y actividad en el último mes. Puede ser negativo si la persona vive en otro estado.",
        "The score adds up points; it is not a percentage. For this vacancy the maximum is {0}: every skill verified by a badge at the level asked, living in the vacancy's state (unless remote), immediate availability and activity in the last month. It can be negative when the person lives in another state."), max);

    public string ScaleSkills => Pick(
        "Por habilidad requerida: 30 si está verificada con insignia al nivel pedido, 15 si está verificada a un nivel menor, 12 si solo está declarada al nivel pedido, 4 si está declarada a un nivel menor. Las deseables valen cerca de un tercio (10, 5, 4, 1).",
        "Per required skill: 30 if verified by a badge at the level asked, 15 if verified below it, 12 if only declared at the level asked, 4 if declared below it. Nice-to-have skills are worth about a third (10, 5, 4, 1).");

    public string ScaleContext => Pick(
        "Además: mismo estado +15 (presencial en otro estado −10, híbrida −5); disponibilidad inmediata +6, próxima +3; actividad de aprendizaje en los últimos 30 días +5, 90 días +3, 180 días +1. Aparecen solo quienes aceptan la modalidad y tienen al menos una habilidad requerida.",
        "Also: same state +15 (on-site in another state −10, hybrid −5); immediate availability +6, soon +3; learning activity in the last 30 days +5, 90 days +3, 180 days +1. Only people who accept the modality and hold at least one required skill are listed.");

    public string LacksRequired(IEnumerable<string> skills) => Format(Pick("Le falta una habilidad requerida: {0}", "Missing a required skill: {0}"), string.Join(", ", skills));

    public string BelowRequired(IEnumerable<string> skills) => Format(Pick("Requerida a menor nivel del pedido: {0}", "Required skill below the level asked: {0}"), string.Join(", ", skills));

    public string MeetsAllRequired => Pick("Cumple todas las habilidades requeridas", "Meets every required skill");

    public string FiltersTitle => Pick("Filtrar candidatos", "Filter candidates");

    public string FilterState => Pick("Estado donde vive", "State of residence");

    public string FilterAvailability => Pick("Disponibilidad", "Availability");

    public string FilterAny => Pick("Cualquiera", "Any");

    public string FilterMeets => Pick("Solo quienes cumplen las habilidades requeridas", "Only people who meet the required skills");

    public string FilterVerified => Pick("Solo con alguna habilidad de la vacante verificada por insignia", "Only people with a skill of this vacancy verified by a badge");

    public string FilterApply => Pick("Aplicar filtros", "Apply filters");

    public string FilterClear => Pick("Quitar filtros", "Clear filters");

    public string ViewLabel => Pick("Vista", "View");

    public string ViewDetailed => Pick("Detallada", "Detailed");

    public string ViewCompact => Pick("Compacta", "Compact");

    public string Showing(int from, int to, int matching, int visible) => Format(Pick(
        "Candidatos {0} a {1} de {2} ({3} personas visibles en total).",
        "Candidates {0} to {1} of {2} ({3} visible people in all)."), from, to, matching, visible);

    public string CappedNote(int considered) => Format(Pick(
        "Los filtros se aplican a los {0} mejores puntajes.",
        "Filters apply to the {0} best scores."), considered);

    public string NoneMatchFilters => Pick("Nadie entre los candidatos cumple estos filtros. Quite alguno para ver más personas.", "Nobody among the candidates meets these filters. Clear one to see more people.");

    public string PagerLabel => Pick("Páginas de candidatos", "Candidate pages");

    public string ColRank => Pick("Lugar", "Rank");

    public string ColAlias => Pick("Alias", "Alias");

    public string ColRequired => Pick("Requeridas que cumple", "Required skills met");

    public string RequiredMet(int met, int of) => Format(Pick("{0} de {1}", "{0} of {1}"), met, of);

    public string ColFlags => Pick("Le falta", "Missing");

    public string CompactCaption => Pick("Candidatos en vista compacta", "Candidates, compact view");

    public string SeeDetail => Pick("Ver detalle e invitar", "See details and invite");
}
