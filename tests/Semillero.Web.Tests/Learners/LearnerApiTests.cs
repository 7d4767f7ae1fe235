using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.ApiResponses;

namespace Semillero.Web.Tests.Learners;

public abstract class LearnerApiTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : LearnerApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : LearnerApiTests(DatabaseProvider.Postgres);

    private static object Jose => new
    {
        curp = "PEGJ900512HJCRRS04",
        nombre = "José",
        primerApellido = "Pérez",
        segundoApellido = "García",
        correo = "jose.perez@example.com",
        entidad = "14",
        segmento = "emprendedor",
    };

    private static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_ValidLearner_Returns201WithLocationThatServesTheLearner()
    {
        var client = await App.ClientWithKeyAsync("operador");

        var created = await client.PostAsJsonAsync("/api/learners", Jose);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.Matches("^/api/learners/[0-9a-f-]{36}$", location);
        var body = await JsonAsync(await client.GetAsync(location));
        Assert.Equal("PEGJ900512HJCRRS04", body.GetProperty("curp").GetString());
        Assert.Equal("1990-05-12", body.GetProperty("fechaNacimiento").GetString());
        Assert.Equal("H", body.GetProperty("sexo").GetString());
        Assert.Equal("Jalisco", body.GetProperty("entidadNombre").GetString());
        Assert.Equal("emprendedor", body.GetProperty("segmento").GetString());
    }

    [Fact]
    public async Task Post_InvalidFields_Returns400ProblemNamingEachFieldAndReason()
    {
        var client = await App.ClientWithKeyAsync("operador");

        var response = await client.PostAsJsonAsync("/api/learners", new { curp = "PEGJ900512HJCRRS05", nombre = "", primerApellido = "Pérez", correo = "x@", entidad = "99", segmento = "estudiante" });

        AssertProblem(response, HttpStatusCode.BadRequest);
        var body = await JsonAsync(response);
        var errors = body.GetProperty("errors");
        Assert.Equal(["correo", "curp", "entidad", "nombre"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("verificador", errors.GetProperty("curp")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        var reasons = body.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Contains(reasons, r => r.GetProperty("field").GetString() == "curp" && r.GetProperty("code").GetString() == "checkdigit"
            && r.GetProperty("en").GetString()!.Contains("check digit", StringComparison.OrdinalIgnoreCase));
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Post_InEnglish_ReturnsEnglishMessages()
    {
        var client = await App.ClientWithKeyAsync("operador");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await client.PostAsJsonAsync("/api/learners", new { curp = "PEGJ900512HJCRRS05", nombre = "José", primerApellido = "Pérez", entidad = "14", segmento = "estudiante" });

        var body = await JsonAsync(response);
        Assert.Equal("Invalid data", body.GetProperty("title").GetString());
        Assert.Contains("check digit", body.GetProperty("errors").GetProperty("curp")[0].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400Problem()
    {
        var client = await App.ClientWithKeyAsync("operador");

        var response = await client.PostAsync("/api/learners", new StringContent("{\"curp\": ", Encoding.UTF8, "application/json"));

        AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_ExistingCurp_Returns409WithExistingLocation()
    {
        var client = await App.ClientWithKeyAsync("operador");
        var first = await client.PostAsJsonAsync("/api/learners", Jose);

        var second = await client.PostAsJsonAsync("/api/learners", Jose);

        AssertProblem(second, HttpStatusCode.Conflict);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Headers.Location!.ToString(), (await JsonAsync(second)).GetProperty("location").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/learners")]
    [InlineData("POST", "/api/learners")]
    [InlineData("GET", "/api/learners/0195c1d2-0000-7000-8000-000000000000")]
    [InlineData("POST", "/api/learners/imports")]
    [InlineData("POST", "/api/keys")]
    public async Task Anonymous_Returns401Problem(string method, string path)
    {
        HttpContent content = path.EndsWith("/imports", StringComparison.Ordinal) ? new MultipartFormDataContent() : JsonContent.Create(new { });
        var response = await App.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content });

        AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("nokey.secret")]
    [InlineData("0123456789abcdef.wrong")]
    public async Task WrongKey_Returns401(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        AssertProblem(await client.GetAsync("/api/learners"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Partner_CreatingKeys_Returns403Problem()
    {
        var client = await App.ClientWithKeyAsync("aliado");

        AssertProblem(await client.PostAsJsonAsync("/api/keys", new { role = "operador", name = "escalada" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Operator_CreatesKey_ThatAuthenticates()
    {
        var client = await App.ClientWithKeyAsync("operador");
        var organization = await TestOrganizations.EnsureAsync(App.Services, "Bootcamp Norte");

        var response = await client.PostAsJsonAsync("/api/keys", new { role = "aliado", name = "Bootcamp Norte", organization });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = (await JsonAsync(response)).GetProperty("token").GetString();
        var partner = App.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/learners")).StatusCode);
    }

    [Fact]
    public async Task Operator_CreatingAPartnerKeyWithoutItsOrganisation_Returns400Problem()
    {
        var client = await App.ClientWithKeyAsync("operador");

        AssertProblem(await client.PostAsJsonAsync("/api/keys", new { role = "aliado", name = "Bootcamp Norte" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Partner_SeesOnlyTheLearnersItRegistered()
    {
        var operador = await App.ClientWithKeyAsync("operador");
        var partnerA = await App.ClientWithKeyAsync("aliado", "Aliado A");
        var partnerB = await App.ClientWithKeyAsync("aliado", "Aliado B");
        var location = (await partnerA.PostAsJsonAsync("/api/learners", Jose)).Headers.Location!;

        Assert.Equal(HttpStatusCode.OK, (await partnerA.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operador.GetAsync(location)).StatusCode);
        AssertProblem(await partnerB.GetAsync(location), HttpStatusCode.NotFound);
        Assert.Equal(0, (await JsonAsync(await partnerB.GetAsync("/api/learners"))).GetProperty("total").GetInt32());
        Assert.Equal(1, (await JsonAsync(await partnerA.GetAsync("/api/learners"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_ByCurpAndStateWithPaging_ReturnsPage()
    {
        var client = await App.ClientWithKeyAsync("operador");
        await client.PostAsJsonAsync("/api/learners", Jose);
        foreach (var p in CsvFiles.People(12))
        {
            await client.PostAsJsonAsync("/api/learners", new { curp = p.Curp, nombre = p.Nombre, primerApellido = p.PrimerApellido, segundoApellido = p.SegundoApellido, correo = p.Correo, entidad = "Jalisco", segmento = p.Segmento });
        }

        var byCurp = await JsonAsync(await client.GetAsync("/api/learners?curp=pegj900512hjcrrs04"));
        var page2 = await JsonAsync(await client.GetAsync("/api/learners?entidad=14&page=2&pageSize=5"));
        var bad = await client.GetAsync("/api/learners?pageSize=5000");

        Assert.Equal(1, byCurp.GetProperty("total").GetInt32());
        Assert.Equal((13, 5, 2), (page2.GetProperty("total").GetInt32(), page2.GetProperty("items").GetArrayLength(), page2.GetProperty("page").GetInt32()));
        AssertProblem(bad, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Import_MultipartCsv_Returns201WithCountsAndProblems()
    {
        var client = await App.ClientWithKeyAsync("aliado");
        var text = CsvFiles.Text(CsvFiles.People(20)) + "PEGL890909MJCRMS09,Luisa,Pérez,,l@example.com,14,estudiante\r\n";
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "alumnos.csv" } };

        var response = await client.PostAsync("/api/learners/imports", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal((20, 1), (body.GetProperty("inserted").GetInt32(), body.GetProperty("rejected").GetInt32()));
        var problem = body.GetProperty("problems")[0];
        Assert.Equal((22, "curp"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString()));
        var record = await JsonAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal(21, record.GetProperty("rows").GetInt32());
        Assert.Equal(20, (await JsonAsync(await client.GetAsync("/api/learners"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_MissingColumn_Returns400AndWritesNothing()
    {
        var client = await App.ClientWithKeyAsync("operador");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("curp,nombre\r\nPEGJ900512HJCRRS04,José\r\n"u8.ToArray()), "file", "malo.csv" } };

        var response = await client.PostAsync("/api/learners/imports", form);

        AssertProblem(response, HttpStatusCode.BadRequest);
        var missing = (await JsonAsync(response)).GetProperty("missing").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["primer_apellido", "entidad", "segmento"], missing);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Import_NoFile_Returns400Problem()
    {
        var client = await App.ClientWithKeyAsync("operador");

        AssertProblem(await client.PostAsync("/api/learners/imports", new MultipartFormDataContent()), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PersonalData_NeverReachesTheLogs()
    {
        var client = await App.ClientWithKeyAsync("operador");
        await client.PostAsJsonAsync("/api/learners", Jose);
        await client.PostAsJsonAsync("/api/learners", Jose);
        await client.GetAsync("/api/learners?curp=PEGJ900512HJCRRS04");
        await client.PostAsJsonAsync("/api/learners", new { curp = "PEGJ900512HJCRRS05", nombre = "Zacarías", primerApellido = "Pérez", correo = "zacarias@example.com", entidad = "14", segmento = "otro" });
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(CsvFiles.Text(CsvFiles.People(3)))), "file", "a.csv" } };
        await client.PostAsync("/api/learners/imports", form);

        var logs = string.Join('\n', App.Logs);
        foreach (var secret in new[] { "PEGJ900512HJCRRS0", "José", "Pérez", "jose.perez@example.com", "Zacarías", "zacarias@example.com" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }
}
