using Semillero.Importing;

namespace Semillero.Learners;

// The row-numbered report of an import: one line per row (per field, for a rejected row with
// several problems), in both languages.
public sealed class ImportReport(SafeCsvWriter csv)
{
    public static readonly string[] Header = ["fila", "curp", "resultado", "columna", "motivo", "reason"];

    public Task WriteHeaderAsync() => csv.WriteRowAsync(Header);

    public async ValueTask WriteAsync(ImportRowResult r) =>
        await csv.WriteRowAsync(r.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Curp, ImportLearners.StatusName(r.Status), r.Column, r.ReasonEs, r.ReasonEn);
}
