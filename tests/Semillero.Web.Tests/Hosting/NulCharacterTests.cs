using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// U+0000 in any text a request carries is refused at the edge with 400 (PostgreSQL text cannot hold
// it, which made these requests fail with 500), in each surface's own error shape.
public abstract class NulCharacterTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : NulCharacterTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : NulCharacterTests(DatabaseProvider.Postgres);

    private const string Activity = "https://cursos.proveedor.example/cmi5/au/ia101";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<HttpClient> PartnerAsync() => App.XapiClientAsync("Proveedor cmi5");

    private static async Task AssertProblem400Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains("U+0000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertXapi400Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1.0.3", response.Headers.GetValues("X-Experience-API-Version").Single());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("U+0000", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_NulInQueryOrJsonBody_Returns400Problem_AndWritesNothing()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        var responses = new[]
        {
            await operador.PostAsync("/api/keys", Json("""{"role":"aliado","name":"Sistema\u0000"}""")),
            await operador.GetAsync("/api/learners?curp=AB%00"),
            await operador.GetAsync("/api/targets/history?key=x%00"),
            await operador.PostAsync("/api/companies", Json("""{"rfc":"NDS190312K4A","legalName":"Nube\u0000, S.A.","tradeName":"Nube","sector":"54","state":"14","workers":3,"annualSalesMdp":1,"kind":"startup"}""")),
            await operador.PostAsync("/api/catalog/paths", Json("""{"code":"ia-basica","area":"ia","level":"intermedio","nameEs":"IA\u0000 básica","nameEn":"Basic AI","summaryEs":"x","summaryEn":"x","criteriaEs":"x","criteriaEn":"x","skills":[],"courses":[]}""")),
            await operador.PostAsync("/api/learners", new ByteArrayContent([.. "{\"curp\":\"PEGJ900512HJCRRS04\",\"nombre\":\"Jos"u8, 0, .. "\"}"u8]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }),
        };

        foreach (var response in responses)
        {
            await AssertProblem400Async(response);
        }

        await using var db = Database.NewDb();
        Assert.Equal(1, await db.ApiKeys.CountAsync());
        Assert.Equal(0, await db.Companies.CountAsync());
        Assert.Equal(0, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Api_EscapedBackslashBeforeU0000_IsOrdinaryText_AndAccepted()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        // The JSON string is the seven characters \u0000 (an escaped backslash, then "u0000").
        // (An operators' key: an aliado key would also need its organisation.)
        var response = await operador.PostAsync("/api/keys", Json("""{"role":"operador","name":"Sistema \\u0000"}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Xapi_NulInStatementOrStateParameters_Returns400InXapiShape_AndStoresNothing()
    {
        var partner = await PartnerAsync();
        // The serializer writes the NUL as the escape \u0000, as a JSON client would.
        var statement = JsonSerializer.Serialize(new
        {
            id = Guid.NewGuid(),
            actor = new { objectType = "Agent", account = new { homePage = "https://lms.example", name = "ana\0" } },
            verb = new { id = "http://adlnet.gov/expapi/verbs/experienced" },
            @object = new { id = Activity },
        });
        Assert.Contains("\\u0000", statement, StringComparison.Ordinal);
        var agentWithNul = """{"objectType":"Agent","account":{"homePage":"https://lms.example","name":"ana\u0000"}}""";
        var agent = """{"objectType":"Agent","account":{"homePage":"https://lms.example","name":"ana"}}""";

        var posted = await partner.PostAsync("/xapi/statements", Json(statement));
        var stateId = await partner.PutAsync($"/xapi/activities/state?activityId={Uri.EscapeDataString(Activity)}&agent={Uri.EscapeDataString(agent)}&stateId=marcador%00", Json("""{"p":1}"""));
        var stateAgent = await partner.PutAsync($"/xapi/activities/state?activityId={Uri.EscapeDataString(Activity)}&agent={Uri.EscapeDataString(agentWithNul)}&stateId=marcador", Json("""{"p":1}"""));

        await AssertXapi400Async(posted);
        await AssertXapi400Async(stateId);
        await AssertXapi400Async(stateAgent);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Statements.CountAsync());
    }

    [Fact]
    public async Task Xapi_BinaryAttachmentWithZeroBytes_IsAccepted()
    {
        var partner = await PartnerAsync();
        byte[] pdf = [.. "%PDF-1.4 "u8, 0, 0, 1, 2, 0];
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var statement = $$"""
            {"id":"{{Guid.NewGuid()}}","actor":{"objectType":"Agent","mbox":"mailto:ana@example.com"},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"{{Activity}}"},
             "attachments":[{"usageType":"http://id.tincanapi.com/attachment/certificate-of-completion","display":{"es-MX":"Constancia"},
                             "contentType":"application/pdf","length":{{pdf.Length}},"sha2":"{{sha}}"}]}
            """;
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes($"--b\r\nContent-Type: application/json\r\n\r\n{statement}\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {sha}\r\n\r\n"));
        stream.Write(pdf);
        stream.Write("\r\n--b--\r\n"u8);
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/mixed; boundary=b");

        var response = await partner.PostAsync("/xapi/statements", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_NulInQueryOrForm_Returns400Page()
    {
        var client = App.Browser();
        var form = await client.GetStringAsync("/cuenta/entrar");

        var query = await client.GetAsync("/catalogo?area=ia%00");
        var post = await client.PostAsync("/cuenta/entrar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [People.InputName(form, "email")] = "ana\0@example.com",
            [People.InputName(form, "password")] = "una-contraseña",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));

        foreach (var response in new[] { query, post })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("No pudimos procesar la solicitud", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}

public sealed class NulCharacterScanTests
{
    [Theory]
    [InlineData("""{"a":"\u0000"}""", true)]
    [InlineData("""{"a":"\\u0000"}""", false)]
    [InlineData("""{"a":"\\\u0000"}""", true)]
    [InlineData("""{"a":"u0000 \u00001"}""", true)]
    [InlineData("""{"a":"\u00e9"}""", false)]
    public void JsonHasNul_FindsOnlyRealEscapes(string json, bool expected) =>
        Assert.Equal(expected, Semillero.Web.Hosting.NulCharacters.JsonHasNul(Encoding.UTF8.GetBytes(json)));
}
