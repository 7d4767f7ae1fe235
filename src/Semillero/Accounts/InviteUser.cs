using Microsoft.AspNetCore.Identity;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Validation;

namespace Semillero.Accounts;

public sealed record InviteUserInput(string? Email, string? DisplayName, string? Role, string? Organization);

public abstract record InviteUserOutcome
{
    public sealed record Invited(Guid UserId, string SetPasswordLink) : InviteUserOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : InviteUserOutcome;
}

// Operators bring in employers, partners, analysts and other operators: the account is created
// without a password and the invitation link (sent through the outbox) lets its owner choose one.
public sealed class InviteUser(SemilleroDb db, UserManager<User> users, AccountMessages messages, KeyRing keyRing, TimeProvider clock)
{
    public Task<InviteUserOutcome> RunAsync(InviteUserInput input, CancellationToken ct) => RunAsync(input, organizationId: null, organizationRole: null, ct);

    // An organisation's administrator brings in its staff: the same invitation, for an aliado account
    // bound to the organisation with its role there (Organizations/ManageMembers checks who may).
    public Task<InviteUserOutcome> RunForOrganizationAsync(InviteUserInput input, Guid organizationId, string organizationRole, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunAsync(input with { Role = Roles.Aliado, Organization = null }, organizationId, organizationRole, ct);
    }

    private async Task<InviteUserOutcome> RunAsync(InviteUserInput input, Guid? organizationId, string? organizationRole, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add(new("email", new IdRejection("required", "Falta el correo.", "The email is required.")));
        }
        else if (!LearnerRules.IsValidEmail(input.Email.Trim()))
        {
            errors.Add(new("email", new IdRejection("format", "El correo no es válido.", "The email is not valid.")));
        }

        var role = input.Role?.Trim().ToLowerInvariant() ?? "";
        if (!Roles.Invitable.Contains(role))
        {
            errors.Add(new("role", new IdRejection("role", $"Elija un rol: {string.Join(", ", Roles.Invitable)}.", $"Choose a role: {string.Join(", ", Roles.Invitable)}.")));
        }

        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            errors.Add(new("displayName", new IdRejection("required", "Falta el nombre (hasta 200 caracteres).", "The name is required (up to 200 characters).")));
        }

        var organization = string.IsNullOrWhiteSpace(input.Organization) ? null : input.Organization.Trim();
        if (role is Roles.Aliado or Roles.Empresa && organization is null && organizationId is null)
        {
            errors.Add(new("organization", new IdRejection("required",
                "Aliados y empresas necesitan el nombre de su organización: limita lo que ven.",
                "Partners and companies need their organisation's name: it limits what they see.")));
        }

        if (ReservedOwners.IsReserved(organization))
        {
            errors.Add(new("organization", ReservedOwners.Rejection(organization!)));
        }

        if (organization is { Length: > 100 })
        {
            errors.Add(new("organization", new IdRejection("length", "La organización excede 100 caracteres.", "The organisation exceeds 100 characters.")));
        }

        if (errors.Count > 0)
        {
            return new InviteUserOutcome.Invalid(errors);
        }

        var email = input.Email!.Trim().ToLowerInvariant();
        keyRing.EnsureReady();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new User
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = email,
            Email = email,
            // The invitation link proves the address: using it confirms the email.
            EmailConfirmed = false,
            DisplayName = name,
            Organization = organization,
            OrganizationId = organizationId,
            OrganizationRole = organizationId is null ? null : organizationRole,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return new InviteUserOutcome.Invalid(created.Errors.Select(e => IdentityErrors.ToFieldError(e) with { Field = "email" }).DistinctBy(e => e.Reason.Code).ToList());
        }

        await users.AddToRoleAsync(user, role);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        messages.Invitation(email, name, Roles.Spanish(role), user.Id, token);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new InviteUserOutcome.Invited(user.Id, messages.Link($"/cuenta/restablecer?usuario={user.Id}&codigo={Uri.EscapeDataString(token)}&invitacion=1"));
    }
}
