using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Diagnostics;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Companies;

namespace Semillero.Web.Tests.Access;

// Company × company and chamber × chamber on the diagnostic: someone else's assessment, colleague
// invitations and training invitations.
public abstract partial class CrossOwnerWriteTests
{
    // Everything about company A's diagnostics: assessments, respondents, answers, frozen scores,
    // training invitations.
    private Task<string> DiagnosticStateAsync(Guid companyId) => SnapshotAsync(async db =>
    {
        var assessments = db.Assessments.Where(a => a.CompanyId == companyId);
        var respondents = db.AssessmentRespondents.Where(r => assessments.Any(a => a.Id == r.AssessmentId));
        return new
        {
            Assessments = await assessments.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
            Respondents = await respondents.AsNoTracking().OrderBy(r => r.Id).ToListAsync(),
            Answers = await db.AssessmentAnswers.AsNoTracking().Where(a => respondents.Any(r => r.Id == a.RespondentId)).OrderBy(a => a.RespondentId).ThenBy(a => a.QuestionId).ToListAsync(),
            Scores = await db.AssessmentScores.AsNoTracking().Where(s => assessments.Any(a => a.Id == s.AssessmentId)).OrderBy(s => s.AssessmentId).ThenBy(s => s.DimensionId).ToListAsync(),
            Invitations = await db.TrainingInvitations.AsNoTracking().Where(i => i.CompanyId == companyId).OrderBy(i => i.Id).ToListAsync(),
        };
    });

    private static Dictionary<string, int?> AllAnswers(int score) =>
        QuestionBanks.Shipped.Questions.ToDictionary(q => q.Id, _ => (int?)score, StringComparer.Ordinal);

    private static async Task<Guid> StartedAsync(HttpClient owner, Guid companyId)
    {
        var response = await owner.PostAsync($"/api/companies/{companyId}/assessments", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    [CrossOwner("POST /api/companies/{id:guid}/assessments")]
    [CrossOwner("PUT /api/assessments/{id:guid}/answers")]
    [CrossOwner("POST /api/assessments/{id:guid}/respondents")]
    [CrossOwner("DELETE /api/assessments/{id:guid}/respondents/{respondentId:guid}")]
    [CrossOwner("POST /api/assessments/{id:guid}/submit")]
    [CrossOwner("POST /api/companies/{id:guid}/training-invitations")]
    public async Task DiagnosticApi_AnotherCompanyOrChamber_AreNotFound_AndChangeNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        await TestOrganizations.EnsureAsync(App.Services, "Cámara Uno", OrganizationKind.Camara);
        await TestOrganizations.EnsureAsync(App.Services, "Cámara Dos", OrganizationKind.Camara);
        var chamberOne = await App.ClientWithKeyAsync(Semillero.Access.Roles.Aliado, "Cámara Uno");
        var chamberTwo = await App.ClientWithKeyAsync(Semillero.Access.Roles.Aliado, "Cámara Dos");
        var own = await StartedAsync(a.Key, a.Id);
        var invited = await a.Key.PostAsJsonAsync($"/api/assessments/{own}/respondents", new { email = "colega@nubedelsur.mx" });
        var respondent = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var accompanied = await StartedAsync(chamberOne, a.Id);
        var unknown = Guid.NewGuid();
        var before = await DiagnosticStateAsync(a.Id);

        // Company B on A's self-assessment, and chamber two on chamber one's: as for an unknown id.
        foreach (var (intruder, target) in new[] { (b.Key, own), (chamberOne, own), (chamberTwo, accompanied), (a.Key, accompanied) })
        {
            await AssertNotFoundAsForUnknownAsync(
                await intruder.PutAsJsonAsync($"/api/assessments/{target}/answers", new { answers = AllAnswers(4) }),
                await intruder.PutAsJsonAsync($"/api/assessments/{unknown}/answers", new { answers = AllAnswers(4) }));
            await AssertNotFoundAsForUnknownAsync(
                await intruder.PostAsJsonAsync($"/api/assessments/{target}/respondents", new { email = "intruso@example.com" }),
                await intruder.PostAsJsonAsync($"/api/assessments/{unknown}/respondents", new { email = "intruso@example.com" }));
            await AssertNotFoundAsForUnknownAsync(
                await intruder.DeleteAsync($"/api/assessments/{target}/respondents/{respondent}"),
                await intruder.DeleteAsync($"/api/assessments/{unknown}/respondents/{respondent}"));
            await AssertNotFoundAsForUnknownAsync(
                await intruder.PostAsync($"/api/assessments/{target}/submit", null),
                await intruder.PostAsync($"/api/assessments/{unknown}/submit", null));
        }

        await AssertNotFoundAsForUnknownAsync(await b.Key.PostAsync($"/api/companies/{a.Id}/assessments", null), await b.Key.PostAsync($"/api/companies/{unknown}/assessments", null));
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsJsonAsync($"/api/companies/{a.Id}/training-invitations", new { emails = "x@example.com", path = "no-existe" }),
            await b.Key.PostAsJsonAsync($"/api/companies/{unknown}/training-invitations", new { emails = "x@example.com", path = "no-existe" }));
        Assert.Equal(before, await DiagnosticStateAsync(a.Id));

        // The owners themselves can.
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PutAsJsonAsync($"/api/assessments/{own}/answers", new { answers = AllAnswers(3) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PostAsync($"/api/assessments/{own}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chamberOne.PutAsJsonAsync($"/api/assessments/{accompanied}/answers", new { answers = AllAnswers(2) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await chamberOne.PostAsJsonAsync($"/api/assessments/{accompanied}/respondents", new { email = "socia@camara.mx" })).StatusCode);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/diagnostico/{id:guid} POST guardar")]
    [CrossOwner("PAGE /empresa/diagnostico/{id:guid} POST invitar")]
    [CrossOwner("PAGE /empresa/diagnostico/{id:guid} POST retirar")]
    [CrossOwner("PAGE /empresa/diagnostico/{id:guid} POST enviar")]
    [CrossOwner("PAGE /empresa/diagnostico/{id:guid}/resultado POST invitar")]
    public async Task DiagnosticPages_AnotherCompanysAssessment_AreNotFound_AndChangeNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var open = await StartedAsync(a.Key, a.Id);
        var respondent = (await (await a.Key.PostAsJsonAsync($"/api/assessments/{open}/respondents", new { email = "colega@nubedelsur.mx" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var browserB = await App.SignedInForCompanyAsync(b.Id);
        var before = await DiagnosticStateAsync(a.Id);
        var page = $"/empresa/diagnostico/{open}";

        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("guardar", new() { ["p-estrategia-plan"] = "4" }),
            ("invitar", new() { ["email"] = "intruso@example.com" }),
            ("retirar", new() { ["respondentId"] = respondent.ToString() }),
            ("enviar", []),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(browserB, "/empresa/diagnostico", $"{page}?handler={handler}&paso=estrategia", fields)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync(page)).StatusCode);
        await a.Key.PutAsJsonAsync($"/api/assessments/{open}/answers", new { answers = AllAnswers(2) });
        await a.Key.PostAsync($"/api/assessments/{open}/submit", null);
        before = await DiagnosticStateAsync(a.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(browserB, "/empresa/diagnostico", $"{page}/resultado?handler=invitar",
            new() { ["Destino"] = "ruta:nube-fundamentos", ["Correos"] = "x@example.com" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync($"{page}/resultado")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync($"{page}/resultado?handler=pdf")).StatusCode);
        Assert.Equal(before, await DiagnosticStateAsync(a.Id));
    }
}
