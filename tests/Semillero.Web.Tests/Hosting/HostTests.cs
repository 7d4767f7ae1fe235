using System.Net;
using System.Text.Json;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

public abstract class HostTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : HostTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : HostTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Health_WithDatabase_Returns200()
    {
        var response = await App.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FaviconIco_LeadsToTheSiteIcon()
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/favicon.svg", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheLearnerApi()
    {
        var doc = JsonDocument.Parse(await App.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/learners", out var learners));
        Assert.True(learners.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/learners/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/learners/imports", out _));
    }

    [Fact]
    public async Task ApiReference_IsServed()
    {
        var response = await App.CreateClient().GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_Returns404Problem()
    {
        var response = await App.CreateClient().GetAsync("/api/no-existe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FormPostedWithoutAntiforgery_Is400_WithAPageThatSaysSo_NotANotFound()
    {
        var client = App.CreateClient();

        var response = await client.PostAsync("/cuenta/entrar", new FormUrlEncodedContent(new Dictionary<string, string> { ["Correo"] = "a@b.mx" }));
        var missing = await client.GetAsync("/no-existe-esta-pagina");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("No pudimos procesar la solicitud", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No encontramos esta página", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("No encontramos esta página", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Landing_ShowsLiveCountOfRegisteredLearners()
    {
        var client = await App.ClientWithKeyAsync("operador");
        foreach (var p in Semillero.Tests.Infrastructure.CsvFiles.People(7))
        {
            await client.PostAsync("/api/learners", System.Net.Http.Json.JsonContent.Create(new { curp = p.Curp, nombre = p.Nombre, primerApellido = p.PrimerApellido, correo = p.Correo, entidad = p.EntidadClave, segmento = p.Segmento }));
        }

        var html = await App.CreateClient().GetStringAsync("/");

        Assert.Contains("Semillero", html, StringComparison.Ordinal);
        Assert.Matches("id=\"total\">\\s*7\\s*<", html);
    }
}
