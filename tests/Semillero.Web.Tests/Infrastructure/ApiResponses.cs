using System.Net;
using System.Text.Json;

namespace Semillero.Web.Tests.Infrastructure;

// Reading the REST API's answers: JSON bodies, and errors as RFC 9457 problems
// (src/Semillero.Web/Hosting/Problems.cs).
public static class ApiResponses
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    // Asserts the status and the problem+json media type, and returns the problem's body.
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await JsonAsync(response);
    }
}
