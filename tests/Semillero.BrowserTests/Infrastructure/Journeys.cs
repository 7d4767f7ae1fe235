using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Infrastructure;

// Steps that several journeys take the same way.
public static class Journeys
{
    // A fresh browser context (no cookies) on the live server, in Mexican Spanish, and a page in it.
    public static async Task<IPage> NewPageAsync(this BrowserFixture browser, LiveServer server, bool? acceptDownloads = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "es-MX", AcceptDownloads = acceptDownloads });
        return await context.NewPageAsync();
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
