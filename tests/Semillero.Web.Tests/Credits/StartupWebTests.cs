using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Tests.Credits;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Credits;

// The startup profile page and API as a startup uses them, and the investors' directory as funds,
// accelerators and operators browse it (another company's attempts are in
// Access/CrossOwnerWriteTests.CreditsStartups.cs).
public abstract class StartupWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : StartupWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : StartupWebTests(DatabaseProvider.Postgres);

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(url);
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(html);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private async Task<Guid> CompanyAsync(string rfcBody, string name, string kind = "startup", bool verified = true)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegisterCompany>().RunAsync(
            new CompanyInput(CompanyPeople.Rfc(rfcBody), name + ", S.A.P.I. de C.V.", name, "54", "14", 12, 3m, kind, "https://" + name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".example", null),
            "prueba", verified, default);
        return Assert.IsType<RegisterCompanyOutcome.Registered>(outcome).Company.Id;
    }

    private static Dictionary<string, string> ProfileFields(params (string Curp, string Name)[] founders)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["foundedOn"] = "2022-03-15",
            ["stage"] = "semilla",
            ["funding"] = "menos_100_mil",
            ["pitch"] = "Plataforma de IA que ayuda a las tortillerías a prever su demanda diaria.",
            ["visibleToInvestors"] = "true",
        };
        for (var i = 0; i < founders.Length; i++)
        {
            fields[$"founders[{i}].curp"] = founders[i].Curp;
            fields[$"founders[{i}].name"] = founders[i].Name;
        }

        return fields;
    }

    private static object ProfileBody(params (string Curp, string Name)[] founders) => new
    {
        foundedOn = "2021-06-01",
        stage = "pre_semilla",
        funding = "ninguno",
        pitch = "Análisis de imágenes satelitales para productores de aguacate.",
        visibleToInvestors = true,
        founders = founders.Select(f => new { curp = f.Curp, name = f.Name }).ToArray(),
    };

    private static int CountOccurrences(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task ProfilePage_StartupFillsTheFormWithoutJavaScript_AndSeesItSaved()
    {
        var id = await CompanyAsync("NDS190312K4", "Nube del Sur");
        var browser = await App.SignedInForCompanyAsync(id);
        Guid learnerId;
        await using (var db = Database.NewDb())
        {
            learnerId = (await StartupData.LearnerAsync(db, StartupData.Curp(21))).Id;
        }

        var hub = await browser.GetStringAsync("/empresa");
        var empty = await browser.GetStringAsync("/empresa/startup");
        var saved = await PostFormAsync(browser, "/empresa/startup", ProfileFields((StartupData.Curp(21), "Ana López Ruiz"), (StartupData.Curp(22), "Beto Mora")));
        var page = await browser.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Contains("Perfil de startup y créditos de nube", hub, StringComparison.Ordinal);
        Assert.Contains("href=\"/empresa/startup\"", hub, StringComparison.Ordinal);
        // No founders yet: the two spare rows only.
        Assert.Equal(2, CountOccurrences(empty, "class=\"startup-founder\""));
        Assert.Contains("/empresa/perfil", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Perfil de startup guardado.", page, StringComparison.Ordinal);
        Assert.Equal(4, CountOccurrences(page, "class=\"startup-founder\""));
        Assert.Contains(StartupData.Curp(21), page, StringComparison.Ordinal);
        Assert.Contains("Registrada en el programa", page, StringComparison.Ordinal);
        await using var check = Database.NewDb();
        var profile = await check.StartupProfiles.AsNoTracking().Include(p => p.Founders).SingleAsync(p => p.CompanyId == id);
        Assert.Equal((Semillero.Credits.StartupStage.Semilla, true, 2), (profile.Stage, profile.VisibleToInvestors, profile.Founders.Count));
        Assert.Equal(learnerId, profile.Founders.Single(f => f.Curp == StartupData.Curp(21)).LearnerId);
        Assert.DoesNotContain(App.Logs, l => l.Contains(StartupData.Curp(21), StringComparison.Ordinal) || l.Contains("Ana López", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProfilePage_InvalidFields_AreNamedInSpanishNextToEachField_AndNothingIsSaved()
    {
        var id = await CompanyAsync("NDS190312K4", "Nube del Sur");
        var browser = await App.SignedInForCompanyAsync(id);
        var fields = ProfileFields(("NO-ES-CURP", "Ana López"), (StartupData.Curp(2), ""));
        fields["foundedOn"] = "";
        fields["pitch"] = "";

        var response = await PostFormAsync(browser, "/empresa/startup", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Falta la fecha de fundación.", html, StringComparison.Ordinal);
        Assert.Contains("Falta la descripción de la startup.", html, StringComparison.Ordinal);
        Assert.Contains("Falta el nombre de la persona fundadora.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-founders[0].curp\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#campo-founders[1].name\"", html, StringComparison.Ordinal);
        // What was typed comes back.
        Assert.Contains("value=\"NO-ES-CURP\"", html, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False(await db.StartupProfiles.AnyAsync(p => p.CompanyId == id));
    }

    [Fact]
    public async Task ProfilePage_InEnglish_IsCompleteAndErrorsAreEnglish()
    {
        var id = await CompanyAsync("NDS190312K4", "Nube del Sur");
        var browser = await App.SignedInForCompanyAsync(id);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var fields = ProfileFields((StartupData.Curp(1), "Ana López"));
        fields["stage"] = "";

        var page = await browser.GetStringAsync("/empresa/startup");
        var invalid = await (await PostFormAsync(browser, "/empresa/startup", fields)).Content.ReadAsStringAsync();

        Assert.Contains("Startup profile", page, StringComparison.Ordinal);
        Assert.Contains("Founding date", page, StringComparison.Ordinal);
        Assert.Contains("Show my startup to verified investment funds and accelerators", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Fecha de fundación", page, StringComparison.Ordinal);
        Assert.Contains("The stage is required.", invalid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilePage_CompanyThatIsNotAStartup_IsToldWhy_AndHasNoHubCard()
    {
        var id = await CompanyAsync("DMA150804R2", "DataMAV", kind: "pyme");
        var browser = await App.SignedInForCompanyAsync(id);

        var hub = await browser.GetStringAsync("/empresa");
        var page = await browser.GetStringAsync("/empresa/startup");
        var posted = await PostFormAsync(browser, "/empresa/startup", ProfileFields((StartupData.Curp(1), "Ana López")));

        Assert.DoesNotContain("/empresa/startup", hub, StringComparison.Ordinal);
        Assert.Contains("Solo las empresas registradas como startup", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"foundedOn\"", page, StringComparison.Ordinal);
        Assert.Contains("Solo las empresas registradas como startup", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False(await db.StartupProfiles.AnyAsync());
    }

    [Fact]
    public async Task Api_StartupKey_ReadsAndWritesItsProfile_AndInvalidFieldsAreProblems()
    {
        var id = await CompanyAsync("NDS190312K4", "Nube del Sur");
        var key = await App.EmployerKeyAsync(id);

        var before = await key.GetFromJsonAsync<JsonElement>($"/api/companies/{id}/startup-profile");
        var put = await key.PutAsJsonAsync($"/api/companies/{id}/startup-profile", ProfileBody((StartupData.Curp(1), "Ana López"), (StartupData.Curp(2), "Beto Mora")));
        var invalid = await key.PutAsJsonAsync($"/api/companies/{id}/startup-profile", new { foundedOn = "2031-01-01", stage = "semilla", funding = "ninguno", pitch = "x", founders = Array.Empty<object>() });

        Assert.False(before.GetProperty("completed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var body = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("2021-06-01", "pre_semilla", "ninguno", true), (body.GetProperty("foundedOn").GetString(), body.GetProperty("stage").GetString(),
            body.GetProperty("funding").GetString(), body.GetProperty("completed").GetBoolean()));
        Assert.Equal(2, body.GetProperty("founders").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["foundedOn", "founders"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(problem.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("field").GetString() == "foundedOn" && r.GetProperty("en").GetString()!.Contains("later than today", StringComparison.Ordinal));
        var after = await key.GetFromJsonAsync<JsonElement>($"/api/companies/{id}/startup-profile");
        Assert.Equal(2, after.GetProperty("founders").GetArrayLength());
    }

    [Fact]
    public async Task Api_CompanyThatIsNotAStartup_Is403WithTheReason()
    {
        var id = await CompanyAsync("DMA150804R2", "DataMAV", kind: "pyme");
        var key = await App.EmployerKeyAsync(id);

        var put = await key.PutAsJsonAsync($"/api/companies/{id}/startup-profile", ProfileBody((StartupData.Curp(1), "Ana López")));
        var get = await key.GetAsync($"/api/companies/{id}/startup-profile");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (put.StatusCode, get.StatusCode));
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no_startup", problem.GetProperty("code").GetString());
        Assert.StartsWith("Solo las empresas registradas como startup", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_OperatorReadsAStartupsFounders_AndTheReadIsAudited()
    {
        var id = await CompanyAsync("NDS190312K4", "Nube del Sur");
        Guid learnerId;
        await using (var db = Database.NewDb())
        {
            learnerId = (await StartupData.LearnerAsync(db, StartupData.Curp(31))).Id;
        }

        await (await App.EmployerKeyAsync(id)).PutAsJsonAsync($"/api/companies/{id}/startup-profile", ProfileBody((StartupData.Curp(31), "Ana López")));
        var operatorKey = await App.ClientWithKeyAsync(Roles.Operador, "Operación");

        var read = await operatorKey.GetFromJsonAsync<JsonElement>($"/api/companies/{id}/startup-profile");

        Assert.Equal(StartupData.Curp(31), read.GetProperty("founders")[0].GetProperty("curp").GetString());
        Assert.True(read.GetProperty("founders")[0].GetProperty("registered").GetBoolean());
        await using var check = Database.NewDb();
        Assert.Equal([learnerId], await check.AuditEntries.Select(a => a.LearnerId).ToListAsync());
    }

    [Fact]
    public async Task Directory_FundSeesOptedInStartupsWithFoundersPaths_OthersAreRefused()
    {
        var shown = await CompanyAsync("NDS190312K4", "Nube del Sur");
        var hidden = await CompanyAsync("DMA150804R2", "DataMAV");
        await using (var db = Database.NewDb())
        {
            var ana = await StartupData.LearnerAsync(db, StartupData.Curp(41));
            var cloud = await StartupData.PathAsync(db, "nube-fundamentos", "Fundamentos de nube", "Cloud fundamentals");
            await StartupData.CompletedAsync(db, ana.Id, cloud);
        }

        await (await App.EmployerKeyAsync(shown)).PutAsJsonAsync($"/api/companies/{shown}/startup-profile", ProfileBody((StartupData.Curp(41), "Ana López"), (StartupData.Curp(42), "Beto Mora")));
        var hiddenBody = new Dictionary<string, object?>
        {
            ["foundedOn"] = "2020-01-01", ["stage"] = "idea", ["funding"] = "ninguno", ["pitch"] = "Oculta.", ["visibleToInvestors"] = false,
            ["founders"] = new[] { new { curp = StartupData.Curp(43), name = "Carla Díaz" } },
        };
        await (await App.EmployerKeyAsync(hidden)).PutAsJsonAsync($"/api/companies/{hidden}/startup-profile", hiddenBody);
        await TestOrganizations.EnsureAsync(App.Services, "Fondo Semilla", OrganizationKind.Inversion);
        await TestOrganizations.EnsureAsync(App.Services, "Proveedor Uno", OrganizationKind.Proveedor);
        var fundKey = await App.ClientWithKeyAsync(Roles.Aliado, "Fondo Semilla");
        var providerKey = await App.ClientWithKeyAsync(Roles.Aliado, "Proveedor Uno");

        var api = await fundKey.GetFromJsonAsync<JsonElement>("/api/startups?stage=pre_semilla&state=14");
        var filteredOut = await fundKey.GetFromJsonAsync<JsonElement>("/api/startups?stage=serie_a");
        var refused = await providerKey.GetAsync("/api/startups");
        var badStage = await fundKey.GetAsync("/api/startups?stage=unicornio");

        var item = Assert.Single(api.GetProperty("items").EnumerateArray());
        Assert.Equal(("Nube del Sur", 2021, 2), (item.GetProperty("tradeName").GetString(), item.GetProperty("foundedYear").GetInt32(), item.GetProperty("founders").GetInt32()));
        var path = Assert.Single(item.GetProperty("founderPaths").EnumerateArray());
        Assert.Equal(("nube-fundamentos", 1), (path.GetProperty("code").GetString(), path.GetProperty("founders").GetInt32()));
        var raw = item.GetRawText();
        Assert.DoesNotContain(StartupData.Curp(41), raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", raw, StringComparison.Ordinal);
        Assert.Equal(0, filteredOut.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("tipo_organizacion", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);
    }

    [Fact]
    public async Task DirectoryPage_FundMemberBrowsesFromItsHub_ProviderIsRefused()
    {
        var id = await CompanyAsync("NDS190312K4", "Nube del Sur");
        await (await App.EmployerKeyAsync(id)).PutAsJsonAsync($"/api/companies/{id}/startup-profile", ProfileBody((StartupData.Curp(1), "Ana López")));
        await TestOrganizations.EnsureAsync(App.Services, "Aceleradora Norte", OrganizationKind.Aceleradora);
        await TestOrganizations.EnsureAsync(App.Services, "Proveedor Uno", OrganizationKind.Proveedor);
        var member = await App.CreateAsync(Roles.Aliado, organization: "Aceleradora Norte");
        var accelerator = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await accelerator.SignInAsync(member.Email!, People.Password)).StatusCode);
        var providerMember = await App.CreateAsync(Roles.Aliado, organization: "Proveedor Uno");
        var provider = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await provider.SignInAsync(providerMember.Email!, People.Password)).StatusCode);

        var hub = await accelerator.GetStringAsync("/organizacion");
        var page = await accelerator.GetStringAsync("/organizacion/startups?sector=54&etapa=pre_semilla");
        var none = await accelerator.GetStringAsync("/organizacion/startups?entidad=19");
        var english = await accelerator.GetStringAsync("/organizacion/startups?culture=en");
        var providerHub = await provider.GetStringAsync("/organizacion");
        var refused = await provider.GetAsync("/organizacion/startups");

        Assert.Contains("href=\"/organizacion/startups\"", hub, StringComparison.Ordinal);
        Assert.Contains("Nube del Sur", page, StringComparison.Ordinal);
        Assert.Contains("Análisis de imágenes satelitales", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana López", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nube del Sur", none, StringComparison.Ordinal);
        Assert.Contains("Ninguna startup coincide", none, StringComparison.Ordinal);
        Assert.Contains("Startup directory", english, StringComparison.Ordinal);
        Assert.DoesNotContain("/organizacion/startups", providerHub, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("Solo los fondos de inversión y las aceleradoras", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectoryPage_OperatorReachesItFromTheOperatorsHome()
    {
        var browser = await App.SignedInAsync(Roles.Operador);

        var home = await browser.GetStringAsync("/operacion");
        var page = await browser.GetAsync("/organizacion/startups");

        Assert.Contains("href=\"/organizacion/startups\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
