using System.Text.RegularExpressions;

namespace Semillero.Web.Tests.Site;

// The site's CSP is style-src 'self' and script-src 'self' (Hosting/WebHosting.cs): a browser ignores
// any style attribute, <style> element or inline script a page writes (the KPI target bar once showed
// full at 4 % because of one). Read from the sources, so every page and partial is covered, including
// branches no test renders.
public sealed partial class PageSourceTests
{
    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(WebProject(), "*.cshtml", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(WebProject(), file));
        }

        return data;
    }

    [Fact]
    public void Views_AreFound()
    {
        Assert.True(Views().Count > 50);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void View_WritesNoInlineStyleOrScript(string view)
    {
        var source = File.ReadAllText(Path.Combine(WebProject(), view));

        Assert.DoesNotMatch(StyleAttributeRegex(), source);
        Assert.DoesNotMatch(StyleElementRegex(), source);
        Assert.DoesNotMatch(InlineScriptRegex(), source);
        Assert.DoesNotMatch(EventHandlerRegex(), source);
    }

    // The check itself: each pattern catches the markup it is meant to refuse.
    [Theory]
    [InlineData("<span style=\"width: 4%\"></span>")]
    [InlineData("<span class=\"x\" style='color:red'></span>")]
    [InlineData("<span style=@width></span>")]
    [InlineData("<style>p { color: red }</style>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<button onclick=\"go()\">")]
    public void Patterns_CatchInlineMarkup(string markup)
    {
        Assert.True(StyleAttributeRegex().IsMatch(markup) || StyleElementRegex().IsMatch(markup)
            || InlineScriptRegex().IsMatch(markup) || EventHandlerRegex().IsMatch(markup));
    }

    [Theory]
    [InlineData("<link rel=\"stylesheet\" href=\"~/css/site.css\">")]
    [InlineData("<script src=\"~/js/encuesta.js\"></script>")]
    [InlineData("<p class=\"styled\" data-style=\"x\">")]
    public void Patterns_LetFilesAndClassesThrough(string markup)
    {
        Assert.False(StyleAttributeRegex().IsMatch(markup) || StyleElementRegex().IsMatch(markup)
            || InlineScriptRegex().IsMatch(markup) || EventHandlerRegex().IsMatch(markup));
    }

    private static string WebProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Semillero.slnx")))
            {
                return Path.Combine(directory.FullName, "src", "Semillero.Web");
            }
        }

        throw new InvalidOperationException("Semillero.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<[a-zA-Z][^>]*\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttributeRegex();

    [GeneratedRegex("<style[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElementRegex();

    // A <script> element without a src attribute holds inline code.
    [GeneratedRegex("<script(?![^>]*\\ssrc\\s*=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptRegex();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerRegex();
}
