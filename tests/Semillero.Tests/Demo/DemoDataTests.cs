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

        // Pymes assessed at every level, some re-assessed after inviting a person who completed a
        // path, and the demo company's own T0.
        var levels = await db.Assessments.Where(a => a.Latest).Select(a => a.Level!.Value).Distinct().OrderBy(l => l).ToListAsync();
        Assert.Equal([0, 1, 2, 3, 4], levels);
        Assert.True(await db.Assessments.CountAsync(a => a.Sequence == 1) >= 10);
        Assert.True(await db.TrainingInvitations.CountAsync() >= 5);
        Assert.True(await db.Assessments.AnyAsync(a => a.CompanyId == companyId && a.Sequence == 0));
        var assessments = await db.Assessments.CountAsync();

        // A second start adds nothing.
        await RunAsync<SeedDemoData, bool>(async s => { await s.RunAsync(demoLearners: 700, default); return true; });
        Assert.Equal(1, await db.RecordClaims.CountAsync());
        Assert.Equal(1, await db.Applications.CountAsync());
        Assert.Equal(assessments, await db.Assessments.CountAsync());
    }
}
