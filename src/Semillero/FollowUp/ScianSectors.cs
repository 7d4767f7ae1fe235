using Semillero.ReferenceData;

namespace Semillero.FollowUp;

// SCIAN 2023 sectors (INEGI), the answer to "¿en qué sector trabaja?". The catalogue's official
// names are Spanish only.
public sealed record ScianSector(string Code, string Name);

public static class ScianSectors
{
    public static IReadOnlyList<ScianSector> All { get; } = EmbeddedCsv.ReadRows("scian_sectores.csv")
        .Select(r => new ScianSector(r[0], r[2]))
        .ToList();

    public static ScianSector? Find(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : All.FirstOrDefault(s => s.Code == code.Trim());
}
