using Semillero.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Semillero.Demo;

namespace Semillero.BrowserTests.Site;

// The platform as the run command shows it: the demo data (synthetic learners, catalog and
// statements, talent profiles, companies and vacancies, targets) and one account per role, so every
// page has something to show. Fewer learners than the run command's default: the pages are the same.
public sealed class DemoSite : IAsyncLifetime
{
    public LiveServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LiveServer.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Database:SeedDemoData"] = "true",
        ["Database:DemoLearners"] = "800",
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    // The demo's badges are issued in the background after start-up.
    public async Task<Guid> FirstAwardAsync()
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            await using var db = Server.Database.NewDb();
            if (await db.BadgeAwards.OrderBy(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("no demo badge was issued within two minutes");
    }

    public static string Email(string role) => SeedDemoAccounts.Accounts.Single(a => a.Role == role).Email;
}

// The audit has its own Chromium and demo site, so it runs beside the journeys rather than after them.
[CollectionDefinition(Name)]
public sealed class SiteAuditGroup : ICollectionFixture<BrowserFixture>, ICollectionFixture<DemoSite>
{
    public const string Name = "site-audit";
}
