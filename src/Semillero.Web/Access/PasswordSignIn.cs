using Microsoft.AspNetCore.Identity;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;

namespace Semillero.Web.Access;

// Signs a person in with email and password. Every failure looks the same to the caller, in words
// and in time — no account, wrong password, locked account, email not yet confirmed — so the
// sign-in form cannot be used to learn who is registered. Time: each failure costs one password
// hash check, against a decoy hash when there is no real one to check.
public sealed class PasswordSignIn(SignInManager<User> signIn, AccountMessages messages, SemilleroDb db)
{
    // Made by the same hasher as real passwords, so checking it costs as much as checking theirs.
    private static string? s_decoyHash;

    public async Task<User?> RunAsync(string email, string password, CancellationToken ct)
    {
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(email);
        if (user?.PasswordHash is null || await users.IsLockedOutAsync(user))
        {
            // Unknown address, an invitation not yet accepted, or locked: Identity would answer at
            // once without hashing anything.
            CheckDecoy(users.PasswordHasher, password);
            return null;
        }

        if (!await signIn.CanSignInAsync(user))
        {
            // Email not confirmed. Whoever knows the password gets a fresh confirmation link in
            // that mailbox; the page says nothing more. Wrong guesses here don't count towards
            // the lockout, as before: they learn nothing.
            if (await users.CheckPasswordAsync(user, password))
            {
                messages.Confirmation(user.Email!, user.DisplayName, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
                await db.SaveChangesAsync(ct);
            }

            return null;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? user : null;
    }

    private static void CheckDecoy(IPasswordHasher<User> hasher, string password)
    {
        var decoy = new User { DisplayName = "" };
        s_decoyHash ??= hasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(decoy, s_decoyHash, password);
    }
}
