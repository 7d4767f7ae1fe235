using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Privacy;
using Semillero.Validation;

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
    // A new person: their record and an account waiting for email confirmation.
    public sealed record Registered(Guid UserId, Guid LearnerId) : RegisterAccountOutcome;

    // The CURP was already in the registry (imported by a partner): a claim waits for proof of
    // control, and the record is untouched until then.
    public sealed record ClaimPending(Guid ClaimId, ClaimProof Proof) : RegisterAccountOutcome;

    // The email or the CURP already has an account: nothing is created and its owner is told by email.
    public sealed record AccountExists : RegisterAccountOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : RegisterAccountOutcome;

    // A warning, not a block: the CURP's first four letters do not follow from the names given
    // (a typo in either). Registering again with ConfirmNamesDespiteCurp goes ahead.
    public sealed record NamesDoNotMatchCurp(string FromNames, string InCurp) : RegisterAccountOutcome;

    // Registered, ClaimPending and AccountExists look the same to whoever registers ("check your
    // email"), so the form cannot be used to learn who is in the registry or has an account.
    public bool Accepted => this is Registered or ClaimPending or AccountExists;
}

// A learner registers themselves. One person per CURP: an existing record is never duplicated, and
// claiming it needs proof of control (RecordClaim); the account waits for email confirmation
// before it can sign in.
public sealed class RegisterAccount(SemilleroDb db, UserManager<User> users, Consents consents, AccountMessages messages, KeyRing keyRing, TimeProvider clock)
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
        var probeUser = new User { DisplayName = "", UserName = valid.Email, Email = valid.Email };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var learner = await db.Learners.FirstOrDefaultAsync(l => l.Curp == valid.Curp.Value, ct);
        var owner = learner is null ? null : await db.Users.FirstOrDefaultAsync(u => u.LearnerId == learner.Id, ct);
        owner ??= await users.FindByEmailAsync(valid.Email!);
        if (owner is not null)
        {
            // Same work as the other answers (a password hash), so timing tells nothing either.
            _ = users.PasswordHasher.HashPassword(probeUser, input.Password!);
            messages.RegistrationAttempt(owner.Email!, owner.DisplayName);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new RegisterAccountOutcome.AccountExists();
        }

        if (learner is not null)
        {
            var claim = await FileClaimAsync(learner, valid, input, probeUser, now, ct);
            await transaction.CommitAsync(ct);
            return new RegisterAccountOutcome.ClaimPending(claim.Id, claim.Proof);
        }

        learner = RegisterLearner.NewLearner(valid, SelfRegistered, now);
        db.Learners.Add(learner);
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
        consents.RecordAll(learner.Id, input.OptionalConsents, SelfRegistered);
        messages.Confirmation(user.Email!, valid.GivenNames, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RegisterAccountOutcome.Registered(user.Id, learner.Id);
    }

    // The record stays as it is: the newcomer's details wait in the claim. Registering again with
    // the same email refreshes that claim (a new link) instead of piling up copies.
    private async Task<RecordClaim> FileClaimAsync(Learner learner, ValidLearner valid, RegisterAccountInput input, User probeUser, DateTime now, CancellationToken ct)
    {
        var proof = learner.Email is null ? ClaimProof.Aval : ClaimProof.Correo;
        var claim = await db.RecordClaims.FirstOrDefaultAsync(c => c.LearnerId == learner.Id && c.Status == ClaimStatus.Pendiente && c.Email == valid.Email && c.Proof == proof, ct);
        if (claim is null)
        {
            claim = new RecordClaim
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                LearnerId = learner.Id,
                Proof = proof,
                Status = ClaimStatus.Pendiente,
                Email = valid.Email!,
                GivenNames = valid.GivenNames,
                FirstSurname = valid.FirstSurname,
                StateCode = valid.State.Clave,
                PasswordHash = "",
                CreatedAt = now,
            };
            db.RecordClaims.Add(claim);
        }

        claim.GivenNames = valid.GivenNames;
        claim.FirstSurname = valid.FirstSurname;
        claim.SecondSurname = valid.SecondSurname;
        claim.StateCode = valid.State.Clave;
        claim.Segment = valid.Segment;
        claim.PasswordHash = users.PasswordHasher.HashPassword(probeUser, input.Password!);
        claim.OptionalConsents = string.Join(',', input.OptionalConsents);
        if (proof == ClaimProof.Correo)
        {
            var secret = RecordClaim.NewSecret();
            claim.LinkSecretHash = RecordClaim.HashSecret(secret);
            claim.LinkExpiresAt = now + RecordClaim.LinkLifetime;
            messages.ClaimToRecordEmail(learner.Email!, valid.Email!, claim.Id, secret);
        }

        if (proof == ClaimProof.Aval || !string.Equals(learner.Email, valid.Email, StringComparison.OrdinalIgnoreCase))
        {
            messages.ClaimReceived(valid.Email!, valid.GivenNames, proof);
        }

        await db.SaveChangesAsync(ct);
        return claim;
    }
}
