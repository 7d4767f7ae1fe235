using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Catalog;
using Semillero.Learners;
using Semillero.Organizations;

namespace Semillero.Cohorts;

public enum CohortModality
{
    EnLinea = 1,
    Presencial = 2,
    Mixta = 3,
}

// Open: any eligible learner enrols from the cohort's page. Invitation: only the organisation
// enrols people (one by one or in bulk, by CURP).
public enum CohortEnrolmentMode
{
    Abierta = 1,
    PorInvitacion = 2,
}

// Where an operator's review of a cohort stands. Only Aprobada cohorts are public.
public enum CohortStatus
{
    Pendiente = 1,
    Aprobada = 2,
    Rechazada = 3,
    Cancelada = 4,
}

// A convocatoria: an intake an organisation opens to teach published paths, between dates, to a
// number of people who meet its eligibility (docs/cohorts.md).
public sealed class Cohort
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public CohortModality Modality { get; set; }

    // Dates of the course, inclusive, in the program's calendar (Calendar/ProgramCalendar). Learning
    // by an enrolled person on the cohort's paths between them counts for the cohort.
    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    // The enrolment window, inclusive.
    public DateOnly EnrolmentOpensOn { get; set; }

    public DateOnly EnrolmentClosesOn { get; set; }

    public int Capacity { get; set; }

    // Seats taken: enrolments in state Inscrita. Changed only by one conditional UPDATE
    // (… SET enrolled = enrolled + 1 WHERE enrolled < capacity), so concurrent enrolments can never
    // take more seats than Capacity on either database.
    public int Enrolled { get; set; }

    public CohortEnrolmentMode EnrolmentMode { get; set; }

    // Eligibility. Segments as their wire names (SegmentNames), space-separated; empty: any segment.
    public string EligibleSegments { get; set; } = "";

    // Age on the day of enrolment, inclusive; null: no bound.
    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    public CohortStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    // A user id or "llave:{id}".
    public required string CreatedBy { get; init; }

    public DateTime? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    // An operator's reason for not approving, shown to the organisation.
    public string? RejectedReason { get; set; }

    public List<CohortPath> Paths { get; init; } = [];

    // The states it serves; none: the whole country. A learner's state must be one of them.
    public List<CohortState> States { get; init; } = [];
}

public sealed class CohortPath
{
    public Guid CohortId { get; init; }

    public Guid PathId { get; init; }
}

public sealed class CohortState
{
    public Guid CohortId { get; init; }

    // INEGI code, "01".."32".
    public required string StateCode { get; init; }
}

public enum EnrolmentStatus
{
    // Holds a seat.
    Inscrita = 1,

    // Waiting for a seat, in arrival order (CohortEnrolment.Id).
    EnEspera = 2,

    // Withdrew (or was withdrawn by the organisation); frees the seat.
    Baja = 3,
}

// One person's place in a cohort. Id grows in arrival order, which is the waitlist's order;
// Registration is the enrolment's public id, which a provider may send as an xAPI statement's
// context.registration.
public sealed class CohortEnrolment
{
    public long Id { get; init; }

    public Guid Registration { get; init; }

    public Guid CohortId { get; init; }

    public Guid LearnerId { get; init; }

    public EnrolmentStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    // When it took a seat (at once, or when promoted from the waitlist).
    public DateTime? SeatedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    // A user id or "llave:{id}": the learner themself or the organisation's staff.
    public required string CreatedBy { get; init; }

    // The learner's own id for their user, or the organisation's key; who withdrew it.
    public string? WithdrawnBy { get; set; }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("cohorts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Modality).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.EnrolmentMode).HasConversion<string>().HasMaxLength(14);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.EligibleSegments).HasMaxLength(200);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.ReviewedBy).HasMaxLength(100);
        builder.Property(c => c.RejectedReason).HasMaxLength(1000);
        builder.HasIndex(c => new { c.Status, c.EnrolmentClosesOn });
        builder.HasIndex(c => c.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Paths).WithOne().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.States).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CohortPathConfiguration : IEntityTypeConfiguration<CohortPath>
{
    public void Configure(EntityTypeBuilder<CohortPath> builder)
    {
        builder.ToTable("cohort_paths");
        builder.HasKey(p => new { p.CohortId, p.PathId });
        builder.HasIndex(p => p.PathId);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(p => p.PathId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CohortStateConfiguration : IEntityTypeConfiguration<CohortState>
{
    public void Configure(EntityTypeBuilder<CohortState> builder)
    {
        builder.ToTable("cohort_states");
        builder.HasKey(s => new { s.CohortId, s.StateCode });
        builder.Property(s => s.StateCode).HasMaxLength(2);
        builder.HasIndex(s => s.StateCode);
    }
}

internal sealed class CohortEnrolmentConfiguration : IEntityTypeConfiguration<CohortEnrolment>
{
    public void Configure(EntityTypeBuilder<CohortEnrolment> builder)
    {
        builder.ToTable("cohort_enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.Registration).IsUnique();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.Property(e => e.WithdrawnBy).HasMaxLength(100);
        // One active enrolment (seated or waiting) per person and cohort; withdrawn ones stay as history.
        builder.HasIndex(e => new { e.CohortId, e.LearnerId }).IsUnique().HasFilter("status <> 'Baja'");
        builder.HasIndex(e => new { e.CohortId, e.Status, e.Id });
        builder.HasIndex(e => e.LearnerId);
        // The KPI rollup asks every round for what changed since its cursor, by each of these times
        // (Dashboards/KpiRollup): without them each round scans every enrolment three times.
        builder.HasIndex(e => e.CreatedAt);
        builder.HasIndex(e => e.SeatedAt);
        builder.HasIndex(e => e.WithdrawnAt);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Learner>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
