using Semillero.Catalog;
using Semillero.Language;
using Semillero.Web.Site;

namespace Semillero.Web.Catalog;

// The strings of the catalog pages (/catalogo/** and /operacion/catalogo/**), in es-MX (the
// default) and English, in the same pattern as Texts: `required` so neither language misses one.
// Keep HTML out of these values: the views add markup around them.
public sealed class CatalogoTexts
{
    public static CatalogoTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool IsEnglish { get; init; }

    public required string NavCatalog { get; init; }
    public required string CatalogTitle { get; init; }
    public required string CatalogEyebrow { get; init; }
    public required string CatalogLead { get; init; }
    public required string FilterLabel { get; init; }
    public required string FilterArea { get; init; }
    public required string FilterLevel { get; init; }
    public required string AllAreas { get; init; }
    public required string AllLevels { get; init; }
    public required string FilterApply { get; init; }
    public required string FilterClear { get; init; }
    public required string NoPaths { get; init; }
    public required string NoPathsFiltered { get; init; }
    public required string SkillsLabel { get; init; }
    public required string SeePath { get; init; }
    public required string UnofficialTitle { get; init; }
    public required string UnofficialText { get; init; }
    public required string BackToCatalog { get; init; }
    public required string CoursesTitle { get; init; }
    public required string CoursesIntro { get; init; }
    public required string ColCourse { get; init; }
    public required string ColProvider { get; init; }
    public required string ColHours { get; init; }
    public required string ColCounts { get; init; }
    public required string CoursesCaption { get; init; }
    public required string PathNoCourses { get; init; }
    public required string SkillsTitle { get; init; }
    public required string NoSkills { get; init; }
    public required string CompletesTitle { get; init; }
    public required string CriteriaTitle { get; init; }
    public required string GoToCourse { get; init; }
    public required string HoursUnknown { get; init; }
    public required string OpTitle { get; init; }
    public required string OpLead { get; init; }
    public required string PathsTitle { get; init; }
    public required string PathsCaption { get; init; }
    public required string NewPath { get; init; }
    public required string ColPath { get; init; }
    public required string ColArea { get; init; }
    public required string ColLevel { get; init; }
    public required string ColCourses { get; init; }
    public required string ColStatus { get; init; }
    public required string ColActions { get; init; }
    public required string Published { get; init; }
    public required string Draft { get; init; }
    public required string Edit { get; init; }
    public required string Rules { get; init; }
    public required string Publish { get; init; }
    public required string Unpublish { get; init; }
    public required string ViewPublic { get; init; }
    public required string NoPathsOp { get; init; }
    public required string CoursesOpTitle { get; init; }
    public required string CoursesOpCaption { get; init; }
    public required string NewCourse { get; init; }
    public required string ColCode { get; init; }
    public required string ColActivities { get; init; }
    public required string ColRule { get; init; }
    public required string ColInPaths { get; init; }
    public required string RuleVersion { get; init; }
    public required string NoRule { get; init; }
    public required string NoCoursesOp { get; init; }
    public required string AwardLink { get; init; }
    public required string PathPublished { get; init; }
    public required string PathUnpublished { get; init; }
    public required string PathCreated { get; init; }
    public required string PathSaved { get; init; }
    public required string CourseCreated { get; init; }
    public required string CourseSaved { get; init; }
    public required string PathGone { get; init; }
    public required string NewPathTitle { get; init; }
    public required string EditPathTitle { get; init; }
    public required string PathFormIntro { get; init; }
    public required string FieldCode { get; init; }
    public required string FieldCodeHint { get; init; }
    public required string FieldCodeLocked { get; init; }
    public required string FieldArea { get; init; }
    public required string FieldLevel { get; init; }
    public required string ChooseOne { get; init; }
    public required string FieldNameEs { get; init; }
    public required string FieldNameEn { get; init; }
    public required string FieldSummaryEs { get; init; }
    public required string FieldSummaryEn { get; init; }
    public required string FieldCriteriaEs { get; init; }
    public required string FieldCriteriaEn { get; init; }
    public required string FieldCriteriaHint { get; init; }
    public required string FieldSkills { get; init; }
    public required string FieldSkillsHint { get; init; }
    public required string FieldCourses { get; init; }
    public required string FieldCoursesHint { get; init; }
    public required string ColInclude { get; init; }
    public required string ColPosition { get; init; }
    public required string NoCoursesYet { get; init; }
    public required string SavePath { get; init; }
    public required string NewCourseTitle { get; init; }
    public required string EditCourseTitle { get; init; }
    public required string CourseFormIntro { get; init; }
    public required string FieldProvider { get; init; }
    public required string FieldProviderHint { get; init; }
    public required string FieldCourseCode { get; init; }
    public required string FieldCourseCodeHint { get; init; }
    public required string FieldUrl { get; init; }
    public required string FieldUrlHint { get; init; }
    public required string FieldHours { get; init; }
    public required string FieldHoursHint { get; init; }
    public required string HoursInvalid { get; init; }
    public required string FieldActivities { get; init; }
    public required string FieldActivitiesHint { get; init; }
    public required string SeeOtherCourse { get; init; }
    public required string SaveCourse { get; init; }
    public required string CourseRulesTitle { get; init; }
    public required string PathRulesTitle { get; init; }
    public required string RulesLead { get; init; }
    public required string CurrentRule { get; init; }
    public required string ReportTitle { get; init; }
    public required string ReportAdded { get; init; }
    public required string PathReportAdded { get; init; }
    public required string ReportNoLonger { get; init; }
    public required string ReportExamined { get; init; }
    public required string ReportNote { get; init; }
    public required string HistoryTitle { get; init; }
    public required string HistoryCaption { get; init; }
    public required string ColVersion { get; init; }
    public required string ColVerbs { get; init; }
    public required string ColMinScore { get; init; }
    public required string ColReports { get; init; }
    public required string ColMinCourses { get; init; }
    public required string ColReason { get; init; }
    public required string ColWho { get; init; }
    public required string ColWhen { get; init; }
    public required string ColEffect { get; init; }
    public required string Effect { get; init; }
    public required string AllCourses { get; init; }
    public required string AnyScore { get; init; }
    public required string NoHistory { get; init; }
    public required string NewVersionTitle { get; init; }
    public required string FieldVerbs { get; init; }
    public required string VerbCompleted { get; init; }
    public required string VerbPassed { get; init; }
    public required string FieldOtherVerbs { get; init; }
    public required string FieldMinScore { get; init; }
    public required string FieldMinScoreHint { get; init; }
    public required string MinScoreInvalid { get; init; }
    public required string FieldAcceptsReports { get; init; }
    public required string FieldMinCourses { get; init; }
    public required string FieldMinCoursesHint { get; init; }
    public required string MinCoursesInvalid { get; init; }
    public required string FieldReason { get; init; }
    public required string FieldReasonHint { get; init; }
    public required string PublishVersion { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string AwardTitle { get; init; }
    public required string AwardLead { get; init; }
    public required string FieldPerson { get; init; }
    public required string FieldPersonHint { get; init; }
    public required string PersonNotFound { get; init; }
    public required string PersonRequired { get; init; }
    public required string FieldCourse { get; init; }
    public required string ChooseCourse { get; init; }
    public required string CourseRequired { get; init; }
    public required string FieldCompletedOn { get; init; }
    public required string DateInvalid { get; init; }
    public required string FieldAwardReason { get; init; }
    public required string FieldAwardReasonHint { get; init; }
    public required string AwardSubmit { get; init; }
    public required string Awarded { get; init; }
    public required string AlreadyHas { get; init; }
    public required string CourseGone { get; init; }

    public static CatalogoTexts Es { get; } = new()
    {
        IsEnglish = false,
        NavCatalog = "Catálogo",
        CatalogTitle = "Rutas de aprendizaje",
        CatalogEyebrow = "Catálogo del programa",
        CatalogLead = "Rutas gratuitas de nube, inteligencia artificial e innovación, con cursos de distintos proveedores. Cada ruta terminada da una insignia verificable.",
        FilterLabel = "Filtrar rutas",
        FilterArea = "Área",
        FilterLevel = "Nivel",
        AllAreas = "Todas las áreas",
        AllLevels = "Todos los niveles",
        FilterApply = "Filtrar",
        FilterClear = "Quitar filtros",
        NoPaths = "Aún no hay rutas publicadas. Vuelva pronto.",
        NoPathsFiltered = "Ninguna ruta publicada coincide con esos filtros.",
        SkillsLabel = "Habilidades",
        SeePath = "Ver la ruta",
        UnofficialTitle = "Reconocimiento no oficial",
        UnofficialText = "La insignia de cada ruta es un reconocimiento no oficial: acredita que se terminó la ruta y no constituye certificación oficial.",
        BackToCatalog = "Todo el catálogo",
        CoursesTitle = "Cursos",
        CoursesIntro = "Se toman en la plataforma de cada proveedor; Semillero recibe el avance y reconoce la ruta cuando se cumple su regla.",
        ColCourse = "Curso",
        ColProvider = "Proveedor",
        ColHours = "Horas",
        ColCounts = "Cuenta como terminado",
        CoursesCaption = "Cursos de la ruta, en orden",
        PathNoCourses = "Esta ruta aún no tiene cursos.",
        SkillsTitle = "Habilidades que acredita",
        NoSkills = "Esta ruta aún no lista habilidades.",
        CompletesTitle = "Qué se necesita para terminarla",
        CriteriaTitle = "Lo que dice la insignia",
        GoToCourse = "Ir al curso",
        HoursUnknown = "—",
        OpTitle = "Catálogo y reglas",
        OpLead = "Rutas, cursos y las reglas que deciden qué cuenta como terminado. Cada cambio de regla es una versión nueva con su motivo.",
        PathsTitle = "Rutas",
        PathsCaption = "Rutas del catálogo, publicadas y borradores",
        NewPath = "Nueva ruta",
        ColPath = "Ruta",
        ColArea = "Área",
        ColLevel = "Nivel",
        ColCourses = "Cursos",
        ColStatus = "Estado",
        ColActions = "Acciones",
        Published = "Publicada",
        Draft = "Borrador",
        Edit = "Editar",
        Rules = "Reglas",
        Publish = "Publicar",
        Unpublish = "Volver a borrador",
        ViewPublic = "Ver en el catálogo",
        NoPathsOp = "Aún no hay rutas. Cree la primera.",
        CoursesOpTitle = "Cursos",
        CoursesOpCaption = "Cursos de todos los proveedores",
        NewCourse = "Nuevo curso",
        ColCode = "Clave",
        ColActivities = "Actividades",
        ColRule = "Regla",
        ColInPaths = "En rutas",
        RuleVersion = "Versión {0}",
        NoRule = "Sin regla",
        NoCoursesOp = "Aún no hay cursos.",
        AwardLink = "Otorgar un curso manualmente",
        PathPublished = "Ruta «{0}» publicada: ya aparece en el catálogo público.",
        PathUnpublished = "Ruta «{0}» vuelta a borrador: ya no aparece en el catálogo público; sus egresados se conservan.",
        PathCreated = "Ruta «{0}» creada como borrador.",
        PathSaved = "Cambios a la ruta «{0}» guardados.",
        CourseCreated = "Curso «{0}» creado.",
        CourseSaved = "Cambios al curso «{0}» guardados.",
        PathGone = "Esa ruta ya no existe.",
        NewPathTitle = "Nueva ruta",
        EditPathTitle = "Editar la ruta «{0}»",
        PathFormIntro = "Se guarda como borrador hasta que la publique desde el catálogo.",
        FieldCode = "Clave",
        FieldCodeHint = "Minúsculas sin acentos, dígitos y guiones; va en la dirección pública /catalogo/clave.",
        FieldCodeLocked = "La ruta está publicada: su clave ya no puede cambiar.",
        FieldArea = "Área",
        FieldLevel = "Nivel",
        ChooseOne = "Elija una opción",
        FieldNameEs = "Nombre en español",
        FieldNameEn = "Nombre en inglés",
        FieldSummaryEs = "Resumen en español",
        FieldSummaryEn = "Resumen en inglés",
        FieldCriteriaEs = "Criterios de la insignia en español",
        FieldCriteriaEn = "Criterios de la insignia en inglés",
        FieldCriteriaHint = "Qué hizo quien la termina, en palabras sencillas; aparece en la insignia.",
        FieldSkills = "Habilidades que acredita",
        FieldSkillsHint = "De la lista de habilidades de Semillero; las vacantes de las empresas se comparan con ellas.",
        FieldCourses = "Cursos de la ruta",
        FieldCoursesHint = "Marque los cursos y escriba su orden (1, 2, 3…).",
        ColInclude = "Incluir",
        ColPosition = "Orden",
        NoCoursesYet = "Aún no hay cursos: cree uno primero.",
        SavePath = "Guardar ruta",
        NewCourseTitle = "Nuevo curso",
        EditCourseTitle = "Editar el curso «{0}»",
        CourseFormIntro = "Un curso de un proveedor: sus registros xAPI se reconocen por sus actividades; sus reportes CSV, por su clave.",
        FieldProvider = "Proveedor",
        FieldProviderHint = "Como lo nombran sus credenciales de API (por ejemplo «Moodle Universidad Veracruzana»).",
        FieldCourseCode = "Clave del curso",
        FieldCourseCodeHint = "Como la escriben los reportes de terminación del proveedor; única por proveedor.",
        FieldUrl = "Dirección del curso",
        FieldUrlHint = "Donde la persona se inscribe (https://…).",
        FieldHours = "Horas",
        FieldHoursHint = "Duración aproximada, en horas.",
        HoursInvalid = "Escriba las horas como un número entero.",
        FieldActivities = "Actividades (IRI)",
        FieldActivitiesHint = "Una por línea: los IRI de actividad con los que el proveedor envía los registros de este curso. Un cambio cuenta para los registros que lleguen después.",
        SeeOtherCourse = "Ver el otro curso",
        SaveCourse = "Guardar curso",
        CourseRulesTitle = "Reglas de término: {0}",
        PathRulesTitle = "Reglas de egreso: {0}",
        RulesLead = "Cada versión se evalúa sobre todo lo ya registrado. Las terminaciones otorgadas antes se conservan: se cumplió la regla vigente entonces.",
        CurrentRule = "Regla vigente",
        ReportTitle = "Versión {0} publicada",
        ReportAdded = "Terminaciones agregadas",
        PathReportAdded = "Egresados agregados",
        ReportNoLonger = "Ya no calificarían (se conservan)",
        ReportExamined = "Personas examinadas",
        ReportNote = "Las terminaciones que ya no calificarían se conservan; se cuentan para que vea el efecto del cambio.",
        HistoryTitle = "Historial de versiones",
        HistoryCaption = "Versiones de la regla, la más reciente primero",
        ColVersion = "Versión",
        ColVerbs = "Verbos",
        ColMinScore = "Calificación mínima",
        ColReports = "Acepta reportes CSV",
        ColMinCourses = "Cursos mínimos",
        ColReason = "Motivo",
        ColWho = "Quién",
        ColWhen = "Cuándo",
        ColEffect = "Efecto",
        Effect = "+{0} · {1} ya no · {2} examinadas",
        AllCourses = "Todos",
        AnyScore = "Cualquiera",
        NoHistory = "Aún no hay versiones: publique la primera.",
        NewVersionTitle = "Publicar una nueva versión",
        FieldVerbs = "Verbos xAPI que cuentan",
        VerbCompleted = "completed: lo completó",
        VerbPassed = "passed: lo aprobó",
        FieldOtherVerbs = "Otros verbos (un IRI por línea)",
        FieldMinScore = "Calificación mínima (%)",
        FieldMinScoreHint = "Vacío: cuenta cualquier calificación, o ninguna.",
        MinScoreInvalid = "Escriba un número de 0 a 100.",
        FieldAcceptsReports = "También cuentan los reportes CSV de terminación del proveedor",
        FieldMinCourses = "Cursos mínimos",
        FieldMinCoursesHint = "Vacío: todos los cursos de la ruta ({0}).",
        MinCoursesInvalid = "Escriba un número entero.",
        FieldReason = "Motivo del cambio",
        FieldReasonHint = "Al menos 10 caracteres; queda en el historial.",
        PublishVersion = "Publicar versión",
        Yes = "Sí",
        No = "No",
        AwardTitle = "Otorgar un curso manualmente",
        AwardLead = "Para evidencia que no llega por xAPI ni por reporte (un taller presencial, un proveedor que no envía nada). El motivo queda como evidencia.",
        FieldPerson = "Persona",
        FieldPersonHint = "Su CURP o su identificador en Semillero.",
        PersonNotFound = "No hay ninguna persona registrada con esa CURP o identificador.",
        PersonRequired = "Escriba la CURP o el identificador de la persona.",
        FieldCourse = "Curso",
        ChooseCourse = "Elija un curso",
        CourseRequired = "Elija el curso.",
        FieldCompletedOn = "Fecha de término",
        DateInvalid = "Escriba la fecha como AAAA-MM-DD.",
        FieldAwardReason = "Motivo",
        FieldAwardReasonHint = "Al menos 10 caracteres: por qué se otorga y con qué evidencia.",
        AwardSubmit = "Otorgar curso",
        Awarded = "Curso «{0}» otorgado (terminación {1}).",
        AlreadyHas = "La persona ya tiene el curso «{0}»; no cambió nada.",
        CourseGone = "Ese curso ya no existe.",
    };

    public static CatalogoTexts En { get; } = new()
    {
        IsEnglish = true,
        NavCatalog = "Catalog",
        CatalogTitle = "Learning paths",
        CatalogEyebrow = "Program catalog",
        CatalogLead = "Free paths in cloud, artificial intelligence and innovation, with courses from several providers. Each completed path earns a verifiable badge.",
        FilterLabel = "Filter paths",
        FilterArea = "Area",
        FilterLevel = "Level",
        AllAreas = "All areas",
        AllLevels = "All levels",
        FilterApply = "Filter",
        FilterClear = "Clear filters",
        NoPaths = "There are no published paths yet. Come back soon.",
        NoPathsFiltered = "No published path matches those filters.",
        SkillsLabel = "Skills",
        SeePath = "See the path",
        UnofficialTitle = "Non-official recognition",
        UnofficialText = "Each path's badge is a non-official recognition: it shows the path was completed and is not an official certification.",
        BackToCatalog = "The whole catalog",
        CoursesTitle = "Courses",
        CoursesIntro = "They are taken on each provider's platform; Semillero receives the progress and recognises the path when its rule is met.",
        ColCourse = "Course",
        ColProvider = "Provider",
        ColHours = "Hours",
        ColCounts = "Counts as completed",
        CoursesCaption = "The path's courses, in order",
        PathNoCourses = "This path has no courses yet.",
        SkillsTitle = "Skills it recognises",
        NoSkills = "This path lists no skills yet.",
        CompletesTitle = "What completes it",
        CriteriaTitle = "What the badge says",
        GoToCourse = "Go to the course",
        HoursUnknown = "—",
        OpTitle = "Catalog and rules",
        OpLead = "Paths, courses and the rules that decide what counts as completed. Every rule change is a new version with its reason.",
        PathsTitle = "Paths",
        PathsCaption = "Catalog paths, published and drafts",
        NewPath = "New path",
        ColPath = "Path",
        ColArea = "Area",
        ColLevel = "Level",
        ColCourses = "Courses",
        ColStatus = "Status",
        ColActions = "Actions",
        Published = "Published",
        Draft = "Draft",
        Edit = "Edit",
        Rules = "Rules",
        Publish = "Publish",
        Unpublish = "Back to draft",
        ViewPublic = "See in the catalog",
        NoPathsOp = "There are no paths yet. Create the first one.",
        CoursesOpTitle = "Courses",
        CoursesOpCaption = "Courses from every provider",
        NewCourse = "New course",
        ColCode = "Code",
        ColActivities = "Activities",
        ColRule = "Rule",
        ColInPaths = "In paths",
        RuleVersion = "Version {0}",
        NoRule = "No rule",
        NoCoursesOp = "There are no courses yet.",
        AwardLink = "Award a course manually",
        PathPublished = "Path «{0}» published: it is now in the public catalog.",
        PathUnpublished = "Path «{0}» is a draft again: it is no longer in the public catalog; its graduates are kept.",
        PathCreated = "Path «{0}» created as a draft.",
        PathSaved = "Changes to the path «{0}» saved.",
        CourseCreated = "Course «{0}» created.",
        CourseSaved = "Changes to the course «{0}» saved.",
        PathGone = "That path no longer exists.",
        NewPathTitle = "New path",
        EditPathTitle = "Edit the path «{0}»",
        PathFormIntro = "It is saved as a draft until you publish it from the catalog.",
        FieldCode = "Code",
        FieldCodeHint = "Lowercase letters without accents, digits and hyphens; it goes in the public address /catalogo/code.",
        FieldCodeLocked = "The path is published: its code can no longer change.",
        FieldArea = "Area",
        FieldLevel = "Level",
        ChooseOne = "Choose one",
        FieldNameEs = "Name in Spanish",
        FieldNameEn = "Name in English",
        FieldSummaryEs = "Summary in Spanish",
        FieldSummaryEn = "Summary in English",
        FieldCriteriaEs = "Badge criteria in Spanish",
        FieldCriteriaEn = "Badge criteria in English",
        FieldCriteriaHint = "What a person who completes it did, in plain words; it appears on the badge.",
        FieldSkills = "Skills it recognises",
        FieldSkillsHint = "From Semillero's skills list; employers' vacancies are matched against them.",
        FieldCourses = "The path's courses",
        FieldCoursesHint = "Tick the courses and write their order (1, 2, 3…).",
        ColInclude = "Include",
        ColPosition = "Order",
        NoCoursesYet = "There are no courses yet: create one first.",
        SavePath = "Save path",
        NewCourseTitle = "New course",
        EditCourseTitle = "Edit the course «{0}»",
        CourseFormIntro = "A provider's course: its xAPI records are recognised by its activities; its CSV reports by its code.",
        FieldProvider = "Provider",
        FieldProviderHint = "As its API credentials name it (for example «Moodle Universidad Veracruzana»).",
        FieldCourseCode = "Course code",
        FieldCourseCodeHint = "As the provider's completion reports write it; unique per provider.",
        FieldUrl = "Course address",
        FieldUrlHint = "Where a person enrols (https://…).",
        FieldHours = "Hours",
        FieldHoursHint = "Approximate length, in hours.",
        HoursInvalid = "Write the hours as a whole number.",
        FieldActivities = "Activities (IRIs)",
        FieldActivitiesHint = "One per line: the activity IRIs the provider sends this course's records with. A change counts for records that arrive afterwards.",
        SeeOtherCourse = "See the other course",
        SaveCourse = "Save course",
        CourseRulesTitle = "Completion rules: {0}",
        PathRulesTitle = "Graduation rules: {0}",
        RulesLead = "Each version is evaluated over everything already recorded. Completions granted before are kept: the rule in force then was met.",
        CurrentRule = "Rule in force",
        ReportTitle = "Version {0} published",
        ReportAdded = "Completions added",
        PathReportAdded = "Graduates added",
        ReportNoLonger = "No longer qualifying (kept)",
        ReportExamined = "People examined",
        ReportNote = "Completions that would no longer qualify are kept; they are counted so you see the change's effect.",
        HistoryTitle = "Version history",
        HistoryCaption = "The rule's versions, newest first",
        ColVersion = "Version",
        ColVerbs = "Verbs",
        ColMinScore = "Minimum score",
        ColReports = "Accepts CSV reports",
        ColMinCourses = "Minimum courses",
        ColReason = "Reason",
        ColWho = "Who",
        ColWhen = "When",
        ColEffect = "Effect",
        Effect = "+{0} · {1} no longer · {2} examined",
        AllCourses = "All",
        AnyScore = "Any",
        NoHistory = "There are no versions yet: publish the first one.",
        NewVersionTitle = "Publish a new version",
        FieldVerbs = "xAPI verbs that count",
        VerbCompleted = "completed",
        VerbPassed = "passed",
        FieldOtherVerbs = "Other verbs (one IRI per line)",
        FieldMinScore = "Minimum score (%)",
        FieldMinScoreHint = "Empty: any score counts, or none.",
        MinScoreInvalid = "Write a number from 0 to 100.",
        FieldAcceptsReports = "The provider's CSV completion reports count too",
        FieldMinCourses = "Minimum courses",
        FieldMinCoursesHint = "Empty: all of the path's courses ({0}).",
        MinCoursesInvalid = "Write a whole number.",
        FieldReason = "Reason for the change",
        FieldReasonHint = "At least 10 characters; it stays in the history.",
        PublishVersion = "Publish version",
        Yes = "Yes",
        No = "No",
        AwardTitle = "Award a course manually",
        AwardLead = "For evidence that arrives neither through xAPI nor a report (an in-person workshop, a provider that sends nothing). The reason stays as the evidence.",
        FieldPerson = "Person",
        FieldPersonHint = "Their CURP or their Semillero id.",
        PersonNotFound = "Nobody is registered with that CURP or id.",
        PersonRequired = "Write the person's CURP or id.",
        FieldCourse = "Course",
        ChooseCourse = "Choose a course",
        CourseRequired = "Choose the course.",
        FieldCompletedOn = "Completion date",
        DateInvalid = "Write the date as YYYY-MM-DD.",
        FieldAwardReason = "Reason",
        FieldAwardReasonHint = "At least 10 characters: why it is awarded and on what evidence.",
        AwardSubmit = "Award course",
        Awarded = "Course «{0}» awarded (completion {1}).",
        AlreadyHas = "The person already has the course «{0}»; nothing changed.",
        CourseGone = "That course no longer exists.",
    };

    public string Pick(Words words) => words.In(IsEnglish);

    public string Pick(string es, string en) => IsEnglish ? en : es;

    public string Area(PathArea area) => area switch
    {
        PathArea.Nube => Pick("Nube", "Cloud"),
        PathArea.IA => Pick("Inteligencia artificial", "Artificial intelligence"),
        PathArea.Innovacion => Pick("Innovación", "Innovation"),
        _ => area.ToString(),
    };

    public string Level(PathLevel level) => level switch
    {
        PathLevel.Fundamentos => Pick("Fundamentos", "Fundamentals"),
        PathLevel.Intermedio => Pick("Intermedio", "Intermediate"),
        PathLevel.Avanzado => Pick("Avanzado", "Advanced"),
        _ => level.ToString(),
    };

    // The areas of the skills list (Skills/SkillCatalog), as the path form groups them.
    public string SkillArea(string area) => area switch
    {
        "nube" => Pick("Nube", "Cloud"),
        "ia" => Pick("Inteligencia artificial", "Artificial intelligence"),
        "datos" => Pick("Datos", "Data"),
        "innovacion" => Pick("Innovación", "Innovation"),
        "digital" => Pick("Habilidades digitales", "Digital skills"),
        _ => area,
    };

    public string Courses(int n) => n == 1 ? Pick("1 curso", "1 course") : Texts.Format(Pick("{0} cursos", "{0} courses"), Texts.Number(n));

    public string Hours(int n) => n == 1 ? Pick("1 hora", "1 hour") : Texts.Format(Pick("{0} horas", "{0} hours"), Texts.Number(n));

    public string Paths(int n) => n == 1 ? Pick("1 ruta", "1 path") : Texts.Format(Pick("{0} rutas", "{0} paths"), Texts.Number(n));

    public string Score(decimal? scaled) => scaled is { } s ? Pick(RuleWording.Percent(s)) : AnyScore;
}
