using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Semillero.Calendar;

namespace Semillero.Web.Diagnostics;

// What the result PDF shows. The texts come in the reader's language (English says which);
// SubmittedAt is UTC, as stored, and is printed as Mexico City's date. Scores are 0–100, the level
// 0–4; Previous and Peers are null when there is none or it is withheld, likewise PeersLine and
// ChangeLine. Labels are the PDF's own headings and captions: ResultPdfTexts.For(English).
public sealed record ResultPdfInput(
    bool English,
    string CompanyName,
    string Rfc,
    string Title,
    string ModeLine,
    string VersionLine,
    DateTime SubmittedAt,
    int OverallScore,
    int Level,
    string LevelName,
    string LevelDefinition,
    bool AdvancedAi,
    string AdvancedAiLine,
    IReadOnlyList<ResultPdfDimension> Dimensions,
    IReadOnlyList<ResultPdfRecommendation> Recommendations,
    string? PeersLine,
    string? ChangeLine,
    ResultPdfTexts Labels,
    string MethodText,
    string PublicUrl);

public sealed record ResultPdfDimension(string Name, int Score, int? Previous, int? Peers, string Spread);

public sealed record ResultPdfRecommendation(string Dimension, int Score, IReadOnlyList<string> Paths);

// The diagnostic's result as an A4 PDF for the company's records: real text (searchable, readable
// aloud, copyable), the radar as vectors, bookmarks for the headings and the document's language
// set, so a screen reader reads it in the right voice.
public static class ResultPdf
{
    private static readonly XColor Text = XColor.FromArgb(0x1f, 0x29, 0x33);
    private static readonly XColor Muted = XColor.FromArgb(0x52, 0x60, 0x6d);
    private static readonly XColor Green = XColor.FromArgb(0x0b, 0x6e, 0x4f);
    private static readonly XColor GreenTint = XColor.FromArgb(0xe3, 0xf1, 0xec);
    private static readonly XColor Grey = XColor.FromArgb(0x6b, 0x72, 0x80);
    private static readonly XColor Amber = XColor.FromArgb(0xb4, 0x53, 0x09);
    private static readonly XColor Rule = XColor.FromArgb(0xcb, 0xd2, 0xd9);
    private static readonly XColor Zebra = XColor.FromArgb(0xf5, 0xf7, 0xfa);
    private static readonly XColor Track = XColor.FromArgb(0xe4, 0xe7, 0xeb);

    private const double Margin = 40;
    private const double FooterHeight = 34;

