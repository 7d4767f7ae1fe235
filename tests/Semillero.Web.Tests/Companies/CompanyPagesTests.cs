using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Companies;

// The company pages as an employer and an operator use them, without JavaScript.
public abstract class CompanyPagesTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : CompanyPagesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CompanyPagesTests(DatabaseProvider.Postgres);

    private static Dictionary<string, string> Registration(string token, string rfc, string email) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["rfc"] = rfc,
        ["legalName"] = "Nube del Sur, S.A. de C.V.",
        ["tradeName"] = "Nube del Sur",
        ["sector"] = "54",
        ["state"] = "14",
        ["workers"] = "42",
        ["annualSalesMdp"] = "38.5",
        ["kind"] = "startup",
        ["website"] = "nubedelsur.example",
        ["description"] = "Consultoría de nube para pymes.",
        ["contactName"] = "Laura Pérez",
        ["email"] = email,
        ["password"] = "una-frase-bastante-larga",
        ["aviso"] = "true",
    };

    private static async Task<string> PostFormAsync(HttpClient client, string url, Func<string, Dictionary<string, string>> form)
    {
        var page = await client.GetStringAsync(url);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(form(People.AntiforgeryToken(page))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Registro_Errors_AreShownInSpanishNextToTheirFields()
    {
        var html = await PostFormAsync(App.Browser(), "/empresas/registro", token => new()
        {
            ["__RequestVerificationToken"] = token,
            ["rfc"] = "XAXX010101000",
            ["workers"] = "muchos",
            ["annualSalesMdp"] = "-1",
            ["email"] = "no-es-correo",
        });

        Assert.Contains("Revise estos datos", html, StringComparison.Ordinal);
        Assert.Contains("es un RFC genérico", html, StringComparison.Ordinal);
        Assert.Contains("Falta la razón social.", html, StringComparison.Ordinal);
        Assert.Contains("Falta el sector SCIAN.", html, StringComparison.Ordinal);
        Assert.Contains("El número de trabajadores va de 0 en adelante", html, StringComparison.Ordinal);
        Assert.Contains("Las ventas anuales se escriben en millones de pesos", html, StringComparison.Ordinal);
        Assert.Contains("no es una dirección válida", html, StringComparison.Ordinal);
        Assert.Contains("necesita aceptar el aviso de privacidad", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-legalName\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"muchos\"", html, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task Registro_Valid_AsksToConfirmTheEmail_AndASecondAccountForTheRfcIsTurnedAway()
    {
        var rfc = CompanyPeople.Rfc("NDS190312K4");
        var html = await PostFormAsync(App.Browser(), "/empresas/registro", token => Registration(token, rfc, "laura@nubedelsur.example"));

        Assert.Contains("Confirme su correo", html, StringComparison.Ordinal);
        await using (var db = Database.NewDb())
        {
            var company = await db.Companies.SingleAsync();
            Assert.Null(company.VerifiedAt);
            Assert.Equal(company.Id, (await db.Users.SingleAsync(u => u.Email == "laura@nubedelsur.example")).CompanyId);
        }

        var again = await PostFormAsync(App.Browser(), "/empresas/registro", token => Registration(token, rfc, "otra@nubedelsur.example"));
        Assert.Contains("Esta empresa ya está registrada", again, StringComparison.Ordinal);
        Assert.Contains("una invitación", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registro_CheckDigitMismatch_WarnsAndRegistersOnlyOnceConfirmed()
    {
        var good = CompanyPeople.Rfc("NDS190312K4");
        var bad = good[..^1] + (good[^1] == '1' ? '2' : '1');
        var client = App.Browser();

        var warned = await PostFormAsync(client, "/empresas/registro", token => Registration(token, bad, "laura@nubedelsur.example"));
        Assert.Contains("Revise el RFC", warned, StringComparison.Ordinal);
        Assert.Contains("name=\"confirmar_rfc\"", warned, StringComparison.Ordinal);

        var confirmed = await PostFormAsync(client, "/empresas/registro", token => new(Registration(token, bad, "laura@nubedelsur.example")) { ["confirmar_rfc"] = "true" });
        Assert.Contains("Confirme su correo", confirmed, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False((await db.Companies.SingleAsync()).RfcCheckDigitMatches);
    }

    [Fact]
    public async Task EmpresaPages_ShowTheStatus_CreateAndPublishAVacancy_AndAnotherCompanysIs404()
    {
        var mine = await App.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: false);
        var other = await App.RegisterCompanyAsync("DMA150804R2", "DataMAV", verified: true);
        var otherKey = await App.CompanyKeyClientAsync("DMA150804R2");
        var theirs = (await (await otherKey.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody())).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        var browser = await App.SignedInForCompanyAsync(mine);

        var home = WebUtility.HtmlDecode(await browser.GetStringAsync("/empresa"));
        Assert.Contains("Su empresa está en revisión", home, StringComparison.Ordinal);
        Assert.Contains("Puntaje combinado", home, StringComparison.Ordinal);

        var form = await browser.GetStringAsync("/empresa/vacantes/nueva");
        var closes = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await browser.PostAsync("/empresa/vacantes/nueva", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
            ["title"] = "Puesto de flujos ETL en planta",
            ["description"] = "Construir flujos de datos en la nube para la planta.",
            ["nivel[datos-etl]"] = "2",
            ["tipo[datos-etl]"] = "requerida",
            ["nivel[datos-python]"] = "1",
            ["tipo[datos-python]"] = "deseable",
            ["modality"] = "remoto",
            ["state"] = "",
            ["openings"] = "1",
            ["closesOn"] = closes,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();
        var edit = await browser.GetStringAsync(page);
        Assert.Contains("Borrador", edit, StringComparison.Ordinal);
        Assert.Contains("/candidatos", edit, StringComparison.Ordinal);
        var published = await browser.PostAsync(page + "?handler=publicar", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = People.AntiforgeryToken(edit) }));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Será pública cuando", WebUtility.HtmlDecode(await browser.GetStringAsync(page)), StringComparison.Ordinal);
        // Published but the company is unverified: not in the public listing yet.
        Assert.DoesNotContain("Puesto de flujos ETL en planta", WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/vacantes")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/empresa/vacantes/{theirs}")).StatusCode);
        Assert.NotEqual(other, mine);
    }

    [Fact]
    public async Task OperacionEmpresas_VerifyingACompany_PublishesItsOpenVacancies()
    {
        var company = await App.RegisterCompanyAsync("NDS190312K4", "Nube del Sur", verified: false);
        var key = await App.CompanyKeyClientAsync("NDS190312K4");
        var id = (await (await key.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(title: "Analista de nube"))).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await key.PostAsync($"/api/vacancies/{id}/publish", null)).StatusCode);
        var operador = await App.SignedInAsync(Semillero.Access.Roles.Operador);

        var queue = await operador.GetStringAsync("/operacion/empresas");
        Assert.Contains("Nube del Sur", queue, StringComparison.Ordinal);
        var verified = await operador.PostAsync("/operacion/empresas?handler=verificar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = People.AntiforgeryToken(queue),
            ["empresa"] = company.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);

        var list = WebUtility.HtmlDecode(await App.Browser().GetStringAsync("/vacantes"));
        Assert.Contains("Analista de nube", list, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await App.Browser().GetStringAsync($"/vacantes/{id}"));
        Assert.Contains("Postularme", detail, StringComparison.Ordinal);
        Assert.Contains($"/vacantes/{id}/postular", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(CompanyPeople.Rfc("NDS190312K4"), detail, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.NotNull((await db.Companies.SingleAsync()).VerifiedBy);

        // Only learners apply: a learner gets the button; an operator reads why there is none
        // instead of following it to a refusal.
        var learner = WebUtility.HtmlDecode(await (await App.SignedInAsync(Semillero.Access.Roles.Aprendiz)).GetStringAsync($"/vacantes/{id}"));
        Assert.Contains($"/vacantes/{id}/postular", learner, StringComparison.Ordinal);
        var asOperator = WebUtility.HtmlDecode(await operador.GetStringAsync($"/vacantes/{id}"));
        Assert.DoesNotContain($"/vacantes/{id}/postular", asOperator, StringComparison.Ordinal);
        Assert.Contains("id=\"solo-aprendices\"", asOperator, StringComparison.Ordinal);
    }
}
