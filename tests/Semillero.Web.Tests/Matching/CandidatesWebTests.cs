using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Data;
using Semillero.Matching;
using Semillero.Vacancies;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Tests.Matching.TalentData;

namespace Semillero.Web.Tests.Matching;

// An employer's candidates through the API and the page: scoped to its own verified company, and
// never carrying the person's name, CURP, email or id.
public abstract class CandidatesWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CandidatesWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CandidatesWebTests(DatabaseProvider.Postgres);

    private Task<HttpClient> EmployerAsync(Guid companyId) => App.SignedInForCompanyAsync(companyId);

    private async Task<(Semillero.Learners.Learner Person, Vacancy Vacancy, Guid CompanyId)> SeedAsync()
    {
        await using var db = Database.NewDb();
        var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo");
        var person = await PersonAsync(db, "C-K7M3PQ", state: "09", declared: [("nube-redes", 2)]);
        await db.Learners.Where(l => l.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.Email, "persona.visible@example.com"));
        await BadgeAsync(db, person.Id, path.Id);
        var company = await CompanyAsync(db);
        var vacancy = await VacancyAsync(db, company.Id, WorkModality.Presencial, "09", 1, ("nube-computo", 1, true), ("nube-seguridad", 1, true));
        await PathAsync(db, "nube-seguridad", PathLevel.Intermedio, "nube-seguridad");
        return (person, vacancy, company.Id);
    }

    private async Task RestartIndexAsync()
    {
        // The data was written after startup: build again, as the startup build would have.
        await App.Services.GetRequiredService<CandidateIndexUpdater>().BuildAsync(default);
    }

    [Fact]
    public async Task Candidates_OwnCompany_PseudonymousProfileWithExplanation_NoPersonalData()
    {
        var (person, vacancy, companyId) = await SeedAsync();
        await RestartIndexAsync();
        var client = await EmployerAsync(companyId);

        var response = await client.GetAsync($"/api/vacancies/{vacancy.Id}/candidates?top=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        var candidate = Assert.Single(doc.RootElement.GetProperty("candidates").EnumerateArray());
        Assert.Equal("C-K7M3PQ", candidate.GetProperty("alias").GetString());
        Assert.Equal("nube-computo", candidate.GetProperty("verifiedSkills")[0].GetProperty("skillId").GetString());
        Assert.Equal("Ruta nube-fundamentos", candidate.GetProperty("verifiedSkills")[0].GetProperty("badges")[0].GetProperty("nameEs").GetString());
        var explanation = candidate.GetProperty("explanation");
        Assert.Equal("nube-seguridad", explanation.GetProperty("missing")[0].GetProperty("skillId").GetString());
        Assert.Equal("nube-seguridad", explanation.GetProperty("closingPaths")[0].GetProperty("code").GetString());

        var page = await client.GetStringAsync($"/empresa/vacantes/{vacancy.Id}/candidatos?invitado=C-K7M3PQ");
        Assert.Contains("C-K7M3PQ", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/empresa/vacantes/{vacancy.Id}/invitar\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"alias\" value=\"C-K7M3PQ\"", page, StringComparison.Ordinal);
        Assert.Contains("Invitación enviada a C-K7M3PQ", page, StringComparison.Ordinal);

        foreach (var text in new[] { json, page })
        {
            foreach (var personal in new[] { person.Curp, person.GivenNames, person.FirstSurname, "persona.visible@example.com", person.Id.ToString() })
            {
                Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static IReadOnlyList<string> Aliases(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-alias=\"(C-[A-Z0-9]+)\"").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task CandidatesPage_ShowsTheScoresScale_FlagsMissingRequiredSkills_FiltersByGet_AndHasACompactView()
    {
        Vacancy vacancy;
        Guid companyId;
        await using (var db = Database.NewDb())
        {
            var path = await PathAsync(db, "nube-fundamentos", PathLevel.Fundamentos, "nube-computo");
            var meets = await PersonAsync(db, "C-AAAAAA", state: "09", availability: Availability.Inmediata, declared: [("nube-seguridad", 1)]);
            await BadgeAsync(db, meets.Id, path.Id);
            await PersonAsync(db, "C-BBBBBB", state: "14", declared: [("nube-computo", 1)]);
            var verified = await PersonAsync(db, "C-CCCCCC", state: "09");
            await BadgeAsync(db, verified.Id, path.Id);
            for (var i = 0; i < 21; i++)
            {
                await PersonAsync(db, $"C-MANY{(char)('A' + i)}", state: "09", declared: [("nube-computo", 1)]);
            }

            var company = await CompanyAsync(db);
            companyId = company.Id;
            vacancy = await VacancyAsync(db, company.Id, WorkModality.Presencial, "09", 1, ("nube-computo", 1, true), ("nube-seguridad", 1, true));
        }

        await RestartIndexAsync();
        var client = await EmployerAsync(companyId);
        var url = $"/empresa/vacantes/{vacancy.Id}/candidatos";
        async Task<string> PageAsync(string query) => WebUtility.HtmlDecode(await client.GetStringAsync(url + query));

        // The scale: 2 required skills × 30, same state 15, immediate 6, recent activity 5.
        var all = await PageAsync("");
        Assert.Contains("el máximo es 86", all, StringComparison.Ordinal);
        Assert.Contains("de 86 puntos", all, StringComparison.Ordinal);
        var security = Semillero.Skills.SkillCatalog.Find("nube-seguridad")!.NameEs;
        Assert.Contains($"Le falta una habilidad requerida: {security}", all, StringComparison.Ordinal);
        Assert.Contains("Cumple todas las habilidades requeridas", all, StringComparison.Ordinal);
        Assert.Equal(20, Aliases(all).Count);
        Assert.Contains("Candidatos 1 a 20 de 24", all, StringComparison.Ordinal);

        Assert.Equal(["C-AAAAAA"], Aliases(await PageAsync("?cumple=true")));
        Assert.Equal(["C-AAAAAA", "C-CCCCCC"], Aliases(await PageAsync("?verificadas=true")));
        Assert.Equal(["C-BBBBBB"], Aliases(await PageAsync("?estado=14")));
        Assert.Equal(["C-AAAAAA"], Aliases(await PageAsync("?disponibilidad=inmediata")));

        // The pager keeps the filters; the second page holds the rest.
        var first = await PageAsync("?estado=09");
        Assert.Contains($"href=\"{url}?estado=09&pagina=2\"", first, StringComparison.Ordinal);
        Assert.Equal(3, Aliases(await PageAsync("?estado=09&pagina=2")).Count);

        // Compact: one table row per person, no invitation forms, the detail one link away.
        var compact = await PageAsync("?cumple=true&vista=compacta");
        Assert.Contains("id=\"tabla-candidatos\"", compact, StringComparison.Ordinal);
        Assert.Equal(["C-AAAAAA"], Aliases(compact));
        Assert.DoesNotContain("name=\"alias\"", compact, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}?cumple=true#c-C-AAAAAA\"", compact, StringComparison.Ordinal);

        var english = await PageAsync("?culture=en");
        Assert.Contains("the maximum is 86", english, StringComparison.Ordinal);
        Assert.Contains("Missing a required skill", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidates_AnotherCompanysVacancy_Is404_UnverifiedCompany_Is409_BadTop_Is400()
    {
        var (_, vacancy, _) = await SeedAsync();
        await RestartIndexAsync();
        await using var db = Database.NewDb();
        var other = await CompanyAsync(db, rfc: "OTR010101AB1");
        var unverified = await CompanyAsync(db, verified: false, rfc: "UNV010101AB1");
        var draft = await VacancyAsync(db, unverified.Id, WorkModality.Remoto, null, 1, ("nube-computo", 1, true));

        var otherEmployer = await EmployerAsync(other.Id);
        var notFound = await otherEmployer.GetAsync($"/api/vacancies/{vacancy.Id}/candidates");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEmployer.GetAsync($"/empresa/vacantes/{vacancy.Id}/candidatos")).StatusCode);

        var unverifiedEmployer = await EmployerAsync(unverified.Id);
        var conflict = await unverifiedEmployer.GetAsync($"/api/vacancies/{draft.Id}/candidates");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("company_not_verified", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var operador = await App.ClientWithKeyAsync(Roles.Operador);
        Assert.Equal(HttpStatusCode.OK, (await operador.GetAsync($"/api/vacancies/{vacancy.Id}/candidates")).StatusCode);
        var badTop = await operador.GetAsync($"/api/vacancies/{vacancy.Id}/candidates?top=500");
        Assert.Equal(HttpStatusCode.BadRequest, badTop.StatusCode);
        Assert.Contains("\"top\"", await badTop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkProfilePage_TurningVisibilityOff_RemovesThePersonFromCandidates()
    {
        var (_, vacancy, companyId) = await SeedAsync();
        var learner = await App.CreateAsync(Roles.Aprendiz);
        var client = App.Browser();
        await client.SignInAsync(learner.Email!, People.Password);
        var form = await client.GetStringAsync("/mi-aprendizaje/perfil-laboral");
        Assert.Contains("Ser visible para empleadores", form, StringComparison.Ordinal);

        var post = await client.PostAsync("/mi-aprendizaje/perfil-laboral", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
            ["Visible"] = "true",
            ["Availability"] = "Inmediata",
            ["Presencial"] = "true",
            ["Summary"] = "Administro servidores en la nube.",
            ["Levels[nube-computo]"] = "3",
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        await using (var db = Database.NewDb())
        {
            await db.Learners.Where(l => l.Id == learner.LearnerId).ExecuteUpdateAsync(u => u.SetProperty(l => l.StateCode, "09"));
        }

        await RestartIndexAsync();
        var employer = await EmployerAsync(companyId);
        var before = await employer.GetStringAsync($"/api/vacancies/{vacancy.Id}/candidates");
        Assert.Contains("C-K7M3PQ", before, StringComparison.Ordinal);
        var alias = JsonDocument.Parse(before).RootElement.GetProperty("candidates").EnumerateArray()
            .Select(c => c.GetProperty("alias").GetString()).Single(a => a != "C-K7M3PQ");

        form = await client.GetStringAsync("/mi-aprendizaje/perfil-laboral");
        await client.PostAsync("/mi-aprendizaje/perfil-laboral", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
            ["Availability"] = "Inmediata",
            ["Presencial"] = "true",
        }));

        var after = await employer.GetStringAsync($"/api/vacancies/{vacancy.Id}/candidates");
        Assert.DoesNotContain(alias!, after, StringComparison.Ordinal);
        Assert.Contains("C-K7M3PQ", after, StringComparison.Ordinal);
    }
}
