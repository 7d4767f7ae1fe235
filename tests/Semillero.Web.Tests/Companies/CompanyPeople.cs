using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Companies;

// Companies, their keys and their signed-in people, for the company and vacancy tests.
public static class CompanyPeople
{
    public static string Rfc(string body) => body + Semillero.Identity.Rfc.CheckDigit(body);

    public static object CompanyBody(string rfcBody, string tradeName, bool verified = false) => new
    {
        rfc = Rfc(rfcBody),
        legalName = tradeName + ", S.A. de C.V.",
        tradeName,
        sector = "54",
        state = "14",
        workers = 20,
        annualSalesMdp = 10.5m,
        kind = "startup",
        website = "https://" + tradeName.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".example",
        description = "Consultoría de nube.",
        verified,
    };

    public static object VacancyBody(Guid? companyId = null, string title = "Analista de datos", int daysOpen = 20) => new
    {
        companyId,
        title,
        description = "Analizar ventas y construir tableros para el equipo comercial.",
        skills = new object[] { new { id = "datos-sql", level = 2, required = true }, new { id = "datos-tableros", level = 1, required = false } },
        modality = "hibrido",
        state = "Jalisco",
        salaryMin = 20000,
        salaryMax = 30000,
        openings = 2,
        closesOn = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(daysOpen).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<Guid> RegisterCompanyAsync(this SemilleroWebFactory app, string rfcBody, string tradeName, bool verified)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegisterCompany>().RunAsync(
            new CompanyInput(Rfc(rfcBody), tradeName + ", S.A. de C.V.", tradeName, "54", "14", 20, 10m, "startup", null, null), "prueba", verified, default);
        return Assert.IsType<RegisterCompanyOutcome.Registered>(outcome).Company.Id;
    }

    public static async Task<HttpClient> CompanyKeyClientAsync(this SemilleroWebFactory app, string rfcBody)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var created = Assert.IsType<CreateApiKeyOutcome.Created>(await scope.ServiceProvider.GetRequiredService<CreateApiKey>().RunAsync(Roles.Empresa, "Sistema de la empresa", Rfc(rfcBody), default));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);
        return client;
    }

    // A confirmed empresa account bound to the company, signed in through the real sign-in page.
    public static async Task<HttpClient> SignedInForCompanyAsync(this SemilleroWebFactory app, Guid companyId)
    {
        var email = await app.CreateForCompanyAsync(companyId);
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, People.Password)).StatusCode);
        return client;
    }

    // A confirmed empresa account bound to the company (password People.Password); its email.
    public static async Task<string> CreateForCompanyAsync(this SemilleroWebFactory app, Guid companyId)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var email = $"empresa-{Guid.NewGuid():N}@example.com";
            var user = new User
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Persona de la empresa",
                Organization = "Empresa de prueba",
                CompanyId = companyId,
                CreatedAt = TestClock.Now.UtcDateTime,
            };
            Assert.True((await users.CreateAsync(user, People.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Empresa);
            return email;
        }
    }
}
