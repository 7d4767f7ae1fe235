using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Arco;
using Semillero.Data;
using Semillero.Demo;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Demo;

// The demo the run command starts: the README's five-minute tour signs in with these accounts and
// expects something on each role's pages.
public abstract class DemoDataTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : DemoDataTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DemoDataTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Seed_EveryDemoAccount_SignsInWithThePublishedPassword_AndEachQueueHasOne()
    {
        await RunAsync<SeedDemoData, bool>(async s => { await s.RunAsync(demoLearners: 700, default); return true; });

        foreach (var account in SeedDemoAccounts.Accounts)
        {
            var ok = await RunAsync<UserManager<User>, bool>(async users =>
                await users.FindByEmailAsync(account.Email) is { } user && await users.CheckPasswordAsync(user, SeedDemoAccounts.Password) && await users.IsInRoleAsync(user, account.Role));
            Assert.True(ok, $"the demo {account.Role} account cannot sign in with the README's password");
        }

        await using var db = Database.NewDb();
        var learnerEmail = SeedDemoAccounts.Accounts.Single(a => a.Role == Roles.Aprendiz).Email;
        var learnerId = await db.Users.Where(u => u.Email == learnerEmail).Select(u => u.LearnerId).SingleAsync();
        var companyId = await db.Users.Where(u => u.Email == SeedDemoCompanies.DemoEmpresaEmail).Select(u => u.CompanyId).SingleAsync();
        Assert.True(await db.Applications.AnyAsync(a => a.LearnerId == learnerId && db.Vacancies.Any(v => v.Id == a.VacancyId && v.CompanyId == companyId)));
        Assert.Single(await RunAsync<ArcoRequests, IReadOnlyList<ArcoQueueItem>>(r => r.QueueAsync(default)));
        Assert.Equal(1, await db.RecordClaims.CountAsync());

        // A second start adds nothing.
        await RunAsync<SeedDemoData, bool>(async s => { await s.RunAsync(demoLearners: 700, default); return true; });
        Assert.Equal(1, await db.RecordClaims.CountAsync());
        Assert.Equal(1, await db.Applications.CountAsync());
    }
}
