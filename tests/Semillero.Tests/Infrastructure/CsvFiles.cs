using System.Text;
using Semillero.Demo;

namespace Semillero.Tests.Infrastructure;

public static class CsvFiles
{
    public const string Header = "curp,nombre,primer_apellido,segundo_apellido,correo,entidad,segmento";

    public static IReadOnlyList<DemoLearner> People(int count, int seed = 7) =>
        DemoLearners.Generate(count, seed, DateOnly.FromDateTime(TestClock.Now.UtcDateTime)).ToList();

    public static string Line(DemoLearner p, char separator = ',') =>
        string.Join(separator, p.Curp, p.Nombre, p.PrimerApellido, p.SegundoApellido, p.Correo, p.EntidadClave, p.Segmento);

    public static string Text(IEnumerable<DemoLearner> people, char separator = ',', string header = Header) =>
        string.Join("\r\n", people.Select(p => Line(p, separator)).Prepend(separator == ',' ? header : header.Replace(',', separator))) + "\r\n";

    public static MemoryStream Utf8(string text, bool bom = false) =>
        new(bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text));

    public static MemoryStream Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new MemoryStream(Encoding.GetEncoding(1252).GetBytes(text));
    }
}
