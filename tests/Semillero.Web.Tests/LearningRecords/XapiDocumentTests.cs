using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.LearningRecords;

// The State, Activity Profile and Agent Profile resources and the Activities and Agents resources as
// clients use them: cmi5 and SCORM-to-xAPI players keep a learner's bookmark and suspend data in
// State (per registration), authoring tools keep per-activity settings in Activity Profile, and
// read-modify-write with ETags so two devices do not overwrite each other.
public abstract class XapiDocumentTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : XapiDocumentTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : XapiDocumentTests(DatabaseProvider.Postgres);

    private const string Activity = "https://cursos.proveedor.example/cmi5/au/ia101-modulo-1";

    private const string Ana = """{"objectType":"Agent","account":{"homePage":"https://lms.proveedor.example","name":"ana-41"}}""";

    private const string Luis = """{"objectType":"Agent","mbox":"mailto:luis@example.com"}""";

    private async Task<HttpClient> PartnerAsync(string name = "Proveedor cmi5", string version = "1.0.3")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var created = await Semillero.Tests.Infrastructure.TestOrganizations.CreateKeyAsync(scope.ServiceProvider, Roles.Aliado, name);
        var (id, secret) = (created.Token.Split('.')[0], created.Token.Split('.')[1]);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));
        client.DefaultRequestHeaders.Add("X-Experience-API-Version", version);
        return client;
    }

    private static string State(string stateId = "bookmark", string agent = Ana, Guid? registration = null, string activity = Activity) =>
        $"/xapi/activities/state?activityId={Uri.EscapeDataString(activity)}&agent={Uri.EscapeDataString(agent)}"
        + (registration is { } r ? $"&registration={r}" : "") + (stateId.Length > 0 ? $"&stateId={Uri.EscapeDataString(stateId)}" : "");

    private static string ActivityProfile(string profileId = "settings") =>
        $"/xapi/activities/profile?activityId={Uri.EscapeDataString(Activity)}&profileId={profileId}";

    private static string AgentProfile(string profileId = "preferences", string agent = Ana) =>
        $"/xapi/agents/profile?agent={Uri.EscapeDataString(agent)}&profileId={profileId}";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task State_PutWithRegistration_ReadsBackTheSameBytesTypeAndSha1ETag()
    {
        var client = await PartnerAsync();
        var registration = Guid.NewGuid();
        var suspendData = "cmi.suspend_data=pág 3|quiz:1,0,1"u8.ToArray();
        var body = new ByteArrayContent(suspendData);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        var put = await client.PutAsync(State(registration: registration), body);
        var read = await client.GetAsync(State(registration: registration));
        var otherRegistration = await client.GetAsync(State());

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(suspendData, await read.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain", read.Content.Headers.ContentType!.MediaType);
        Assert.Equal("\"cf5a3b247df9d32978e92cbc61682386ba6c76bd\"", read.Headers.ETag!.ToString()); // sha1sum of the bytes
        Assert.NotNull(read.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotFound, otherRegistration.StatusCode);
    }

    [Fact]
    public async Task State_Post_MergesTopLevelPropertiesOfJsonObjects()
    {
        var client = await PartnerAsync();
        await client.PostAsync(State(), Json("""{"location":"p3","progress":{"done":[1,2]},"lang":"es"}"""));

        var merge = await client.PostAsync(State(), Json("""{"progress":{"done":[1,2,3]},"score":0.8}"""));

        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        var merged = JsonDocument.Parse(await client.GetStringAsync(State())).RootElement;
        Assert.Equal("p3", merged.GetProperty("location").GetString());
        Assert.Equal(3, merged.GetProperty("progress").GetProperty("done").GetArrayLength());
        Assert.Equal(0.8, merged.GetProperty("score").GetDouble());
        Assert.Equal("es", merged.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task State_PostThatCannotMerge_Returns400AndChangesNothing()
    {
        var client = await PartnerAsync();
        await client.PostAsync(State(), Json("""{"location":"p3"}"""));
        await client.PutAsync(State("binary"), new ByteArrayContent([1, 2, 3]));

        var notJsonOntoJson = await client.PostAsync(State(), new StringContent("location=p4", Encoding.UTF8, "text/plain"));
        var jsonOntoNotJson = await client.PostAsync(State("binary"), Json("""{"location":"p4"}"""));
        var brokenJson = await client.PostAsync(State(), Json("""{"location":"p4"}{"""));
        var arrayOnNew = await client.PostAsync(State("new"), Json("[1,2]"));

        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest),
            (notJsonOntoJson.StatusCode, jsonOntoNotJson.StatusCode, brokenJson.StatusCode, arrayOnNew.StatusCode));
        Assert.Equal("""{"location":"p3"}""", await client.GetStringAsync(State()));
        Assert.Equal([1, 2, 3], await client.GetByteArrayAsync(State("binary")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(State("new"))).StatusCode);
    }

    [Fact]
    public async Task Profile_WithETags_RefusesStaleWritesWith412AndAcceptsCurrentOnes()
    {
        var client = await PartnerAsync();
        var created = await SendAsync(client, HttpMethod.Put, ActivityProfile(), Json("""{"theme":"claro"}"""), ("If-None-Match", "*"));
        var etag = (await client.GetAsync(ActivityProfile())).Headers.ETag!.ToString();

        var createAgain = await SendAsync(client, HttpMethod.Put, ActivityProfile(), Json("""{"theme":"oscuro"}"""), ("If-None-Match", "*"));
        var stale = await SendAsync(client, HttpMethod.Put, ActivityProfile(), Json("""{"theme":"oscuro"}"""), ("If-Match", "\"1111111111111111111111111111111111111111\""));
        var stalePost = await SendAsync(client, HttpMethod.Post, ActivityProfile(), Json("""{"font":"grande"}"""), ("If-Match", "\"1234\""));
        var staleDelete = await SendAsync(client, HttpMethod.Delete, ActivityProfile(), null, ("If-Match", "\"1234\""));
        var unchanged = await client.GetStringAsync(ActivityProfile());
        var current = await SendAsync(client, HttpMethod.Put, ActivityProfile(), Json("""{"theme":"oscuro"}"""), ("If-Match", etag));

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal(
            (HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed),
            (createAgain.StatusCode, stale.StatusCode, stalePost.StatusCode, staleDelete.StatusCode));
        Assert.Equal("""{"theme":"claro"}""", unchanged);
        Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
        Assert.Equal("""{"theme":"oscuro"}""", await client.GetStringAsync(ActivityProfile()));
        Assert.NotEqual(etag, current.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task ProfilePutWithoutPreconditions_Version103_Is409WhenItExistsAnd400WhenNew()
    {
        var client = await PartnerAsync();
        await client.PostAsync(AgentProfile(), Json("""{"idioma":"es"}"""));

        var overwrite = await client.PutAsync(AgentProfile(), Json("""{"idioma":"en"}"""));
        var create = await client.PutAsync(AgentProfile("otro"), Json("""{"idioma":"en"}"""));
        var stateOverwrite = await client.PutAsync(State(), Json("{}"));
        var stateOverwriteAgain = await client.PutAsync(State(), Json("""{"a":1}"""));

        Assert.Equal(HttpStatusCode.Conflict, overwrite.StatusCode);
        Assert.NotEmpty(await overwrite.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal("""{"idioma":"es"}""", await client.GetStringAsync(AgentProfile()));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (stateOverwrite.StatusCode, stateOverwriteAgain.StatusCode));
    }

    [Fact]
    public async Task PutWithoutPreconditions_Version200_Is409ForExistingStateAndFineForNewDocuments()
    {
        var client = await PartnerAsync(version: "2.0.0");
        var create = await client.PutAsync(State(), Json("""{"a":1}"""));
        var createProfile = await client.PutAsync(AgentProfile(), Json("""{"a":1}"""));

        var overwrite = await client.PutAsync(State(), Json("""{"a":2}"""));
        var merge = await client.PostAsync(State(), Json("""{"b":2}"""));
        var read = await client.GetAsync(State());

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (create.StatusCode, createProfile.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, overwrite.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal("""{"a":1,"b":2}""", await read.Content.ReadAsStringAsync());
        Assert.Equal("2.0.0", read.Headers.GetValues("X-Experience-API-Version").Single());
    }

    [Fact]
    public async Task State_IdsList_HonoursSinceAndCoversEveryRegistration()
    {
        var client = await PartnerAsync();
        var registration = Guid.NewGuid();
        await client.PutAsync(State("bookmark"), Json("{}"));
        DateTime first;
        await using (var db = Database.NewDb())
        {
            first = DateTime.SpecifyKind(await db.XapiDocuments.Select(d => d.Updated).SingleAsync(), DateTimeKind.Utc);
        }

        await client.PutAsync(State("suspend", registration: registration), Json("{}"));
        await client.PutAsync(State("other", agent: Luis), Json("{}"));

        var all = JsonSerializer.Deserialize<string[]>(await client.GetStringAsync(State("")))!;
        var inRegistration = JsonSerializer.Deserialize<string[]>(await client.GetStringAsync(State("", registration: registration)))!;
        var since = JsonSerializer.Deserialize<string[]>(await client.GetStringAsync(State("") + "&since=" + Uri.EscapeDataString(first.ToString("o", CultureInfo.InvariantCulture))))!;
        var badSince = await client.GetAsync(State("") + "&since=ayer");

        Assert.Equal(["bookmark", "suspend"], all.Order(StringComparer.Ordinal));
        Assert.Equal(["suspend"], inRegistration);
        Assert.Equal(["suspend"], since);
        Assert.Equal(HttpStatusCode.BadRequest, badSince.StatusCode);
    }

    [Fact]
    public async Task State_DeleteWithoutStateId_ClearsTheAgentsStatesForTheActivityOnly()
    {
        var client = await PartnerAsync();
        var registration = Guid.NewGuid();
        await client.PutAsync(State("bookmark"), Json("{}"));
        await client.PutAsync(State("suspend", registration: registration), Json("{}"));
        await client.PutAsync(State("bookmark", agent: Luis), Json("{}"));
        await client.PutAsync(State("bookmark", activity: "https://cursos.proveedor.example/otro"), Json("{}"));

        var deleteOne = await client.DeleteAsync(State("nothing-here"));
        var deleteAll = await client.DeleteAsync(State(""));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (deleteOne.StatusCode, deleteAll.StatusCode));
        Assert.Equal("[]", await client.GetStringAsync(State("")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(State("bookmark", agent: Luis))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(State("bookmark", activity: "https://cursos.proveedor.example/otro"))).StatusCode);
    }

    [Fact]
    public async Task Documents_BelongToThePartnerThatWroteThem()
    {
        var a = await PartnerAsync("Aliado A");
        var b = await PartnerAsync("Aliado B");
        await a.PutAsync(State(), Json("""{"of":"A"}"""));
        await a.PostAsync(ActivityProfile(), Json("""{"of":"A"}"""));

        var read = await b.GetAsync(State());
        var list = await b.GetStringAsync(State(""));
        var profile = await b.GetAsync(ActivityProfile());
        await b.DeleteAsync(State(""));
        var own = await b.PutAsync(State(), Json("""{"of":"B"}"""));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, profile.StatusCode));
        Assert.Equal("[]", list);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal("""{"of":"A"}""", await a.GetStringAsync(State()));
        Assert.Equal("""{"of":"B"}""", await b.GetStringAsync(State()));
    }

    [Theory]
    [InlineData("/xapi/activities/state?activityId=https%3A%2F%2Fx.example%2Fa&stateId=s")]
    [InlineData("/xapi/activities/state?activityId=https%3A%2F%2Fx.example%2Fa&agent=not%20json&stateId=s")]
    [InlineData("/xapi/activities/state?activityId=https%3A%2F%2Fx.example%2Fa&agent=%7B%22name%22%3A%22Ana%22%7D&stateId=s")]
    [InlineData("/xapi/activities/state?activityId=https%3A%2F%2Fx.example%2Fa&agent=%7B%22mbox%22%3A%22mailto%3Aa%40x.example%22%7D&registration=true&stateId=s")]
    [InlineData("/xapi/activities/state?activityId=no-scheme&agent=%7B%22mbox%22%3A%22mailto%3Aa%40x.example%22%7D&stateId=s")]
    [InlineData("/xapi/activities/state?activityId=https%3A%2F%2Fx.example%2Fa&agent=%7B%22mbox%22%3A%22mailto%3Aa%40x.example%22%7D")]
    [InlineData("/xapi/activities/state?activityId=https%3A%2F%2Fx.example%2Fa&agent=%7B%22mbox%22%3A%22mailto%3Aa%40x.example%22%7D&StateId=s")]
    [InlineData("/xapi/activities/profile?profileId=p")]
    [InlineData("/xapi/agents/profile?profileId=p")]
    public async Task Put_WithMissingOrInvalidParameters_Returns400(string url)
    {
        var client = await PartnerAsync();

        var response = await SendAsync(client, HttpMethod.Put, url, Json("{}"), ("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.XapiDocuments.CountAsync());
    }

    [Fact]
    public async Task Documents_WithoutVersionHeader_Return400()
    {
        var client = await PartnerAsync();
        client.DefaultRequestHeaders.Remove("X-Experience-API-Version");

        var response = await client.PutAsync(State(), Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Document_LargerThan20MB_Returns413()
    {
        var client = await PartnerAsync();

        var response = await client.PutAsync(State(), new ByteArrayContent(new byte[(20 * 1024 * 1024) + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Head_OnDocumentsAndResources_AnswersLikeGetWithoutABody()
    {
        var client = await PartnerAsync();
        await client.PostAsync(State(), Json("""{"location":"p3"}"""));

        var state = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, State()));
        var ids = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, State("")));
        var activity = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/xapi/activities?activityId={Uri.EscapeDataString(Activity)}"));
        var agent = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/xapi/agents?agent={Uri.EscapeDataString(Ana)}"));
        var missing = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, State("nothing")));

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound),
            (state.StatusCode, ids.StatusCode, activity.StatusCode, agent.StatusCode, missing.StatusCode));
        Assert.Empty(await state.Content.ReadAsByteArrayAsync());
        Assert.Empty(await agent.Content.ReadAsByteArrayAsync());
        Assert.NotNull(state.Headers.ETag);
        Assert.Equal(17, state.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Activities_ReturnsTheDefinitionsFromThePartnersStatementsMerged()
    {
        var client = await PartnerAsync();
        var other = await PartnerAsync("Otro aliado");
        static string Viewed(string language, string name) => $$"""
            { "actor": {{Ana}}, "verb": { "id": "http://id.tincanapi.com/verb/viewed" },
              "object": { "id": "{{Activity}}", "definition": { "type": "http://adlnet.gov/expapi/activities/lesson", "name": { "{{language}}": "{{name}}" } } } }
            """;
        await client.PostAsync("/xapi/statements", Json($"[{Viewed("es-MX", "Módulo 1")},{Viewed("en-US", "Module 1")}]"));

        var activity = JsonDocument.Parse(await client.GetStringAsync($"/xapi/activities?activityId={Uri.EscapeDataString(Activity)}")).RootElement;
        var seenByOther = JsonDocument.Parse(await other.GetStringAsync($"/xapi/activities?activityId={Uri.EscapeDataString(Activity)}")).RootElement;
        var missing = await client.GetAsync("/xapi/activities");

        Assert.Equal("Activity", activity.GetProperty("objectType").GetString());
        Assert.Equal(Activity, activity.GetProperty("id").GetString());
        var name = activity.GetProperty("definition").GetProperty("name");
        Assert.Equal(("Módulo 1", "Module 1"), (name.GetProperty("es-MX").GetString(), name.GetProperty("en-US").GetString()));
        Assert.Equal($$"""{"objectType":"Activity","id":"{{Activity}}"}""", seenByOther.GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Agents_ReturnsAPersonWithTheIdentifierAndKnownNames()
    {
        var client = await PartnerAsync();
        await client.PostAsync("/xapi/statements", Json("""
            { "actor": { "name": "Ana Pérez", "mbox": "mailto:ana@example.com" }, "verb": { "id": "http://adlnet.gov/expapi/verbs/attempted" },
              "object": { "id": "https://cursos.proveedor.example/ia101" } }
            """));

        var person = JsonDocument.Parse(await client.GetStringAsync($"/xapi/agents?agent={Uri.EscapeDataString("""{"mbox":"mailto:ana@example.com"}""")}")).RootElement;
        var noIdentifier = await client.GetAsync($"/xapi/agents?agent={Uri.EscapeDataString("""{"objectType":"Agent","name":"Ana"}""")}");
        var missing = await client.GetAsync("/xapi/agents");

        Assert.Equal("Person", person.GetProperty("objectType").GetString());
        Assert.Equal(["Ana Pérez"], person.GetProperty("name").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["mailto:ana@example.com"], person.GetProperty("mbox").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(0, person.GetProperty("account").GetArrayLength());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noIdentifier.StatusCode, missing.StatusCode));
    }
}
