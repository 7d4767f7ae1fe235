using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Data;
using Semillero.Tests.Credits;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Credits;

// What the credit-code web tests share: a verified startup with an award written straight to the
// database (as an approval leaves it), and importing codes as an operator's key does.
public static class CreditCodesWebData
{
    public static async Task<(Guid CompanyId, Guid AwardId)> StartupWithAwardAsync(this SemilleroWebFactory app, string rfcBody, string name, long grantedCents,
        DateOnly? expiresOn = null)
    {
        var companyId = await app.RegisterCompanyAsync(rfcBody, name, verified: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var pool = db.CreditPools.FirstOrDefault() ?? await CreditCodesData.PoolAsync(db);
        var award = await CreditCodesData.AwardAsync(db, companyId, pool.Id, grantedCents, expiresOn);
        return (companyId, award.Id);
    }

    public static async Task<HttpResponseMessage> ImportCodesAsync(this HttpClient operatorKey, string csv, string batch = "Envío de prueba")
    {
        ArgumentNullException.ThrowIfNull(operatorKey);
        var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await operatorKey.PostAsync($"/api/credits/code-batches?lote={Uri.EscapeDataString(batch)}", content);
    }

    public static async Task ImportedAsync(this HttpClient operatorKey, string csv, string batch = "Envío de prueba") =>
        Assert.Equal(HttpStatusCode.Created, (await operatorKey.ImportCodesAsync(csv, batch)).StatusCode);

    public static HttpClient InEnglish(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }
}
