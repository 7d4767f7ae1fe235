using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Language;

namespace Semillero.Web.Completions;

// The words of /mi-aprendizaje/insignias, in Spanish first and English.
public sealed class LogrosTexts
{
    public static LogrosTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool English { get; init; }

    public required string NavBadges { get; init; }

    public required string Title { get; init; }

    public required string Eyebrow { get; init; }

    public required string Lead { get; init; }

    public required string NotOfficial { get; init; }

    public required string PathsTitle { get; init; }

    public required string PathsEmpty { get; init; }

    public required string PathsEmptyAction { get; init; }

    // {0}: the date the path was completed.
    public required string EgresadoSince { get; init; }

    public required string BadgeValid { get; init; }

    public required string BadgeRevoked { get; init; }

    public required string BadgePending { get; init; }

    public required string BadgePendingText { get; init; }

    public required string BadgeRevokedText { get; init; }

    public required string ActionView { get; init; }

    public required string ActionDownload { get; init; }

    public required string ShareLabel { get; init; }

    public required string InProgressTitle { get; init; }

    // {0}: courses done, {1}: courses needed.
    public required string InProgressCount { get; init; }

    public required string InProgressAction { get; init; }

    public required string CoursesTitle { get; init; }

    public required string CoursesCaption { get; init; }

    public required string CoursesEmpty { get; init; }

    public required string ColCourse { get; init; }

    public required string ColProvider { get; init; }

    public required string ColEvidence { get; init; }

    public required string ColScore { get; init; }

    public required string ColDate { get; init; }

    public required string EvidenceStatement { get; init; }

    public required string EvidenceReport { get; init; }

    public required string EvidenceManual { get; init; }

    public required string HowTitle { get; init; }

    public required string HowText { get; init; }

    // The share link's copy button and what it announces.
    public required string ShareHint { get; init; }

    public required string CopyLink { get; init; }

    public required string LinkCopied { get; init; }

    public required string LinkNotCopied { get; init; }

    public string Evidence(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Statement => EvidenceStatement,
        EvidenceKind.Report => EvidenceReport,
        _ => EvidenceManual,
    };

    public string Area(PathArea area) => (area, English) switch
    {
        (PathArea.Nube, false) => "Nube",
        (PathArea.Nube, true) => "Cloud",
        (PathArea.IA, false) => "Inteligencia artificial",
        (PathArea.IA, true) => "Artificial intelligence",
        (_, false) => "Innovación",
        (_, true) => "Innovation",
    };

    public string Level(PathLevel level) => (level, English) switch
    {
        (PathLevel.Fundamentos, false) => "Fundamentos",
        (PathLevel.Fundamentos, true) => "Fundamentals",
        (PathLevel.Intermedio, false) => "Intermedio",
        (PathLevel.Intermedio, true) => "Intermediate",
        (_, false) => "Avanzado",
        (_, true) => "Advanced",
    };

