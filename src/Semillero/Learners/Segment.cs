using System.Collections.Frozen;
using Semillero.Geography;

namespace Semillero.Learners;

// The audiences the program names: startups, Pymes, investors, academia, teachers, public servants
// and individuals. Stored and sent by wire name; a new segment goes before Otro, which stays last.
public enum Segment
{
    Estudiante,
    Empleado,
    Emprendedor,
    Pyme,
    Academia,
    Inversionista,
    SinEmpleo,
    Docente,
    ServidorPublico,
    Otro,
}

public static class SegmentNames
{
    private static readonly (Segment Segment, string Wire, string Es, string En)[] Table =
    [
        (Segment.Estudiante, "estudiante", "Estudiante", "Student"),
        (Segment.Empleado, "empleado", "Persona empleada", "Employee"),
        (Segment.Emprendedor, "emprendedor", "Emprendedora o emprendedor", "Entrepreneur"),
        (Segment.Pyme, "pyme", "Pyme", "SME"),
        (Segment.Academia, "academia", "Academia", "Academia"),
        (Segment.Inversionista, "inversionista", "Inversionista", "Investor"),
        (Segment.SinEmpleo, "sin_empleo", "Sin empleo", "Unemployed"),
        (Segment.Docente, "docente", "Docente", "Teacher"),
        (Segment.ServidorPublico, "servidor_publico", "Persona servidora pública", "Public servant"),
        (Segment.Otro, "otro", "Otro", "Other"),
    ];

    public static IReadOnlyList<string> WireNames { get; } = Table.Select(t => t.Wire).ToArray();

    private static readonly FrozenDictionary<string, Segment> ByFolded = Table
        .SelectMany(t => new[] { (Entidades.Fold(t.Wire), t.Segment), (Entidades.Fold(t.Es), t.Segment), (Entidades.Fold(t.En), t.Segment) })
        .Append(("sin empleo", Segment.SinEmpleo))
        .Append(("desempleado", Segment.SinEmpleo))
        .Append(("emprendedora", Segment.Emprendedor))
        .Append(("empleada", Segment.Empleado))
        .Append(("maestra", Segment.Docente))
        .Append(("maestro", Segment.Docente))
        .Append(("profesor", Segment.Docente))
        .Append(("profesora", Segment.Docente))
        .Append(("servidor publico", Segment.ServidorPublico))
        .Append(("servidora publica", Segment.ServidorPublico))
        .Append(("funcionario", Segment.ServidorPublico))
        .DistinctBy(p => p.Item1)
        .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public static string ToWire(Segment segment) => Table[(int)segment].Wire;

    public static string Spanish(Segment segment) => Table[(int)segment].Es;

    public static string English(Segment segment) => Table[(int)segment].En;

    public static Segment FromWire(string wire) => TryParse(wire, out var s) ? s : throw new FormatException($"Unknown segment '{wire}'.");

    // Tolerates case, accents, spaces for underscores and the Spanish/English labels.
    public static bool TryParse(string? text, out Segment segment)
    {
        segment = default;
        return !string.IsNullOrWhiteSpace(text) && ByFolded.TryGetValue(Entidades.Fold(text), out segment);
    }
}
