using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Access;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Names the mutating endpoint (or Razor page POST handler) a cross-owner test covers, as
// CrossOwnerWriteTests.MutatingEndpointsAsync spells it: "POST /api/vacancies/{id:guid}/close",
// "PAGE /empresa/vacantes/{id:guid} POST publicar", "PAGE /mis-datos/corregir POST".
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CrossOwnerAttribute(string endpoint) : Attribute
{
    public string Endpoint { get; } = endpoint;
}

// Writes across owners. AuthorizationMatrixTests checks which roles reach each endpoint; these check
// that, within a role, one owner cannot change what belongs to another: company B against company
// A's profile, vacancies, invitations, pipeline and hires; learner B against learner A's data,
// consents, requests, work profile, applications, provider-account claims and survey; a partner
// against another partner's unresolved learners. Each test tries the write as B with A's id (in the
// URL, the body or the form), expects a refusal that says no more than an unknown id would, and
// compares A's rows before and after; then A (or, where only operators may, an operator) makes the
// same write, so a test whose write could never succeed cannot pass.
//
// The suite checks its own completeness: every mutating endpoint the app maps and every POST
// handler of its Razor pages has a test marked [CrossOwner(...)] or an entry in NotOwned saying
// why no owner is at stake.
public abstract partial class CrossOwnerWriteTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CrossOwnerWriteTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CrossOwnerWriteTests(DatabaseProvider.Postgres);

    private const string OperatorOnly = "operator-only: the access table admits no other role, so no owner is at stake";

    private const string OperatorOnlyPage = "operator-only page: the access table admits no other role";

    // Mutating endpoints with no owner to cross, or whose cross-owner tests live elsewhere.
    private static readonly Dictionary<string, string> NotOwned = new(StringComparer.Ordinal)
    {
        ["* /health"] = "health probe: answers any method and writes nothing",

        // Tested by the features that own them.
        ["POST /api/learners/"] = "covered by LearnerOwnershipTests (tests/Semillero.Web.Tests/Learners): a partner registers learners for itself",
        ["POST /api/learners/imports"] = "covered by LearnerOwnershipTests (tests/Semillero.Web.Tests/Learners): a partner imports learners for itself",
        ["POST /xapi/statements/"] = "covered by XapiPartnerIsolationTests (tests/Semillero.Web.Tests/LearningRecords): a partner voids only its own statements",
        ["PUT /xapi/statements/"] = "covered by XapiPartnerIsolationTests (tests/Semillero.Web.Tests/LearningRecords): a partner voids only its own statements",
        ["POST /xapi/activities/state"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["PUT /xapi/activities/state"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["DELETE /xapi/activities/state"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["POST /xapi/activities/profile"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["PUT /xapi/activities/profile"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["DELETE /xapi/activities/profile"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["POST /xapi/agents/profile"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["PUT /xapi/agents/profile"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",
        ["DELETE /xapi/agents/profile"] = "covered by XapiDocumentTests.Documents_BelongToThePartnerThatWroteThem (tests/Semillero.Web.Tests/LearningRecords)",

        // Operators only (the access table lets no other role in).
        ["POST /api/companies"] = OperatorOnly,
        ["POST /api/companies/{id:guid}/verify"] = OperatorOnly,
        ["POST /api/companies/{id:guid}/reject"] = OperatorOnly,
        ["POST /api/catalog/paths"] = OperatorOnly,
        ["PUT /api/catalog/paths/{code}"] = OperatorOnly,
        ["POST /api/catalog/paths/{code}/publish"] = OperatorOnly,
        ["POST /api/catalog/paths/{code}/unpublish"] = OperatorOnly,
        ["POST /api/catalog/paths/{code}/rules"] = OperatorOnly,
        ["POST /api/catalog/courses"] = OperatorOnly,
        ["PUT /api/catalog/courses/{id:guid}"] = OperatorOnly,
        ["POST /api/catalog/courses/{id:guid}/rules"] = OperatorOnly,
        ["POST /api/learners/{id:guid}/completions"] = OperatorOnly,
        ["POST /api/keys/"] = OperatorOnly,
        ["POST /api/badges/{awardId:guid}/revocation"] = OperatorOnly,
        ["POST /api/targets"] = OperatorOnly,
        ["PAGE /operacion/usuarios POST invitar"] = OperatorOnlyPage,
        ["PAGE /operacion/usuarios POST rol"] = OperatorOnlyPage,
        ["PAGE /operacion/solicitudes/{id:guid} POST"] = OperatorOnlyPage,
        ["PAGE /operacion/credenciales POST crear"] = OperatorOnlyPage,
        ["PAGE /operacion/credenciales POST revocar"] = OperatorOnlyPage,
        ["PAGE /operacion/constancias POST"] = OperatorOnlyPage + " (completion reports are imported by operators for a provider)",
        ["PAGE /operacion/empresas POST verificar"] = OperatorOnlyPage,
        ["PAGE /operacion/empresas POST rechazar"] = OperatorOnlyPage,
        ["PAGE /operacion/metas POST"] = OperatorOnlyPage,
        ["POST /api/organizations"] = OperatorOnly,
        ["POST /api/organizations/{id:guid}/verify"] = OperatorOnly,
        ["POST /api/organizations/{id:guid}/reject"] = OperatorOnly,
        ["PAGE /operacion/aliados POST verificar"] = OperatorOnlyPage,
        ["PAGE /operacion/aliados POST rechazar"] = OperatorOnlyPage,
        ["POST /api/cohorts/{id:guid}/approve"] = OperatorOnly,
        ["POST /api/cohorts/{id:guid}/reject"] = OperatorOnly,
        ["PAGE /operacion/convocatorias POST aprobar"] = OperatorOnlyPage,
        ["PAGE /operacion/convocatorias POST rechazar"] = OperatorOnlyPage,
        ["PAGE /convocatorias/{id:guid} POST inscribir"] = "enrols the signed-in learner themself: the form names no other person",
        ["POST /api/cohorts"] = "opens a cohort for the caller's own organisation (an operator names one): no other organisation's cohort is addressed",
        ["PAGE /organizacion/convocatorias/nueva POST"] = "opens a cohort for the member's own organisation: no other organisation's cohort is addressed",
        ["POST /api/diagnostic/versions"] = OperatorOnly,
        ["PAGE /operacion/diagnostico POST"] = OperatorOnlyPage + " (analysts open the page but its publish handler refuses them: DiagnosticFiguresWebTests)",
        ["PAGE /empresa/diagnostico POST empezar"] = "starts an assessment of the signed-in company itself: the form names no other company",
        ["PAGE /diagnostico/responder/{token} POST"] = "a colleague's emailed link: the protected token names one respondent and is the only key (DiagnosticWebTests)",
        ["PAGE /operacion/insignias/{awardId:guid} POST"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo POST publicar"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo POST despublicar"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo/rutas/{code?} POST"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo/rutas/{code}/reglas POST"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo/cursos/{id:guid?} POST"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo/cursos/{id:guid}/reglas POST"] = OperatorOnlyPage,
        ["PAGE /operacion/catalogo/otorgar POST"] = OperatorOnlyPage,

        // Nobody's resource: the caller acts as themselves, before or without an account.
        ["PAGE /cuenta/entrar POST"] = "sign-in: acts on nobody's data but the credentials typed",
        ["PAGE /cuenta/registro POST"] = "learner registration: creates nothing on an existing person; a CURP already in the registry files a claim proven by the record's mailbox or a vouch (RecordClaimTests, RecordTakeoverTests)",
        ["PAGE /cuenta/reclamar POST"] = "the record's mailbox answers a claim: the emailed secret is the only key (RecordClaimTests, RecordTakeoverTests)",
        ["PAGE /operacion/reclamos/{id:guid} POST"] = "covered by RecordTakeoverTests (tests/Semillero.Web.Tests/Access): another partner gets 404 and cannot vouch; the registering partner can",
        ["PAGE /cuenta/confirmar POST"] = "email confirmation: the emailed token is the only key",
        ["PAGE /cuenta/olvide POST"] = "password reset request: sends mail to the address typed, answers the same whether it exists",
        ["PAGE /cuenta/restablecer POST"] = "password reset: the emailed token is the only key",
        ["PAGE /aliados/registro POST"] = "an organisation registers itself: creates a new one and its first account; an RFC or name already registered is refused (OrganizationTests)",
        ["PAGE /cuenta/salir POST"] = "sign-out: ends the caller's own session",
        ["PAGE /verificar POST"] = "public badge verification: checks a pasted credential, stores nothing",
    };

    private static readonly JsonSerializerOptions SnapshotJson = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    // The rows `read` returns, as JSON: compared before and after a write that must change nothing.
    private async Task<string> SnapshotAsync(Func<SemilleroDb, Task<object>> read)
    {
        await using var db = Database.NewDb();
        return JsonSerializer.Serialize(await read(db), SnapshotJson);
    }

    private async Task<HttpClient> SignInAsync(User user)
    {
        var client = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email!, People.Password)).StatusCode);
        return client;
    }

    // Posts a form as a browser would. The antiforgery token is the caller's, not the page's: it is
    // read from `tokenPage`, any page the caller may open, so B can aim at A's address.
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string tokenPage, string action, Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(tokenPage);
        var content = new Dictionary<string, string>(fields ?? [], StringComparer.Ordinal) { ["__RequestVerificationToken"] = People.AntiforgeryToken(html) };
        return await client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    // A problem+json answer without what differs from one request to the next (trace id, path).
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        body.Remove("instance");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {body.ToJsonString()}";
    }

    // Refused as 404, word for word what an id that does not exist gets: B learns nothing about A.
    private static async Task AssertNotFoundAsForUnknownAsync(HttpResponseMessage crossOwner, HttpResponseMessage unknown)
    {
        Assert.Equal(HttpStatusCode.NotFound, crossOwner.StatusCode);
        Assert.Equal(await ProblemAsync(unknown), await ProblemAsync(crossOwner));
    }

    // A page that turns the caller away: "access denied" (a redirect, as the cookie scheme answers a
    // forbidden page), 403 or 404.
    private static void AssertTurnedAway(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.True(
            response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/cuenta/acceso-denegado", StringComparison.Ordinal)),
            $"expected a refusal, got {(int)response.StatusCode} {location}");
    }

    // "METHOD /route" for each endpoint that accepts a method other than GET/HEAD/OPTIONS (or any
    // method), as AccessTable keys it; "PAGE /route POST handler" for each POST handler of a page.
    private async Task<IReadOnlyList<string>> MutatingEndpointsAsync()
    {
        _ = App.Server;
        var loader = App.Services.GetRequiredService<PageLoader>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var key = AccessTable.KeyOf(endpoint);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() ?? await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    keys.Add(handler.Name is { Length: > 0 } name ? $"{key} POST {name.ToLowerInvariant()}" : $"{key} POST");
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            if (methods.Count == 0 || methods.Any(m => m is not ("GET" or "HEAD" or "OPTIONS")))
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }

    private static IReadOnlyList<(string Endpoint, string Test)> CrossOwnerTests() =>
        [.. typeof(CrossOwnerWriteTests).GetMethods(BindingFlags.Instance | BindingFlags.Public)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .SelectMany(m => m.GetCustomAttributes<CrossOwnerAttribute>().Select(a => (a.Endpoint, m.Name)))];

    [Fact]
    public async Task EveryMutatingEndpoint_HasACrossOwnerTest_OrAReasonItHasNoOwner()
    {
        var mutating = await MutatingEndpointsAsync();
        var tested = CrossOwnerTests();
        var testedKeys = tested.Select(t => t.Endpoint).ToHashSet(StringComparer.Ordinal);

        var missing = mutating.Where(k => !testedKeys.Contains(k) && !NotOwned.ContainsKey(k)).ToList();
        var staleTests = tested.Where(t => !mutating.Contains(t.Endpoint)).Select(t => $"{t.Test}: {t.Endpoint}").ToList();
        var staleReasons = NotOwned.Keys.Where(k => !mutating.Contains(k)).ToList();
        var both = NotOwned.Keys.Where(testedKeys.Contains).ToList();

        Assert.True(missing.Count == 0, "Mutating endpoints with neither a [CrossOwner] test nor a NotOwned reason:\n" + string.Join('\n', missing));
        Assert.True(staleTests.Count == 0, "[CrossOwner] names endpoints the app does not map:\n" + string.Join('\n', staleTests));
        Assert.True(staleReasons.Count == 0, "NotOwned names endpoints the app does not map:\n" + string.Join('\n', staleReasons));
        Assert.True(both.Count == 0, "Both tested and listed as not owned:\n" + string.Join('\n', both));
        // The enumeration itself found the page handlers and the API writes it should.
        Assert.Contains("PAGE /mis-datos/consentimientos POST cambiar", mutating);
        Assert.Contains("POST /api/vacancies/{id:guid}/close", mutating);
    }
}
