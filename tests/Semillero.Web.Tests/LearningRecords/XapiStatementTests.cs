using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.XapiSamples;

namespace Semillero.Web.Tests.LearningRecords;

// The Statement resource as real clients use it: Moodle's logstore_xapi posts batches without ids
// and counts only 200 as success; Open edX's event-routing-backends sends ids and reads 409 as
// "duplicate, don't retry". The statements below are written for these tests in those clients' shapes.
public abstract class XapiStatementTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : XapiStatementTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : XapiStatementTests(DatabaseProvider.Postgres);

    private Task<HttpClient> PartnerAsync(string name = "Moodle Universidad") => App.XapiClientAsync(name);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    // Shaped like a Moodle logstore_xapi "viewed course module" statement (no id, account actor).
    private static string MoodleViewed(string user, string module) => $$"""
        {
          "actor": { "name": "Usuario {{user}}", "account": { "homePage": "https://moodle.universidad.example", "name": "{{user}}" } },
          "verb": { "id": "http://id.tincanapi.com/verb/viewed", "display": { "en": "viewed" } },
          "object": {
            "id": "https://moodle.universidad.example/mod/page/view.php?id={{module}}",
            "definition": { "type": "http://id.tincanapi.com/activitytype/lms/module", "name": { "es-MX": "Introducción a la nube" } },
            "objectType": "Activity"
          },
          "timestamp": "2026-11-20T15:04:05-06:00",
          "context": {
            "platform": "Moodle",
            "language": "es",
            "contextActivities": {
              "grouping": [ { "id": "https://moodle.universidad.example", "definition": { "type": "http://id.tincanapi.com/activitytype/lms" }, "objectType": "Activity" } ],
              "category": [ { "id": "http://moodle.org", "definition": { "type": "http://id.tincanapi.com/activitytype/source" }, "objectType": "Activity" } ]
            }
          }
        }
        """;

    private async Task<int> CountAsync()
    {
        await using var db = Database.NewDb();
        return await db.Statements.CountAsync();
    }

    [Fact]
    public async Task PostBatchWithoutIds_MoodleShape_Returns200WithIdsAndStoresThem()
    {
        var client = await PartnerAsync();

        var response = await client.PostAsync("/xapi/statements", Json($"[{MoodleViewed("41", "7")},{MoodleViewed("41", "8")},{MoodleViewed("42", "7")}]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1.0.3", response.Headers.GetValues("X-Experience-API-Version").Single());
        var ids = JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(3, ids.Distinct().Count());
        var stored = JsonDocument.Parse(await client.GetStringAsync($"/xapi/statements?statementId={ids[0]}")).RootElement;
        Assert.Equal(ids[0], stored.GetProperty("id").GetString());
        Assert.True(stored.TryGetProperty("stored", out _));
        Assert.Equal("Agent", stored.GetProperty("authority").GetProperty("objectType").GetString());
        Assert.Equal("Moodle", stored.GetProperty("context").GetProperty("platform").GetString());
        Assert.Equal(3, await CountAsync());
    }

    [Fact]
    public async Task PostSameStatementAgain_OpenEdxRetry_SucceedsWithoutACopy()
    {
        var client = await PartnerAsync("Open edX Proveedor");
        var id = Guid.NewGuid();

        var first = await client.PostAsync("/xapi/statements", Json($"[{OpenEdxCompleted(id, "ana@example.com")}]"));
        var retry = await client.PostAsync("/xapi/statements", Json($"[{OpenEdxCompleted(id, "ana@example.com")}]"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task SameIdDifferentContent_Returns409AndStoresNothingFromTheBatch()
    {
        var client = await PartnerAsync();
        var id = Guid.NewGuid();
        await client.PostAsync("/xapi/statements", Json(OpenEdxCompleted(id, "ana@example.com", 0.9)));

        var conflict = await client.PostAsync("/xapi/statements", Json($"[{MoodleViewed("9", "9")},{OpenEdxCompleted(id, "ana@example.com", 0.5)}]"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task PutWithStatementId_Returns204_AndIsIdempotent()
    {
        var client = await PartnerAsync();
        var id = Guid.NewGuid();
        var body = OpenEdxCompleted(id, "ana@example.com").Replace($"\"id\": \"{id}\",", "", StringComparison.Ordinal);

        var first = await client.PutAsync($"/xapi/statements?statementId={id}", Json(body));
        var again = await client.PutAsync($"/xapi/statements?statementId={id}", Json(body));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, again.StatusCode));
        Assert.Equal(1, await CountAsync());
    }

    [Theory]
    [InlineData("{\"actor\": {\"mbox\": \"ana@example.com\"}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"}, \"object\": {\"id\": \"https://x.example/a\"}}")]
    [InlineData("{\"actor\": {\"mbox\": \"mailto:ana@example.com\"}, \"verb\": {\"id\": \"completed\"}, \"object\": {\"id\": \"https://x.example/a\"}}")]
    [InlineData("{\"actor\": {\"mbox\": \"mailto:ana@example.com\"}, \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"}, \"object\": {\"id\": \"https://x.example/a\"}, \"unknown\": 1}")]
    [InlineData("{\"actor\": ")]
    public async Task MalformedOrInvalidStatement_Returns400AndStoresNothing(string body)
    {
        var client = await PartnerAsync();

        var response = await client.PostAsync("/xapi/statements", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task MissingVersionHeader_Returns400_AndAboutNeedsNeither()
    {
        var client = await PartnerAsync();
        client.DefaultRequestHeaders.Remove("X-Experience-API-Version");

        var response = await client.PostAsync("/xapi/statements", Json(MoodleViewed("1", "1")));
        var about = await App.CreateClient().GetAsync("/xapi/about");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        Assert.Contains("1.0.3", await about.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCredentials_Returns401WithBasicChallenge()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Experience-API-Version", "1.0.3");

        var response = await client.PostAsync("/xapi/statements", Json(MoodleViewed("1", "1")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_AnswersLikeGetWithoutABody()
    {
        var client = await PartnerAsync();
        var ids = JsonSerializer.Deserialize<string[]>(await (await client.PostAsync("/xapi/statements", Json(MoodleViewed("1", "1")))).Content.ReadAsStringAsync())!;

        var found = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/xapi/statements?statementId={ids[0]}"));
        var missing = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/xapi/statements?statementId={Guid.NewGuid()}"));
        var about = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/xapi/about"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK), (found.StatusCode, missing.StatusCode, about.StatusCode));
        Assert.Empty(await found.Content.ReadAsByteArrayAsync());
        Assert.True(found.Headers.Contains("X-Experience-API-Consistent-Through"));
    }

    [Fact]
    public async Task APartner_ReadsOnlyItsOwnStatements()
    {
        var a = await PartnerAsync("Aliado A");
        var b = await PartnerAsync("Aliado B");
        var ids = JsonSerializer.Deserialize<string[]>(await (await a.PostAsync("/xapi/statements", Json(MoodleViewed("1", "1")))).Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/xapi/statements?statementId={ids[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/xapi/statements?statementId={ids[0]}")).StatusCode);
        var list = JsonDocument.Parse(await b.GetStringAsync("/xapi/statements")).RootElement;
        Assert.Equal(0, list.GetProperty("statements").GetArrayLength());
    }

    [Fact]
    public async Task Voiding_HidesTheStatementFromQueries_ButVoidedStatementIdFindsIt()
    {
        var client = await PartnerAsync();
        var target = Guid.NewGuid();
        await client.PostAsync("/xapi/statements", Json(OpenEdxCompleted(target, "ana@example.com")));

        var voiding = await client.PostAsync("/xapi/statements", Json($$"""
            { "actor": { "mbox": "mailto:admin@proveedor.example" }, "verb": { "id": "http://adlnet.gov/expapi/verbs/voided", "display": { "en": "voided" } },
              "object": { "objectType": "StatementRef", "id": "{{target}}" } }
            """));

        Assert.Equal(HttpStatusCode.OK, voiding.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/xapi/statements?statementId={target}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/xapi/statements?voidedStatementId={target}")).StatusCode);
        var list = JsonDocument.Parse(await client.GetStringAsync("/xapi/statements")).RootElement.GetProperty("statements");
        Assert.DoesNotContain(list.EnumerateArray(), s => s.GetProperty("id").GetString() == target.ToString());
    }

    [Fact]
    public async Task Query_ByAgentWithLimit_PagesThroughMoreLinks()
    {
        var client = await PartnerAsync();
        await client.PostAsync("/xapi/statements", Json($"[{MoodleViewed("7", "1")},{MoodleViewed("7", "2")},{MoodleViewed("7", "3")},{MoodleViewed("8", "1")}]"));
        var agent = Uri.EscapeDataString("{\"account\":{\"homePage\":\"https://moodle.universidad.example\",\"name\":\"7\"}}");

        var seen = new List<string>();
        var url = $"/xapi/statements?agent={agent}&limit=2";
        while (!string.IsNullOrEmpty(url))
        {
            var page = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
            seen.AddRange(page.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
            url = page.GetProperty("more").GetString()!;
        }

        Assert.Equal(3, seen.Distinct().Count());
    }

    [Fact]
    public async Task Actors_AreLinkedToLearnersByEmailOrCurp_AndUnknownOnesAreKept()
    {
        var learner = await App.CreateAsync(Roles.Aprendiz, email: "ana@example.com");
        string curp;
        await using (var db = Database.NewDb())
        {
            curp = await db.Learners.Where(l => l.Id == learner.LearnerId).Select(l => l.Curp).SingleAsync();
        }

        var client = await PartnerAsync();
        var byCurp = MoodleViewed(curp, "3");
        await client.PostAsync("/xapi/statements", Json($"[{OpenEdxCompleted(Guid.NewGuid(), "ANA@example.com")},{byCurp},{MoodleViewed("desconocido", "3")}]"));

        await using var check = Database.NewDb();
        var links = await check.Statements.OrderBy(s => s.Sequence).Select(s => s.LearnerId).ToListAsync();
        Assert.Equal([learner.LearnerId, learner.LearnerId, null], links);
    }
}
