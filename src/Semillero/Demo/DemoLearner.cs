using Semillero.Identity;

namespace Semillero.Demo;

// A synthetic participant for demos and benchmarks; never a real person or mailbox.
public sealed record DemoLearner(
    string Curp,
    string Nombre,
    string PrimerApellido,
    string? SegundoApellido,
    string Correo,
    string EntidadClave,
    string Segmento)
{
    // Also encoded in the CURP; carried separately so consumers need not parse it.
    public DateOnly FechaNacimiento { get; init; }

    public Sex Sexo { get; init; }
}
