using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Learners;

public abstract record RegisterLearnerOutcome
{
    public sealed record Registered(Learner Learner) : RegisterLearnerOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : RegisterLearnerOutcome;

    // One person per CURP: the caller gets the existing record's id instead of a second person.
    public sealed record AlreadyRegistered(Guid ExistingId) : RegisterLearnerOutcome;
}

public sealed class RegisterLearner(SemilleroDb db, TimeProvider clock)
{
    public async Task<RegisterLearnerOutcome> RunAsync(LearnerInput input, string? registeredBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (valid, errors) = LearnerRules.Validate(input, DateOnly.FromDateTime(now));
        if (valid is null)
        {
            return new RegisterLearnerOutcome.Invalid(errors);
        }

        var curp = valid.Curp.Value;
        var existing = await db.Learners.AsNoTracking().Where(l => l.Curp == curp).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return new RegisterLearnerOutcome.AlreadyRegistered(id);
        }

        var learner = NewLearner(valid, registeredBy, now);
        db.Learners.Add(learner);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two requests with the same CURP raced past the check; the unique index kept one.
            if (await FindIdAsync(curp, ct) is { } racedId)
            {
                return new RegisterLearnerOutcome.AlreadyRegistered(racedId);
            }

            throw;
        }

        return new RegisterLearnerOutcome.Registered(learner);
    }

    private async Task<Guid?> FindIdAsync(string curp, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Learners.AsNoTracking().Where(l => l.Curp == curp).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
    }

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
