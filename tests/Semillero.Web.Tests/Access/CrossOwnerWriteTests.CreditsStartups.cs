using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Tests.Credits;
using Semillero.Web.Tests.Companies;

namespace Semillero.Web.Tests.Access;

// Company × company on the startup profile: another startup's profile and founders, through the API
// and through the page.
public abstract partial class CrossOwnerWriteTests
{
    // Everything about company A's startup profile: the profile and its founders.
    private Task<string> StartupProfileStateAsync(Guid companyId) => SnapshotAsync(async db => new
    {
        Profile = await db.StartupProfiles.AsNoTracking().Where(p => p.CompanyId == companyId).Select(p => new { p.FoundedOn, p.Stage, p.Funding, p.Pitch, p.VisibleToInvestors, p.UpdatedAt, p.UpdatedBy }).ToListAsync(),
        Founders = await db.StartupFounders.AsNoTracking().Where(f => f.CompanyId == companyId).OrderBy(f => f.Curp).Select(f => new { f.Id, f.Curp, f.Name, f.LearnerId }).ToListAsync(),
    });

    private static object StartupBody(string curp, string name, string pitch) => new
    {
        foundedOn = "2022-03-15",
        stage = "semilla",
        funding = "menos_100_mil",
        pitch,
        visibleToInvestors = true,
        founders = new[] { new { curp, name } },
    };

    [Fact]
    [CrossOwner("PUT /api/companies/{id:guid}/startup-profile")]
    public async Task StartupProfileApi_AnotherCompany_IsNotFound_AndChangesNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PutAsJsonAsync($"/api/companies/{a.Id}/startup-profile", StartupBody(StartupData.Curp(1), "Ana López", "La de A."))).StatusCode);
        var unknown = Guid.NewGuid();
        var before = await StartupProfileStateAsync(a.Id);

        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PutAsJsonAsync($"/api/companies/{a.Id}/startup-profile", StartupBody(StartupData.Curp(2), "Intrusa", "Puesta por B.")),
            await b.Key.PutAsJsonAsync($"/api/companies/{unknown}/startup-profile", StartupBody(StartupData.Curp(2), "Intrusa", "Puesta por B.")));
        await AssertNotFoundAsForUnknownAsync(await b.Key.GetAsync($"/api/companies/{a.Id}/startup-profile"), await b.Key.GetAsync($"/api/companies/{unknown}/startup-profile"));

        Assert.Equal(before, await StartupProfileStateAsync(a.Id));
        // The owner itself can.
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PutAsJsonAsync($"/api/companies/{a.Id}/startup-profile", StartupBody(StartupData.Curp(3), "Carla Díaz", "Otra de A."))).StatusCode);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/startup POST")]
    public async Task StartupProfilePage_NamingAnotherCompany_ChangesOnlyTheSignedInCompany()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        await a.Key.PutAsJsonAsync($"/api/companies/{a.Id}/startup-profile", StartupBody(StartupData.Curp(1), "Ana López", "La de A."));
        var browserB = await App.SignedInForCompanyAsync(b.Id);
        var before = await StartupProfileStateAsync(a.Id);
        var smuggled = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = a.Id.ToString(),
            ["companyId"] = a.Id.ToString(),
            ["foundedOn"] = "2020-01-01",
            ["stage"] = "idea",
            ["funding"] = "ninguno",
            ["pitch"] = "Puesta por B.",
            ["founders[0].curp"] = StartupData.Curp(2),
            ["founders[0].name"] = "Intrusa",
        };

        var saved = await PostFormAsync(browserB, "/empresa/startup", $"/empresa/startup?id={a.Id}&companyId={a.Id}", smuggled);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await StartupProfileStateAsync(a.Id));
        await using var db = Database.NewDb();
        Assert.Equal("Puesta por B.", await db.StartupProfiles.Where(p => p.CompanyId == b.Id).Select(p => p.Pitch).SingleAsync());
    }
}
