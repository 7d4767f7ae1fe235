using System.Text.Json;
using Microsoft.Playwright;

namespace Semillero.BrowserTests.Infrastructure;

// What every page must pass at every width: no horizontal scroll of the page itself (a table may
// scroll inside its own box), nothing in the console (a CSP block, a failed asset, a script error),
// and no serious or critical axe-core finding against WCAG 2.2 A/AA and axe's best practices.
public static class PageAudit
{
    public const int Phone = 360;
    public const int Desktop = 1366;

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Environment.GetEnvironmentVariable("SEMILLERO_TEST_AXE") is { Length: > 0 } p ? p : Path.Combine(RepositoryRoot(), "tools/axe/node_modules/axe-core/axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core not found at {path}. Run ./test.sh (it runs npm ci in tools/axe) or `npm ci --prefix tools/axe`.");
    });

    // A browser context whose every document gets axe-core before its own scripts. Injected through
    // the DevTools protocol, so the page's CSP (script-src 'self') does not block it and need not be
    // loosened for the test.
    public static async Task<IBrowserContext> NewAuditedContextAsync(this BrowserFixture browser, LiveServer server, bool? acceptDownloads = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            Locale = "es-MX",
            ViewportSize = new ViewportSize { Width = Desktop, Height = 900 },
            AcceptDownloads = acceptDownloads,
            // The site scrolls smoothly unless the reader asks for less motion; a click aimed while
            // the page still glides can land beside its target on a loaded machine.
            ReducedMotion = ReducedMotion.Reduce,
        });
        await context.AddInitScriptAsync(AxeSource.Value);

        // These tests check what a page shows, never how fast: on a CI machine whose two cores also
        // run the other test projects while a demo site issues its badges, a first page can take
        // longer than Playwright's 30 s default to load.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    // Collects the page's console errors and uncaught script errors from now on.
    public static List<string> WatchConsole(this IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"console: {message.Text} ({message.Location})");
                }
            }
        };
        // A file the page asked for and did not get (the console's message does not say which).
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                lock (errors)
                {
                    errors.Add($"request: {response.Status} {response.Request.Method} {response.Url} (from {response.Frame.Url})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"script: {error}");
            }
        };
        return errors;
    }

    // The findings on the page as it is now, each one line a person can act on.
    public static async Task<IReadOnlyList<string>> CheckAsync(this IPage page)
    {
        var findings = new List<string>();
        var overflow = await page.EvaluateAsync<string?>(OverflowScript);
        if (overflow is not null)
        {
            findings.Add($"wider than the screen: {overflow}");
        }

        var axe = await page.EvaluateAsync<string>(AxeScript);
        foreach (var violation in JsonSerializer.Deserialize<AxeViolation[]>(axe, JsonSerializerOptions.Web) ?? [])
        {
            findings.Add($"axe {violation.Impact} {violation.Id} ({violation.Count}×): {violation.Help} — {string.Join(" | ", violation.Nodes)}");
        }

        return findings;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Semillero.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    // The page's own width against the viewport, and the outermost elements that stick out (inside
    // a box that scrolls on its own, an element may be as wide as it likes).
    private const string OverflowScript = """
        () => {
          const root = document.documentElement, width = root.clientWidth;
          if (root.scrollWidth <= width + 1) return null;
          const scrollsItself = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          const out = [...document.body.querySelectorAll('*')].filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrollsItself(el); });
          const outermost = out.filter(el => !out.includes(el.parentElement)).slice(0, 4).map(el => name(el) + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
          return root.scrollWidth + 'px at ' + width + 'px: ' + outermost.join(', ');
        }
        """;

    private const string AxeScript = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            resultTypes: ['violations'],
          });
          return JSON.stringify(result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })));
        }
        """;

    private sealed record AxeViolation(string Id, string Impact, string Help, int Count, string[] Nodes);
}
