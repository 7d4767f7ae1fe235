using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Demo;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Shell;

// The site's frame (Shell/_Layout.cshtml) as the HTML a browser receives: the phone menu that needs no
// script, the brand link's name, and navigation landmarks a screen reader can tell apart.
public abstract partial class LayoutTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : LayoutTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : LayoutTests(DatabaseProvider.Postgres);

    [Theory]
    [InlineData("es-MX", "Menú")]
    [InlineData("en", "Menu")]
    public async Task Header_FoldsTheSiteLinksAndAccountMenu_BehindANativeDisclosure_LanguageSwitchOutside(string language, string button)
    {
        var client = App.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = await client.GetStringAsync("/");

        var header = Between(html, "<header class=\"site-header\">", "</header>");
        var menu = Between(header, "<details class=\"site-menu\">", "</details>");
        Assert.Matches($"<summary class=\"site-menu__toggle\">.*{button}</summary>", menu);
        Assert.Contains("<nav class=\"site-nav\"", menu, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"user-menu\"", menu, StringComparison.Ordinal);
        // The language switch stays reachable with the menu closed.
        Assert.DoesNotContain("lang-switch", menu, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"lang-switch\"", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("en")]
    public async Task BrandLink_AccessibleName_StartsWithItsVisibleText(string language)
    {
        var client = App.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var html = await client.GetStringAsync("/");

        var link = BrandLinkRegex().Match(html);
        Assert.True(link.Success, "no brand link");
        var name = WebUtility.HtmlDecode(link.Groups["label"].Value);
        var visible = WebUtility.HtmlDecode(TagRegex().Replace(link.Groups["content"].Value, " ")).Trim();
        Assert.Equal("Semillero", visible);
        Assert.StartsWith(visible, name, StringComparison.Ordinal);
    }

    // Several lists of links on one page: each navigation landmark has its own name, and a list's
    // page links are not named like its search form.
    [Theory]
    [InlineData(null, "/vacantes?pagina=2")]
    [InlineData(Roles.Aprendiz, "/mis-datos")]
    [InlineData(Roles.Operador, "/operacion/empresas")]
    [InlineData(Roles.Analista, "/operacion/avance")]
    public async Task Navigation_OnPagesWithSeveral_EachLandmarkHasItsOwnName(string? role, string path)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // 30 open vacancies: the public listing has a second page, and its page links.
            await scope.ServiceProvider.GetRequiredService<SeedDemoCompanies>().RunAsync(default);
        }

        var client = role is null ? App.Browser() : await App.SignedInAsync(role);

        var html = await client.GetStringAsync(path);

        var names = NavRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value)).ToList();
        Assert.True(names.Count >= 3, $"{path}: {names.Count} navigation landmarks");
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        var searches = SearchRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value));
        Assert.Empty(names.Intersect(searches, StringComparer.Ordinal));
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} not found");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to > from, $"{end} not found after {start}");
        return html[from..(to + end.Length)];
    }

    [GeneratedRegex("<a class=\"brand__link\"[^>]*aria-label=\"(?<label>[^\"]*)\"[^>]*>(?<content>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex BrandLinkRegex();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex("<nav\\b[^>]*\\baria-label=\"(?<name>[^\"]*)\"")]
    private static partial Regex NavRegex();

    [GeneratedRegex("<form\\b[^>]*role=\"search\"[^>]*\\baria-label=\"(?<name>[^\"]*)\"")]
    private static partial Regex SearchRegex();
}
