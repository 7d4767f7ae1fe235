using Semillero.Language;
using Semillero.CohortResults;

namespace Semillero.Web.CohortResults;

// The words of an organisation's results (/organizacion/resultados), Spanish first and English.
public sealed class ResultadosTexts
{
    public static ResultadosTexts Current => UiLanguage.IsEnglish ? En : Es;

    public required bool English { get; init; }

    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string NoOrganization { get; init; }

    public required string ChooseTitle { get; init; }

    public required string ChooseEmpty { get; init; }

    public required string Totals { get; init; }

    public required string ByCohort { get; init; }

    public required string ByState { get; init; }

    public required string BySex { get; init; }

    public required string ByAge { get; init; }

    public required string People { get; init; }

    public required string PeopleNote { get; init; }

    public required string NoCohorts { get; init; }

    public required string NoPeople { get; init; }

    public required string Waiting { get; init; }

    public required string Enrolled { get; init; }

    public required string Active { get; init; }

    public required string CompletedCourse { get; init; }

    public required string Graduated { get; init; }

    public required string Badged { get; init; }

    public required string Placed { get; init; }

    public required string CompletionRate { get; init; }

    public required string Name { get; init; }

    public required string Curp { get; init; }

    public required string State { get; init; }

    public required string Cohort { get; init; }

    public required string Stage { get; init; }

    public required string Download { get; init; }

    public required string RuleNote { get; init; }

    public required string SuppressedNote { get; init; }

    public required string BadExport { get; init; }

    public required string Pager { get; init; }

    public required string DashboardLink { get; init; }

    // Why the list is shorter than the figures: people who withdrew their consent to share.
    public string NotShared(int count) => (count == 1, English) switch
    {
        (true, false) => "1 persona retiró su permiso para compartir sus datos con la organización: cuenta en las cifras, pero no aparece en la lista.",
        (false, false) => $"{count:N0} personas retiraron su permiso para compartir sus datos con la organización: cuentan en las cifras, pero no aparecen en la lista.",
        (true, true) => "1 person withdrew their consent to share their data with the organisation: they count in the figures but are not listed.",
        (false, true) => $"{count:N0} people withdrew their consent to share their data with the organisation: they count in the figures but are not listed.",
    };

    public string StageName(FunnelStage stage) => (stage, English) switch
    {
        (FunnelStage.EnEspera, false) => "En espera",
        (FunnelStage.EnEspera, true) => "Waiting",
        (FunnelStage.Inscrita, false) => "Inscrita",
        (FunnelStage.Inscrita, true) => "Enrolled",
        (FunnelStage.Activa, false) => "Activa",
        (FunnelStage.Activa, true) => "Active",
        (FunnelStage.CompletoCurso, false) => "Completó un curso",
        (FunnelStage.CompletoCurso, true) => "Completed a course",
        (FunnelStage.Egresada, false) => "Egresada",
        (FunnelStage.Egresada, true) => "Graduated",
        (FunnelStage.ConInsignia, false) => "Con insignia",
        (FunnelStage.ConInsignia, true) => "Badge earned",
        (_, false) => "Colocada",
        _ => "Placed",
    };

    public static ResultadosTexts Es { get; } = new()
    {
        English = false,
        Title = "Resultados de sus convocatorias",
        Lead = "Lo que lograron las personas inscritas en las convocatorias de la organización: actividad, cursos, egreso, insignias y colocación.",
        NoOrganization = "Su cuenta no actúa por una organización verificada. Cuando la operación del programa verifique su organización, verá aquí sus resultados.",
        ChooseTitle = "Organizaciones",
        ChooseEmpty = "Aún no hay organizaciones registradas.",
        Totals = "Embudo de la organización",
        ByCohort = "Por convocatoria",
        ByState = "Por entidad",
        BySex = "Por sexo",
        ByAge = "Por edad",
        People = "Personas inscritas",
        PeopleNote = "Esta lista contiene datos personales: cada consulta y cada descarga queda registrada en la bitácora de accesos, que las personas pueden consultar.",
        NoCohorts = "La organización aún no tiene convocatorias.",
        NoPeople = "Aún no hay personas inscritas.",
        Waiting = "En espera",
        Enrolled = "Inscritas",
        Active = "Activas",
        CompletedCourse = "Completaron un curso",
        Graduated = "Egresadas",
        Badged = "Con insignia",
        Placed = "Colocadas",
        CompletionRate = "Tasa de egreso",
        Name = "Nombre",
        Curp = "CURP",
        State = "Entidad",
        Cohort = "Convocatoria",
        Stage = "Etapa alcanzada",
        Download = "Descargar",
        RuleNote = "Cuenta el aprendizaje en las rutas de la convocatoria entre sus fechas de inicio y fin (o con el identificador de inscripción como registration de xAPI), de quienes ocupan o ocuparon un lugar; quien se dio de baja sigue contando entre las inscritas. Tasa de egreso: egresadas entre inscritas. Cada persona cuenta una vez por convocatoria y una vez en los totales.",
        SuppressedNote = "Las celdas de 1 a 4 personas, y las que permitirían deducirlas, se reservan.",
        BadExport = "Indique una tabla (cohortes, estados, sexo, edad o personas) y un formato (csv o xlsx).",
        Pager = "Páginas de personas inscritas",
        DashboardLink = "Resultados por organización",
    };

    public static ResultadosTexts En { get; } = new()
    {
        English = true,
        Title = "Results of your cohorts",
        Lead = "What the people enrolled in the organisation's cohorts achieved: activity, courses, graduation, badges and hiring.",
        NoOrganization = "Your account does not act for a verified organisation. Once the program's operators verify your organisation, its results will show here.",
        ChooseTitle = "Organisations",
        ChooseEmpty = "There are no organisations yet.",
        Totals = "The organisation's funnel",
        ByCohort = "By cohort",
        ByState = "By state",
        BySex = "By sex",
        ByAge = "By age",
        People = "Enrolled people",
        PeopleNote = "This list holds personal data: every view and download is recorded in the access log, which the people can read.",
        NoCohorts = "The organisation has no cohorts yet.",
        NoPeople = "Nobody has enrolled yet.",
        Waiting = "Waiting",
        Enrolled = "Enrolled",
        Active = "Active",
        CompletedCourse = "Completed a course",
        Graduated = "Graduated",
        Badged = "Badge earned",
        Placed = "Placed",
        CompletionRate = "Completion rate",
        Name = "Name",
        Curp = "CURP",
        State = "State",
        Cohort = "Cohort",
        Stage = "Stage reached",
        Download = "Download",
        RuleNote = "Learning counts when it is on the cohort's paths between its start and end dates (or carries the enrolment's id as its xAPI registration), for people who hold or held a seat; people who withdrew still count as enrolled. Completion rate: graduated over enrolled. Each person counts once per cohort and once in the totals.",
        SuppressedNote = "Cells of 1 to 4 people, and those that would reveal them, are withheld.",
        BadExport = "Name a table (cohortes, estados, sexo, edad or personas) and a format (csv or xlsx).",
        Pager = "Pages of enrolled people",
        DashboardLink = "Results by organisation",
    };
}
