using System.Globalization;
using Semillero.Geography;
using Semillero.Language;

namespace Semillero.Web.Dashboards;

// One state's figure for the map. Value null means no data or suppressed (small cell); Label is the
// tooltip text after the state's name ("1,234 personas · 45.6 por 100 mil", "Dato suprimido").
public sealed record MapValue(string Clave, string Nombre, double? Value, string Label);

public sealed record MexicoMapState(string Clave, string Nombre, string PathData, string FillClass, string Title);

// Range is the text beside the swatch: "0.0 – 12.3", or the no-data wording for the hatched swatch.
public sealed record MexicoMapLegendEntry(string FillClass, string Range);

public sealed record MexicoMapModel(
    string Id,
    string Title,
    string Caption,
    string ViewBox,
    string LegendTitle,
    IReadOnlyList<MexicoMapState> States,
    IReadOnlyList<MexicoMapLegendEntry> Legend);

// The words the map adds itself; the caller's title, caption and labels come in already translated.
public sealed record MexicoMapTexts(string NoData, string LegendTitle)
{
    public static MexicoMapTexts Es { get; } = new("Sin dato o dato suprimido", "Simbología");

    public static MexicoMapTexts En { get; } = new("No data or suppressed", "Legend");

    public static MexicoMapTexts Current => UiLanguage.IsEnglish ? En : Es;
}

// Builds the choropleth of the 32 states: quintile classes of the values present, "sin dato" for the
// rest. Pure; the partial Dashboards/_MapaMexico.cshtml draws the result.
public static class MexicoMap
{
    public const int ClassCount = 5;
    public const string NoDataClass = "mapa-sin-dato";

    private static readonly CultureInfo MexicanSpanish = CultureInfo.GetCultureInfo("es-MX");

    public static string ClassName(int classNumber) => $"mapa-c{classNumber.ToString(CultureInfo.InvariantCulture)}";

    // id must be unique in the page: the SVG's title and the hatch pattern are referenced by it.
    // numberFormat formats the legend's range ends ("N0" for counts, "N1" for rates).
    public static MexicoMapModel Build(
        IReadOnlyList<MapValue> values,
        string id,
        string title,
        string caption,
        string numberFormat = "N1",
        MexicoMapTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        texts ??= MexicoMapTexts.Current;

        var byClave = new Dictionary<string, MapValue>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!MexicoMapPaths.ByInegiCode.ContainsKey(value.Clave))
            {
                throw new ArgumentException($"'{value.Clave}' is not an INEGI state code (01..32).", nameof(values));
            }

            if (value.Value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException($"State {value.Clave} has a value that is not a number: {v}.", nameof(values));
            }

            if (!byClave.TryAdd(value.Clave, value))
            {
                throw new ArgumentException($"State {value.Clave} appears twice.", nameof(values));
            }
        }

        var present = byClave.Values.Where(v => v.Value is not null).Select(v => v.Value!.Value).ToArray();
        var breaks = UpperBounds(present);

        var states = Entidades.All
            .Select(e =>
            {
                var given = byClave.GetValueOrDefault(e.Clave);
                var name = given?.Nombre ?? e.Name;
                var label = string.IsNullOrWhiteSpace(given?.Label) ? texts.NoData : given.Label;
                var fill = given?.Value is { } v ? ClassName(ClassNumber(ClassIndex(v, breaks), breaks.Length)) : NoDataClass;
                return new MexicoMapState(e.Clave, name, MexicoMapPaths.ByInegiCode[e.Clave], fill, $"{name}: {label}");
            })
            .ToList();

        var legend = new List<MexicoMapLegendEntry>();
        for (var i = 0; i < breaks.Length; i++)
        {
            var lower = i == 0 ? present.Min() : breaks[i - 1];
            var range = $"{lower.ToString(numberFormat, MexicanSpanish)} – {breaks[i].ToString(numberFormat, MexicanSpanish)}";
            legend.Add(new MexicoMapLegendEntry(ClassName(ClassNumber(i, breaks.Length)), range));
        }

        if (states.Any(s => s.FillClass == NoDataClass))
        {
            legend.Add(new MexicoMapLegendEntry(NoDataClass, texts.NoData));
        }

        return new MexicoMapModel(id, title, caption, MexicoMapPaths.ViewBox, texts.LegendTitle, states, legend);
    }

    // The distinct upper bounds of the quintile classes, ascending; the last one is the maximum.
    // Nearest-rank quantiles, so every bound is a value that occurs and ties always share a class;
    // with few distinct values some quintiles coincide and fewer classes remain.
    private static double[] UpperBounds(double[] values)
    {
        if (values.Length == 0)
        {
            return [];
        }

        var sorted = values.Order().ToArray();
        var bounds = new SortedSet<double>();
        for (var k = 1; k <= ClassCount; k++)
        {
            var rank = (int)Math.Ceiling((double)k * sorted.Length / ClassCount);
            bounds.Add(sorted[rank - 1]);
        }

        return [.. bounds];
    }

    // The first class whose upper bound is at least the value (bounds are ascending, the last is the maximum).
    private static int ClassIndex(double value, double[] bounds)
    {
        var found = Array.BinarySearch(bounds, value);
        return found >= 0 ? found : ~found;
    }

    // Spreads the classes that remain over the whole palette, so the largest values are always the
    // darkest; a single class (all values equal) takes the middle shade rather than claim an extreme.
    private static int ClassNumber(int index, int classes) =>
        classes == 1 ? ((ClassCount + 1) / 2) : 1 + (int)Math.Round((double)index * (ClassCount - 1) / (classes - 1), MidpointRounding.AwayFromZero);
}
