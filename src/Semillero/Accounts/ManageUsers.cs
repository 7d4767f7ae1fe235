using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Accounts;

public sealed record UserView(Guid Id, string Email, string DisplayName, string? Role, string? Organization, bool EmailConfirmed, bool LockedOut, DateTime CreatedAt);

public abstract record ChangeRoleOutcome
{
    public sealed record Changed(UserView User) : ChangeRoleOutcome;

    public sealed record NotFound : ChangeRoleOutcome;

    public sealed record Invalid(FieldError Error) : ChangeRoleOutcome;
}

// Operators see who has an account and give or change roles. One role per account: a person who
// needs two hats gets two accounts, so every action is attributable to one role.
public sealed class ManageUsers(SemilleroDb db, UserManager<User> users, TimeProvider clock)
{
    public async Task<(IReadOnlyList<UserView> Items, int Total)> ListAsync(string? search, string? role, int page, int pageSize, CancellationToken ct)
    {
        // Learners' accounts are theirs to manage ("Mis datos"); listing them here would show
        // operators people's names and addresses for no purpose.
        var query = from u in db.Users.AsNoTracking().Where(u => u.LearnerId == null)
                    join ur in db.UserRoles on u.Id equals ur.UserId into urs
                    from ur in urs.DefaultIfEmpty()
                    join r in db.Roles on ur.RoleId equals r.Id into rs
                    from r in rs.DefaultIfEmpty()
                    select new { u, RoleName = r.Name };
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Email by its normalised (upper-case) form, so the search ignores case on both engines.
            var term = search.Trim();
            var upper = term.ToUpperInvariant();
            query = query.Where(x => x.u.NormalizedEmail!.Contains(upper) || x.u.DisplayName.Contains(term) || (x.u.Organization != null && x.u.Organization.Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            query = query.Where(x => x.RoleName == role);
        }

        var total = await query.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, 200);
        var rows = await query.OrderBy(x => x.u.Email).Skip((Math.Max(1, page) - 1) * size).Take(size).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return (rows.Select(x => ToView(x.u, x.RoleName, now)).ToList(), total);
    }

    public async Task<ChangeRoleOutcome> ChangeRoleAsync(Guid userId, string? role, CancellationToken ct)
    {
        var wanted = role?.Trim().ToLowerInvariant() ?? "";
        if (!Roles.Invitable.Contains(wanted))
        {
            return new ChangeRoleOutcome.Invalid(new("role", new IdRejection("role",
                $"Elija un rol: {string.Join(", ", Roles.Invitable)}. Las cuentas de aprendiz se crean al registrarse.",
                $"Choose a role: {string.Join(", ", Roles.Invitable)}. Learner accounts come from self-registration.")));
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return new ChangeRoleOutcome.NotFound();
        }

        if (user.LearnerId is not null)
        {
            return new ChangeRoleOutcome.Invalid(new("role", new IdRejection("role",
                "Una cuenta de aprendiz es de esa persona; no cambia de rol.", "A learner's account belongs to that person; its role does not change.")));
        }

        if (wanted is Roles.Aliado or Roles.Empresa && string.IsNullOrWhiteSpace(user.Organization))
        {
            return new ChangeRoleOutcome.Invalid(new("role", new IdRejection("organization",
                "Aliados y empresas necesitan una organización; invite de nuevo con ella.", "Partners and companies need an organisation; invite again with it.")));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, wanted);
        // A new stamp ends the person's sessions at their next request: they sign in again with
        // the new role, and a removed role stops working at once (the web host checks the stamp
        // on every request).
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
        return new ChangeRoleOutcome.Changed(ToView(user, wanted, clock.GetUtcNow()));
    }

    private static UserView ToView(User u, string? role, DateTimeOffset now) =>
        new(u.Id, u.Email ?? "", u.DisplayName, role, u.Organization, u.EmailConfirmed, u.LockoutEnd is { } end && end > now, u.CreatedAt);
}
