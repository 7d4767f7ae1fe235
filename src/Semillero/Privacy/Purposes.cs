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
    ];

    public static Purpose? Find(string code) => All.FirstOrDefault(p => p.Code == code);
}
