using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Validation;

namespace Semillero.Arco;

public sealed record RectifyInput(string? Correo, string? Entidad, string? Segmento, string? Nombre, string? PrimerApellido, string? SegundoApellido);

public abstract record RectifyOutcome
{
    // Contact fields changed at once; a change of name waits for an operator (it must match the CURP
    // and official documents), so it becomes a request in the queue.
    public sealed record Done(bool ContactChanged, ArcoRequestView? NameChangeRequest) : RectifyOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : RectifyOutcome;

    public sealed record NotFound : RectifyOutcome;
}

// Derecho de rectificación from the learner's own account.
public sealed class RectifyMyData(SemilleroDb db, UserManager<User> users, ArcoRequests requests, AccountMessages messages, KeyRing keyRing, TimeProvider clock)
{
    public async Task<RectifyOutcome> RunAsync(Guid learnerId, RectifyInput input, CancellationToken ct)
    {
        var learner = await db.Learners.FirstOrDefaultAsync(l => l.Id == learnerId && l.AnonymizedAt == null, ct);
        if (learner is null)
        {
            return new RectifyOutcome.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (valid, errors) = LearnerRules.Validate(new LearnerInput(
            learner.Curp,
            input.Nombre ?? learner.GivenNames,
            input.PrimerApellido ?? learner.FirstSurname,
            input.SegundoApellido ?? learner.SecondSurname,
            input.Correo ?? learner.Email,
            input.Entidad ?? learner.StateCode,
            input.Segmento ?? SegmentNames.ToWire(learner.Segment)), DateOnly.FromDateTime(now).AddYears(1));
        if (valid is null)
        {
            return new RectifyOutcome.Invalid(errors);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.LearnerId == learnerId, ct);
        keyRing.EnsureReady();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changes = new List<string>();
        if (valid.Email is not null && !string.Equals(valid.Email, learner.Email, StringComparison.Ordinal))
        {
            if (user is not null)
            {
                // The sign-in address follows; it must be confirmed again.
                var owner = await users.FindByEmailAsync(valid.Email);
                if (owner is not null && owner.Id != user.Id)
                {
                    return new RectifyOutcome.Invalid([IdentityErrors.ToFieldError(new IdentityError { Code = nameof(IdentityErrorDescriber.DuplicateEmail) })]);
                }

                // The new address must be confirmed like the first one; until then the person keeps
                // their current session and confirms from the email sent to the new address.
                await users.SetEmailAsync(user, valid.Email);
                await users.SetUserNameAsync(user, valid.Email);
                messages.Confirmation(valid.Email, valid.GivenNames, user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
            }

            learner.Email = valid.Email;
            changes.Add("correo");
        }

        if (valid.State.Clave != learner.StateCode)
        {
            learner.StateCode = valid.State.Clave;
            changes.Add("entidad");
        }

        if (valid.Segment != learner.Segment)
        {
            learner.Segment = valid.Segment;
            changes.Add("segmento");
        }

        if (changes.Count > 0)
        {
            learner.UpdatedAt = now;
            requests.Open(learnerId, ArcoKind.Rectificacion, $"Cambio de {string.Join(", ", changes)} desde la cuenta.", executedNow: true, "Aplicado de inmediato desde la cuenta.");
        }

        ArcoRequest? nameRequest = null;
        if (valid.GivenNames != learner.GivenNames || valid.FirstSurname != learner.FirstSurname || valid.SecondSurname != learner.SecondSurname)
        {
            nameRequest = requests.Open(learnerId, ArcoKind.Rectificacion,
                $"Corregir nombre a: {valid.GivenNames} | {valid.FirstSurname} | {valid.SecondSurname}", executedNow: false);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RectifyOutcome.Done(changes.Count > 0, nameRequest is null ? null : ArcoRequests.ToView(nameRequest));
    }
}
