using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// The stylesheet as served is well-formed: every block that opens closes. A brace lost in a merge
// silently nests every later rule inside the previous one, and the pages after it lose their look.
public sealed class StylesheetTests() : WebTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task SiteCss_ClosesEveryBlockItOpens()
    {
        var css = await App.CreateClient().GetStringAsync("/css/site.css");
        var depth = 0;
        var line = 1;
        var inComment = false;
        var opened = new Stack<int>();
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '\n')
            {
                line++;
            }
            else if (!inComment && c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                inComment = true;
                i++;
            }
            else if (inComment && c == '*' && i + 1 < css.Length && css[i + 1] == '/')
            {
                inComment = false;
                i++;
            }
            else if (!inComment && c == '{')
            {
                depth++;
                opened.Push(line);
            }
            else if (!inComment && c == '}')
            {
                Assert.True(depth > 0, $"a '}}' without its block at line {line}");
                depth--;
                opened.Pop();
            }
        }

        Assert.False(inComment, "an unclosed comment");
        Assert.True(depth == 0, $"blocks opened at lines {string.Join(", ", opened)} never close");
    }
}
