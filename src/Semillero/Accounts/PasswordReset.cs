using Microsoft.AspNetCore.Identity;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Accounts;

public abstract record ResetPasswordOutcome
{
    public sealed record Reset : ResetPasswordOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ResetPasswordOutcome;
}

public sealed class PasswordReset(SemilleroDb db, UserManager<User> users, AccountMessages messages)
{
    // Always looks the same to the caller, so the form cannot be used to learn who has an account.
    public async Task RequestAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email.Trim()) is not { } user)
        {
            return;
        }

        messages.PasswordReset(user.Email!, user.DisplayName, user.Id, await users.GeneratePasswordResetTokenAsync(user));
        await db.SaveChangesAsync(ct);
    }

    // Also completes an invitation: choosing the first password through the emailed link proves
    // the address, so the email is confirmed at the same time.
    public async Task<ResetPasswordOutcome> CompleteAsync(Guid userId, string? token, string? password, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || string.IsNullOrEmpty(token))
        {
            return new ResetPasswordOutcome.Invalid([IdentityErrors.ToFieldError(new IdentityError { Code = nameof(IdentityErrorDescriber.InvalidToken) })]);
        }

        var result = await users.ResetPasswordAsync(user, token, password ?? "");
        if (!result.Succeeded)
        {
            return new ResetPasswordOutcome.Invalid(result.Errors.Select(e => IdentityErrors.ToFieldError(e, users.Options.Password.RequiredLength)).ToList());
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        // A reset ends a lockout: the person proved control of the mailbox.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        _ = ct;
        return new ResetPasswordOutcome.Reset();
    }

    public async Task<bool> ConfirmEmailAsync(Guid userId, string? token)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && !string.IsNullOrEmpty(token) && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
