using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Organizations;

namespace Semillero.Tests.CohortResults;

// Organisations, cohorts and enrolments written straight into the tables (the cohorts' own use
// cases are not needed to test what their people achieved).
public static class CohortSeed
{
    public static Organization Organization(SemilleroDb db, string name, OrganizationKind kind = OrganizationKind.Proveedor, bool verified = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var organization = new Organization
        {
            Id = Guid.NewGuid(), Kind = kind, Name = name, LegalName = name + " S.A. de C.V.", CreatedAt = at, UpdatedAt = at,
            CreatedBy = "prueba", VerifiedAt = verified ? at : null, VerifiedBy = verified ? "prueba" : null,
        };
        db.Organizations.Add(organization);
        return organization;
    }

    public static Cohort Cohort(SemilleroDb db, Guid organization, string name, DateOnly startsOn, DateOnly endsOn, params Guid[] paths)
    {
        ArgumentNullException.ThrowIfNull(db);
        var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var cohort = new Cohort
        {
            Id = Guid.NewGuid(), OrganizationId = organization, Name = name, Modality = CohortModality.EnLinea,
            StartsOn = startsOn, EndsOn = endsOn, EnrolmentOpensOn = startsOn.AddMonths(-1), EnrolmentClosesOn = startsOn,
            Capacity = 1_000, EnrolmentMode = CohortEnrolmentMode.Abierta, Status = CohortStatus.Aprobada,
            CreatedAt = at, UpdatedAt = at, CreatedBy = "prueba",
        };
        cohort.Paths.AddRange(paths.Select(p => new CohortPath { CohortId = cohort.Id, PathId = p }));
        db.Cohorts.Add(cohort);
        return cohort;
    }

    public static CohortEnrolment Enrol(SemilleroDb db, Guid cohort, Guid learner, DateTime at, EnrolmentStatus status = EnrolmentStatus.Inscrita, DateTime? withdrawnAt = null, bool seated = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var enrolment = new CohortEnrolment
        {
            Registration = Guid.NewGuid(), CohortId = cohort, LearnerId = learner, Status = status, CreatedAt = at,
            SeatedAt = seated && status != EnrolmentStatus.EnEspera ? at : null, WithdrawnAt = withdrawnAt, CreatedBy = "prueba",
        };
        db.CohortEnrolments.Add(enrolment);
        return enrolment;
    }
}
