using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Semillero.Language;
using Semillero.ReferenceData;

namespace Semillero.Geography;

// One of Mexico's 32 federal entities (INEGI catalogue) with its 2020 census population.
// Pages, CSVs, charts and messages name a state with Name (docs/texts.md, states): the short usual
// name ("Estado de México", not "México", which reads as the country; "Veracruz", not "Veracruz de
// Ignacio de la Llave"). NombreOficial is for documents that need the official name.
public sealed record Entidad(
    string Clave,
    string NombreOficial,
    string Abreviatura,
    string CurpCode,
    string NombreCorto,
    string Iso,
    int Poblacion2020,
    int Mujeres2020,
    int Hombres2020)
{
    public string Name => NombreCorto;

    // English pages: the two names English speakers translate; every other state keeps its name.
    public string NameEn => Clave switch
    {
        "09" => "Mexico City",
        "15" => "State of Mexico",
        _ => NombreCorto,
    };

    public string NameIn(bool english) => english ? NameEn : Name;
}

public static class Entidades
{
    public static IReadOnlyList<Entidad> All { get; } = Load();

    private static readonly FrozenDictionary<string, Entidad> ByClave = All.ToFrozenDictionary(e => e.Clave, StringComparer.Ordinal);

    // Every spelling an office file or a form plausibly uses, folded (no accents, lower case, no dots).
    private static readonly FrozenDictionary<string, Entidad> ByAlias = BuildAliases();

    public static Entidad? ByCode(string clave) => ByClave.GetValueOrDefault(clave);

    // The name people read for an INEGI code, in the UI language; the code itself when unknown.
    public static string NameOf(string code) => NameOf(code, UiLanguage.IsEnglish);

    public static string NameOf(string code, bool english) => ByCode(code)?.NameIn(english) ?? code;

    // Accepts the INEGI code ("9", "09"), the official or short name with or without accents,
    // the abbreviation ("Jal."), the ISO code ("MX-JAL") or the CURP code ("JC").
    public static Entidad? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length <= 2 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ByClave.GetValueOrDefault(number.ToString("00", CultureInfo.InvariantCulture));
        }

        return ByAlias.GetValueOrDefault(Fold(trimmed));
    }

    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            sb.Append(char.IsWhiteSpace(c) || c == '_' || c == '-' ? ' ' : char.ToLowerInvariant(c));
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<Entidad> Load() =>
        EmbeddedCsv.ReadRows("entidades.csv")
            .Select(r => new Entidad(r[0], r[1], r[2], r[3], r[4], r[5],
                int.Parse(r[6], CultureInfo.InvariantCulture),
                int.Parse(r[7], CultureInfo.InvariantCulture),
                int.Parse(r[8], CultureInfo.InvariantCulture)))
            .ToList();

    private static FrozenDictionary<string, Entidad> BuildAliases()
    {
        var aliases = new Dictionary<string, Entidad>(StringComparer.Ordinal);
        foreach (var e in All)
        {
            foreach (var alias in new[] { e.NombreOficial, e.NombreCorto, e.NameEn, e.Abreviatura, e.Iso, e.Iso[3..], e.CurpCode })
            {
                aliases.TryAdd(Fold(alias), e);
            }
        }

        // Names people write that the catalogue does not list.
        aliases.TryAdd("cdmx", ByClave["09"]);
        aliases.TryAdd("df", ByClave["09"]);
        aliases.TryAdd("distrito federal", ByClave["09"]);
        aliases.TryAdd("edomex", ByClave["15"]);
        aliases.TryAdd("estado de mexico", ByClave["15"]);
        aliases.TryAdd("edo mex", ByClave["15"]);
        aliases.TryAdd("veracruz", ByClave["30"]);
        aliases.TryAdd("michoacan", ByClave["16"]);
        aliases.TryAdd("coahuila", ByClave["05"]);
        return aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
