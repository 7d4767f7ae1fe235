using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Demo;

public sealed record DemoAccount(string Role, string Email);

// One account per role for trying the demo: only on a demo database (seeded with synthetic people),
// never on a real one, because the password is published in the README.
public sealed class SeedDemoAccounts(SemilleroDb db, UserManager<User> users, Consents consents, KeyRing keyRing, TimeProvider clock)
{
    // It has to pass the password policy like anyone's: a password holding a piece of the email
    // ("semillero", "demo") is refused, and the accounts would silently not exist.
    public const string Password = "brote-verde-2026";
    public const string Domain = "demo.semillero.example";

    public static IReadOnlyList<DemoAccount> Accounts { get; } = Roles.All.Select(r => new DemoAccount(r, $"{r}@{Domain}")).ToList();

    public async Task<int> RunAsync(CancellationToken ct)
    {
        keyRing.EnsureReady();
        var created = 0;
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            Guid? learnerId = null;
            if (account.Role == Roles.Aprendiz)
            {
                // A demo learner becomes the demo account's person, so "Mis datos" shows a real record.
                var learner = await db.Learners.Where(l => l.RegisteredBy == SeedDemoLearners.SeededBy && l.AnonymizedAt == null)
                    .OrderBy(l => l.Id).FirstOrDefaultAsync(ct);
                if (learner is null || await db.Users.AnyAsync(u => u.LearnerId == learner.Id, ct))
                {
                    continue;
                }

                learner.Email = account.Email;
                learnerId = learner.Id;
                consents.Record(learner.Id, Purposes.All.Select(p => new KeyValuePair<string, bool>(p.Code, p.Necessary)), "demo");
                await db.SaveChangesAsync(ct);
            }

            // The demo aliado administers the demo training provider (SeedDemoOrganizations), when
            // the organisations were seeded first.
            var provider = account.Role == Roles.Aliado && await db.Organizations.AnyAsync(o => o.Id == SeedDemoOrganizations.ProviderId, ct)
                ? SeedDemoOrganizations.ProviderId
                : (Guid?)null;
            var user = new User
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = $"Demo · {Roles.Spanish(account.Role)}",
                LearnerId = learnerId,
                Organization = account.Role switch
                {
                    Roles.Aliado => SeedDemoLearners.SeededBy,
                    Roles.Empresa => "Empresa de demostración",
                    _ => null,
                },
                OrganizationId = provider,
                OrganizationRole = provider is null ? null : Access.OrganizationRoles.Administrador,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                // A demo whose accounts cannot sign in is broken: say so at start-up, not at sign-in.
                throw new InvalidOperationException($"The demo {account.Role} account could not be created: {string.Join("; ", result.Errors.Select(e => e.Code))}");
            }

            await users.AddToRoleAsync(user, account.Role);
            created++;
        }

        return created;
    }
}
