using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// A signed-in person's browser sends the session cookie by itself, also on a request another site
// makes it send. Writes to the API with that cookie need the site's antiforgery token; API keys
// don't.
public abstract class CookieApiAntiforgeryTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CookieApiAntiforgeryTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CookieApiAntiforgeryTests(DatabaseProvider.Postgres);

    private static MultipartFormDataContent Csv(int seed) => new()
    {
        { new ByteArrayContent(Encoding.UTF8.GetBytes(CsvFiles.Text(CsvFiles.People(3, seed)))), "file", "alumnos.csv" },
    };

    private async Task<int> LearnersAsync()
    {
        await using var db = Database.NewDb();
        return await db.Learners.CountAsync();
    }

    [Fact]
    public async Task Import_WithTheSessionCookieFromAForeignOrigin_WithoutToken_IsRefused_AndWritesNothing()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/learners/imports") { Content = Csv(seed: 1) };
        request.Headers.Add("Origin", "https://otro-sitio.example");

        var response = await operador.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await LearnersAsync());
    }

    [Fact]
    public async Task Import_WithTheSessionCookie_AndTheSitesAntiforgeryToken_Works()
    {
        var operador = await (await App.SignedInAsync(Roles.Operador)).WithAntiforgeryTokenAsync();

        var response = await operador.PostAsync("/api/learners/imports", Csv(seed: 2));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, await LearnersAsync());
    }

    [Fact]
    public async Task Import_WithAnApiKey_NeedsNoToken()
    {
        var key = await App.ClientWithKeyAsync(Roles.Operador);

        var response = await key.PostAsync("/api/learners/imports", Csv(seed: 3));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, await LearnersAsync());
    }

    [Fact]
    public async Task JsonWrites_WithTheSessionCookie_WithoutToken_AreRefused_OnTheApiAndTheLrs()
    {
        var operador = await App.SignedInAsync(Roles.Operador);
        var person = CsvFiles.People(1, seed: 4).Single();

        var learner = await operador.PostAsJsonAsync("/api/learners", new { curp = person.Curp, nombre = person.Nombre, primerApellido = person.PrimerApellido, correo = person.Correo, entidad = person.EntidadClave, segmento = person.Segmento });
        using var statement = new HttpRequestMessage(HttpMethod.Post, "/xapi/statements")
        {
            Content = new StringContent("""{"actor":{"mbox":"mailto:ana@example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},"object":{"id":"https://cursos.example/a"}}""", Encoding.UTF8, "application/json"),
        };
        statement.Headers.Add("X-Experience-API-Version", "1.0.3");
        var xapi = await operador.SendAsync(statement);

        Assert.Equal(HttpStatusCode.BadRequest, learner.StatusCode);
        Assert.Equal("application/problem+json", learner.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, xapi.StatusCode);
        Assert.True(JsonDocument.Parse(await xapi.Content.ReadAsStringAsync()).RootElement.TryGetProperty("error", out _));
        Assert.Equal(0, await LearnersAsync());
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Statements.CountAsync());
    }
}
