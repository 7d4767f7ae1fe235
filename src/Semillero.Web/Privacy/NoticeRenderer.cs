using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Semillero.Privacy;

namespace Semillero.Web.Privacy;

public sealed record NoticeSection(string Id, string Text);

public sealed record RenderedNotice(string Title, string Html, IReadOnlyList<NoticeSection> Sections);

// The notices are Markdown written by the program's legal team. Raw HTML is disabled, so the HTML
// produced can be written to the page as is. Rendered once per version, kind, language and layout.
public static class NoticeRenderer
{
    public const string Integral = "integral";
    public const string Simplified = "simplificado";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly ConcurrentDictionary<(int Version, string Kind, string Language, bool KeepTitle, int TitleLevel), RenderedNotice> Cache = new();

    // The notice's body for embedding in another page, its title at titleLevel.
    public static string Body(PrivacyNotice notice, string kind, string language, int headingLevel) =>
        Render(notice, kind, language, keepTitle: true, titleLevel: headingLevel).Html;

    // keepTitle false drops the title heading and the version line: the page shows them itself.
    public static RenderedNotice Render(PrivacyNotice notice, string kind, string language, bool keepTitle, int titleLevel)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Cache.GetOrAdd((notice.Version, kind, language, keepTitle, titleLevel), key => Build(notice, key.Kind, key.Language, key.KeepTitle, key.TitleLevel));
    }

    private static RenderedNotice Build(PrivacyNotice notice, string kind, string language, bool keepTitle, int titleLevel)
    {
        var document = Markdown.Parse(notice.Text(kind, language), Pipeline);
        var title = "";
        if (document.Count > 0 && document[0] is HeadingBlock { Level: 1 } heading)
        {
            title = PlainText(heading.Inline);
            if (!keepTitle)
            {
                document.RemoveAt(0);
                if (document.Count > 0 && document[0] is ParagraphBlock paragraph && IsVersionLine(paragraph))
                {
                    document.RemoveAt(0);
                }
            }
        }

        var sections = new List<NoticeSection>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in document.Descendants<HeadingBlock>())
        {
            var text = PlainText(h.Inline);
            var id = Slug(text);
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{Slug(text)}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            h.GetAttributes().Id = id;
            if (h.Level == 2)
            {
                sections.Add(new NoticeSection(id, text));
            }

            h.Level = Math.Min(6, h.Level + titleLevel - 1);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedNotice(title, writer.ToString(), sections);
    }

    private static bool IsVersionLine(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is EmphasisInline emphasis
        && PlainText(emphasis).StartsWith("Versi", StringComparison.OrdinalIgnoreCase);

    private static string PlainText(Inline? inline)
    {
        var sb = new StringBuilder();
        Append(sb, inline);
        return sb.ToString().Trim();
    }

    private static void Append(StringBuilder sb, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(sb, child);
                }

                break;
        }
    }

    // "3. Para qué usamos sus datos" → "para-que-usamos-sus-datos": stable anchors without accents.
    private static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        // Numbered headings ("1. Quién es…") drop the number: anchors read as words and never start with a digit.
        var slug = sb.ToString().Trim('-').TrimStart("0123456789".ToCharArray()).TrimStart('-');
        return slug.Length == 0 ? "seccion" : slug;
    }
}
