using Semillero.Access;
using Semillero.Catalog;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cohorts;

// Rows the cohort tests start from, written straight to the database.
public static class CohortData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static DateOnly Today => DateOnly.FromDateTime(Now);

    public static Actor Member(Guid organizationId, string id = "miembro-1") => new(id, "Coordinadora", Roles.Aliado, null, PartnerKey.Of(organizationId));

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    public static Actor Learner(Guid learnerId, Guid? userId = null) => new((userId ?? Guid.NewGuid()).ToString(), "Aprendiz", Roles.Aprendiz, LearnerId: learnerId);

    public static async Task<Organization> OrganizationAsync(SemilleroDb db, OrganizationKind kind = OrganizationKind.Academia, bool verified = true, string? name = null)
    {
        var org = new Organization
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Name = name ?? "Universidad " + Guid.NewGuid().ToString("N")[..8],
            LegalName = "Universidad de prueba A.C.",
            StateCode = "14",
            CreatedAt = Now,
            UpdatedAt = Now,
            CreatedBy = "prueba",
            VerifiedAt = verified ? Now : null,
            VerifiedBy = verified ? "operador-1" : null,
        };
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        return org;
    }

    public static async Task<LearningPath> PathAsync(SemilleroDb db, bool published = true, string? code = null)
    {
        var path = new LearningPath
        {
            Id = Guid.NewGuid(),
            Code = code ?? "ruta-" + Guid.NewGuid().ToString("N")[..8],
            Area = PathArea.Nube,
            Level = PathLevel.Fundamentos,
            NameEs = "Fundamentos de nube",
            NameEn = "Cloud fundamentals",
            SummaryEs = "Resumen.",
            SummaryEn = "Summary.",
            CriteriaEs = "Terminar los cursos.",
            CriteriaEn = "Complete the courses.",
            Published = published,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        db.LearningPaths.Add(path);
        await db.SaveChangesAsync();
        return path;
    }

    public static CohortInput Input(string pathCode, int capacity = 30) => new(
        "Nube para docentes de Jalisco", "Doce semanas, los sábados.", [pathCode], "en_linea", [],
        Today.AddDays(20), Today.AddDays(100), Today.AddDays(-1), Today.AddDays(15), capacity, [], null, null, "abierta");

    // An approved cohort whose window is open today, written straight to the database.
    public static async Task<Cohort> ApprovedAsync(SemilleroDb db, Guid organizationId, Guid pathId, int capacity = 30,
        CohortEnrolmentMode mode = CohortEnrolmentMode.Abierta, string segments = "", int? minAge = null, int? maxAge = null, string[]? states = null)
    {
        var cohort = new Cohort
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            Name = "Convocatoria de prueba",
            Modality = CohortModality.EnLinea,
            StartsOn = Today.AddDays(10),
            EndsOn = Today.AddDays(90),
            EnrolmentOpensOn = Today.AddDays(-5),
            EnrolmentClosesOn = Today.AddDays(5),
            Capacity = capacity,
            EnrolmentMode = mode,
            EligibleSegments = segments,
            MinAge = minAge,
            MaxAge = maxAge,
            Status = CohortStatus.Aprobada,
            CreatedAt = Now,
            UpdatedAt = Now,
            CreatedBy = "prueba",
        };
        cohort.Paths.Add(new CohortPath { CohortId = cohort.Id, PathId = pathId });
        foreach (var s in states ?? [])
        {
            cohort.States.Add(new CohortState { CohortId = cohort.Id, StateCode = s });
        }

        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort;
    }

    // n people in the registry (born 1995, students of Veracruz unless told), registered by `registeredBy`.
    public static async Task<List<Learner>> PeopleAsync(SemilleroDb db, int n, string? registeredBy = null, Segment segment = Segment.Estudiante, DateOnly? birthDate = null)
    {
        var people = CsvFiles.People(n, seed: Random.Shared.Next()).Select(p =>
        {
            var learner = TestLearners.FromPerson(p, $"p-{Guid.NewGuid():N}@example.com", birthDate ?? Curp.Parse(p.Curp, Today).BirthDate);
            learner.Segment = segment;
            learner.RegisteredBy = registeredBy;
            learner.StateCode = "30";
            return learner;
        }).ToList();
        db.Learners.AddRange(people);
        await db.SaveChangesAsync();
        return people;
    }
}
