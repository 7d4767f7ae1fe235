using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.LearningRecords.Attachments;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.XapiSamples;

namespace Semillero.Web.Tests.LearningRecords;

// What one partner's credentials must not do to another partner's records through the LRS — void
// them, substitute their attachments — and the sizes the LRS refuses
// (docs/xapi/partners-and-limits.md). Statements are shaped like the Open edX and Moodle ones in
// XapiStatementTests.
public abstract class XapiPartnerIsolationTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : XapiPartnerIsolationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : XapiPartnerIsolationTests(DatabaseProvider.Postgres);

    private Task<HttpClient> KeyAsync(string name, string role = Roles.Aliado) => App.XapiClientAsync(name, role);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    // Shaped like a Moodle logstore_xapi statement; `extensions` fills context.extensions.
    private static string MoodleViewed(string user, string extensions = "") => $$"""
        {
          "actor": { "name": "Usuario {{user}}", "account": { "homePage": "https://moodle.universidad.example", "name": "{{user}}" } },
          "verb": { "id": "http://id.tincanapi.com/verb/viewed", "display": { "en": "viewed" } },
          "object": {
            "id": "https://moodle.universidad.example/mod/page/view.php?id=7",
            "definition": { "type": "http://id.tincanapi.com/activitytype/lms/module", "name": { "es-MX": "Introducción a la nube" } },
            "objectType": "Activity"
          },
          "timestamp": "2026-11-20T15:04:05-06:00",
          "context": { "platform": "Moodle", "language": "es", "extensions": { {{extensions}} } }
        }
        """;

    private static string Voiding(Guid target, Guid? id = null) => $$"""
        { {{(id is { } v ? $"\"id\": \"{v}\"," : "")}}
          "actor": { "objectType": "Agent", "mbox": "mailto:soporte@proveedor.example" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/voided", "display": { "en": "voided" } },
          "object": { "objectType": "StatementRef", "id": "{{target}}" } }
        """;

    private async Task<int> CountAsync()
    {
        await using var db = Database.NewDb();
        return await db.Statements.CountAsync();
    }

    private static async Task AssertXapiErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task VoidingAnotherPartnersStatement_Post_Is403AndTheOwnerStillReadsIt()
    {
        var a = await KeyAsync("Aliado A");
        var b = await KeyAsync("Aliado B");
        var target = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsync("/xapi/statements", Json(OpenEdxCompleted(target, "ana@example.com")))).StatusCode);

        var voiding = await b.PostAsync("/xapi/statements", Json(Voiding(target)));

        await AssertXapiErrorAsync(voiding, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/xapi/statements?statementId={target}")).StatusCode);
        var list = JsonDocument.Parse(await a.GetStringAsync("/xapi/statements")).RootElement.GetProperty("statements");
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetString() == target.ToString());
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task VoidingAnotherPartnersStatement_PutWithStatementId_Is403AndNothingStored()
    {
        var a = await KeyAsync("Aliado A");
        var b = await KeyAsync("Aliado B");
        var target = Guid.NewGuid();
        await a.PostAsync("/xapi/statements", Json(OpenEdxCompleted(target, "ana@example.com")));
        var voidingId = Guid.NewGuid();

        var voiding = await b.PutAsync($"/xapi/statements?statementId={voidingId}", Json(Voiding(target)));

        await AssertXapiErrorAsync(voiding, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/xapi/statements?statementId={target}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/xapi/statements?statementId={voidingId}")).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(403, (await db.XapiRejections.SingleAsync()).Status);
    }

    [Fact]
    public async Task BatchMixingOwnAndForeignVoids_Is403_AndNothingOfTheBatchIsStored()
    {
        var a = await KeyAsync("Aliado A");
        var b = await KeyAsync("Aliado B");
        var (ofA, ofB) = (Guid.NewGuid(), Guid.NewGuid());
        await a.PostAsync("/xapi/statements", Json(OpenEdxCompleted(ofA, "ana@example.com")));
        await b.PostAsync("/xapi/statements", Json(OpenEdxCompleted(ofB, "luis@example.com")));

        var batch = await b.PostAsync("/xapi/statements", Json($"[{Voiding(ofB)},{MoodleViewed("41")},{Voiding(ofA)}]"));

        await AssertXapiErrorAsync(batch, HttpStatusCode.Forbidden);
        Assert.Equal(2, await CountAsync());
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/xapi/statements?statementId={ofB}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/xapi/statements?statementId={ofA}")).StatusCode);
    }

    [Fact]
    public async Task VoidingOwnStatements_AlsoOneSentInTheSameBatch_Works()
    {
        var b = await KeyAsync("Aliado B");
        var (earlier, sameBatch) = (Guid.NewGuid(), Guid.NewGuid());
        await b.PostAsync("/xapi/statements", Json(OpenEdxCompleted(earlier, "luis@example.com")));

        var single = await b.PostAsync("/xapi/statements", Json(Voiding(earlier)));
        var batch = await b.PostAsync("/xapi/statements", Json($"[{OpenEdxCompleted(sameBatch, "luis@example.com")},{Voiding(sameBatch)}]"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (single.StatusCode, batch.StatusCode));
        foreach (var id in new[] { earlier, sameBatch })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/xapi/statements?statementId={id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/xapi/statements?voidedStatementId={id}")).StatusCode);
        }
    }

    [Fact]
    public async Task OperatorKey_MayVoidAPartnersStatement()
    {
        var a = await KeyAsync("Aliado A");
        var operador = await KeyAsync("Mesa de ayuda", Roles.Operador);
        var target = Guid.NewGuid();
        await a.PostAsync("/xapi/statements", Json(OpenEdxCompleted(target, "ana@example.com")));

        var voiding = await operador.PostAsync("/xapi/statements", Json(Voiding(target)));

        Assert.Equal(HttpStatusCode.OK, voiding.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/xapi/statements?voidedStatementId={target}")).StatusCode);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // A statement with one attachment declared as `sha2`, and its part filed under that same hash,
    // carrying `bytes` (which may not be what the hash says).
    private static ByteArrayContent WithAttachment(Guid id, string email, string sha2, byte[] bytes)
    {
        var statement = OpenEdxCompleted(id, email, extra: $$"""
            ,"attachments": [ { "usageType": "http://id.tincanapi.com/attachment/certificate-of-completion", "display": { "es-MX": "Constancia" },
                               "contentType": "application/pdf", "length": {{bytes.Length}}, "sha2": "{{sha2}}" } ]
            """);
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes($"--limite\r\nContent-Type: application/json\r\n\r\n{statement}\r\n"));
        stream.Write(Encoding.UTF8.GetBytes($"--limite\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {sha2}\r\n\r\n"));
        stream.Write(bytes);
        stream.Write("\r\n--limite--\r\n"u8);
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/mixed; boundary=limite");
        return content;
    }

    private static async Task<string> AttachmentsAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/xapi/statements?statementId={id}&attachments=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private static readonly byte[] Constancia = Encoding.ASCII.GetBytes("%PDF-1.4 constancia de Ana, IA 101");

    [Fact]
    public async Task AttachmentPartWhoseBytesDoNotMatchItsHash_Is400_AndNothingIsStored()
    {
        var b = await KeyAsync("Aliado B");

        var response = await b.PostAsync("/xapi/statements", WithAttachment(Guid.NewGuid(), "luis@example.com", Sha256(Constancia), "EVIL"u8.ToArray()));

        await AssertXapiErrorAsync(response, HttpStatusCode.BadRequest);
        await using var db = Database.NewDb();
        Assert.Equal((0, 0), (await db.Statements.CountAsync(), await db.XapiAttachments.CountAsync()));
    }

    [Fact]
    public async Task UploadUnderAnotherPartnersHash_CannotChangeTheBytesTheOwnerReads()
    {
        var a = await KeyAsync("Aliado A");
        var b = await KeyAsync("Aliado B");
        var hash = Sha256(Constancia);
        var (ofA, ofB) = (Guid.NewGuid(), Guid.NewGuid());

        // B gets there first, with other bytes under the hash of A's document.
        var forged = await b.PostAsync("/xapi/statements", WithAttachment(ofB, "luis@example.com", hash, "EVIL"u8.ToArray()));
        var genuine = await a.PostAsync("/xapi/statements", WithAttachment(ofA, "ana@example.com", hash, Constancia));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK), (forged.StatusCode, genuine.StatusCode));
        var read = await AttachmentsAsync(a, ofA);
        Assert.Contains("constancia de Ana", read, StringComparison.Ordinal);
        Assert.DoesNotContain("EVIL", read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachmentStoredBeforeVerification_WithOtherBytes_IsNotServed_AndAVerifiedUploadReplacesIt()
    {
        var a = await KeyAsync("Aliado A");
        var hash = Sha256(Constancia);
        await using (var db = Database.NewDb())
        {
            db.XapiAttachments.Add(new StoredAttachment { Sha2 = hash, ContentType = "application/pdf", Content = "EVIL"u8.ToArray(), StoredAt = TestClock.Now.UtcDateTime });
            await db.SaveChangesAsync();
        }

        var first = Guid.NewGuid();
        await a.PostAsync("/xapi/statements", Json(OpenEdxCompleted(first, "ana@example.com", extra: $$"""
            ,"attachments": [ { "usageType": "http://id.tincanapi.com/attachment/certificate-of-completion", "display": { "es-MX": "Constancia" },
                               "contentType": "application/pdf", "length": {{Constancia.Length}}, "sha2": "{{hash}}", "fileUrl": "https://cursos.proveedor.example/constancia.pdf" } ]
            """)));
        Assert.DoesNotContain("EVIL", await AttachmentsAsync(a, first), StringComparison.Ordinal);

        var second = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsync("/xapi/statements", WithAttachment(second, "ana@example.com", hash, Constancia))).StatusCode);
        Assert.Contains("constancia de Ana", await AttachmentsAsync(a, first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenMegabyteStatement_Is413_AndNothingIsStored()
    {
        var client = await KeyAsync("Moodle Universidad");
        var padding = new string('a', 10 * 1024 * 1024);

        var single = await client.PostAsync("/xapi/statements", Json(MoodleViewed("41", $"\"https://moodle.universidad.example/xapi/extension/notes\": \"{padding}\"")));
        var inBatch = await client.PostAsync("/xapi/statements", Json($"[{MoodleViewed("42")},{MoodleViewed("41", $"\"https://moodle.universidad.example/xapi/extension/notes\": \"{padding[..(2 * 1024 * 1024)]}\"")}]"));

        await AssertXapiErrorAsync(single, HttpStatusCode.RequestEntityTooLarge);
        await AssertXapiErrorAsync(inBatch, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task GroupWithTenThousandMembers_Is400_AndNothingIsStored()
    {
        var client = await KeyAsync("Open edX Proveedor");
        var members = string.Join(",", Enumerable.Range(1, 10_000).Select(i => $"{{\"mbox\":\"mailto:p{i}@example.com\"}}"));
        var team = $$""", "team": { "objectType": "Group", "name": "Cohorte", "member": [ {{members}} ] }""";
        var statement = OpenEdxCompleted(Guid.NewGuid(), "ana@example.com").Replace("\"registration\":", team[2..] + ",\n    \"registration\":", StringComparison.Ordinal);

        var response = await client.PostAsync("/xapi/statements", Json(statement));

        await AssertXapiErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("context.team.member", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task StateDocumentOverTheDocumentLimit_Is413()
    {
        var client = await KeyAsync("Proveedor cmi5");
        var url = "/xapi/activities/state?activityId=" + Uri.EscapeDataString("https://cursos.proveedor.example/cmi5/au/ia101-modulo-1")
            + "&agent=" + Uri.EscapeDataString("""{"objectType":"Agent","account":{"homePage":"https://lms.proveedor.example","name":"ana-41"}}""") + "&stateId=bookmark";

        var large = await client.PutAsync(url, new ByteArrayContent(new byte[2 * 1024 * 1024]));
        var small = await client.PutAsync(url, Json("""{"location":"pagina-3"}"""));

        await AssertXapiErrorAsync(large, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.NoContent, small.StatusCode);
    }
}
