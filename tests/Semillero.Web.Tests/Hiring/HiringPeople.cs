using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hiring;

// Employers of a given company, signed in or with a key, for the hiring tests.
public static class HiringPeople
{
    public static Task<HttpClient> EmployerBrowserAsync(this SemilleroWebFactory app, Guid companyId) =>
        Companies.CompanyPeople.SignedInForCompanyAsync(app, companyId);

    public static async Task<HttpClient> EmployerKeyAsync(this SemilleroWebFactory app, Guid companyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey { Id = id, Name = "ATS de la empresa", Role = Roles.Empresa, SecretHash = ApiKeySecret.Hash(secret), CompanyId = companyId, CreatedAt = TestClock.Now.UtcDateTime });
        await db.SaveChangesAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"{id}.{secret}");
        return client;
    }

    // Posts a page's form as a browser would, with the antiforgery token read from `formPage`.
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage);
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", People.AntiforgeryToken(html)) };
        return await client.PostAsync(action, new FormUrlEncodedContent(content));
    }
}
