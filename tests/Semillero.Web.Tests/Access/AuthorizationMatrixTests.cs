using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Access;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Every endpoint the app maps × every role and anonymous, against Access/AccessTable.cs: a caller the
// table does not allow is turned away (401/403 for the API, a redirect to sign-in or "access denied"
// for pages), and a caller it allows is not.
public abstract class AuthorizationMatrixTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : AuthorizationMatrixTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : AuthorizationMatrixTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task EveryEndpoint_ForEveryRoleAndAnonymous_MatchesTheAccessTable()
    {
        var callers = new Dictionary<string, HttpClient> { ["anónimo"] = App.Browser() };
        foreach (var role in Roles.All)
        {
            callers[role] = await App.SignedInAsync(role);
        }

        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var failures = new List<string>();
        var checks = 0;
        foreach (var endpoint in endpoints)
        {
            var rule = endpoint.Metadata.GetMetadata<AccessRule>();
            if (rule is null)
            {
                failures.Add($"{AccessTable.KeyOf(endpoint)}: no rule");
                continue;
            }

            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods[0] : "GET";
            var url = Url(endpoint.RoutePattern);
            foreach (var (caller, client) in callers)
            {
                var role = caller == "anónimo" ? null : caller;
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(method, url) };
                using var response = await client.SendAsync(request);
                checks++;
                var location = response.Headers.Location?.ToString() ?? "";
                // Pages turn people away with a redirect to sign-in or "access denied" (which itself
                // answers 403 on purpose); the API with 401/403.
                var turnedAway = rule.Endpoint.StartsWith("PAGE ", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/cuenta/entrar", StringComparison.Ordinal) || location.Contains("/cuenta/acceso-denegado", StringComparison.Ordinal))
                    : response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expectedAway = !rule.Allows(role);
                if (turnedAway != expectedAway)
                {
                    failures.Add($"{method} {url} as {caller}: {(int)response.StatusCode} {location} (table: {(expectedAway ? "deny" : "allow")})");
                }
                else if (expectedAway && role is null && response.StatusCode == HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {url} as anonymous: 403 instead of 401/sign-in");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checks} checks failed:\n" + string.Join('\n', failures));
        Assert.True(checks >= endpoints.Count * 6);
    }

    private static string Url(RoutePattern pattern)
    {
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart p when p.IsOptional || p.IsCatchAll => "",
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => Guid.NewGuid().ToString(),
            RoutePatternParameterPart p when p.Name == "documentName" => "v1",
            RoutePatternParameterPart => "x",
            _ => "",
        })));
        return "/" + string.Join('/', parts).TrimEnd('/');
    }

    private static HttpContent? Body(string method, string url) => method switch
    {
        "GET" or "HEAD" => null,
        _ when url.EndsWith("/imports", StringComparison.Ordinal) => new MultipartFormDataContent(),
        _ => JsonContent.Create(new { }),
    };
}
