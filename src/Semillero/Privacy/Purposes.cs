namespace Semillero.Privacy;

// The purposes (finalidades) the privacy notice names. Necessary purposes are the condition of
// taking part in the program; optional ones each need their own consent and can be withdrawn at any
// time (LFPDPPP 2025, consent per purpose).
public sealed record Purpose(string Code, bool Necessary, string Es, string En, string DescriptionEs, string DescriptionEn);

public static class Purposes
{
    public const string Operacion = "operacion";
    public const string VisibleEmpleadores = "visible_empleadores";
    public const string EncuestasSeguimiento = "encuestas_seguimiento";
    public const string CompartirSecretaria = "compartir_secretaria";
    public const string CompartirConvocatorias = "compartir_convocatorias";

    public static IReadOnlyList<Purpose> All { get; } =
    [
        new(Operacion, true,
            "Operar el programa", "Running the program",
            "Registrarle una sola vez por su CURP, recibir sus registros de aprendizaje de los proveedores, emitir sus reconocimientos y contarle en las cifras agregadas del programa.",
            "Registering you once by your CURP, receiving your learning records from providers, issuing your recognitions and counting you in the program's aggregate figures."),
        new(VisibleEmpleadores, false,
            "Ser visible para empleadores", "Being visible to employers",
            "Mostrar su perfil de habilidades, sin datos de contacto, a empresas con vacantes; usted decide si acepta el contacto.",
            "Showing your skills profile, without contact details, to companies with openings; you decide whether to accept contact."),
        new(EncuestasSeguimiento, false,
            "Encuestas de seguimiento", "Follow-up surveys",
            "Enviarle encuestas breves a los 3, 6 y 12 meses de egresar sobre su situación laboral.",
            "Sending you short surveys 3, 6 and 12 months after graduating about your employment."),
        new(CompartirSecretaria, false,
            "Compartir datos identificados con la Secretaría de Economía", "Sharing identified data with the Ministry of Economy",
            "Permitir que la Secretaría de Economía consulte sus datos identificados para dar seguimiento a egresados y apoyar su colocación.",
            "Letting the Ministry of Economy see your identified data to follow up graduates and help place them in jobs."),
        // Asked again when the person enrols in a cohort (Cohorts/EnrolInCohort), the moment the
        // sharing starts; the organisation's results list honours the latest decision.
        new(CompartirConvocatorias, false,
            "Compartir sus datos con la organización de una convocatoria", "Sharing your data with a cohort's organisation",
            "Cuando se inscribe en una convocatoria, la organización que la imparte ve su nombre, su CURP, su correo, su entidad, su segmento y su avance en las rutas de la convocatoria, para acompañarle y dar cuenta de los resultados del grupo.",
            "When you enrol in a cohort, the organisation teaching it sees your name, CURP, email, state, segment and progress on the cohort's paths, to support you and report the group's results."),
    ];

    public static Purpose? Find(string code) => All.FirstOrDefault(p => p.Code == code);
}