    private static XFont Font(double size, bool bold = false) =>
        new(SystemFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public static byte[] Render(ResultPdfInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.OverallScore is < 0 or > 100)
        {
            throw new ArgumentException($"The overall score is {input.OverallScore}, outside 0–100.", nameof(input));
        }

        if (input.Level is < 0 or > 4)
        {
            throw new ArgumentException($"The level is {input.Level}, outside 0–4.", nameof(input));
        }

        SystemFontResolver.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = $"{input.Title} · {input.CompanyName}";
        document.Info.Author = "Semillero";
        document.Info.Subject = string.Format(CultureInfo.InvariantCulture, input.Labels.Subject, input.CompanyName, input.Rfc);
        document.Info.Creator = "Semillero";
        document.Language = input.English ? "en" : "es-MX";
        document.PageLayout = PdfPageLayout.SinglePage;
        document.ViewerPreferences.DisplayDocTitle = true;

        var writer = new Writer(document);
        var root = document.Outlines.Add(input.Title, writer.Page, true);
        root.Top = writer.Page.Height.Point - writer.Y;

        Header(writer, input);
        Headline(writer, input, root);
        Scores(writer, input, root);
        Recommendations(writer, input, root);
        Method(writer, input, root);
        writer.Close();
        Footers(document, input);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Header(Writer w, ResultPdfInput input)
    {
        w.Line("Semillero", Font(9, bold: true), Green);
        w.Space(4);
        w.Paragraph(input.CompanyName, Font(18, bold: true), Text, lineGap: 2);
        w.Line($"{input.Labels.Rfc}: {input.Rfc}", Font(9.5), Muted);
        w.Space(8);
        w.Paragraph(input.Title, Font(13, bold: true), Green);
        w.Space(2);
        var meta = Font(9.5);
        w.Paragraph(input.ModeLine, meta, Muted);
        w.Paragraph(input.VersionLine, meta, Muted);
        var day = DateOnly.FromDateTime(ProgramCalendar.Local(input.SubmittedAt));
        w.Paragraph($"{input.Labels.Submitted}: {Dates.Written(day, input.English)}", meta, Muted);
        w.Space(10);
        w.HorizontalRule();
        w.Space(14);
    }

    // The overall score, the level and the advanced-AI line on the left; the radar on the right.
    private static void Headline(Writer w, ResultPdfInput input, PdfOutline root)
    {
        const double leftWidth = 192;
        const double radarHeight = 262;
        var labels = input.Labels;
        var top = w.Y;
        w.Bookmark(root, labels.Overall);

        var left = new Writer.Column(Margin, leftWidth, top);
        left.Line(labels.Overall, Font(10, bold: true), Muted, w.Graphics);
        left.Space(2);
        var big = Font(44, bold: true);
        var score = input.OverallScore.ToString(CultureInfo.InvariantCulture);
        var scoreWidth = w.Graphics.MeasureString(score, big).Width;
        w.Graphics.DrawString(score, big, new XSolidBrush(Green), left.X, left.Y + big.GetHeight() * 0.8);
        w.Graphics.DrawString("/ 100", Font(12), new XSolidBrush(Muted), left.X + scoreWidth + 6, left.Y + big.GetHeight() * 0.8);
        left.Space(big.GetHeight() + 4);

        left.Line($"{labels.Level} {input.Level.ToString(CultureInfo.InvariantCulture)}", Font(10, bold: true), Muted, w.Graphics);
        left.Space(4);
        LevelScale(w.Graphics, left, input.Level);
        left.Space(6);
        left.Paragraph(input.LevelName, Font(13, bold: true), Text, w.Graphics);
        left.Space(3);
        left.Paragraph(input.LevelDefinition, Font(9.5), Text, w.Graphics, lineGap: 2);
        left.Space(10);

        // A filled dot for yes, a ring for no: the words say it, the dot only repeats it.
        var dot = new XRect(left.X, left.Y + 2, 8, 8);
        if (input.AdvancedAi)
        {
            w.Graphics.DrawEllipse(new XSolidBrush(Green), dot);
        }
        else
        {
            w.Graphics.DrawEllipse(new XPen(Grey, 1.2), dot);
        }

        var indented = new Writer.Column(left.X + 14, leftWidth - 14, left.Y);
        indented.Paragraph(input.AdvancedAiLine, Font(9.5, bold: true), Text, w.Graphics, lineGap: 2);
        left.Space(indented.Y - left.Y);

        var radarLeft = Margin + leftWidth + 15;
        var radarBox = new XRect(radarLeft, top, w.Right - radarLeft, radarHeight);
        w.Bookmark(root, labels.Profile, top);
        w.Graphics.DrawString(labels.Profile, Font(10, bold: true), new XSolidBrush(Muted), radarBox.X, top + 9);
        Radar(w.Graphics, input, new XRect(radarBox.X, top + 14, radarBox.Width, radarHeight - 14));

        w.MoveTo(Math.Max(left.Y, top + radarHeight) + 16);
    }

    // Five steps, 0 to 4, the result's one filled: where the level sits in the scale at a glance.
    private static void LevelScale(XGraphics g, Writer.Column c, int level)
    {
        const double step = 30;
        const double height = 14;
        var font = Font(8, bold: true);
        for (var i = 0; i <= 4; i++)
        {
            var box = new XRect(c.X + (i * (step + 3)), c.Y, step, height);
            var reached = i <= level;
            g.DrawRectangle(new XSolidBrush(i == level ? Green : reached ? GreenTint : Track), box);
            g.DrawString(i.ToString(CultureInfo.InvariantCulture), font, new XSolidBrush(i == level ? XColors.White : i < level ? Green : Muted), box, XStringFormats.Center);
        }

        c.Space(height);
    }

    private static void Radar(XGraphics g, ResultPdfInput input, XRect box)
    {
        var axes = input.Dimensions.Select(d => new RadarAxis(d.Name, d.Score, d.Previous, d.Peers)).ToList();
        RadarChart.Validate(axes);
        var labels = input.Labels;
        var hasPrevious = RadarChart.HasPrevious(axes, labels.PreviousLegend);
        var hasPeers = RadarChart.HasPeers(axes, labels.Peers);

        const double legendHeight = 18;
        const double labelGap = 7;
        var labelFont = Font(8);
        var lineHeight = labelFont.GetHeight();
        var n = axes.Count;
        var wrapped = axes.Select(a => RadarChart.WrapLabel(a.Label)).ToList();

        // As large as the labels allow: the widest line beside the shape and the tallest block
        // above or below it set the radius.
        var widest = wrapped.SelectMany(l => l).Max(l => g.MeasureString(l, labelFont).Width);
        var tallest = wrapped.Max(l => l.Count) * lineHeight;
        var radius = Math.Min((box.Width / 2) - widest - labelGap, ((box.Height - legendHeight) / 2) - tallest - labelGap);
        var cx = box.X + (box.Width / 2);
        var cy = box.Y + ((box.Height - legendHeight) / 2);

        XPoint At(int axis, double score)
        {
            var (dx, dy) = RadarChart.Offset(axis, n, score);
            return new XPoint(cx + (dx * radius), cy + (dy * radius));
        }

        XPoint[] Shape(Func<int, int> score) => [.. Enumerable.Range(0, n).Select(i => At(i, score(i)))];

        var grid = new XPen(Rule, 0.6);
        foreach (var ring in RadarChart.Rings)
        {
            g.DrawPolygon(grid, Shape(_ => ring));
        }

        for (var i = 0; i < n; i++)
        {
            g.DrawLine(grid, new XPoint(cx, cy), At(i, 100));
        }

        if (hasPeers)
        {
            g.DrawPolygon(PeersPen(), Shape(i => axes[i].Peers!.Value));
        }

        if (hasPrevious)
        {
            g.DrawPolygon(PreviousPen(), Shape(i => axes[i].Previous!.Value));
        }

        g.DrawPolygon(new XPen(Green, 1.6) { LineJoin = XLineJoin.Round }, new XSolidBrush(XColor.FromArgb(56, Green)), Shape(i => axes[i].Score), XFillMode.Winding);
        foreach (var p in Shape(i => axes[i].Score))
        {
            g.DrawEllipse(new XSolidBrush(Green), p.X - 2, p.Y - 2, 4, 4);
        }

        // The ring values up the first spoke, over the shapes on a white patch so a line crossing
        // them does not hide them.
        var ringFont = Font(5.5);
        foreach (var ring in RadarChart.Rings)
        {
            var p = At(0, ring);
            var text = ring.ToString(CultureInfo.InvariantCulture);
            var size = g.MeasureString(text, ringFont);
            var patch = new XRect(p.X + 2, p.Y - size.Height - 0.5, size.Width + 1, size.Height);
            g.DrawRectangle(new XSolidBrush(XColor.FromArgb(220, XColors.White)), patch);
            g.DrawString(text, ringFont, new XSolidBrush(Muted), patch, XStringFormats.Center);
        }

        var brush = new XSolidBrush(Text);
        for (var i = 0; i < n; i++)
        {
            var lines = wrapped[i];
            var (cos, sin) = RadarChart.Offset(i, n, 100);
            var x = cx + (cos * (radius + labelGap));
            var y = cy + (sin * (radius + labelGap));
            var block = lines.Count * lineHeight;
            var top = sin < -0.35 ? y - block - 1 : sin > 0.35 ? y + 1 : y - (block / 2);
            for (var l = 0; l < lines.Count; l++)
            {
                var width = g.MeasureString(lines[l], labelFont).Width;
                var left = Math.Abs(cos) < 0.2 ? x - (width / 2) : cos > 0 ? x : x - width;
                left = Math.Clamp(left, box.Left, box.Right - width);
                g.DrawString(lines[l], labelFont, brush, new XRect(left, top + (l * lineHeight), width, lineHeight), XStringFormats.TopLeft);
            }
        }

        // The legend, centred under the shape.
        var legendFont = Font(8);
        var entries = new List<(string Text, Action<double, double> Swatch)>
        {
            (labels.Current, (x, y) => g.DrawRectangle(new XPen(Green, 1.2), new XSolidBrush(XColor.FromArgb(56, Green)), x, y - 4, 16, 8)),
        };
        if (hasPrevious)
        {
            entries.Add((labels.PreviousLegend, (x, y) => g.DrawLine(PreviousPen(), x, y, x + 16, y)));
        }

        if (hasPeers)
        {
            entries.Add((labels.Peers, (x, y) => g.DrawLine(PeersPen(), x, y, x + 16, y)));
        }

        var widths = entries.Select(e => 16 + 5 + g.MeasureString(e.Text, legendFont).Width).ToList();
        var lx = cx - ((widths.Sum() + (14 * (entries.Count - 1))) / 2);
        var ly = box.Bottom - (legendHeight / 2);
        for (var e = 0; e < entries.Count; e++)
        {
            entries[e].Swatch(lx, ly);
            g.DrawString(entries[e].Text, legendFont, brush, new XRect(lx + 21, ly - 6, widths[e], 12), XStringFormats.CenterLeft);
            lx += widths[e] + 14;
        }
    }

    private static XPen PreviousPen() => new(Grey, 1.2) { DashStyle = XDashStyle.Custom, DashPattern = [4, 3], LineJoin = XLineJoin.Round };

    private static XPen PeersPen() => new(Amber, 1.8) { DashStyle = XDashStyle.Custom, DashPattern = [0.1, 2], LineCap = XLineCap.Round, LineJoin = XLineJoin.Round };

    private enum CellKind
    {
        Score,
        Number,
        Words,
    }

    private static void Scores(Writer w, ResultPdfInput input, PdfOutline root)
    {
        var labels = input.Labels;
        w.Heading(labels.Scores, root);

        // Numbers right-aligned under their heads; the score carries a bar, so the weakest
        // dimensions stand out without reading the column. T0 and peers only when some row has one.
        var columns = new List<(string Head, double Width, CellKind Kind, Func<ResultPdfDimension, string> Cell)>
        {
            (labels.Score, 122, CellKind.Score, d => d.Score.ToString(CultureInfo.InvariantCulture)),
        };
        if (input.Dimensions.Any(d => d.Previous is not null))
        {
            columns.Add((labels.Previous, 48, CellKind.Number, d => d.Previous?.ToString(CultureInfo.InvariantCulture) ?? "–"));
        }

        if (input.Dimensions.Any(d => d.Peers is not null))
        {
            columns.Add((labels.Peers, 52, CellKind.Number, d => d.Peers?.ToString(CultureInfo.InvariantCulture) ?? "–"));
        }

        columns.Add((labels.Spread, 86, CellKind.Words, d => d.Spread));
        var nameWidth = w.Width - columns.Sum(c => c.Width);
        var head = Font(9, bold: true);
        var cell = Font(9.5);
        var number = Font(9.5, bold: true);
        var ink = new XSolidBrush(Text);
        const double pad = 6;
        const double scoreNumberWidth = 30;

        // Where a column's text goes in a row of the given top and height.
        XRect TextBox(double x, double width, CellKind kind, double top, double height) => kind == CellKind.Score
            ? new XRect(x, top, scoreNumberWidth, height)
            : new XRect(x + pad, top, width - (2 * pad), height);

        void HeaderRow()
        {
            const double height = 20;
            w.Ensure(height + 22);
            var g = w.Graphics;
            g.DrawRectangle(new XSolidBrush(GreenTint), Margin, w.Y, w.Width, height);
            g.DrawString(labels.Dimension, head, ink, new XRect(Margin + pad, w.Y, nameWidth - pad, height), XStringFormats.CenterLeft);
            var x = Margin + nameWidth;
            foreach (var (text, width, kind, _) in columns)
            {
                g.DrawString(text, head, ink, TextBox(x, width, kind, w.Y, height), kind == CellKind.Words ? XStringFormats.CenterLeft : XStringFormats.CenterRight);
                x += width;
            }

            w.MoveTo(w.Y + height);
        }

        HeaderRow();
        for (var r = 0; r < input.Dimensions.Count; r++)
        {
            var d = input.Dimensions[r];
            var nameLines = Writer.Wrap(w.Graphics, d.Name, cell, nameWidth - (2 * pad));
            var lineHeight = cell.GetHeight();
            var height = Math.Max(20, (nameLines.Count * lineHeight) + 8);
            if (w.Ensure(height))
            {
                HeaderRow();
            }

            var g = w.Graphics;
            if (r % 2 == 1)
            {
                g.DrawRectangle(new XSolidBrush(Zebra), Margin, w.Y, w.Width, height);
            }

            var textTop = w.Y + ((height - (nameLines.Count * lineHeight)) / 2);
            for (var l = 0; l < nameLines.Count; l++)
            {
                g.DrawString(nameLines[l], cell, ink, new XRect(Margin + pad, textTop + (l * lineHeight), nameWidth - pad, lineHeight), XStringFormats.TopLeft);
            }

            var x = Margin + nameWidth;
            foreach (var (_, width, kind, value) in columns)
            {
                var box = TextBox(x, width, kind, w.Y, height);
                switch (kind)
                {
                    case CellKind.Score:
                        g.DrawString(value(d), number, ink, box, XStringFormats.CenterRight);
                        var bar = new XRect(x + scoreNumberWidth + 8, w.Y + (height / 2) - 3.5, width - scoreNumberWidth - 8 - pad, 7);
                        g.DrawRectangle(new XSolidBrush(Track), bar);
                        g.DrawRectangle(new XSolidBrush(Green), bar.X, bar.Y, bar.Width * d.Score / 100, bar.Height);
                        break;
                    case CellKind.Number:
                        g.DrawString(value(d), cell, ink, box, XStringFormats.CenterRight);
                        break;
                    case CellKind.Words:
                        g.DrawString(value(d), cell, ink, box, XStringFormats.CenterLeft);
                        break;
                }

                x += width;
            }

            w.MoveTo(w.Y + height);
        }

        w.Graphics.DrawLine(new XPen(Rule, 0.8), Margin, w.Y, w.Right, w.Y);
        w.Space(8);
        foreach (var note in new[] { input.ChangeLine, input.PeersLine })
        {
            if (!string.IsNullOrWhiteSpace(note))
            {
                w.Paragraph(note, Font(9.5), Text, lineGap: 2);
                w.Space(3);
            }
        }

        w.Space(12);
    }

    private static void Recommendations(Writer w, ResultPdfInput input, PdfOutline root)
    {
        if (input.Recommendations.Count == 0)
        {
            return;
        }

        var labels = input.Labels;
        w.Heading(labels.Recommendations, root);
        w.Paragraph(labels.RecommendationsLead, Font(9.5), Muted, lineGap: 2);
        w.Space(6);
        var title = Font(10.5, bold: true);
        var path = Font(9.5);
        foreach (var recommendation in input.Recommendations)
        {
            // A recommendation is not split across pages.
            var height = title.GetHeight() + 2 + recommendation.Paths.Sum(p => Writer.Wrap(w.Graphics, p, path, w.Width - Writer.BulletIndent).Count * (path.GetHeight() + Writer.BulletGap));
            w.Ensure(height);
            w.Paragraph($"{recommendation.Dimension} · {recommendation.Score.ToString(CultureInfo.InvariantCulture)}", title, Text);
            w.Space(2);
            foreach (var p in recommendation.Paths)
            {
                w.Bullet(p, path, Text);
            }

            w.Space(8);
        }

        w.Space(6);
    }

    private static void Method(Writer w, ResultPdfInput input, PdfOutline root)
    {
        w.Heading(input.Labels.Method, root);
        foreach (var paragraph in input.MethodText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            w.Paragraph(paragraph, Font(9), Text, lineGap: 2);
            w.Space(4);
        }
    }

    // Drawn last, when the number of pages is known: on every page the address of the result
    // online (a link, and written out whole so a printed copy still has it) and the page number; from
    // the second page on, whose result this is.
    private static void Footers(PdfDocument document, ResultPdfInput input)
    {
        var labels = input.Labels;
        var font = Font(8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var right = page.Width.Point - Margin;
            var width = right - Margin;
            var top = page.Height.Point - Margin - FooterHeight + 6;
            g.DrawLine(new XPen(Rule, 0.6), Margin, top, right, top);

            var pageText = string.Format(CultureInfo.InvariantCulture, labels.Page, i + 1, document.PageCount);
            var line = new XRect(Margin, top + 4, width, font.GetHeight());
            g.DrawString(pageText, font, new XSolidBrush(Muted), line, XStringFormats.TopRight);
            g.DrawString(labels.Footer, font, new XSolidBrush(Muted), line, XStringFormats.TopLeft);

            // A long address is set smaller rather than cut: a cut address leads nowhere.
            var size = 8.0;
            var urlFont = Font(size, bold: true);
            while (size > 5.5 && g.MeasureString(input.PublicUrl, urlFont).Width > width)
            {
                size -= 0.5;
                urlFont = Font(size, bold: true);
            }

            var urlBox = new XRect(Margin, line.Bottom + 1, g.MeasureString(input.PublicUrl, urlFont).Width, urlFont.GetHeight());
            g.DrawString(input.PublicUrl, urlFont, new XSolidBrush(Green), urlBox, XStringFormats.TopLeft);
            page.AddWebLink(new PdfSharp.Pdf.PdfRectangle(g.Transformer.WorldToDefaultPage(urlBox)), input.PublicUrl);

            if (i > 0)
            {
                var running = Writer.Fit(g, $"{input.CompanyName} · {input.Title}", font, width);
                g.DrawString(running, font, new XSolidBrush(Muted), new XRect(Margin, Margin - 16, width, font.GetHeight()), XStringFormats.TopLeft);
            }
        }
    }

    // Lays text down the page from the top margin, starting a new page when the next block would
    // run into the footer.
    private sealed class Writer
    {
        private readonly PdfDocument document;

        public Writer(PdfDocument document)
        {
            this.document = document;
            Page = document.AddPage();
            Page.Size = PdfSharp.PageSize.A4;
            Graphics = XGraphics.FromPdfPage(Page);
            Y = Margin;
        }

        public PdfPage Page { get; private set; }

        public XGraphics Graphics { get; private set; }

        public double Y { get; private set; }

        public double Right => Page.Width.Point - Margin;

        public double Width => Right - Margin;

        private double Bottom => Page.Height.Point - Margin - FooterHeight;

        public void Space(double points) => Y += points;

        public void MoveTo(double y) => Y = y;

        // True when it had to start a new page.
        public bool Ensure(double height)
        {
            if (Y + height <= Bottom)
            {
                return false;
            }

            Graphics.Dispose();
            Page = document.AddPage();
            Page.Size = PdfSharp.PageSize.A4;
            Graphics = XGraphics.FromPdfPage(Page);
            Y = Margin + 8;
            return true;
        }

        public void Close() => Graphics.Dispose();

        public void Line(string text, XFont font, XColor colour)
        {
            Ensure(font.GetHeight());
            Graphics.DrawString(text, font, new XSolidBrush(colour), new XRect(Margin, Y, Width, font.GetHeight()), XStringFormats.TopLeft);
            Y += font.GetHeight();
        }

        public void Paragraph(string text, XFont font, XColor colour, double lineGap = 0)
        {
            foreach (var line in Wrap(Graphics, text, font, Width))
            {
                Ensure(font.GetHeight());
                Graphics.DrawString(line, font, new XSolidBrush(colour), new XRect(Margin, Y, Width, font.GetHeight()), XStringFormats.TopLeft);
                Y += font.GetHeight() + lineGap;
            }
        }

        public const double BulletIndent = 14;
        public const double BulletGap = 1.5;

        public void Bullet(string text, XFont font, XColor colour)
        {
            const double indent = BulletIndent;
            var lines = Wrap(Graphics, text, font, Width - indent);
            for (var l = 0; l < lines.Count; l++)
            {
                Ensure(font.GetHeight());
                if (l == 0)
                {
                    Graphics.DrawEllipse(new XSolidBrush(Green), Margin + 4, Y + (font.GetHeight() / 2) - 1.5, 3, 3);
                }

                Graphics.DrawString(lines[l], font, new XSolidBrush(colour), new XRect(Margin + indent, Y, Width - indent, font.GetHeight()), XStringFormats.TopLeft);
                Y += font.GetHeight() + BulletGap;
            }
        }

        // A heading is kept with at least three lines of what follows it.
        public void Heading(string text, PdfOutline root)
        {
            var font = Font(13, bold: true);
            Ensure(font.GetHeight() + 50);
            Bookmark(root, text);
            Graphics.DrawString(text, font, new XSolidBrush(Text), new XRect(Margin, Y, Width, font.GetHeight()), XStringFormats.TopLeft);
            Y += font.GetHeight() + 6;
        }

        public void Bookmark(PdfOutline root, string title, double? y = null)
        {
            var outline = root.Outlines.Add(title, Page);
            outline.Top = Page.Height.Point - (y ?? Y) + 6;
        }

        public void HorizontalRule() => Graphics.DrawLine(new XPen(Rule, 0.8), Margin, Y, Right, Y);

        // Word wrap by measured width; a word wider than the line (a long URL) is cut by characters.
        public static List<string> Wrap(XGraphics g, string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (g.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (g.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && g.MeasureString(line[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            if (line.Length > 0 || lines.Count == 0)
            {
                lines.Add(line);
            }

            return lines;
        }

        // Shortens a one-line text to the width, ending it with "…".
        public static string Fit(XGraphics g, string text, XFont font, double width)
        {
            if (g.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text.Length;
            while (cut > 1 && g.MeasureString(text[..cut] + "…", font).Width > width)
            {
                cut--;
            }

            return text[..cut] + "…";
        }

        // A block beside another on the same page (the headline's left column): it draws on the
        // writer's page and leaves the writer's position alone.
        public sealed class Column(double x, double width, double y)
        {
            public double X { get; } = x;

            public double Width { get; } = width;

            public double Y { get; private set; } = y;

            public void Space(double points) => Y += points;

            public void Line(string text, XFont font, XColor colour, XGraphics g)
            {
                g.DrawString(text, font, new XSolidBrush(colour), new XRect(X, Y, Width, font.GetHeight()), XStringFormats.TopLeft);
                Y += font.GetHeight();
            }

            public void Paragraph(string text, XFont font, XColor colour, XGraphics g, double lineGap = 0)
            {
                foreach (var line in Wrap(g, text, font, Width))
                {
                    g.DrawString(line, font, new XSolidBrush(colour), new XRect(X, Y, Width, font.GetHeight()), XStringFormats.TopLeft);
                    Y += font.GetHeight() + lineGap;
                }
            }
        }
    }
}
