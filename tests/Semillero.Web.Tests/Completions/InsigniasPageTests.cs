using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Completions;

// /mi-aprendizaje/insignias as a learner uses it: a path under way while courses are missing, then
// the completed path and every course with its evidence; never anybody else's.
public abstract class InsigniasPageTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : InsigniasPageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : InsigniasPageTests(DatabaseProvider.Postgres);

    private const string Page = "/mi-aprendizaje/insignias";
    private const string Home = "https://aula.universidad.example";
    private const string Completed = "http://adlnet.gov/expapi/verbs/completed";

    private Task<HttpClient> PartnerAsync() => App.XapiClientAsync("Aula Universidad");

    private async Task<(HttpClient Browser, string Email)> LearnerAsync()
    {
        var (browser, user) = await App.SignedInUserAsync(Roles.Aprendiz);
        return (browser, user.Email!);
    }

    // A published path of two courses, each completed by the "completed" verb on its course page.
    private Task CatalogAsync() => PathCatalog.CreateAsync(
        App.Services, Home, "Aula Universidad", "ia-fundamentos", PathArea.IA, "IA: fundamentos", "AI: fundamentals",
        [new("IA-101", "¿Qué es la IA?", "What is AI?"), new("IA-102", "Datos para la IA", "Data for AI")]);

    private static async Task CompleteAsync(HttpClient partner, string email, string course, double? score = null)
    {
        var result = score is { } s ? $$""", "result": { "score": { "scaled": {{s.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }, "completion": true }""" : "";
        var json = $$"""
            { "actor": { "objectType": "Agent", "mbox": "mailto:{{email}}" },
              "verb": { "id": "{{Completed}}", "display": { "en-US": "completed" } },
              "object": { "id": "{{Home}}/course/{{course}}", "objectType": "Activity" },
              "timestamp": "2026-11-20T17:00:00Z"{{result}} }
            """;
        var response = await partner.PostAsync("/xapi/statements", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task EvaluatePathsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EvaluatePaths>().RunPendingAsync(default);
    }

    [Fact]
    public async Task Learner_SeesThePathUnderWay_ThenTheCompletedPath_WithEachCourse()
    {
        await CatalogAsync();
        var partner = await PartnerAsync();
        var (browser, email) = await LearnerAsync();
        var (_, otherEmail) = await LearnerAsync();

        var empty = WebUtility.HtmlDecode(await browser.GetStringAsync(Page));
        Assert.Contains("Aún no termina una ruta", empty, StringComparison.Ordinal);
        Assert.Contains("Reconocimiento no oficial", empty, StringComparison.Ordinal);

        await CompleteAsync(partner, email, "IA-101", score: 0.92);
        await CompleteAsync(partner, otherEmail, "IA-102");
        await EvaluatePathsAsync();
        var underWay = WebUtility.HtmlDecode(await browser.GetStringAsync(Page));
        Assert.Contains("Rutas en curso", underWay, StringComparison.Ordinal);
        Assert.Contains("1 de 2 cursos", underWay, StringComparison.Ordinal);
        Assert.Contains("¿Qué es la IA?", underWay, StringComparison.Ordinal);
        Assert.Contains("92 %", underWay, StringComparison.Ordinal);
        Assert.Contains("Actividad registrada", underWay, StringComparison.Ordinal);
        // The other person's course is theirs only.
        Assert.DoesNotContain("Datos para la IA", underWay, StringComparison.Ordinal);

        await CompleteAsync(partner, email, "IA-102");
        await EvaluatePathsAsync();
        var response = await browser.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var done = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-path=\"ia-fundamentos\"", done, StringComparison.Ordinal);
        Assert.Contains("Egresada o egresado desde el", done, StringComparison.Ordinal);
        Assert.DoesNotContain("Rutas en curso", done, StringComparison.Ordinal);
        Assert.Contains("Datos para la IA", done, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await browser.GetStringAsync(Page + "?culture=en"));
        Assert.Contains("AI: fundamentals", english, StringComparison.Ordinal);
        Assert.Contains("Completed paths", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/cuenta/entrar", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
