using System.Globalization;
using System.Text.RegularExpressions;

using Semillero.Geography;
using Semillero.Web.Dashboards;

namespace Semillero.Web.Tests.Dashboards;

public sealed partial class MexicoMapTests
{
    private static readonly string[] Claves = [.. Enumerable.Range(1, 32).Select(i => i.ToString("00", CultureInfo.InvariantCulture))];

    private static MexicoMapModel Build(IEnumerable<MapValue> values, string format = "N1") =>
        MexicoMap.Build([.. values], "mapa-prueba", "Personas registradas", "Fuente: Semillero", format, MexicoMapTexts.Es);

    private static MapValue Value(string clave, double? value, string? label = null) =>
        new(clave, Entidades.ByCode(clave)!.Name, value, label ?? (value is null ? "Dato suprimido" : $"{value} personas"));

    // The value of each state is its INEGI number: 1 (Aguascalientes) .. 32 (Zacatecas).
    private static IEnumerable<MapValue> OneToThirtyTwo() => Claves.Select(c => Value(c, int.Parse(c, CultureInfo.InvariantCulture)));

    private static string ClassOf(MexicoMapModel model, string clave) => model.States.Single(s => s.Clave == clave).FillClass;

    private static (double MinX, double MinY, double MaxX, double MaxY) Bounds(string pathData)
    {
        Assert.Matches("^(M[0-9. L]+Z)+$", pathData);
        var numbers = Number().Matches(pathData).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(numbers.Length >= 6 && numbers.Length % 2 == 0, "a path is pairs of x y, at least a triangle");
        var xs = numbers.Where((_, i) => i % 2 == 0).ToArray();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToArray();
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    [GeneratedRegex(@"\d+(\.\d)?")]
    private static partial Regex Number();

    [Fact]
    public void EveryState_HasItsOwnPathInsideTheViewBox()
    {
        var model = Build([]);

        Assert.Equal(Claves, model.States.Select(s => s.Clave));
        var viewBox = model.ViewBox.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([0, 0], viewBox[..2]);
        foreach (var state in model.States)
        {
            var (minX, minY, maxX, maxY) = Bounds(state.PathData);
            Assert.True(minX >= 0 && minY >= 0 && maxX <= viewBox[2] && maxY <= viewBox[3], $"{state.Clave} lies outside the viewBox");
            Assert.True(maxX - minX > 1 && maxY - minY > 1, $"{state.Clave} is too small to see");
        }

        Assert.Equal(32, model.States.Select(s => s.PathData).Distinct().Count());
    }

    [Fact]
    public void Map_IsDrawnWithNorthUpAndWestLeft()
    {
        var model = Build([]);
        var centre = (string clave) =>
        {
            var (minX, minY, maxX, maxY) = Bounds(model.States.Single(s => s.Clave == clave).PathData);
            return (X: (minX + maxX) / 2, Y: (minY + maxY) / 2);
        };

        Assert.True(centre("02").X < centre("31").X, "Baja California is west of Yucatán");
        Assert.True(centre("08").Y < centre("07").Y, "Chihuahua is north of Chiapas");
        Assert.True(centre("09").X > centre("14").X && centre("09").X < centre("30").X, "Mexico City lies between Jalisco and Veracruz");
    }

    [Fact]
    public void Quintiles_HighestValueDarkestLowestLightestAndNeverDarkerForLess()
    {
        var model = Build(OneToThirtyTwo());

        Assert.Equal("mapa-c5", ClassOf(model, "32"));
        Assert.Equal("mapa-c1", ClassOf(model, "01"));
        var classes = model.States.Select(s => int.Parse(s.FillClass["mapa-c".Length..], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(classes.Order(), classes);
        Assert.All(classes.CountBy(c => c), group => Assert.InRange(group.Value, 6, 7));
    }

    private static readonly string[] TiedAtTen = ["05", "10", "20", "31"];

    [Fact]
    public void Ties_ShareAClass()
    {
        var values = Claves.Select(c => Value(c, c is "05" or "20" or "31" ? 10 : int.Parse(c, CultureInfo.InvariantCulture)));

        var model = Build(values);

        Assert.Single(TiedAtTen.Select(c => ClassOf(model, c)).Distinct());
    }

    [Fact]
    public void SuppressedAndMissingStates_AreHatchedWithTheirLabel()
    {
        var values = OneToThirtyTwo().Where(v => v.Clave != "04").Select(v => v.Clave == "06" ? Value("06", null) : v);

        var model = Build(values);

        var colima = model.States.Single(s => s.Clave == "06");
        Assert.Equal(MexicoMap.NoDataClass, colima.FillClass);
        Assert.Equal("Colima: Dato suprimido", colima.Title);
        var campeche = model.States.Single(s => s.Clave == "04");
        Assert.Equal(MexicoMap.NoDataClass, campeche.FillClass);
        Assert.Equal("Campeche: Sin dato o dato suprimido", campeche.Title);
        Assert.Equal(new MexicoMapLegendEntry(MexicoMap.NoDataClass, "Sin dato o dato suprimido"), model.Legend[^1]);
        Assert.Equal("mapa-c5", ClassOf(model, "32"));
    }

    [Fact]
    public void Title_IsTheStateNameAndTheCallersLabel()
    {
        var model = Build([new MapValue("14", "Jalisco", 1234, "1,234 personas · 14.8 por 100 mil")]);

        Assert.Equal("Jalisco: 1,234 personas · 14.8 por 100 mil", model.States.Single(s => s.Clave == "14").Title);
        Assert.Equal("mapa-prueba", model.Id);
        Assert.Equal("Personas registradas", model.Title);
        Assert.Equal("Fuente: Semillero", model.Caption);
    }

    [Fact]
    public void AllEqualValues_OneMiddleClassAndOneLegendRange()
    {
        var model = Build(Claves.Select(c => Value(c, 7)));

        Assert.All(model.States, s => Assert.Equal("mapa-c3", s.FillClass));
        Assert.Equal([new MexicoMapLegendEntry("mapa-c3", "7.0 – 7.0")], model.Legend);
    }

    [Fact]
    public void TwoDistinctValues_TakeTheLightestAndTheDarkest()
    {
        var model = Build([Value("01", 3), Value("02", 3), Value("03", 40)]);

        Assert.Equal("mapa-c1", ClassOf(model, "01"));
        Assert.Equal("mapa-c5", ClassOf(model, "03"));
        Assert.Equal(["mapa-c1", "mapa-c5", MexicoMap.NoDataClass], model.Legend.Select(l => l.FillClass));
    }

    [Fact]
    public void NoValues_EveryStateHatchedAndOnlyTheNoDataEntry()
    {
        var model = Build(Claves.Select(c => Value(c, null)));

        Assert.All(model.States, s => Assert.Equal(MexicoMap.NoDataClass, s.FillClass));
        Assert.Equal(MexicoMap.NoDataClass, Assert.Single(model.Legend).FillClass);
    }

    [Fact]
    public void LegendRanges_RunFromTheMinimumToTheMaximumWithoutGaps_InMexicanFormat()
    {
        var values = Claves.Select(c => Value(c, (int.Parse(c, CultureInfo.InvariantCulture) * 1000.5) - 499.9));

        var model = Build(values);

        var ranges = model.Legend.Select(l => l.Range.Split(" – ")).ToArray();
        Assert.Equal(5, ranges.Length);
        Assert.Equal("500.6", ranges[0][0]);
        Assert.Equal("31,516.1", ranges[^1][1]);
        for (var i = 1; i < ranges.Length; i++)
        {
            Assert.Equal(ranges[i - 1][1], ranges[i][0]);
        }

        Assert.Equal(["mapa-c1", "mapa-c2", "mapa-c3", "mapa-c4", "mapa-c5"], model.Legend.Select(l => l.FillClass));
    }

    [Fact]
    public void LegendFormat_IsTheCallers()
    {
        var model = Build([Value("01", 1234), Value("02", 56789)], format: "N0");

        Assert.Equal("1,234 – 1,234", model.Legend[0].Range);
        Assert.Equal("1,234 – 56,789", model.Legend[1].Range);
    }

    [Fact]
    public void BadInput_IsABug()
    {
        Assert.Throws<ArgumentException>(() => Build([Value("01", 1), Value("01", 2)]));
        Assert.Throws<ArgumentException>(() => Build([new MapValue("33", "Extranjero", 1, "1")]));
        Assert.Throws<ArgumentException>(() => Build([new MapValue("9", "CDMX", 1, "1")]));
        Assert.Throws<ArgumentException>(() => Build([Value("01", double.NaN)]));
    }
}
