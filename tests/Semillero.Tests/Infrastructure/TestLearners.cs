using Semillero.Demo;
using Semillero.Learners;

namespace Semillero.Tests.Infrastructure;

public static class TestLearners
{
    // A person as a partner's import leaves them: Juan Pérez García of Veracruz, in the registry
    // with or without an email, and no account.
    public static async Task<Learner> ImportedAsync(TestDatabase database, string curp, string? email, string registeredBy)
    {
        var parsed = Semillero.Identity.Curp.Parse(curp, DateOnly.FromDateTime(TestClock.Now.UtcDateTime));
        var learner = new Learner
        {
            Id = Guid.CreateVersion7(),
            Curp = parsed.Value,
            GivenNames = "Juan",
            FirstSurname = "Pérez",
            SecondSurname = "García",
            BirthDate = parsed.BirthDate,
            Sex = parsed.Sex,
            Email = email,
            StateCode = "30",
            Segment = Segment.Empleado,
            RegisteredBy = registeredBy,
            CreatedAt = TestClock.Now.UtcDateTime,
            UpdatedAt = TestClock.Now.UtcDateTime,
        };
        await using var db = database.NewDb();
        db.Learners.Add(learner);
        await db.SaveChangesAsync();
        return learner;
    }

    // A generated person (CsvFiles.People) as a registry record, not saved yet: a student with the
    // person's CURP, names and state.
    public static Learner FromPerson(DemoLearner person, string? email, DateOnly birthDate) => new()
    {
        Id = Guid.NewGuid(),
        Curp = person.Curp,
        GivenNames = person.Nombre,
        FirstSurname = person.PrimerApellido,
        SecondSurname = person.SegundoApellido,
        Email = email,
        StateCode = person.EntidadClave,
        Segment = Segment.Estudiante,
        BirthDate = birthDate,
        CreatedAt = TestClock.Now.UtcDateTime,
        UpdatedAt = TestClock.Now.UtcDateTime,
    };
}
