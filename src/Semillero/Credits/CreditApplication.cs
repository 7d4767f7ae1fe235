using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Organizations;

namespace Semillero.Credits;

// Where an application stands. Enviada → EnRevision (reviewers assigned) → PorDecidir (reviews in)
// → Aprobada | Rechazada | ListaDeEspera; Retirada by the startup at any time before a final
// decision. A waitlisted application is still open: it is approved when budget arrives.
public enum ApplicationStatus
{
    Enviada = 1,
    EnRevision = 2,
    PorDecidir = 3,
    ListaDeEspera = 4,
    Aprobada = 5,
    Rechazada = 6,
    Retirada = 7,
}

public enum DecisionOutcome
{
    Aprobada = 1,
    Rechazada = 2,
    ListaDeEspera = 3,
}

// A startup's application for credits. Immutable once submitted (there are no drafts: the form is
// the draft); to change it the startup withdraws it and applies again. Only Status, the open-slot
// marker and the review counters move.
public sealed class CreditApplication
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    // Equal to CompanyId while the application is open and null after; unique, so a company holds
    // at most one open application on either database, whatever runs at once.
    public Guid? OpenCompanyId { get; set; }

    // The program version it was checked against.
    public int ProgramVersion { get; init; }

    public required string TierKey { get; init; }

    // USD cents: the total the startup asks to reach (for a top-up, the new total).
    public long RequestedCents { get; init; }

    public required string UsePlan { get; init; }

    public Guid? VouchingCodeId { get; init; }

    public Guid? VouchingOrganizationId { get; init; }

    // The startup's eligibility when it applied, as checked then (a JSON list of checks).
    public required string EligibilityJson { get; init; }

    public DateTime SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    public ApplicationStatus Status { get; set; }

    public DateTime StatusChangedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public List<CreditReview> Reviews { get; init; } = [];

    public List<CreditDecision> Decisions { get; init; } = [];

    public static bool IsOpen(ApplicationStatus status) =>
        status is ApplicationStatus.Enviada or ApplicationStatus.EnRevision or ApplicationStatus.PorDecidir or ApplicationStatus.ListaDeEspera;
}

// One reviewer's assignment to an application and, once submitted, their scores. Round 3 is the
// third reviewer drawn when the first two disagree by more than the program's margin.
public sealed class CreditReview
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    public Guid ReviewerId { get; init; }

    public int Round { get; init; }

    public DateTime AssignedAt { get; init; }

    public required string AssignedBy { get; init; }

    public DateTime? SubmittedAt { get; set; }

    // Criterion id → 1..5, as JSON; null until submitted.
    public string? ScoresJson { get; set; }

    // 0–100 by the rubric's weights (CreditRules.RubricTotal).
    public int? Total { get; set; }

    public string? Comment { get; set; }
}

// A person who reviews applications: any account an operator added to the reviewer pool. Their
// organisation, if any, comes from their account (a reviewer never reviews what their own
// organisation vouched for).
public sealed class CreditReviewer
{
    public Guid UserId { get; init; }

    public bool Active { get; set; }

    public DateTime AddedAt { get; init; }

    public required string AddedBy { get; init; }
}

// A conflict of interest a reviewer declared with a startup (or an operator recorded for them):
// they are never assigned its applications.
public sealed class CreditConflict
{
    public Guid ReviewerId { get; init; }

    public Guid CompanyId { get; init; }

    public required string Reason { get; init; }

    public DateTime DeclaredAt { get; init; }

    public required string DeclaredBy { get; init; }
}

// A decision on an application: append-only. The latest is in force; an application on the
// waitlist gets a later approval when budget arrives. The reasons are shown to the startup.
public sealed class CreditDecision
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    public DecisionOutcome Outcome { get; init; }

    // The approved total (USD cents), Aprobada only.
    public long? AmountCents { get; init; }

    public required string Reasons { get; init; }

    public DateTime DecidedAt { get; init; }

    // A user id, "llave:{id}", or "programa" for a decision the rules took (self-service tier,
    // budget exhausted).
    public required string DecidedBy { get; init; }
}

internal sealed class CreditApplicationConfiguration : IEntityTypeConfiguration<CreditApplication>
{
    public void Configure(EntityTypeBuilder<CreditApplication> builder)
    {
        builder.ToTable("credit_applications", t => t.HasCheckConstraint("ck_credit_applications_requested", "requested_cents > 0"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.OpenCompanyId).IsUnique();
        builder.HasIndex(a => new { a.CompanyId, a.SubmittedAt });
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
        builder.Property(a => a.TierKey).HasMaxLength(20);
        builder.Property(a => a.UsePlan).HasMaxLength(CreditRules.MaxUsePlanLength);
        builder.Property(a => a.EligibilityJson).HasMaxLength(4000);
        builder.Property(a => a.SubmittedBy).HasMaxLength(100);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VouchingCode>().WithOne().HasForeignKey<CreditApplication>(a => a.VouchingCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.VouchingOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Reviews).WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Decisions).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CreditReviewConfiguration : IEntityTypeConfiguration<CreditReview>
{
    public void Configure(EntityTypeBuilder<CreditReview> builder)
    {
        builder.ToTable("credit_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.ApplicationId, r.ReviewerId }).IsUnique();
        builder.HasIndex(r => new { r.ReviewerId, r.SubmittedAt });
        builder.Property(r => r.AssignedBy).HasMaxLength(100);
        builder.Property(r => r.ScoresJson).HasMaxLength(2000);
        builder.Property(r => r.Comment).HasMaxLength(CreditRules.MaxCommentLength);
        builder.HasOne<CreditReviewer>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CreditReviewerConfiguration : IEntityTypeConfiguration<CreditReviewer>
{
    public void Configure(EntityTypeBuilder<CreditReviewer> builder)
    {
        builder.ToTable("credit_reviewers");
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.AddedBy).HasMaxLength(100);
        builder.HasOne<User>().WithOne().HasForeignKey<CreditReviewer>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CreditConflictConfiguration : IEntityTypeConfiguration<CreditConflict>
{
    public void Configure(EntityTypeBuilder<CreditConflict> builder)
    {
        builder.ToTable("credit_conflicts");
        builder.HasKey(c => new { c.ReviewerId, c.CompanyId });
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.DeclaredBy).HasMaxLength(100);
        builder.HasOne<CreditReviewer>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CreditDecisionConfiguration : IEntityTypeConfiguration<CreditDecision>
{
    public void Configure(EntityTypeBuilder<CreditDecision> builder)
    {
        builder.ToTable("credit_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.ApplicationId, d.DecidedAt });
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reasons).HasMaxLength(CreditRules.MaxCommentLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(100);
    }
}
