using System.Net;
using System.Text;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.LearningRecords;

// /mi-aprendizaje as a learner uses it: what the providers reported about them, and only them.
// Statements arrive the real way, through the LRS with a partner's Basic credentials; the actor's
// email links them to the learner.
public abstract class TimelinePageTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : TimelinePageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : TimelinePageTests(DatabaseProvider.Postgres);

    private const string Page = "/mi-aprendizaje";

    private Task<HttpClient> PartnerAsync(string name) => App.XapiClientAsync(name);

    private async Task<(HttpClient Browser, string Email)> LearnerAsync()
    {
        var (browser, user) = await App.SignedInUserAsync(Roles.Aprendiz);
        return (browser, user.Email!);
    }

    private static string Completed(Guid id, string email, string course, string when = "2026-11-21T18:00:00Z") => $$"""
        {
          "id": "{{id}}",
          "actor": { "objectType": "Agent", "mbox": "mailto:{{email}}" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/completed", "display": { "en-US": "completed" } },
          "object": {
            "id": "https://cursos.proveedor.example/course/{{course}}",
            "definition": { "name": { "en-US": "Cloud basics {{course}}", "es-MX": "Fundamentos de nube {{course}}" } }
          },
          "result": { "score": { "scaled": 0.9, "raw": 9, "min": 0, "max": 10 }, "success": true, "completion": true },
          "timestamp": "{{when}}"
        }
        """;

    private static string Viewed(string email, string module, string when) => $$"""
        {
          "actor": { "mbox": "mailto:{{email}}" },
          "verb": { "id": "http://id.tincanapi.com/verb/viewed" },
          "object": { "id": "https://moodle.universidad.example/mod/page/view.php?id={{module}}" },
          "timestamp": "{{when}}"
        }
        """;

    private static async Task PostAsync(HttpClient partner, string json)
    {
        var response = await partner.PostAsync("/xapi/statements", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Learner_SeesOwnRecordsNewestFirst_WithSummary_AndNotSomeoneElses()
    {
        var (browser, email) = await LearnerAsync();
        var (_, otherEmail) = await LearnerAsync();
        var edx = await PartnerAsync("Open edX Proveedor");
        var moodle = await PartnerAsync("Moodle Universidad");
        await PostAsync(edx, Completed(Guid.NewGuid(), email, "IA101", "2026-11-21T18:00:00Z"));
        await PostAsync(moodle, Viewed(email, "7", "2026-11-22T16:30:00Z"));
        await PostAsync(moodle, Completed(Guid.NewGuid(), otherEmail, "SECRETO999"));

        var response = await browser.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        // Spanish first: the activity's es-MX name and our name for the verb, not the English display.
        Assert.Contains("Fundamentos de nube IA101", html, StringComparison.Ordinal);
        Assert.Contains("Completó", html, StringComparison.Ordinal);
        Assert.Contains("Calificación: 90", html, StringComparison.Ordinal);
        Assert.Contains("Aprobado", html, StringComparison.Ordinal);
        Assert.Contains("Vio", html, StringComparison.Ordinal);
        Assert.Contains("https://moodle.universidad.example/mod/page/view.php?id=7", html, StringComparison.Ordinal);
        // Mexico City time (UTC−6): 16:30Z is 10:30.
        Assert.Contains("10:30", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("view.php?id=7", StringComparison.Ordinal) < html.IndexOf("Fundamentos de nube IA101", StringComparison.Ordinal), "newest first");
        Assert.DoesNotContain("SECRETO999", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"stat__value\" id=\"actividades\">2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"stat__value\" id=\"completadas\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"stat__value\" id=\"proveedores\">2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Moodle Universidad, Open edX Proveedor", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/mi-aprendizaje/vincular\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learner_InEnglish_SeesEnglishWords()
    {
        var (browser, email) = await LearnerAsync();
        await PostAsync(await PartnerAsync("Open edX Proveedor"), Completed(Guid.NewGuid(), email, "IA101"));

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(Page + "?culture=en"));

        Assert.Contains("Cloud basics IA101", html, StringComparison.Ordinal);
        Assert.Contains(">Completed<", html, StringComparison.Ordinal);
        Assert.Contains("Score: 90", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoidedStatement_IsNotShown()
    {
        var (browser, email) = await LearnerAsync();
        var partner = await PartnerAsync("Open edX Proveedor");
        var target = Guid.NewGuid();
        await PostAsync(partner, Completed(target, email, "ANULADO1"));
        await PostAsync(partner, Completed(Guid.NewGuid(), email, "VALIDO2"));
        await PostAsync(partner, $$"""
            { "actor": { "mbox": "mailto:{{email}}" }, "verb": { "id": "http://adlnet.gov/expapi/verbs/voided", "display": { "en": "voided" } },
              "object": { "objectType": "StatementRef", "id": "{{target}}" } }
            """);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(Page));

        Assert.Contains("VALIDO2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ANULADO1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Anuló", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"stat__value\" id=\"completadas\">1</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRecords_SaysSoAndOffersToLinkAnAccount()
    {
        var (browser, _) = await LearnerAsync();

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(Page));

        Assert.Contains("Aún no hay actividad registrada", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/mi-aprendizaje/vincular\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyRecords_ArePaged()
    {
        var (browser, email) = await LearnerAsync();
        var partner = await PartnerAsync("Moodle Universidad");
        var batch = Enumerable.Range(0, 30).Select(i => Viewed(email, $"{1000 + i}", $"2026-11-20T{i / 2:D2}:{i % 2 * 30:D2}:00Z"));
        await PostAsync(partner, "[" + string.Join(",", batch) + "]");

        var first = WebUtility.HtmlDecode(await browser.GetStringAsync(Page));
        var second = WebUtility.HtmlDecode(await browser.GetStringAsync(Page + "?pagina=2"));

        Assert.Contains("id=1029", first, StringComparison.Ordinal);
        Assert.DoesNotContain("id=1004<", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/mi-aprendizaje?pagina=2\"", first, StringComparison.Ordinal);
        Assert.Contains("id=1000", second, StringComparison.Ordinal);
        Assert.DoesNotContain("id=1029", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Operador)]
    [InlineData(Roles.Aliado)]
    [InlineData(Roles.Empresa)]
    [InlineData(Roles.Analista)]
    public async Task Page_OnlyLearners(string? role)
    {
        var client = role is null ? App.Browser() : await App.SignedInAsync(role);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(role is null ? "/cuenta/entrar" : "/cuenta/acceso-denegado", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_LinksToMyLearning()
    {
        var (browser, _) = await LearnerAsync();

        var myData = await browser.GetStringAsync("/mis-datos");

        // The header's user menu and the Mis datos section nav both lead here.
        Assert.Equal(2, myData.Split("href=\"/mi-aprendizaje\"").Length - 1);
        Assert.Contains("aria-current=\"page\"", (await browser.GetStringAsync(Page)).Split("href=\"/mi-aprendizaje\"")[1][..30], StringComparison.Ordinal);
    }
}
