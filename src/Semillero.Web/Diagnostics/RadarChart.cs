using System.Globalization;
using System.Net;
using System.Text;

namespace Semillero.Web.Diagnostics;

// One spoke of the radar: the dimension's name, its score now, at T0 and among peers (0–100; null
// when there is none or it is withheld).
public sealed record RadarAxis(string Label, int Score, int? Previous, int? Peers);

// The diagnostic's radar as server-rendered SVG: no script, and only presentation attributes,
// because the site's CSP refuses inline style. The page shows the same numbers in a table beside
// it, so the picture is labelled as a whole (title and desc) rather than point by point.
public static class RadarChart
{
    private const string CurrentColour = "#0b6e4f";
    private const string PreviousColour = "#6b7280";
    private const string PeersColour = "#b45309";
    private const string TextColour = "#1f2933";
    private const string GridColour = "#cbd2d9";
    private const string MutedTextColour = "#52606d";

    internal static readonly int[] Rings = [20, 40, 60, 80, 100];

    // The picture is drawn 580 units across: at a 330 px phone width a unit is 0.57 px, so the
    // 18-unit labels still read at about 10 px (and at 18 px full size). The radius leaves room on
    // either side for a line of 15 characters.
    private const double Width = 580;
    private const double Height = 480;
    private const double CentreX = Width / 2;
    private const double CentreY = 214;
    private const double Radius = 118;
    private const double LabelGap = 14;
    private const double LabelSize = 18;
    private const double LabelLineHeight = 21;
    private const double RingLabelSize = 12;
    private const double LegendSize = 16;
    private const double LegendRowHeight = 24;
    private const double Margin = 6;

    // A generous average glyph width (em) for an unknown sans-serif: used only to keep labels
    // inside the viewBox, never to place them to the pixel.
    internal const double AverageGlyphWidth = 0.6;

    // Where a label's lines are broken: up to this many characters a line.
    internal const int LabelLineLength = 16;

    public static string Svg(
        IReadOnlyList<RadarAxis> axes,
        string title,
        string description,
        string currentLegend,
        string? previousLegend,
        string? peersLegend,
        string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);
        Validate(axes);

