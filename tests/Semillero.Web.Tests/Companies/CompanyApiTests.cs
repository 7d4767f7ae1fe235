using System.Net;
using System.Net.Http.Json;
using Semillero.Access;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.ApiResponses;

namespace Semillero.Web.Tests.Companies;

// /api/companies and /api/vacancies as the program's tools, companies' systems and the public use them.
public abstract class CompanyApiTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CompanyApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CompanyApiTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task PostCompanies_Operator_CreatesWithLocation_400WithFieldErrors_409WithTheExistingLocation()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        var created = await operador.PostAsJsonAsync("/api/companies", CompanyPeople.CompanyBody("NDS190312K4", "Nube del Sur", verified: true));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var company = await JsonAsync(created);
        Assert.Equal($"/api/companies/{company.GetProperty("id").GetString()}", created.Headers.Location?.ToString());
        Assert.Equal("verificada", company.GetProperty("status").GetString());
        Assert.Equal("pequena", company.GetProperty("sizeBand").GetString());
        Assert.Empty(company.GetProperty("warnings").EnumerateArray());

        var duplicate = await operador.PostAsJsonAsync("/api/companies", CompanyPeople.CompanyBody("NDS190312K4", "Otra"));
        await ProblemAsync(duplicate, HttpStatusCode.Conflict);
        Assert.Equal(created.Headers.Location, duplicate.Headers.Location);

        var invalid = await operador.PostAsJsonAsync("/api/companies", new { rfc = "XAXX010101000", legalName = "", sector = "99", state = "14", workers = -3, annualSalesMdp = 1, kind = "pyme" });
        var problem = await ProblemAsync(invalid, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "rfc", "legalName", "tradeName", "sector", "workers" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Contains("genérico", errors.GetProperty("rfc")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("field").GetString() == "rfc" && r.GetProperty("en").GetString()!.Contains("generic", StringComparison.Ordinal));

        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/companies") { Content = JsonContent.Create(new { rfc = "ABC" }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await ProblemAsync(await operador.SendAsync(english), HttpStatusCode.BadRequest);
        Assert.Equal("Invalid data", inEnglish.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostCompanies_CheckDigitMismatch_IsCreatedWithAWarning()
    {
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var good = CompanyPeople.Rfc("NDS190312K4");
        var bad = good[..^1] + (good[^1] == '1' ? '2' : '1');

        var created = await operador.PostAsJsonAsync("/api/companies", new { rfc = bad, legalName = "Nube, S.A.", tradeName = "Nube", sector = "54", state = "14", workers = 3, annualSalesMdp = 1, kind = "startup" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var company = await JsonAsync(created);
        Assert.False(company.GetProperty("rfcCheckDigitMatches").GetBoolean());
        Assert.Equal("checkdigit", company.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Vacancies_CompanyKeys_SeeAndChangeOnlyTheirOwn_AnotherCompanysIs404()
    {
        var a = await App.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: true);
        var b = await App.RegisterCompanyAsync("DMA150804R2", "DataMAV", verified: true);
        var keyA = await App.CompanyKeyClientAsync("NDS190312K4");
        var keyB = await App.CompanyKeyClientAsync("DMA150804R2");

        var created = await keyB.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var vacancy = await JsonAsync(created);
        var id = vacancy.GetProperty("id").GetString();
        Assert.Equal($"/api/vacancies/{id}", created.Headers.Location?.ToString());
        Assert.Equal("borrador", vacancy.GetProperty("status").GetString());
        Assert.Equal(b.ToString(), vacancy.GetProperty("company").GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await keyA.GetAsync($"/api/vacancies/{id}")).StatusCode);
        await ProblemAsync(await keyA.PutAsJsonAsync($"/api/vacancies/{id}", CompanyPeople.VacancyBody(title: "Tomada")), HttpStatusCode.NotFound);
        await ProblemAsync(await keyA.PostAsync($"/api/vacancies/{id}/publish", null), HttpStatusCode.NotFound);
        await ProblemAsync(await keyA.PostAsync($"/api/vacancies/{id}/close", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await keyA.GetAsync($"/api/companies/{b}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyA.GetAsync($"/api/companies/{a}")).StatusCode);
        var foreign = await ProblemAsync(await keyA.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(companyId: b)), HttpStatusCode.BadRequest);
        Assert.True(foreign.GetProperty("errors").TryGetProperty("companyId", out _));

        Assert.Equal(HttpStatusCode.OK, (await keyB.GetAsync($"/api/vacancies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyB.PostAsync($"/api/vacancies/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.CreateClient().GetAsync($"/api/vacancies/{id}")).StatusCode);
    }

    [Fact]
    public async Task Vacancies_Anonymous_SeeOnlyOpenVacanciesOfVerifiedCompanies()
    {
        var verified = await App.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: true);
        await App.RegisterCompanyAsync("DMA150804R2", "DataMAV", verified: false);
        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        var keyUnverified = await App.CompanyKeyClientAsync("DMA150804R2");
        var keyVerified = await App.CompanyKeyClientAsync("NDS190312K4");

        static async Task<string> CreateAsync(HttpClient client, string title, bool publish)
        {
            var response = await client.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(title: title));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (await JsonAsync(response)).GetProperty("id").GetString()!;
            if (publish)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/vacancies/{id}/publish", null)).StatusCode);
            }

            return id;
        }

        var open = await CreateAsync(keyVerified, "Abierta verificada", publish: true);
        var draft = await CreateAsync(keyVerified, "Borrador verificada", publish: false);
        var closed = await CreateAsync(keyVerified, "Cerrada verificada", publish: true);
        Assert.Equal(HttpStatusCode.OK, (await keyVerified.PostAsync($"/api/vacancies/{closed}/close", null)).StatusCode);
        var unverified = await CreateAsync(keyUnverified, "Abierta sin verificar", publish: true);

        var anonymous = App.CreateClient();
        var list = await JsonAsync(await anonymous.GetAsync("/api/vacancies"));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal(open, item.GetProperty("id").GetString());
        Assert.Equal("Nube del Sur", item.GetProperty("company").GetProperty("tradeName").GetString());
        Assert.Equal(verified.ToString(), item.GetProperty("company").GetProperty("id").GetString());
        foreach (var hidden in new[] { draft, closed, unverified })
        {
            await ProblemAsync(await anonymous.GetAsync($"/api/vacancies/{hidden}"), HttpStatusCode.NotFound);
        }

        // Operators see them all; verifying the company makes its open vacancy public.
        Assert.Equal(HttpStatusCode.OK, (await operador.GetAsync($"/api/vacancies/{unverified}")).StatusCode);
        var companyId = (await JsonAsync(await operador.GetAsync($"/api/vacancies/{unverified}"))).GetProperty("company").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await operador.PostAsync($"/api/companies/{companyId}/verify", null)).StatusCode);
        Assert.Equal(2, (await JsonAsync(await anonymous.GetAsync("/api/vacancies"))).GetProperty("total").GetInt32());

        var filtered = await JsonAsync(await anonymous.GetAsync("/api/vacancies?q=verificada&modality=hibrido&state=14&skill=datos-sql"));
        Assert.Equal(open, filtered.GetProperty("items")[0].GetProperty("id").GetString());
        var bad = await ProblemAsync(await anonymous.GetAsync("/api/vacancies?modality=teletrabajo&skill=telepatia"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("modality", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("skill", out _));
    }

    [Fact]
    public async Task PostVacancies_InvalidAndOperatorWithoutCompany_Are400WithFieldErrors()
    {
        await App.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: true);
        var key = await App.CompanyKeyClientAsync("NDS190312K4");
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        var invalid = await ProblemAsync(await key.PostAsJsonAsync("/api/vacancies", new
        {
            title = "Analista",
            description = "Demasiado corta",
            skills = new[] { new { id = "datos-sql", level = 2, required = false } },
            modality = "presencial",
            salaryMin = 30000,
            salaryMax = 20000,
            openings = 0,
            closesOn = "2020-01-01",
        }), HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        foreach (var field in new[] { "description", "skills", "state", "salaryMax", "openings", "closesOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var noCompany = await ProblemAsync(await operador.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody()), HttpStatusCode.BadRequest);
        Assert.True(noCompany.GetProperty("errors").TryGetProperty("companyId", out _));
    }

    [Fact]
    public async Task PostKeys_EmpresaKey_NeedsTheCompanysRfc()
    {
        await App.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: true);
        var operador = await App.ClientWithKeyAsync(Roles.Operador);

        var missing = await ProblemAsync(await operador.PostAsJsonAsync("/api/keys", new { role = "empresa", name = "ERP de la empresa" }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("companyRfc", out _));
        await ProblemAsync(await operador.PostAsJsonAsync("/api/keys", new { role = "empresa", name = "ERP", companyRfc = CompanyPeople.Rfc("DMA150804R2") }), HttpStatusCode.BadRequest);

        var created = await operador.PostAsJsonAsync("/api/keys", new { role = "empresa", name = "ERP de la empresa", companyRfc = CompanyPeople.Rfc("NDS190312K4") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await JsonAsync(created)).GetProperty("token").GetString();
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody())).StatusCode);
    }
}
