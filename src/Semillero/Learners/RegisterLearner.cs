using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Learners;

public abstract record RegisterLearnerOutcome
{
    public sealed record Registered(Learner Learner) : RegisterLearnerOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : RegisterLearnerOutcome;

    // One person per CURP: the caller gets the existing record's id instead of a second person.
    public sealed record AlreadyRegistered(Guid ExistingId) : RegisterLearnerOutcome;

    // The CURP is taken by a person the caller may not change (Registrar): no id, nothing about them.
    public sealed record RegisteredByAnother : RegisterLearnerOutcome;
}

public sealed class RegisterLearner(SemilleroDb db, TimeProvider clock)
{
    public async Task<RegisterLearnerOutcome> RunAsync(LearnerInput input, Registrar registrar, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (valid, errors) = LearnerRules.Validate(input, DateOnly.FromDateTime(now));
        if (valid is null)
        {
            return new RegisterLearnerOutcome.Invalid(errors);
        }

        var curp = valid.Curp.Value;
        if (await FindAsync(curp, ct) is { } existing)
        {
            return Taken(existing, registrar);
        }

        var learner = NewLearner(valid, registrar.RegisteredBy, now);
        db.Learners.Add(learner);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests with the same CURP raced past the check; the unique index kept one.
            db.ChangeTracker.Clear();
            if (await FindAsync(curp, ct) is { } raced)
            {
                return Taken(raced, registrar);
            }

            throw;
        }

        return new RegisterLearnerOutcome.Registered(learner);
    }

    private async Task<Existing?> FindAsync(string curp, CancellationToken ct) =>
        await db.Learners.AsNoTracking().Where(l => l.Curp == curp).Select(l => new Existing(l.Id, l.RegisteredBy)).FirstOrDefaultAsync(ct);

    private static RegisterLearnerOutcome Taken(Existing existing, Registrar registrar) => registrar.MayUpdate(existing.RegisteredBy)
        ? new RegisterLearnerOutcome.AlreadyRegistered(existing.Id)
        : new RegisterLearnerOutcome.RegisteredByAnother();

    private sealed record Existing(Guid Id, string? RegisteredBy);

    internal static Learner NewLearner(ValidLearner valid, string? registeredBy, DateTime now) => new()
    {
        // Version 7 ids sort by creation time, which keeps the primary-key index append-only.
        Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
        Curp = valid.Curp.Value,
        GivenNames = valid.GivenNames,
        FirstSurname = valid.FirstSurname,
        SecondSurname = valid.SecondSurname,
        BirthDate = valid.Curp.BirthDate,
        Sex = valid.Curp.Sex,
        Email = valid.Email,
        StateCode = valid.State.Clave,
        Segment = valid.Segment,
        RegisteredBy = registeredBy,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