        var series = Series(axes, currentLegend, previousLegend, peersLegend);
        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";

        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"100%\" role=\"img\" aria-labelledby=\"{Encode(titleId)} {Encode(descId)}\" font-family=\"inherit\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Encode(titleId)}\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Encode(descId)}\">{Encode(description)}</desc>");

        svg.Append("<g fill=\"none\" stroke=\"").Append(GridColour).Append("\" stroke-width=\"1\">");
        foreach (var ring in Rings)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polygon data-ring=\"{ring}\" points=\"{Points(axes.Count, _ => ring)}\"/>");
        }

        for (var i = 0; i < axes.Count; i++)
        {
            var (x, y) = At(i, axes.Count, 100);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(CentreX)}\" y1=\"{N(CentreY)}\" x2=\"{N(x)}\" y2=\"{N(y)}\"/>");
        }

        svg.Append("</g>");

        // Peers under T0 under the current result, so the filled shape never hides an outline.
        foreach (var s in series.OrderBy(s => s.Kind switch { SeriesKind.Peers => 0, SeriesKind.Previous => 1, _ => 2 }))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polygon data-series=\"{Name(s.Kind)}\" points=\"{Points(axes.Count, s.Value)}\" {SeriesAttributes(s.Kind)}/>");
        }

        var current = series.Single(s => s.Kind == SeriesKind.Current);
        svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{CurrentColour}\">");
        for (var i = 0; i < axes.Count; i++)
        {
            var (x, y) = At(i, axes.Count, current.Value(i));
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"4\"/>");
        }

        svg.Append("</g>");

        // The ring values run up the first spoke, just to its right, small and muted, over the
        // shapes with a white halo (paint-order draws the stroke under the glyphs).
        svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{MutedTextColour}\" font-size=\"{N(RingLabelSize)}\" text-anchor=\"start\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\" aria-hidden=\"true\">");
        foreach (var ring in Rings)
        {
            var (x, y) = At(0, axes.Count, ring);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 4)}\" y=\"{N(y - 2)}\">{ring}</text>");
        }

        svg.Append("</g>");

        svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{TextColour}\" font-size=\"{N(LabelSize)}\">");
        for (var i = 0; i < axes.Count; i++)
        {
            AppendLabel(svg, i, axes.Count, axes[i].Label);
        }

        svg.Append("</g>");

        AppendLegend(svg, series);
        svg.Append("</svg>");
        return svg.ToString();
    }

    internal static void Validate(IReadOnlyList<RadarAxis> axes)
    {
        if (axes.Count < 3)
        {
            throw new ArgumentException($"A radar needs at least 3 axes; got {axes.Count}.", nameof(axes));
        }

        foreach (var axis in axes)
        {
            foreach (var value in new[] { axis.Score, axis.Previous, axis.Peers })
            {
                if (value is < 0 or > 100)
                {
                    throw new ArgumentException($"'{axis.Label}' has a score of {value}, outside 0–100.", nameof(axes));
                }
            }
        }
    }

    // Axis 0 points straight up and the others follow clockwise, as on a clock face; the offset is
    // in units of the radius (score 100 → 1). Shared with the PDF, whose y also grows downwards.
    internal static (double X, double Y) Offset(int axis, int count, double score)
    {
        var angle = (-Math.PI / 2) + (2 * Math.PI * axis / count);
        return (score / 100 * Math.Cos(angle), score / 100 * Math.Sin(angle));
    }

    // A previous or peers shape is drawn only when every axis has its value (a partial outline
    // would mislead) and the caller named it in the legend; the table shows any partial numbers.
    internal static bool HasPrevious(IReadOnlyList<RadarAxis> axes, string? legend) =>
        legend is not null && axes.All(a => a.Previous is not null);

    internal static bool HasPeers(IReadOnlyList<RadarAxis> axes, string? legend) =>
        legend is not null && axes.All(a => a.Peers is not null);

    // Breaks a label into one to three lines of about LabelLineLength characters, at spaces, with
    // the lines as even as they can be ("Gobierno, ética" / "y seguridad").
    internal static IReadOnlyList<string> WrapLabel(string label, int lineLength = LabelLineLength)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (label.Length <= lineLength || words.Length == 1)
        {
            return [string.Join(' ', words)];
        }

        IReadOnlyList<string> best = [string.Join(' ', words)];
        var bestLongest = int.MaxValue;
        for (var lines = 2; lines <= Math.Min(3, words.Length); lines++)
        {
            foreach (var split in Splits(words.Length, lines))
            {
                var candidate = new List<string>(lines);
                var start = 0;
                foreach (var end in split.Append(words.Length))
                {
                    candidate.Add(string.Join(' ', words[start..end]));
                    start = end;
                }

                var longest = candidate.Max(l => l.Length);
                if (longest < bestLongest)
                {
                    best = candidate;
                    bestLongest = longest;
                }
            }

            if (bestLongest <= lineLength)
            {
                break;
            }
        }

        return best;
    }

    private static IEnumerable<int[]> Splits(int words, int lines)
    {
        if (lines == 2)
        {
            for (var a = 1; a < words; a++)
            {
                yield return [a];
            }
        }
        else
        {
            for (var a = 1; a < words - 1; a++)
            {
                for (var b = a + 1; b < words; b++)
                {
                    yield return [a, b];
                }
            }
        }
    }

    private enum SeriesKind
    {
        Current,
        Previous,
        Peers,
    }

    private sealed record SeriesLine(SeriesKind Kind, string Legend, Func<int, int> Value);

    private static List<SeriesLine> Series(IReadOnlyList<RadarAxis> axes, string currentLegend, string? previousLegend, string? peersLegend)
    {
        var series = new List<SeriesLine> { new(SeriesKind.Current, currentLegend, i => axes[i].Score) };
        if (HasPrevious(axes, previousLegend))
        {
            series.Add(new(SeriesKind.Previous, previousLegend!, i => axes[i].Previous!.Value));
        }

        if (HasPeers(axes, peersLegend))
        {
            series.Add(new(SeriesKind.Peers, peersLegend!, i => axes[i].Peers!.Value));
        }

        return series;
    }

    private static string Name(SeriesKind kind) => kind switch
    {
        SeriesKind.Current => "current",
        SeriesKind.Previous => "previous",
        _ => "peers",
    };

    private static string SeriesAttributes(SeriesKind kind) => kind switch
    {
        SeriesKind.Current => $"fill=\"{CurrentColour}\" fill-opacity=\"0.22\" stroke=\"{CurrentColour}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"",
        SeriesKind.Previous => $"fill=\"none\" stroke=\"{PreviousColour}\" stroke-width=\"2\" stroke-dasharray=\"7 5\" stroke-linejoin=\"round\"",
        _ => $"fill=\"none\" stroke=\"{PeersColour}\" stroke-width=\"2.5\" stroke-dasharray=\"0.5 5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"",
    };

    private static (double X, double Y) At(int axis, int count, double score)
    {
        var (dx, dy) = Offset(axis, count, score);
        return (CentreX + (dx * Radius), CentreY + (dy * Radius));
    }

    private static string Points(int count, Func<int, int> score)
    {
        var points = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var (x, y) = At(i, count, score(i));
            points.Append(i == 0 ? "" : " ").Append(N(x)).Append(',').Append(N(y));
        }

        return points.ToString();
    }

    private static void AppendLabel(StringBuilder svg, int axis, int count, string label)
    {
        var lines = WrapLabel(label);
        var (cos, sin) = Offset(axis, count, 100);
        var x = CentreX + (cos * (Radius + LabelGap));
        var y = CentreY + (sin * (Radius + LabelGap));

        // Labels beside the top and bottom spokes are centred on them; the others start (right
        // half) or end (left half) at the spoke's tip, so the text runs away from the shape.
        var anchor = Math.Abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        var width = lines.Max(l => l.Length) * LabelSize * AverageGlyphWidth;
        x = anchor switch
        {
            "start" => Math.Min(x, Width - Margin - width),
            "end" => Math.Max(x, Margin + width),
            _ => Math.Clamp(x, Margin + (width / 2), Width - Margin - (width / 2)),
        };

        // Above the shape the block sits on the tip; below it hangs from it; beside it, it is
        // centred on it. 0.35 em puts a line's middle (not its baseline) on a given y.
        var block = (lines.Count - 1) * LabelLineHeight;
        var firstBaseline = sin < -0.35 ? y - 4 - block
            : sin > 0.35 ? y + (LabelSize * 0.8) + 2
            : y - (block / 2) + (LabelSize * 0.35);

        svg.Append(CultureInfo.InvariantCulture, $"<text text-anchor=\"{anchor}\">");
        for (var l = 0; l < lines.Count; l++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" y=\"{N(firstBaseline + (l * LabelLineHeight))}\">{Encode(lines[l])}</tspan>");
        }

        svg.Append("</text>");
    }

    // One entry a row in the bottom-left corner, which no label reaches: left-aligned rows line up
    // whatever the font's widths, which a centred row of entries cannot promise.
    private static void AppendLegend(StringBuilder svg, List<SeriesLine> series)
    {
        const double swatchWidth = 26;
        const double x = 12;
        svg.Append(CultureInfo.InvariantCulture, $"<g font-size=\"{N(LegendSize)}\" fill=\"{TextColour}\">");
        for (var r = 0; r < series.Count; r++)
        {
            var s = series[r];
            var baseline = Height - 14 - (LegendRowHeight * (series.Count - 1 - r));
            var mid = baseline - (LegendSize * 0.35);
            svg.Append(s.Kind == SeriesKind.Current
                ? string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(mid - 6)}\" width=\"{N(swatchWidth)}\" height=\"12\" {SeriesAttributes(s.Kind)}/>")
                : string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{N(mid)}\" x2=\"{N(x + swatchWidth)}\" y2=\"{N(mid)}\" {SeriesAttributes(s.Kind)}/>"));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + swatchWidth + 8)}\" y=\"{N(baseline)}\">{Encode(s.Legend)}</text>");
        }

        svg.Append("</g>");
    }

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
