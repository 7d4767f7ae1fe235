using Microsoft.Playwright;
using Semillero.Access;
using Semillero.BrowserTests.Infrastructure;

namespace Semillero.BrowserTests.Site;

// Every page each role can reach, at a 360 px phone and a 1366 px desktop: the page never scrolls
// sideways, the console stays empty, and axe-core finds nothing serious or critical. The pages come
// from following the links a person sees, starting where they land, so a new page is audited as soon
// as something links to it; and a page the access table gives a role that no link reaches fails the
// test, so an orphan page cannot hide from the audit.
[Collection(SiteAuditGroup.Name)]
public sealed class SiteAuditTests(BrowserFixture browser, DemoSite site)
{
    // At most this many visits of one page (route) with the same query parameters, and of one page
    // overall: the tenth course page looks like the first.
    private const int PerQueryShape = 1;
    private const int PerPage = 3;

    public static TheoryData<string> Audiences => ["anonimo", .. Roles.All];

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task EveryPage_FitsAPhone_HasACleanConsole_AndNoSeriousAxeFinding(string audience)
    {
        var role = audience == "anonimo" ? null : audience;
        var context = await browser.NewAuditedContextAsync(site.Server);
        var page = await context.NewPageAsync();
        var console = page.WatchConsole();
        if (role is not null)
        {
            await page.SignInAsync(DemoSite.Email(role), Demo.SeedDemoAccounts.Password);
            await page.WaitForLoadStateAsync();
            Assert.False(page.Url.Contains("/cuenta/entrar", StringComparison.Ordinal), $"{role} could not sign in: {await page.InnerTextAsync("main")}");
        }

        var pages = SitePages.For(role);
        // Where the person lands first, then the home page and the pages only an address leads to.
        var entrances = SitePages.Entrances(role).ToHashSet(StringComparer.Ordinal);
        if (role == Roles.Operador)
        {
            // An operator revokes a badge from its verification page, whose address they are given.
            entrances.Add($"/verificar/{await site.FirstAwardAsync()}");
        }

        var queue = new Queue<string>([.. role is null ? [] : new[] { new Uri(page.Url).PathAndQuery }, "/", .. entrances]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var report = new List<string>();
        while (queue.TryDequeue(out var target))
        {
            if (!seen.Add(target) || SitePages.Skip(target))
            {
                continue;
            }

            var route = pages.Match(target);
            var shape = route + SitePages.QueryShape(target);
            if (shapes.GetValueOrDefault(shape) >= PerQueryShape || shapes.GetValueOrDefault(route) >= PerPage)
            {
                continue;
            }

            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            shapes[route] = shapes.GetValueOrDefault(route) + 1;
            IResponse? response;
            try
            {
                response = await page.GotoAsync(target);
            }
            catch (PlaywrightException e) when (e.Message.StartsWith("Download is starting", StringComparison.Ordinal))
            {
                continue;
            }

            if (response is not null && response.Status >= 400 && !entrances.Contains(target))
            {
                // A link that leads to "not found" or "not allowed" is broken for this person.
                report.Add($"{target}: a link leads to HTTP {response.Status}");
            }

            if (response is null || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
            {
                // Not a page (a file, JSON): its console lines are not the next page's.
                lock (console)
                {
                    console.Clear();
                }

                continue;
            }

            visited.Add(route);

            foreach (var width in (int[])[PageAudit.Desktop, PageAudit.Phone])
            {
                if (width != PageAudit.Desktop)
                {
                    // The page reflows to the new width as a turned or resized screen would.
                    await page.SetViewportSizeAsync(width, 800);
                }

                // What the page still loads after "load" or after reflowing (an app like the API
                // reference keeps fetching) is the page's, not the next one's: let it settle.
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 10_000 });
                await page.WaitForTimeoutAsync(width == PageAudit.Desktop ? 0 : 250);

                lock (console)
                {
                    // The browser logs a page that answers 403 or 404 as a failed load; on the
                    // refusal and not-found pages that status is the answer, not a fault.
                    var ownStatus = $"console: Failed to load resource: the server responded with a status of {response.Status} ";
                    report.AddRange(console.Where(e => !e.StartsWith(ownStatus, StringComparison.Ordinal)).Select(e => $"{target} @{width}px {e}"));
                    console.Clear();
                }

                report.AddRange((await page.CheckAsync()).Select(f => $"{target} @{width}px {f}"));
            }

            foreach (var link in await page.EvalOnSelectorAllAsync<string[]>("a[href]:not([download])", "links => links.map(a => a.href)"))
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Authority == site.Server.BaseAddress.Authority)
                {
                    queue.Enqueue(uri.PathAndQuery);
                }
            }

            await page.SetViewportSizeAsync(PageAudit.Desktop, 900);
        }

        var unreached = pages.Required.Where(r => !visited.Contains(r) && !SitePages.ReachedOnlyByMessage.Contains(r)).ToList();
        Assert.True(unreached.Count == 0, $"Pages {audience} may open that no link reaches (link them, or list them in SitePages.ReachedOnlyByMessage with why): {string.Join(", ", unreached)}");
        Assert.True(report.Count == 0, $"{report.Count} finding(s) on {visited.Count} page(s) for {audience}:\n{string.Join('\n', report)}");
        await context.CloseAsync();
    }
}
