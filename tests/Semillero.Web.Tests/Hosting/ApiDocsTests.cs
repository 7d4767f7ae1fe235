using System.Net;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// /api/docs, Scalar's interactive API reference, inside the site's rules: nothing loaded from another
// origin (its CSP refuses Scalar's font CDN), and a page language for screen readers, which Scalar's
// own <html> does not declare.
public abstract class ApiDocsTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : ApiDocsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ApiDocsTests(DatabaseProvider.Postgres);

    [Theory]
    [InlineData("es-MX", "es-MX")]
    [InlineData("en", "en")]
    public async Task ApiDocs_LoadsNoFontsFromItsCdn_AndNamesThePageLanguage(string acceptLanguage, string lang)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await client.GetStringAsync("/api/docs/");

        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains($"\"localization\":{{\"locale\":\"{lang}\"}}", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"/js/api-docs.js\" data-lang=\"{lang}\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiDocs_LanguageScript_IsServedFromTheSite()
    {
        var response = await App.CreateClient().GetAsync("/js/api-docs.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("document.documentElement.lang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
