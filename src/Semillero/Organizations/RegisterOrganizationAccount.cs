using Microsoft.AspNetCore.Identity;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Validation;

namespace Semillero.Organizations;

// The contact person's email is the account's: they sign in with it.
public sealed record RegisterOrganizationAccountInput(
    OrganizationInput Organization,
    string? Password,
    bool AcceptsNotice,
    bool ConfirmRfcDespiteCheckDigit = false);

public abstract record RegisterOrganizationAccountOutcome
{
    public sealed record Registered(Guid UserId, Organization Organization, IdRejection? RfcWarning) : RegisterOrganizationAccountOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors, IdRejection? RfcWarning) : RegisterOrganizationAccountOutcome;

    // The RFC or the name is taken: a second, unvetted account must not take the organisation over
    // (its administrator invites its staff instead).
    public sealed record Taken(string Field, IdRejection Reason) : RegisterOrganizationAccountOutcome;

    // The email already has an account: nothing is created, the page answers as for a registration
    // ("check your email") and that account's owner is told by email, so the form cannot be used to
    // learn who has an account.
    public sealed record AccountExists(IdRejection? RfcWarning) : RegisterOrganizationAccountOutcome;

    // A warning, not a block: the RFC's check digit does not verify. Registering again with
    // ConfirmRfcDespiteCheckDigit goes ahead.
    public sealed record RfcCheckDigitMismatch(IdRejection Warning) : RegisterOrganizationAccountOutcome;
}

// An organisation registers itself: its pending record and its first account — an aliado, the
// organisation's administrator — in one transaction; the account waits for email confirmation and
// the organisation for an operator's check (docs/organizations.md).
public sealed class RegisterOrganizationAccount(SemilleroDb db, UserManager<User> users, AccountMessages messages, KeyRing keyRing, TimeProvider clock)
{
    public static class Fields
    {
        public const string Password = "password";
        public const string Notice = "aviso";
    }

    public async Task<RegisterOrganizationAccountOutcome> RunAsync(RegisterOrganizationAccountInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (valid, organizationErrors, warning) = OrganizationRules.Validate(input.Organization);
        var errors = organizationErrors.ToList();
        var email = valid?.ContactEmail ?? input.Organization.ContactEmail?.Trim().ToLowerInvariant() ?? "";

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(new(Fields.Password, new IdRejection(IdRejectionCodes.Required, "Falta la contraseña.", "The password is required.")));
        }
        else
        {
            var probe = new User { DisplayName = "", UserName = email, Email = email };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, probe, input.Password);
                errors.AddRange(result.Errors.Select(e => IdentityErrors.ToFieldError(e, users.Options.Password.RequiredLength)));
            }
        }

        if (!input.AcceptsNotice)
        {
            errors.Add(new(Fields.Notice, new IdRejection(IdRejectionCodes.Required,
                "Para registrarse necesita aceptar el aviso de privacidad.",
                "To register you need to accept the privacy notice.")));
        }

        if (errors.Count > 0 || valid is null)
        {
            return new RegisterOrganizationAccountOutcome.Invalid(errors, warning);
        }

        if (await RegisterOrganization.FindDuplicateAsync(db, valid, ct) is { } duplicate)
        {
            return new RegisterOrganizationAccountOutcome.Taken(duplicate.Field, duplicate.Reason);
        }

        if (warning is not null && !input.ConfirmRfcDespiteCheckDigit)
        {
            return new RegisterOrganizationAccountOutcome.RfcCheckDigitMismatch(warning);
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // The same password-hashing work as a registration, so timing tells nothing either.
            _ = users.PasswordHasher.HashPassword(existing, input.Password!);
            messages.RegistrationAttempt(existing.Email!, existing.DisplayName);
            await db.SaveChangesAsync(ct);
            return new RegisterOrganizationAccountOutcome.AccountExists(warning);
        }

        keyRing.EnsureReady();
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = Guid.CreateVersion7(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var organization = RegisterOrganization.NewOrganization(valid, userId.ToString(), now, verified: false);
        db.Organizations.Add(organization);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (RegisterOrganization.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            var taken = await RegisterOrganization.FindDuplicateAsync(db, valid, ct);
            return new RegisterOrganizationAccountOutcome.Taken(taken?.Field ?? OrganizationRules.Fields.Rfc,
                taken?.Reason ?? new IdRejection(OrganizationRules.Codes.Duplicate, "La organización ya está registrada.", "The organisation is already registered."));
        }

        var user = new User
        {
            Id = userId,
            UserName = email,
            Email = email,
            DisplayName = valid.ContactName,
            OrganizationId = organization.Id,
            OrganizationRole = OrganizationRoles.Administrador,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            // Rolled back with the organisation when the transaction is disposed uncommitted.
            return new RegisterOrganizationAccountOutcome.Invalid(
                created.Errors.Select(e => IdentityErrors.ToFieldError(e)).Select(f => f.Field == "correo" ? f with { Field = OrganizationRules.Fields.ContactEmail } : f)
                    .DistinctBy(e => (e.Field, e.Reason.Code)).ToList(),
                warning);
        }

        await users.AddToRoleAsync(user, Roles.Aliado);
        messages.Confirmation(email, valid.ContactName, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RegisterOrganizationAccountOutcome.Registered(user.Id, organization, warning);
    }
}
