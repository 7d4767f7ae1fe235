using System.Collections.Frozen;
using Semillero.Language;
using Semillero.ReferenceData;

namespace Semillero.Companies;

// One SCIAN 2023 sector. Code is what companies store ("54", "31-33"); TwoDigitCodes are the
// two-digit codes it groups (31, 32 and 33 are all manufacturing). Name is INEGI's Spanish title;
// NameEn the English one (the NAICS sector title where SCIAN and NAICS share the sector).
public sealed record ScianSector(string Code, IReadOnlyList<string> TwoDigitCodes, string Name, string Activity, string NameEn)
{
    public string NameIn(bool english) => english ? NameEn : Name;

    // "54 · Servicios profesionales, científicos y técnicos", in the UI language.
    public string Label => $"{Code} · {NameIn(UiLanguage.IsEnglish)}";
}

// The SCIAN 2023 sectors Semillero ships (ReferenceData/scian_sectores.csv), read once.
public static class ScianSectors
{
    public static IReadOnlyList<ScianSector> All { get; } = EmbeddedCsv.ReadRows("scian_sectores.csv")
        .Select(r => new ScianSector(r[0], r[1].Split('|'), r[2], r[3], r[4]))
        .ToList();

    // By the sector's code and by each of its two-digit codes: "32" finds manufacturing.
    private static readonly FrozenDictionary<string, ScianSector> ByCode = All
        .SelectMany(s => s.TwoDigitCodes.Append(s.Code).Distinct(StringComparer.Ordinal).Select(c => (Code: c, Sector: s)))
        .ToFrozenDictionary(x => x.Code, x => x.Sector, StringComparer.Ordinal);

    public static ScianSector? Find(string? code) => string.IsNullOrWhiteSpace(code) ? null : ByCode.GetValueOrDefault(code.Trim());

    // The sector's name in the UI language; the code itself when unknown.
    public static string NameOf(string code) => Find(code)?.NameIn(UiLanguage.IsEnglish) ?? code;
}
