using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.FollowUp;
using Semillero.Tests.FollowUp;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.FollowUp;

// The follow-up survey as a graduate answers it from the emailed link (no sign-in, no JavaScript),
// and the outcomes as operators and analysts read them.
public abstract class FollowUpWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : FollowUpWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : FollowUpWebTests(DatabaseProvider.Postgres);

    // A graduate who completed a path three months and an hour ago, with the follow-up consent,
    // and one follow-up pass run: returns the learner and the survey email's token.
    private async Task<(Guid Learner, string Email, string Token)> SurveyedGraduateAsync(string pathCode = "nube-fundamentos", string? pathName = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var path = await db.LearningPaths.Where(p => p.Code == pathCode).Select(p => (Guid?)p.Id).FirstOrDefaultAsync()
            ?? await FollowUpSeed.PathAsync(db, pathCode, now);
        if (pathName is not null)
        {
            await db.LearningPaths.Where(p => p.Id == path).ExecuteUpdateAsync(u => u.SetProperty(p => p.NameEs, pathName));
        }

        var learner = await FollowUpSeed.LearnerAsync(db, now);
        await FollowUpSeed.CompletionAsync(db, learner, path, now.AddMonths(-3).AddHours(-1));
        await scope.ServiceProvider.GetRequiredService<RunFollowUps>().RunAsync(default);
        var email = await db.Learners.Where(l => l.Id == learner).Select(l => l.Email!).SingleAsync();
        var body = await db.OutboxMessages.Where(m => m.To == email && m.Kind == FollowUpMessages.SurveyKind).Select(m => m.BodyText).SingleAsync();
        return (learner, email, FollowUpSeed.TokenIn(body));
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(url);
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", People.AntiforgeryToken(html)) };
        return await client.PostAsync(url, new FormUrlEncodedContent(content));
    }

    [Fact]
    public async Task Graduate_AnswersFromTheEmailedLink_WithoutSigningIn_Once()
    {
        var (learner, email, token) = await SurveyedGraduateAsync();
        var client = App.Browser();
        var url = $"/seguimiento/{token}";

        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("¿Cómo le va a 3 meses de egresar?", html, StringComparison.Ordinal);
        Assert.Contains("Ruta nube-fundamentos", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Lucía", html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.Ordinal);
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        // Missing answers: Spanish messages next to the fields; the comment comes back encoded.
        var invalid = await SubmitAsync(client, url, new() { ["situacion"] = "empleado", ["comentario"] = "<script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var errors = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-sector\"", errors, StringComparison.Ordinal);
        Assert.Contains("Elija el sector en el que trabaja.", errors, StringComparison.Ordinal);
        Assert.Contains("Díganos si la capacitación le ayudó", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", errors, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", errors, StringComparison.Ordinal);

        var answer = new Dictionary<string, string>
        {
            ["situacion"] = "por_cuenta_propia",
            ["sector"] = "54",
            ["salario"] = "no_decir",
            ["ayudo"] = "algo",
            ["comentario"] = "Abrí mi consultoría <b>en la nube</b>.\r\nGracias.",
        };
        var sent = await SubmitAsync(client, url, answer);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thanks = await client.GetStringAsync(sent.Headers.Location!.ToString());
        Assert.Contains("¡Gracias por responder!", thanks, StringComparison.Ordinal);

        // A second submit is refused, and the first answer stays.
        var again = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(answer) { ["ayudo"] = "nada", ["__RequestVerificationToken"] = People.AntiforgeryToken(errors) }));
        Assert.Contains("Esta encuesta ya fue respondida", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = Database.NewDb();
        var survey = await db.FollowUpSurveys.SingleAsync(s => s.LearnerId == learner);
        Assert.Equal(EmploymentStatus.PorCuentaPropia, survey.Employment);
        Assert.Equal("54", survey.SectorCode);
        Assert.Null(survey.SalaryBand);
        Assert.Equal(TrainingHelped.Algo, survey.Helped);
        Assert.Equal("Abrí mi consultoría <b>en la nube</b>.\nGracias.", survey.Comment);

        // Nothing about the person in the logs.
        Assert.DoesNotContain(App.Logs, line => line.Contains(email, StringComparison.OrdinalIgnoreCase) || line.Contains("Ana Lucía", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BrokenLink_ShowsAClearPage_NotAnError()
    {
        var (_, _, token) = await SurveyedGraduateAsync();
        var client = App.Browser();

        var tampered = await client.GetAsync($"/seguimiento/{token[..^4]}AAAA");
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("Este enlace no es válido", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var english = await client.GetAsync($"/seguimiento/xyz?culture=en");
        Assert.Contains("This link is not valid", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcomes_AnalystsAndOperatorsOnly_SuppressedCellsAreNull()
    {
        await SurveyedGraduateAsync();
        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/follow-up/outcomes")).StatusCode);
        var partner = await App.ClientWithKeyAsync(Roles.Aliado);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/follow-up/outcomes")).StatusCode);
        var learner = await App.SignedInAsync(Roles.Aprendiz);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/follow-up/outcomes")).StatusCode);

        // Analysts sign in (keys are for partners' and operators' systems).
        var analyst = await App.SignedInAsync(Roles.Analista);
        var response = await analyst.GetAsync("/api/follow-up/outcomes?by=state&months=3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("state", json.GetProperty("by").GetString());
        var row = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Assert.Equal("09", row.GetProperty("key").GetString());
        // One person: every figure is suppressed, and the row says so.
        Assert.Equal(JsonValueKind.Null, row.GetProperty("sent").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("responseRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("salaryBands").GetProperty("no_decir").ValueKind);
        Assert.True(row.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("total").GetProperty("sent").ValueKind);

        var bad = await analyst.GetAsync("/api/follow-up/outcomes?by=sexo&months=4");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("by", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("months", out _));
    }

    [Fact]
    public async Task OutcomesPage_ForAnalysts_DownloadsSafeCsv()
    {
        await SurveyedGraduateAsync("formulas", "=HYPERLINK(\"http://x.example\")");
        var learner = await App.SignedInAsync(Roles.Aprendiz);
        var denied = await learner.GetAsync("/operacion/seguimiento");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);

        var analyst = await App.SignedInAsync(Roles.Analista);
        var page = await analyst.GetStringAsync("/operacion/seguimiento?meses=3&por=ruta");
        Assert.Contains("Seguimiento de egresados", page, StringComparison.Ordinal);
        Assert.Contains("id=\"tabla-tasas\"", page, StringComparison.Ordinal);
        Assert.Contains("—", page, StringComparison.Ordinal);

        var csv = await analyst.GetAsync("/operacion/seguimiento?handler=csv&meses=3&por=ruta");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("grupo,nombre,enviadas,respondidas,tasa_respuesta", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", text, StringComparison.Ordinal);
    }
}
