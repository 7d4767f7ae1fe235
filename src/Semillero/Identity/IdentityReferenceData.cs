using System.Collections.Frozen;
using Semillero.ReferenceData;

namespace Semillero.Identity;

internal static class IdentityReferenceData
{
    // Instructivo Normativo CURP, Anexo 2: RENAPO never issues a CURP starting with these.
    public static FrozenSet<string> CurpInconvenientWords { get; } = LoadFirstColumn("curp_palabras_inconvenientes.txt");

    // SAT's list for personas físicas (a different, shorter list than RENAPO's).
    public static FrozenSet<string> RfcInconvenientWords { get; } = LoadFirstColumn("rfc_palabras_inconvenientes.txt");

    // Includes NE (nacido en el extranjero).
    public static FrozenSet<string> CurpStateCodes { get; } = LoadFirstColumn("curp_claves_entidad_nacimiento.csv");

    private static FrozenSet<string> LoadFirstColumn(string fileName) =>
        EmbeddedCsv.ReadRows(fileName)
            .Select(r => r[0].Trim())
            .Where(v => v.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
}
