using System.Net;
using System.Text;
using Microsoft.Playwright;
using Semillero.Catalog;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Infrastructure;

// The partner platform of the cloud journeys: "Aula Universidad", whose path "Nube: fundamentos"
// (two courses) grants the nube-computo skill, and which reports completions through the LRS.
public static class CloudFundamentals
{
    public const string Home = "https://aula.universidad.example";
    public const string Partner = "Aula Universidad";
    private const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    private static readonly string[] CourseCodes = ["NUBE-101", "NUBE-102"];

    public static Task CatalogAsync(LiveServer server) => PathCatalog.CreateAsync(
        server.Factory.Services, Home, Partner, "nube-fundamentos", PathArea.Nube, "Nube: fundamentos", "Cloud: fundamentals",
        [new("NUBE-101", "Introducción a la nube", "Introduction to the cloud"), new("NUBE-102", "Almacenamiento en la nube", "Cloud storage")],
        "nube-computo");

    // The partner's platform reports both courses of the path through the LRS, as Moodle would.
    public static async Task ReportCompletionsAsync(LiveServer server, string email)
    {
        var (id, secret) = await server.Factory.XapiKeyAsync(Partner);
        using var partner = new HttpClient { BaseAddress = server.BaseAddress }.WithXapiCredentials(id, secret);
        var batch = string.Join(',', CourseCodes.Select(code => $$"""
            { "actor": { "objectType": "Agent", "mbox": "mailto:{{email}}" },
              "verb": { "id": "{{Completed}}", "display": { "en": "completed" } },
              "object": { "id": "{{Home}}/course/{{code}}", "objectType": "Activity" },
              "result": { "completion": true }, "timestamp": "2026-11-20T17:00:00Z" }
            """));
        var response = await partner.PostAsync("/xapi/statements", new StringContent($"[{batch}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // Opens the learner's badges page and reloads it until a valid badge shows: evaluation and
    // issuing run in the background after the statements arrive.
    public static async Task OpenBadgesUntilValidAsync(IPage page)
    {
        await page.GotoAsync("/mi-aprendizaje/insignias");
        for (var attempt = 0; attempt < 60 && await page.Locator(".achievement--valid").CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }
}
