using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.LearningRecords;

// The Statement resource beyond plain JSON: attachments, signatures, the alternate request syntax,
// output formats, strict parameters and the StatementRef filter rule — what the conformance suite
// checks, kept in CI (the suite itself cannot be downloaded there; see CONFORMANCE.md).
public abstract class XapiStatementFeatureTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : XapiStatementFeatureTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : XapiStatementFeatureTests(DatabaseProvider.Postgres);

    private async Task<(HttpClient Client, string Id, string Secret)> PartnerAsync(string name = "Proveedor Nube")
    {
        var (id, secret) = await App.XapiKeyAsync(name);
        return (App.CreateClient().WithXapiCredentials(id, secret), id, secret);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Passed(Guid id, string extra = "") => $$"""
        {
          "id": "{{id}}",
          "actor": { "objectType": "Agent", "name": "Ana", "mbox": "mailto:ana@example.com" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/passed", "display": { "en-US": "passed", "es-MX": "aprobó" } },
          "object": { "objectType": "Activity", "id": "https://cursos.example/ia101",
                      "definition": { "name": { "en-US": "AI 101", "es-MX": "IA 101" } } },
          "context": { "contextActivities": { "parent": { "id": "https://cursos.example/ruta-ia" } } }{{extra}}
        }
        """;

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ByteArrayContent Multipart(string boundary, string statementJson, params (string ContentType, byte[] Bytes, string Encoding)[] parts)
    {
        var body = new StringBuilder();
        body.Append(System.Globalization.CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: application/json\r\n\r\n{statementJson}\r\n");
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(body.ToString()));
        foreach (var (contentType, bytes, encoding) in parts)
        {
            stream.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Type: {contentType}\r\nContent-Transfer-Encoding: {encoding}\r\nX-Experience-API-Hash: {Sha256(bytes)}\r\n\r\n"));
            stream.Write(bytes);
            stream.Write("\r\n"u8);
        }

        stream.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/mixed; boundary={boundary}");
        return content;
    }

    private static string CertificateAttachment(byte[] bytes) => $$"""
        ,"attachments": [ { "usageType": "http://id.tincanapi.com/attachment/certificate-of-completion", "display": { "es-MX": "Constancia" },
                           "contentType": "application/pdf", "length": {{bytes.Length}}, "sha2": "{{Sha256(bytes)}}" } ]
        """;

    [Fact]
    public async Task Attachment_RoundTripsThroughMultipart_AndTheResponseBoundaryIsUnquoted()
    {
        var (client, _, _) = await PartnerAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 constancia de Ana");
        var id = Guid.NewGuid();

        var post = await client.PostAsync("/xapi/statements", Multipart("limite123", Passed(id, CertificateAttachment(pdf)), ("application/pdf", pdf, "binary")));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        var get = await client.GetAsync($"/xapi/statements?statementId={id}&attachments=true");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var contentType = get.Content.Headers.GetValues("Content-Type").Single();
        Assert.Matches("^multipart/mixed; boundary=[^\"]+$", contentType);
        var raw = await get.Content.ReadAsByteArrayAsync();
        var text = Encoding.ASCII.GetString(raw);
        Assert.Contains($"X-Experience-API-Hash: {Sha256(pdf)}", text, StringComparison.Ordinal);
        Assert.Contains("%PDF-1.4 constancia de Ana", text, StringComparison.Ordinal);

        var plain = await client.GetAsync($"/xapi/statements?statementId={id}&attachments=false");
        Assert.StartsWith("application/json", plain.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_WithoutItsPart_Is400_NothingStored_AndTheRejectionIsListed()
    {
        var (client, _, _) = await PartnerAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4");
        var id = Guid.NewGuid();

        var json = await client.PostAsync("/xapi/statements", Json(Passed(id, CertificateAttachment(pdf))));
        var base64 = await client.PostAsync("/xapi/statements", Multipart("b", Passed(id, CertificateAttachment(pdf)), ("application/pdf", pdf, "base64")));
        var excess = await client.PostAsync("/xapi/statements", Multipart("b", Passed(id), ("application/pdf", pdf, "binary")));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (json.StatusCode, base64.StatusCode, excess.StatusCode));
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Statements.CountAsync());
        var rejections = await db.XapiRejections.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(3, rejections.Count);
        var partner = await TestOrganizations.KeyAsync(App.Services, "Proveedor Nube");
        Assert.All(rejections, r => Assert.Equal((partner, 400), (r.Partner, r.Status)));
        Assert.Contains("no multipart/mixed part", rejections[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.com", string.Join(" ", rejections.Select(r => r.Reason)), StringComparison.Ordinal);
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task SignedStatement_IsAcceptedWhenItsJwsSignsTheStatement_AndRefusedWhenTampered()
    {
        var (client, _, _) = await PartnerAsync();
        using var key = RSA.Create(2048);
        var id = Guid.NewGuid();
        var statement = Passed(id);
        var signingInput = B64("""{"alg":"RS256"}"""u8.ToArray()) + "." + B64(Encoding.UTF8.GetBytes(statement));
        var jws = Encoding.ASCII.GetBytes(signingInput + "." + B64(key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));
        string SignatureAttachment(string contentType) => $$"""
            ,"attachments": [ { "usageType": "http://adlnet.gov/expapi/attachments/signature", "display": { "en-US": "Signature" },
                               "contentType": "{{contentType}}", "length": {{jws.Length}}, "sha2": "{{Sha256(jws)}}" } ]
            """;

        var tampered = await client.PostAsync("/xapi/statements", Multipart("s", Passed(id, SignatureAttachment("application/octet-stream")).Replace("passed\"", "failed\"", StringComparison.Ordinal), ("application/octet-stream", jws, "binary")));
        var wrongType = await client.PostAsync("/xapi/statements", Multipart("s", Passed(id, SignatureAttachment("text/plain")), ("text/plain", jws, "binary")));
        var signed = await client.PostAsync("/xapi/statements", Multipart("s", Passed(id, SignatureAttachment("application/octet-stream")), ("application/octet-stream", jws, "binary")));

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
    }

    [Fact]
    public async Task AlternateRequestSyntax_PutAndGetAsFormPosts()
    {
        var (_, keyId, secret) = await PartnerAsync();
        var client = App.CreateClient();
        var id = Guid.NewGuid();
        var auth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{keyId}:{secret}"));

        var put = await client.PostAsync("/xapi/statements?method=PUT", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["statementId"] = id.ToString(), ["content"] = Passed(id), ["Authorization"] = auth,
            ["X-Experience-API-Version"] = "1.0.3", ["Content-Type"] = "application/json",
        }));
        var get = await client.PostAsync("/xapi/statements?method=GET", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["statementId"] = id.ToString(), ["Authorization"] = auth, ["X-Experience-API-Version"] = "1.0.3",
        }));
        var extraQuery = await client.PostAsync($"/xapi/statements?method=GET&statementId={id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Authorization"] = auth, ["X-Experience-API-Version"] = "1.0.3",
        }));
        var underTwo = await client.PostAsync("/xapi/statements?method=GET", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Authorization"] = auth, ["X-Experience-API-Version"] = "2.0.0",
        }));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(id.ToString(), JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, extraQuery.StatusCode);
        // xAPI 2.0.0 removed the syntax: a request that says it speaks 2.0.0 is never executed.
        Assert.Equal(HttpStatusCode.BadRequest, underTwo.StatusCode);
    }

    [Fact]
    public async Task Formats_IdsAndCanonical_AndContextActivitiesAlwaysArrays()
    {
        var (client, _, _) = await PartnerAsync();
        var id = Guid.NewGuid();
        await client.PutAsync($"/xapi/statements?statementId={id}", Json(Passed(id)));

        var exact = JsonDocument.Parse(await client.GetStringAsync($"/xapi/statements?statementId={id}")).RootElement;
        var ids = JsonDocument.Parse(await client.GetStringAsync($"/xapi/statements?statementId={id}&format=ids")).RootElement;
        using var canonicalRequest = new HttpRequestMessage(HttpMethod.Get, $"/xapi/statements?statementId={id}&format=canonical");
        canonicalRequest.Headers.AcceptLanguage.ParseAdd("es-MX");
        var canonical = JsonDocument.Parse(await (await client.SendAsync(canonicalRequest)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(JsonValueKind.Array, exact.GetProperty("context").GetProperty("contextActivities").GetProperty("parent").ValueKind);
        Assert.Equal(2, exact.GetProperty("verb").GetProperty("display").EnumerateObject().Count());
        Assert.Equal("""{"objectType":"Agent","mbox":"mailto:ana@example.com"}""", ids.GetProperty("actor").GetRawText());
        Assert.False(ids.GetProperty("object").TryGetProperty("definition", out _));
        Assert.Equal(["es-MX"], canonical.GetProperty("verb").GetProperty("display").EnumerateObject().Select(p => p.Name));
        Assert.Equal("IA 101", canonical.GetProperty("object").GetProperty("definition").GetProperty("name").GetProperty("es-MX").GetString());
    }

    [Theory]
    [InlineData("foo=bar")]
    [InlineData("Limit=1")]
    [InlineData("statementId={id}&agent=%7B%22mbox%22%3A%22mailto%3Aana%40example.com%22%7D")]
    [InlineData("voidedStatementId={id}&limit=1")]
    [InlineData("limit=-1")]
    [InlineData("format=pretty")]
    [InlineData("since=yesterday")]
    public async Task BadParameters_Are400_WithTheVersionAndConsistencyHeaders(string query)
    {
        var (client, _, _) = await PartnerAsync();

        var response = await client.GetAsync("/xapi/statements?" + query.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Experience-API-Consistent-Through"));
        Assert.Equal("1.0.3", response.Headers.GetValues("X-Experience-API-Version").Single());
    }

    [Fact]
    public async Task Queries_ReturnStatementsThatTargetAMatch_EvenWhenTheTargetIsVoided()
    {
        var (client, _, _) = await PartnerAsync();
        var original = Guid.NewGuid();
        var voiding = Guid.NewGuid();
        await client.PutAsync($"/xapi/statements?statementId={original}", Json(Passed(original)));
        await client.PutAsync($"/xapi/statements?statementId={voiding}", Json($$"""
            { "id": "{{voiding}}", "actor": { "mbox": "mailto:operador@semillero.example" },
              "verb": { "id": "http://adlnet.gov/expapi/verbs/voided", "display": { "en-US": "voided" } },
              "object": { "objectType": "StatementRef", "id": "{{original}}" } }
            """));

        var byVerb = JsonDocument.Parse(await client.GetStringAsync("/xapi/statements?verb=" + Uri.EscapeDataString("http://adlnet.gov/expapi/verbs/passed"))).RootElement;
        var voided = await client.GetAsync($"/xapi/statements?voidedStatementId={original}");
        var asLive = await client.GetAsync($"/xapi/statements?statementId={original}");

        Assert.Equal([voiding.ToString()], byVerb.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (voided.StatusCode, asLive.StatusCode));
    }

    [Fact]
    public async Task RelatedActivities_FindContextActivities_OnlyWhenAsked()
    {
        var (client, _, _) = await PartnerAsync();
        var id = Guid.NewGuid();
        await client.PutAsync($"/xapi/statements?statementId={id}", Json(Passed(id)));
        var route = Uri.EscapeDataString("https://cursos.example/ruta-ia");

        var plain = JsonDocument.Parse(await client.GetStringAsync($"/xapi/statements?activity={route}")).RootElement;
        var related = JsonDocument.Parse(await client.GetStringAsync($"/xapi/statements?activity={route}&related_activities=true")).RootElement;

        Assert.Empty(plain.GetProperty("statements").EnumerateArray());
        Assert.Single(related.GetProperty("statements").EnumerateArray());
    }

    [Theory]
    [InlineData(null, "1.0.3")]
    [InlineData("2.0.0", "2.0.0")]
    public async Task RequestWithoutVersion_Is400_AnsweredInTheSitesDefaultVersion(string? configured, string expected)
    {
        var (client, _, _) = await PartnerAsync();
        await using var app = new SemilleroWebFactory(Database, new Dictionary<string, string?> { ["Xapi:DefaultVersion"] = configured });
        var bare = app.CreateClient();
        bare.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        var response = await bare.GetAsync("/xapi/statements");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, response.Headers.GetValues("X-Experience-API-Version").Single());
    }

    [Fact]
    public async Task BodyThatIsNotUtf8_Is400_NotAServerError()
    {
        var (client, _, _) = await PartnerAsync();
        // A Windows-1252 "ñ" (0xF1) inside a string of an otherwise UTF-8 document.
        var bytes = Encoding.UTF8.GetBytes(Passed(Guid.NewGuid()));
        var at = Encoding.UTF8.GetBytes(Passed(Guid.NewGuid())).AsSpan().IndexOf("\"Ana\""u8) + 2;
        var broken = bytes[..at].Concat(new byte[] { 0xF1 }).Concat(bytes[at..]).ToArray();
        var content = new ByteArrayContent(broken);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/xapi/statements", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Statements.CountAsync());
    }

    // Single statements that arrive together are committed together (StatementCommitter); each request
    // still gets its own answer, and a contested id is decided once.
    [Fact]
    public async Task ConcurrentSingleStatements_EachAnsweredAfterCommit_OneWinnerForAContestedId()
    {
        var (client, _, _) = await PartnerAsync();
        var contested = Guid.NewGuid();
        var distinct = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        var variantA = Passed(contested);
        var variantB = Passed(contested).Replace("\"Ana\"", "\"Otra persona\"", StringComparison.Ordinal);

        var requests = distinct.Select(id => (Variant: "x", Task: client.PutAsync($"/xapi/statements?statementId={id}", Json(Passed(id)))))
            .Concat(Enumerable.Range(0, 5).Select(_ => (Variant: "A", Task: client.PutAsync($"/xapi/statements?statementId={contested}", Json(variantA)))))
            .Append((Variant: "B", Task: client.PutAsync($"/xapi/statements?statementId={contested}", Json(variantB))))
            .ToList();
        var responses = await Task.WhenAll(requests.Select(r => r.Task));
        var answered = requests.Select((r, i) => (r.Variant, responses[i].StatusCode)).ToList();

        Assert.All(answered.Where(r => r.Variant == "x"), r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        var a = answered.Where(r => r.Variant == "A").Select(r => r.StatusCode).Distinct().ToList();
        var b = answered.Single(r => r.Variant == "B").StatusCode;
        Assert.True((a.SequenceEqual([HttpStatusCode.NoContent]) && b == HttpStatusCode.Conflict) || (a.SequenceEqual([HttpStatusCode.Conflict]) && b == HttpStatusCode.NoContent),
            $"A: {string.Join(",", a)}, B: {b}");
        await using var db = Database.NewDb();
        Assert.Equal(31, await db.Statements.CountAsync());
        Assert.Equal(31, await db.Statements.Select(s => s.Id).Distinct().CountAsync());
    }
}
