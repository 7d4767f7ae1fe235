using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Infrastructure;

// Steps that several journeys take the same way.
public static class Journeys
{
    private static readonly ConditionalWeakTable<IPage, List<string>> Consoles = [];

    // A fresh browser context (no cookies) on the live server, in Mexican Spanish, and a page in it,
    // with axe-core in every document and the console watched, for AuditAsync.
    public static async Task<IPage> NewPageAsync(this BrowserFixture browser, LiveServer server, bool? acceptDownloads = null)
    {
        var context = await browser.NewAuditedContextAsync(server, acceptDownloads);
        var page = await context.NewPageAsync();
        Consoles.Add(page, page.WatchConsole());
        return page;
    }

    // The page as the journey left it passes the site audit (PageAudit) at the journey's width and
    // on a 360 px phone, without reloading (a reload could send a form again); console errors
    // count from the page's opening.
    public static async Task AuditAsync(this IPage page)
    {
        var findings = new List<string>();
        if (Consoles.TryGetValue(page, out var console))
        {
            lock (console)
            {
                findings.AddRange(console);
                console.Clear();
            }
        }

        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (PageAudit.Desktop, 900);
        findings.AddRange(await page.CheckAsync());
        await page.SetViewportSizeAsync(PageAudit.Phone, 800);
        findings.AddRange((await page.CheckAsync()).Select(f => $"@{PageAudit.Phone}px {f}"));
        await page.SetViewportSizeAsync(width, height);
        Assert.True(findings.Count == 0, $"{page.Url}:\n{string.Join('\n', findings)}");
    }

    // Fills and sends the sign-in form. It does not wait for where that leads: a refused sign-in
    // stays on the form, and some journeys check exactly that.
    public static async Task SignInAsync(this IPage page, string email, string password = People.Password)
    {
        await page.GotoAsync("/cuenta/entrar");
        await page.FillAsync("#campo-correo", email);
        await page.FillAsync("#campo-password", password);
        await page.ClickAsync("main form button[type=submit]");
    }

    // The confirmation links emailed to the address, oldest first, read from the outbox.
    public static async Task<IReadOnlyList<string>> ConfirmationLinksAsync(this LiveServer server, string email)
    {
        await using var db = server.Database.NewDb();
        var messages = await db.OutboxMessages.Where(m => m.To == email && m.Kind == "confirmacion").ToListAsync();
        return [.. messages.Select(m => m.BodyText.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/cuenta/confirmar?", StringComparison.Ordinal)))];
    }
}
