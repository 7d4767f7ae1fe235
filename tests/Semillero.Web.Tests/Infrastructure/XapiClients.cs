using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;

namespace Semillero.Web.Tests.Infrastructure;

// The LRS as a partner's platform talks to it: an API key's id and secret as HTTP Basic credentials
// (xAPI clients such as Moodle's only speak Basic) and the xAPI version header on every request.
public static class XapiClients
{
    public const string Version = "1.0.3";

    // Creates an API key and returns its id and secret, which an xAPI client sends as username and password.
    public static async Task<(string Id, string Secret)> XapiKeyAsync(this SemilleroWebFactory app, string name, string role = Roles.Aliado)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var created = await Semillero.Tests.Infrastructure.TestOrganizations.CreateKeyAsync(scope.ServiceProvider, role, name);
        var (id, secret) = (created.Token.Split('.')[0], created.Token.Split('.')[1]);
        return (id, secret);
    }

    // A client of the app holding a new key of the role, as the xAPI client of `name`.
    public static async Task<HttpClient> XapiClientAsync(this SemilleroWebFactory app, string name, string role = Roles.Aliado)
    {
        var (id, secret) = await app.XapiKeyAsync(name, role);
        return app.CreateClient().WithXapiCredentials(id, secret);
    }

    public static HttpClient WithXapiCredentials(this HttpClient client, string username, string password)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        client.DefaultRequestHeaders.Add("X-Experience-API-Version", Version);
        return client;
    }
}
