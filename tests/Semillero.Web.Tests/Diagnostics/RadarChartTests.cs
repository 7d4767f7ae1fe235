using System.Globalization;
using System.Xml.Linq;
using Semillero.Web.Diagnostics;

namespace Semillero.Web.Tests.Diagnostics;

public sealed class RadarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Dimensions =
    [
        "Estrategia y liderazgo",
        "Datos",
        "Tecnología e infraestructura",
        "Talento y cultura",
        "Procesos y automatización",
        "Uso de IA en productos y servicios",
        "Gobierno, ética y seguridad",
    ];

    private static List<RadarAxis> Axes(bool previous = true, bool peers = true) =>
        [.. Dimensions.Select((name, i) => new RadarAxis(name, 40 + (i * 7), previous ? 30 + (i * 5) : null, peers ? 50 : null))];

    private static XElement Render(IReadOnlyList<RadarAxis> axes, string? previousLegend = "T0", string? peersLegend = "Pares") =>
        XElement.Parse(RadarChart.Svg(axes, "Perfil por dimensión", "Puntajes de 0 a 100 en siete dimensiones.", "Este diagnóstico", previousLegend, peersLegend, "radar-prueba"));

    private static double[] ViewBox(XElement svg) =>
        [.. svg.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    private static List<(double X, double Y)> Points(XElement polygon) =>
        [.. polygon.Attribute("points")!.Value.Split(' ').Select(p => p.Split(',')).Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];

    private static XElement Series(XElement svg, string name) =>
        svg.Descendants(Svg + "polygon").Single(p => (string?)p.Attribute("data-series") == name);

    [Fact]
    public void Svg_AllSeries_IsXmlLabelledByItsTitleAndDescription()
    {
        var svg = Render(Axes());

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("radar", (string?)svg.Attribute("class"));
        Assert.Equal("100%", (string?)svg.Attribute("width"));
        Assert.Equal("radar-prueba-title radar-prueba-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Perfil por dimensión", svg.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == "radar-prueba-title").Value);
        Assert.Equal("Puntajes de 0 a 100 en siete dimensiones.", svg.Elements(Svg + "desc").Single(e => (string?)e.Attribute("id") == "radar-prueba-desc").Value);
    }

    [Fact]
    public void Svg_AllSeries_HasOnePolygonEachAndALegendEntryEach()
    {
        var svg = Render(Axes());

        var series = svg.Descendants(Svg + "polygon").Select(p => (string?)p.Attribute("data-series")).OfType<string>().ToList();
        Assert.Equal(["current", "peers", "previous"], series.Order());
        Assert.Equal(7, Points(Series(svg, "current")).Count);
        Assert.NotNull(Series(svg, "previous").Attribute("stroke-dasharray"));
        Assert.NotNull(Series(svg, "peers").Attribute("stroke-dasharray"));
        Assert.Null(Series(svg, "current").Attribute("stroke-dasharray"));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Este diagnóstico", texts);
        Assert.Contains("T0", texts);
        Assert.Contains("Pares", texts);
    }

    [Fact]
    public void Svg_AllSeries_HasNoStyleAttributeNorElement()
    {
        // The site's CSP refuses inline style; presentation attributes are not style.
        var svg = Render(Axes());

        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null || e.Name.LocalName == "style");
    }

    [Fact]
    public void Svg_NoPreviousNorPeers_DrawsOnlyTheCurrentShape()
    {
        var svg = Render(Axes(previous: false, peers: false));

        var series = svg.Descendants(Svg + "polygon").Select(p => (string?)p.Attribute("data-series")).OfType<string>().ToList();
        Assert.Equal(["current"], series);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.DoesNotContain("T0", texts);
        Assert.DoesNotContain("Pares", texts);
    }

    [Fact]
    public void Svg_PeersOnSomeAxesOnly_DrawsNoPeersShape()
    {
        var axes = Axes();
        axes[3] = axes[3] with { Peers = null };

        var svg = Render(axes);

        Assert.DoesNotContain(svg.Descendants(Svg + "polygon"), p => (string?)p.Attribute("data-series") == "peers");
        Assert.Single(svg.Descendants(Svg + "polygon"), p => (string?)p.Attribute("data-series") == "previous");
    }

    [Fact]
    public void Svg_LabelWithMarkup_IsEscaped()
    {
        var axes = Axes();
        axes[1] = axes[1] with { Label = "Datos <script>&" };

        var markup = RadarChart.Svg(axes, "Perfil <b>", "a & b", "Actual", null, null, "r");

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        var svg = XElement.Parse(markup);
        Assert.Contains("Datos <script>&", svg.Descendants(Svg + "text").Select(t => string.Concat(t.Descendants(Svg + "tspan").Select(s => s.Value + " ")).Trim()));
        Assert.Equal("Perfil <b>", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Svg_Score100OnFirstAxisAndZeroOnAnother_AreAtTheRimAndTheCentre()
    {
        var axes = Axes();
        axes[0] = axes[0] with { Score = 100 };
        axes[4] = axes[4] with { Score = 0 };

        var svg = Render(axes);

        var current = Points(Series(svg, "current"));
        var rim = Points(svg.Descendants(Svg + "polygon").Single(p => (string?)p.Attribute("data-ring") == "100"));
        var spoke = svg.Descendants(Svg + "line").First();
        var centre = (double.Parse(spoke.Attribute("x1")!.Value, CultureInfo.InvariantCulture), double.Parse(spoke.Attribute("y1")!.Value, CultureInfo.InvariantCulture));

        Assert.Equal(rim[0], current[0]);
        Assert.Equal(centre, current[4]);
        // Axis 0 points straight up from the centre.
        Assert.Equal(centre.Item1, rim[0].X);
        Assert.True(rim[0].Y < centre.Item2);
    }

    [Fact]
    public void Svg_Coordinates_HaveOneDecimalAndAreInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var svg = Render(Axes());

            foreach (var polygon in svg.Descendants(Svg + "polygon"))
            {
                Assert.Matches(@"^-?\d+\.\d,-?\d+\.\d( -?\d+\.\d,-?\d+\.\d)+$", polygon.Attribute("points")!.Value);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(12)]
    public void Svg_AnyAxisCount_PutsEveryLabelInsideTheViewBox(int count)
    {
        var axes = Enumerable.Range(0, count).Select(i => new RadarAxis(Dimensions[i % Dimensions.Length], 50, 40, 60)).ToList();

        var svg = Render(axes, "Diagnóstico inicial (T0)", "Empresas similares");

        Assert.Equal(count, Points(Series(svg, "current")).Count);
        var box = ViewBox(svg);
        foreach (var tspan in svg.Descendants(Svg + "tspan"))
        {
            var text = tspan.Parent!;
            var size = double.Parse(text.Parent!.Attribute("font-size")!.Value, CultureInfo.InvariantCulture);
            var x = double.Parse(tspan.Attribute("x")!.Value, CultureInfo.InvariantCulture);
            var y = double.Parse(tspan.Attribute("y")!.Value, CultureInfo.InvariantCulture);
            var width = tspan.Value.Length * size * RadarChartWidthPerChar;
            var (left, right) = (string?)text.Attribute("text-anchor") switch
            {
                "start" => (x, x + width),
                "end" => (x - width, x),
                _ => (x - (width / 2), x + (width / 2)),
            };
            Assert.True(left >= 0 && right <= box[2], $"'{tspan.Value}' runs from x {left:0} to {right:0}, outside 0–{box[2]}");
            Assert.True(y - size >= 0 && y + (size * 0.25) <= box[3], $"'{tspan.Value}' at y {y:0} is outside 0–{box[3]}");
        }
    }

    // The same generous width per character (em) the chart keeps its labels in with.
    private const double RadarChartWidthPerChar = 0.6;

    [Theory]
    [InlineData("Datos", new[] { "Datos" })]
    [InlineData("Gobierno, ética y seguridad", new[] { "Gobierno, ética", "y seguridad" })]
    [InlineData("Procesos y automatización", new[] { "Procesos y", "automatización" })]
    [InlineData("Uso de IA en productos y servicios", new[] { "Uso de IA", "en productos", "y servicios" })]
    public void Svg_LongLabel_IsWrappedIntoEvenLines(string label, string[] lines)
    {
        List<RadarAxis> axes = [new("A", 50, null, null), new("B", 50, null, null), new(label, 50, null, null), new("C", 50, null, null)];

        var svg = Render(axes);

        var text = svg.Descendants(Svg + "text").Where(t => t.Elements(Svg + "tspan").Any()).ElementAt(2);
        Assert.Equal(lines, text.Elements(Svg + "tspan").Select(s => s.Value));
    }

    [Fact]
    public void Svg_TwoAxesOrAScoreOver100_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => RadarChart.Svg([new("A", 1, null, null), new("B", 2, null, null)], "t", "d", "c", null, null, "r"));
        Assert.Throws<ArgumentException>(() => RadarChart.Svg([new("A", 1, null, null), new("B", 2, null, null), new("C", 101, null, null)], "t", "d", "c", null, null, "r"));
    }
}
