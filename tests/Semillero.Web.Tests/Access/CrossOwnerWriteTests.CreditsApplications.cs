using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Credits;
using Semillero.Tests.Credits;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Startup × startup, reviewer × reviewer and company × operator on credit applications: someone
// else's application is 404 as an unknown id, a non-assigned reviewer cannot review, a company
// cannot assign, decide or manage reviewers; nothing changes.
public abstract partial class CrossOwnerWriteTests
{
    private Task<string> CreditStateAsync() => SnapshotAsync(async db => new
    {
        Applications = await db.CreditApplications.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
        Reviews = await db.CreditReviews.AsNoTracking().OrderBy(r => r.Id).ToListAsync(),
        Decisions = await db.CreditDecisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync(),
        Reviewers = await db.CreditReviewers.AsNoTracking().OrderBy(r => r.UserId).ToListAsync(),
        Conflicts = await db.CreditConflicts.AsNoTracking().OrderBy(c => c.ReviewerId).ThenBy(c => c.CompanyId).ToListAsync(),
        Pools = await db.CreditPools.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
    });

    // Company A (a startup with a profile and a graduate founder) with an application in review by
    // two reviewers; company B another startup; a third reviewer not assigned.
    private async Task<(Firm A, Firm B, Guid App, User First, User Outsider)> CreditScenarioAsync()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var first = await App.CreateAsync(Roles.Analista);
        var second = await App.CreateAsync(Roles.Analista);
        var outsider = await App.CreateAsync(Roles.Analista);
        Guid app;
        await using (var db = Database.NewDb())
        {
            foreach (var u in new[] { first, second, outsider })
            {
                db.CreditReviewers.Add(new CreditReviewer { UserId = u.Id, Active = true, AddedAt = CreditApplyData.Now, AddedBy = "prueba" });
            }

            await db.SaveChangesAsync();
            app = await CreditApplyData.AwaitingDecisionAsync(db, a.Id, 50_000_00);
            await db.CreditApplications.Where(x => x.Id == app).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ApplicationStatus.EnRevision));
            db.CreditReviews.AddRange(
                new CreditReview { Id = Guid.NewGuid(), ApplicationId = app, ReviewerId = first.Id, Round = 1, AssignedAt = CreditApplyData.Now, AssignedBy = "prueba" },
                new CreditReview { Id = Guid.NewGuid(), ApplicationId = app, ReviewerId = second.Id, Round = 2, AssignedAt = CreditApplyData.Now, AssignedBy = "prueba" });
            await db.SaveChangesAsync();
        }

        return (a, b, app, first, outsider);
    }

    [Fact]
    [CrossOwner("POST /api/companies/{id:guid}/credit-applications")]
    [CrossOwner("POST /api/credit-applications/{id:guid}/withdraw")]
    [CrossOwner("PUT /api/credit-applications/{id:guid}/reviews/mine")]
    [CrossOwner("POST /api/credit-applications/{id:guid}/reviewers")]
    [CrossOwner("POST /api/credit-applications/{id:guid}/decisions")]
    [CrossOwner("POST /api/credit-reviewers")]
    [CrossOwner("POST /api/credit-reviewers/{userId:guid}/conflicts")]
    public async Task CreditApplicationsApi_AnotherStartupOrReviewer_AreNotFound_AndChangeNothing()
    {
        var (a, b, app, first, outsider) = await CreditScenarioAsync();
        var unknown = Guid.NewGuid();
        var outsiderClient = await (await SignInAsync(outsider)).WithAntiforgeryTokenAsync();
        var before = await CreditStateAsync();
        var review = new { scores = CreditApplyData.Scores(4), comment = "Buen plan." };

        // B on A's application and A's company: as for an unknown id.
        await AssertNotFoundAsForUnknownAsync(await b.Key.PostAsync($"/api/credit-applications/{app}/withdraw", null), await b.Key.PostAsync($"/api/credit-applications/{unknown}/withdraw", null));
        await AssertNotFoundAsForUnknownAsync(await b.Key.GetAsync($"/api/credit-applications/{app}"), await b.Key.GetAsync($"/api/credit-applications/{unknown}"));
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsJsonAsync($"/api/companies/{a.Id}/credit-applications", new { tierKey = "base", amountCents = 100, usePlan = "x" }),
            await b.Key.PostAsJsonAsync($"/api/companies/{unknown}/credit-applications", new { tierKey = "base", amountCents = 100, usePlan = "x" }));
        // A reviewer not assigned: the review and a conflict through an application not theirs.
        await AssertNotFoundAsForUnknownAsync(
            await outsiderClient.PutAsJsonAsync($"/api/credit-applications/{app}/reviews/mine", review),
            await outsiderClient.PutAsJsonAsync($"/api/credit-applications/{unknown}/reviews/mine", review));
        await AssertNotFoundAsForUnknownAsync(
            await outsiderClient.PostAsJsonAsync($"/api/credit-reviewers/{first.Id}/conflicts", new { companyId = a.Id, reason = "x" }),
            await outsiderClient.PostAsJsonAsync($"/api/credit-reviewers/{unknown}/conflicts", new { companyId = a.Id, reason = "x" }));
        // A company cannot assign, decide nor manage reviewers (the access table turns it away).
        AssertTurnedAway(await a.Key.PostAsJsonAsync($"/api/credit-applications/{app}/decisions", new { outcome = "aprobada", amountCents = 100 }));
        AssertTurnedAway(await a.Key.PostAsJsonAsync($"/api/credit-applications/{app}/reviewers", new { userId = outsider.Id }));
        AssertTurnedAway(await a.Key.PostAsJsonAsync("/api/credit-reviewers", new { userId = first.Id }));
        // A reviewer (not an operator) cannot decide either.
        AssertTurnedAway(await outsiderClient.PostAsJsonAsync($"/api/credit-applications/{app}/decisions", new { outcome = "rechazada", reasons = "x" }));
        Assert.Equal(before, await CreditStateAsync());

        // The owners themselves can.
        var firstClient = await (await SignInAsync(first)).WithAntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await firstClient.PutAsJsonAsync($"/api/credit-applications/{app}/reviews/mine", review)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await a.Key.PostAsync($"/api/credit-applications/{app}/withdraw", null)).StatusCode);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/creditos POST solicitar")]
    [CrossOwner("PAGE /empresa/creditos POST retirar")]
    [CrossOwner("PAGE /revision/creditos/{id:guid} POST revisar")]
    [CrossOwner("PAGE /revision/creditos/{id:guid} POST conflicto")]
    [CrossOwner("PAGE /operacion/creditos/solicitudes/{id:guid} POST asignar")]
    [CrossOwner("PAGE /operacion/creditos/solicitudes/{id:guid} POST decidir")]
    [CrossOwner("PAGE /operacion/creditos/revisores POST agregar")]
    [CrossOwner("PAGE /operacion/creditos/revisores POST activar")]
    [CrossOwner("PAGE /operacion/creditos/revisores POST conflicto")]
    public async Task CreditApplicationPages_AnotherStartupOrReviewer_AreTurnedAway_AndChangeNothing()
    {
        var (_, b, app, first, outsider) = await CreditScenarioAsync();
        var browserB = await App.SignedInForCompanyAsync(b.Id);
        var outsiderBrowser = await SignInAsync(outsider);
        var before = await CreditStateAsync();

        // B's own page posts only for B: withdrawing A's application is 404; applying names no other company.
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(browserB, "/empresa/creditos", "/empresa/creditos?handler=retirar", new() { ["applicationId"] = app.ToString() })).StatusCode);
        var applied = await PostFormAsync(browserB, "/empresa/creditos", "/empresa/creditos?handler=solicitar", new() { ["TierKey"] = "base", ["Amount"] = "5000", ["UsePlan"] = "corto" });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        // A reviewer not assigned: 404 on the review page's handlers.
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[] { ("revisar", new() { ["comment"] = "x", ["s-equipo"] = "5" }), ("conflicto", new() { ["reason"] = "x" }) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(outsiderBrowser, "/revision/creditos", $"/revision/creditos/{app}?handler={handler}", fields)).StatusCode);
        }

        // A company and a reviewer on the operators' pages: turned away.
        foreach (var client in new[] { browserB, outsiderBrowser })
        {
            var token = client == browserB ? "/empresa/creditos" : "/revision/creditos";
            AssertTurnedAway(await PostFormAsync(client, token, $"/operacion/creditos/solicitudes/{app}?handler=asignar", new() { ["reviewerId"] = first.Id.ToString() }));
            AssertTurnedAway(await PostFormAsync(client, token, $"/operacion/creditos/solicitudes/{app}?handler=decidir", new() { ["outcome"] = "rechazada", ["reasons"] = "x" }));
            AssertTurnedAway(await PostFormAsync(client, token, "/operacion/creditos/revisores?handler=agregar", new() { ["email"] = outsider.Email! }));
            AssertTurnedAway(await PostFormAsync(client, token, "/operacion/creditos/revisores?handler=activar", new() { ["userId"] = first.Id.ToString(), ["active"] = "false" }));
            AssertTurnedAway(await PostFormAsync(client, token, "/operacion/creditos/revisores?handler=conflicto", new() { ["userId"] = first.Id.ToString(), ["companyId"] = b.Id.ToString(), ["reason"] = "x" }));
        }

        Assert.Equal(before, await CreditStateAsync());
        var firstBrowser = await SignInAsync(first);
        Assert.Contains("Nube del Sur", await firstBrowser.GetStringAsync($"/revision/creditos/{app}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderBrowser.GetAsync($"/revision/creditos/{app}")).StatusCode);
    }
}
