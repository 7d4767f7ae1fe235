using Semillero.BrowserTests.Infrastructure;
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

    public static string Email(string role) => SeedDemoAccounts.Accounts.Single(a => a.Role == role).Email;
}

// The audit has its own Chromium and demo site, so it runs beside the journeys rather than after them.
[CollectionDefinition(Name)]
public sealed class SiteAuditGroup : ICollectionFixture<BrowserFixture>, ICollectionFixture<DemoSite>
{
    public const string Name = "site-audit";
}
