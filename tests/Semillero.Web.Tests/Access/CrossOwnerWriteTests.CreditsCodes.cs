using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Semillero.Tests.Credits;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Credits;
using Semillero.Web.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Company × company on credit codes: another startup's codes and awards (reading, revealing,
// marking redeemed), and the operators' import and delivery, which no company reaches.
public abstract partial class CrossOwnerWriteTests
{
    // Everything about the credit codes of the database: awards' delivery and redemption, codes'
    // owners, batches, and the access log (a reveal writes to it).
    private Task<string> CreditCodesStateAsync() => SnapshotAsync(async db => new
    {
        Awards = await db.CreditAwards.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.DeliveredAt, a.RedeemedAt }).ToListAsync(),
        Codes = await db.CreditCodes.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.AwardId, c.DeliveredAt }).ToListAsync(),
        Batches = await db.CreditCodeBatches.AsNoTracking().CountAsync(),
        Audit = await db.AuditEntries.AsNoTracking().CountAsync(),
    });

    [Fact]
    [CrossOwner("POST /api/companies/{id:guid}/credit-awards/{awardId:guid}/redeemed")]
    public async Task CreditCodesApi_AnotherCompany_IsNotFound_AndChangesNothing()
    {
        var (a, award) = await App.StartupWithAwardAsync(RfcA, "Nube del Sur", 1_000_00);
        var b = await FirmAsync(RfcB, "DataMAV");
        await (await App.ClientWithKeyAsync(Semillero.Access.Roles.Operador)).ImportedAsync(CreditCodesData.CodesCsv("XO", 1_000));
        var ownKey = await App.EmployerKeyAsync(a);
        var unknown = Guid.NewGuid();
        var before = await CreditCodesStateAsync();

        // B with A's company id, and B with its own id and A's award: as for unknown ids.
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsync($"/api/companies/{a}/credit-awards/{award}/redeemed", null),
            await b.Key.PostAsync($"/api/companies/{unknown}/credit-awards/{award}/redeemed", null));
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsync($"/api/companies/{b.Id}/credit-awards/{award}/redeemed", null),
            await b.Key.PostAsync($"/api/companies/{b.Id}/credit-awards/{unknown}/redeemed", null));
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.GetAsync($"/api/companies/{a}/credit-codes"),
            await b.Key.GetAsync($"/api/companies/{unknown}/credit-codes"));
        Assert.Equal(before, await CreditCodesStateAsync());

        // The owner can.
        Assert.Equal(HttpStatusCode.OK, (await ownKey.PostAsync($"/api/companies/{a}/credit-awards/{award}/redeemed", null)).StatusCode);
        await using var db = Database.NewDb();
        Assert.NotNull((await db.CreditAwards.AsNoTracking().SingleAsync(x => x.Id == award)).RedeemedAt);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/creditos/codigos POST mostrar")]
    [CrossOwner("PAGE /empresa/creditos/codigos POST canjeado")]
    public async Task CreditCodesPage_AnotherCompanysAward_IsNotFound_AndShowsNothingOfIt()
    {
        var (a, award) = await App.StartupWithAwardAsync(RfcA, "Nube del Sur", 1_000_00);
        var b = await FirmAsync(RfcB, "DataMAV");
        await (await App.ClientWithKeyAsync(Semillero.Access.Roles.Operador)).ImportedAsync(CreditCodesData.CodesCsv("XP", 1_000));
        var browserA = await App.SignedInForCompanyAsync(a);
        var browserB = await App.SignedInForCompanyAsync(b.Id);
        var before = await CreditCodesStateAsync();

        // B marks A's award redeemed: as for an award that does not exist.
        var cross = await PostFormAsync(browserB, "/empresa/creditos/codigos", "/empresa/creditos/codigos?handler=canjeado", new() { ["awardId"] = award.ToString() });
        var unknown = await PostFormAsync(browserB, "/empresa/creditos/codigos", "/empresa/creditos/codigos?handler=canjeado", new() { ["awardId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.NotFound, cross.StatusCode);
        Assert.Equal(unknown.StatusCode, cross.StatusCode);

        // B's "show codes" shows B's own (none): never A's code, and reveals nothing to audit.
        var shown = await PostFormAsync(browserB, "/empresa/creditos/codigos", "/empresa/creditos/codigos?handler=mostrar");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.DoesNotContain("XP-0001", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CreditCodesStateAsync());

        // A can do both.
        Assert.Contains("XP-0001-XK9Q", await (await PostFormAsync(browserA, "/empresa/creditos/codigos", "/empresa/creditos/codigos?handler=mostrar")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(browserA, "/empresa/creditos/codigos", "/empresa/creditos/codigos?handler=canjeado", new() { ["awardId"] = award.ToString() })).StatusCode);
    }

    [Fact]
    [CrossOwner("POST /api/credits/code-batches")]
    [CrossOwner("POST /api/credits/deliveries")]
    [CrossOwner("PAGE /operacion/creditos/codigos POST importar")]
    [CrossOwner("PAGE /operacion/creditos/codigos POST entregar")]
    public async Task CreditCodeImportAndDelivery_AStartup_IsRefused_AndChangesNothing()
    {
        var (a, award) = await App.StartupWithAwardAsync(RfcA, "Nube del Sur", 1_000_00);
        var startupKey = await App.EmployerKeyAsync(a);
        var startupBrowser = await App.SignedInForCompanyAsync(a);
        var csv = CreditCodesData.CodesCsv("OP", 1_000);
        var before = await CreditCodesStateAsync();

        // A startup importing codes for itself, or delivering its own award: the operators' writes.
        Assert.Equal(HttpStatusCode.Forbidden, (await startupKey.ImportCodesAsync(csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await startupKey.PostAsync("/api/credits/deliveries", null)).StatusCode);
        var token = People.AntiforgeryToken(await startupBrowser.GetStringAsync("/empresa/creditos/codigos"));
        foreach (var handler in new[] { "importar", "entregar" })
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("Lote propio"), "lote" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "archivo", "codigos.csv" },
            };
            AssertTurnedAway(await startupBrowser.PostAsync($"/operacion/creditos/codigos?handler={handler}", form));
        }

        Assert.Equal(before, await CreditCodesStateAsync());

        // An operator can.
        var operatorKey = await App.ClientWithKeyAsync(Semillero.Access.Roles.Operador);
        Assert.Equal(HttpStatusCode.Created, (await operatorKey.ImportCodesAsync(csv)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorKey.PostAsync("/api/credits/deliveries", null)).StatusCode);
        var operatorBrowser = await App.SignedInAsync(Semillero.Access.Roles.Operador);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(operatorBrowser, "/operacion/creditos/codigos", "/operacion/creditos/codigos?handler=entregar")).StatusCode);
        await using var db = Database.NewDb();
        Assert.NotNull((await db.CreditAwards.AsNoTracking().SingleAsync(x => x.Id == award)).DeliveredAt);
    }
}
