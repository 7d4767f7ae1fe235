using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Validation;

namespace Semillero.Companies;

public sealed record RegisterCompanyAccountInput(
    CompanyInput Company,
    string? ContactName,
    string? Email,
    string? Password,
    bool AcceptsNotice,
    bool ConfirmRfcDespiteCheckDigit = false);

public abstract record RegisterCompanyAccountOutcome
{
    public sealed record Registered(Guid UserId, Company Company, IdRejection? RfcWarning) : RegisterCompanyAccountOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors, IdRejection? RfcWarning) : RegisterCompanyAccountOutcome;

    // The company is already registered: someone there already has an account, or the program
    // registered it. A second, unvetted account must not take it over.
    public sealed record RfcTaken(string Rfc) : RegisterCompanyAccountOutcome;

    // The email already has an account: nothing is created, the page answers as for a registration
    // ("check your email") and that account's owner is told by email, so the form cannot be used to
    // learn who has an account.
    public sealed record AccountExists(IdRejection? RfcWarning) : RegisterCompanyAccountOutcome;

    // A warning, not a block: the RFC's check digit does not verify (a typo, or one of the genuine
    // RFCs that fail it). Registering again with ConfirmRfcDespiteCheckDigit goes ahead.
    public sealed record RfcCheckDigitMismatch(IdRejection Warning) : RegisterCompanyAccountOutcome;
}

// A company registers itself: its (unverified) company record and the contact person's empresa
// account, bound to it, in one transaction; the account waits for email confirmation.
public sealed class RegisterCompanyAccount(SemilleroDb db, UserManager<User> users, AccountMessages messages, KeyRing keyRing, TimeProvider clock)
{
    public static class Fields
    {
        public const string ContactName = "contactName";
        public const string Email = "email";
        public const string Password = "password";
        public const string Notice = "aviso";
    }

    public const int MaxContactNameLength = 200;

    public async Task<RegisterCompanyAccountOutcome> RunAsync(RegisterCompanyAccountInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (valid, companyErrors, warning) = CompanyRules.Validate(input.Company);
        var errors = companyErrors.ToList();

        var contact = string.IsNullOrWhiteSpace(input.ContactName) ? null : string.Join(' ', input.ContactName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (contact is null)
        {
            errors.Add(new(Fields.ContactName, new IdRejection(IdRejectionCodes.Required, "Falta el nombre de la persona de contacto.", "The contact person's name is required.")));
        }
        else if (contact.Length > MaxContactNameLength)
        {
            errors.Add(new(Fields.ContactName, new IdRejection(IdRejectionCodes.Length, "El nombre de contacto admite hasta 200 caracteres.", "The contact name takes up to 200 characters.")));
        }

        var email = input.Email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email))
        {
            errors.Add(new(Fields.Email, new IdRejection(IdRejectionCodes.Required, "Falta el correo: lo necesita para entrar.", "The email is required: you need it to sign in.")));
        }
        else if (!LearnerRules.IsValidEmail(email))
        {
            errors.Add(new(Fields.Email, new IdRejection(IdRejectionCodes.Format, $"El correo «{email}» no es una dirección válida.", $"«{email}» is not a valid email address.")));
        }

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
            return new RegisterCompanyAccountOutcome.Invalid(errors, warning);
        }

        if (await db.Companies.AnyAsync(c => c.Rfc == valid.Rfc.Value, ct))
        {
            return new RegisterCompanyAccountOutcome.RfcTaken(valid.Rfc.Value);
        }

        if (warning is not null && !input.ConfirmRfcDespiteCheckDigit)
        {
            return new RegisterCompanyAccountOutcome.RfcCheckDigitMismatch(warning);
        }

        if (await users.FindByEmailAsync(email!) is { } existing)
        {
            // The same password-hashing work as a registration, so timing tells nothing either.
            _ = users.PasswordHasher.HashPassword(existing, input.Password!);
            messages.RegistrationAttempt(existing.Email!, existing.DisplayName);
            await db.SaveChangesAsync(ct);
            return new RegisterCompanyAccountOutcome.AccountExists(warning);
        }

        keyRing.EnsureReady();
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = Guid.CreateVersion7(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var company = RegisterCompany.NewCompany(valid, userId.ToString(), now, verified: false);
        db.Companies.Add(company);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (RegisterCompany.IsUniqueViolation(e))
        {
            return new RegisterCompanyAccountOutcome.RfcTaken(valid.Rfc.Value);
        }

        var user = new User
        {
            Id = userId,
            UserName = email,
            Email = email,
            DisplayName = contact!,
            Organization = company.TradeName.Length <= 100 ? company.TradeName : company.TradeName[..100],
            CompanyId = company.Id,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            // Rolled back with the company when the transaction is disposed uncommitted.
            return new RegisterCompanyAccountOutcome.Invalid(
                created.Errors.Select(e => IdentityErrors.ToFieldError(e)).Select(f => f.Field == "correo" ? f with { Field = Fields.Email } : f)
                    .DistinctBy(e => (e.Field, e.Reason.Code)).ToList(),
                warning);
        }

        await users.AddToRoleAsync(user, Roles.Empresa);
        messages.Confirmation(email!, contact!, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RegisterCompanyAccountOutcome.Registered(user.Id, company, warning);
    }
}
