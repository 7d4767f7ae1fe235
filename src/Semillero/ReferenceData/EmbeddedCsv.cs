using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Semillero.ReferenceData;

// Reads the reference CSVs embedded in this assembly (the product never reads files outside itself).
internal static class EmbeddedCsv
{
    public static List<string[]> ReadRows(string fileName)
    {
        var name = $"Semillero.ReferenceData.{fileName}";
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded reference file {name}.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = true });
        csv.Read();
        csv.ReadHeader();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }

        return rows;
    }
}
