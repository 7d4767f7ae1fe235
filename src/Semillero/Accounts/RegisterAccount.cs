using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Privacy;

namespace Semillero.Accounts;

public sealed record RegisterAccountInput(
    string? Curp,
    string? Nombre,
    string? PrimerApellido,
    string? SegundoApellido,
    string? Correo,
    string? Password,
    string? Entidad,
    string? Segmento,
    bool AcceptsNotice,
    IReadOnlyCollection<string> OptionalConsents,
    bool ConfirmNamesDespiteCurp);

public abstract record RegisterAccountOutcome
{
    // Claimed: the CURP was already in the registry (imported by a partner) and is now this account's.
    public sealed record Registered(Guid UserId, Guid LearnerId, bool Claimed) : RegisterAccountOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : RegisterAccountOutcome;

    // A warning, not a block: the CURP's first four letters do not follow from the names given
    // (a typo in either). Registering again with ConfirmNamesDespiteCurp goes ahead.
    public sealed record NamesDoNotMatchCurp(string FromNames, string InCurp) : RegisterAccountOutcome;

    public sealed record AlreadyHasAccount : RegisterAccountOutcome;
}

// A learner registers themselves. One person per CURP: an existing record is claimed, never
// duplicated; the account waits for email confirmation before it can sign in.
public sealed class RegisterAccount(SemilleroDb db, UserManager<User> users, Consents consents, PrivacyNotices notices, AccountMessages messages, KeyRing keyRing, TimeProvider clock)
{
    public const string SelfRegistered = "registro";

    public async Task<RegisterAccountOutcome> RunAsync(RegisterAccountInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (valid, fieldErrors) = LearnerRules.Validate(
            new LearnerInput(input.Curp, input.Nombre, input.PrimerApellido, input.SegundoApellido, input.Correo, input.Entidad, input.Segmento),
            DateOnly.FromDateTime(now));
        var errors = fieldErrors.ToList();
        if (string.IsNullOrWhiteSpace(input.Correo))
        {
            errors.Add(new(LearnerRules.Fields.Correo, new IdRejection("required", "Falta el correo: lo necesita para entrar.", "The email is required: you need it to sign in.")));
        }

        if (!input.AcceptsNotice)
        {
            errors.Add(new("aviso", new IdRejection("required",
                "Para registrarse necesita aceptar el aviso de privacidad (finalidades necesarias).",
                "To register you need to accept the privacy notice (necessary purposes).")));
        }

        foreach (var code in input.OptionalConsents)
        {
            if (Purposes.Find(code) is not { Necessary: false })
            {
                errors.Add(new("consentimientos", new IdRejection("purpose", $"Finalidad desconocida: {code}.", $"Unknown purpose: {code}.")));
            }
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(new("password", new IdRejection("required", "Falta la contraseña.", "The password is required.")));
        }
        else
        {
            var probe = new User { DisplayName = "", UserName = input.Correo, Email = input.Correo };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, probe, input.Password);
                errors.AddRange(result.Errors.Select(e => IdentityErrors.ToFieldError(e, users.Options.Password.RequiredLength)));
            }
        }

        if (errors.Count > 0 || valid is null)
        {
            return new RegisterAccountOutcome.Invalid(errors);
        }

        var fromNames = NameLetters.ForCurp(valid.GivenNames, valid.FirstSurname, valid.SecondSurname);
        if (!input.ConfirmNamesDespiteCurp && !string.Equals(fromNames, valid.Curp.Value[..4], StringComparison.Ordinal))
        {
            return new RegisterAccountOutcome.NamesDoNotMatchCurp(fromNames, valid.Curp.Value[..4]);
        }

        keyRing.EnsureReady();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var learner = await db.Learners.FirstOrDefaultAsync(l => l.Curp == valid.Curp.Value, ct);
        var claimed = learner is not null;
        if (learner is not null)
        {
            if (await db.Users.AnyAsync(u => u.LearnerId == learner.Id, ct))
            {
                return new RegisterAccountOutcome.AlreadyHasAccount();
            }

            // The person's own words about themselves win over a partner's file.
            learner.GivenNames = valid.GivenNames;
            learner.FirstSurname = valid.FirstSurname;
            learner.SecondSurname = valid.SecondSurname;
            learner.Email = valid.Email;
            learner.StateCode = valid.State.Clave;
            learner.Segment = valid.Segment;
            learner.UpdatedAt = now;
        }
        else
        {
            learner = RegisterLearner.NewLearner(valid, SelfRegistered, now);
            db.Learners.Add(learner);
        }

        await db.SaveChangesAsync(ct);

        var user = new User
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = valid.Email,
            Email = valid.Email,
            DisplayName = $"{valid.GivenNames} {valid.FirstSurname}",
            LearnerId = learner.Id,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return new RegisterAccountOutcome.Invalid(created.Errors.Select(e => IdentityErrors.ToFieldError(e)).DistinctBy(e => (e.Field, e.Reason.Code)).ToList());
        }

        await users.AddToRoleAsync(user, Roles.Aprendiz);
        consents.Record(learner.Id,
            notices.Current.Purposes.Select(p => new KeyValuePair<string, bool>(p.Code, p.Necessary || input.OptionalConsents.Contains(p.Code))),
            SelfRegistered);
        messages.Confirmation(user.Email!, valid.GivenNames, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RegisterAccountOutcome.Registered(user.Id, learner.Id, claimed);
    }
}