    public static LogrosTexts Es { get; } = new()
    {
        English = false,
        NavBadges = "Mis insignias",
        Title = "Mis insignias y logros",
        Eyebrow = "Mi aprendizaje",
        Lead = "Las rutas que terminó, sus insignias verificables y los cursos que cuentan para cada una.",
        NotOfficial = "Reconocimiento no oficial: las insignias de Semillero no constituyen certificación oficial ni validez oficial de estudios. Cualquiera puede verificar que son auténticas.",
        PathsTitle = "Rutas terminadas",
        PathsEmpty = "Aún no termina una ruta. Cuando complete los cursos que pide, recibirá su insignia aquí.",
        PathsEmptyAction = "Ver el catálogo de rutas",
        EgresadoSince = "Egresada o egresado desde el {0}",
        BadgeValid = "Insignia vigente",
        BadgeRevoked = "Insignia revocada",
        BadgePending = "Insignia en emisión",
        BadgePendingText = "Terminó la ruta; su insignia se firma en unos momentos. Vuelva a cargar la página.",
        BadgeRevokedText = "Esta insignia fue revocada y ya no se verifica como vigente. Si cree que es un error, escriba al equipo del programa.",
        ActionView = "Ver y verificar",
        ActionDownload = "Descargar credencial (JWT)",
        ShareLabel = "Liga para compartir",
        InProgressTitle = "Rutas en curso",
        InProgressCount = "{0} de {1} cursos",
        InProgressAction = "Ver la ruta",
        CoursesTitle = "Cursos terminados",
        CoursesCaption = "Cursos terminados según las reglas del programa, con la evidencia de cada uno",
        CoursesEmpty = "Todavía no hay cursos terminados. Sus actividades aparecen en su historial en cuanto su plataforma las envía.",
        ColCourse = "Curso",
        ColProvider = "Plataforma",
        ColEvidence = "Evidencia",
        ColScore = "Calificación",
        ColDate = "Terminado",
        EvidenceStatement = "Actividad registrada",
        EvidenceReport = "Constancia de la plataforma",
        EvidenceManual = "Otorgado por el programa",
        HowTitle = "¿Cómo se decide?",
        HowText = "Cada curso y cada ruta tiene una regla pública (qué actividades, con qué calificación mínima). Cuando una regla cambia, se vuelve a revisar su historial; nunca se duplica un logro.",
        ShareHint = "Envíe esta dirección a una empresa o agréguela a su currículum: quien la abra verá que la insignia es auténtica, sin sus datos personales.",
        CopyLink = "Copiar enlace",
        LinkCopied = "Enlace copiado",
        LinkNotCopied = "No se pudo copiar: el enlace quedó seleccionado, cópielo con Ctrl+C.",
    };

    public static LogrosTexts En { get; } = new()
    {
        English = true,
        NavBadges = "My badges",
        Title = "My badges and achievements",
        Eyebrow = "My learning",
        Lead = "The paths you completed, their verifiable badges and the courses that count towards each.",
        NotOfficial = "Non-official recognition: Semillero's badges are not an official certification or an official academic qualification. Anyone can verify that they are authentic.",
        PathsTitle = "Completed paths",
        PathsEmpty = "You have not completed a path yet. When you finish the courses it asks for, its badge appears here.",
        PathsEmptyAction = "Browse the learning paths",
        EgresadoSince = "Graduate since {0}",
        BadgeValid = "Valid badge",
        BadgeRevoked = "Revoked badge",
        BadgePending = "Badge being issued",
        BadgePendingText = "You completed the path; your badge is signed in a few moments. Reload the page.",
        BadgeRevokedText = "This badge was revoked and no longer verifies as valid. If you think this is a mistake, write to the program team.",
        ActionView = "View and verify",
        ActionDownload = "Download credential (JWT)",
        ShareLabel = "Share link",
        InProgressTitle = "Paths under way",
        InProgressCount = "{0} of {1} courses",
        InProgressAction = "See the path",
        CoursesTitle = "Completed courses",
        CoursesCaption = "Courses completed under the program's rules, with the evidence for each",
        CoursesEmpty = "No completed courses yet. Your activities appear in your history as soon as your platform sends them.",
        ColCourse = "Course",
        ColProvider = "Platform",
        ColEvidence = "Evidence",
        ColScore = "Score",
        ColDate = "Completed",
        EvidenceStatement = "Recorded activity",
        EvidenceReport = "Platform's completion report",
        EvidenceManual = "Awarded by the program",
        HowTitle = "How is it decided?",
        HowText = "Every course and path has a public rule (which activities, what minimum score). When a rule changes, your history is reviewed again; an achievement is never counted twice.",
        ShareHint = "Send this address to an employer or add it to your résumé: whoever opens it sees that the badge is genuine, without your personal data.",
        CopyLink = "Copy link",
        LinkCopied = "Link copied",
        LinkNotCopied = "Could not copy: the link is selected, copy it with Ctrl+C.",
    };
}
