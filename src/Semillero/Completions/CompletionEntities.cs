using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Catalog;
using Semillero.Learners;

namespace Semillero.Completions;

public enum EvidenceKind
{
    Statement = 1,
    Report = 2,
    Manual = 3,
}

// "This person completed this course", with the evidence and the rule version that said so.
public sealed class CourseCompletion
{
    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public Guid CourseId { get; init; }

    public Guid RuleId { get; init; }

    public EvidenceKind Evidence { get; init; }

    // Statement evidence: a statement with one of the rule's verbs on one of the course's activities
    // (the course's own activity, or any part of it a provider chooses to list).
    public Guid? StatementId { get; init; }

    // Report evidence: the import and the row of the provider's file.
    public Guid? ReportId { get; init; }

    public int? ReportRow { get; init; }

    // Manual evidence: the operator's written reason, and who.
    public string? Note { get; init; }

    public string? AwardedBy { get; init; }

    public decimal? ScaledScore { get; init; }

    // When the learning happened (the statement's timestamp, the report's date, the award's).
    public DateTime CompletedAt { get; init; }

    public DateTime RecordedAt { get; init; }

    // Null until the paths containing the course have been evaluated for this learner: an outbox, so
    // a crash between the completion and the path evaluation only delays the latter.
    public DateTime? PathsEvaluatedAt { get; set; }
}

// "This person is an egresado of this path."
public sealed class PathCompletion
{
    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public Guid PathId { get; init; }

    public Guid RuleId { get; init; }

    // The completion of the last course the rule needed.
    public DateTime CompletedAt { get; init; }

    public DateTime RecordedAt { get; init; }
}

// A provider's completion report, imported once (the same file again changes nothing).
public sealed class CompletionReport
{
    public Guid Id { get; init; }

    public required string Provider { get; init; }

    public required string FileName { get; init; }

    public required string Sha256 { get; init; }

    public required string ImportedBy { get; init; }

    public DateTime ImportedAt { get; init; }

    public int Rows { get; init; }

    public int Completions { get; init; }

    public int Rejected { get; init; }
}

internal sealed class CourseCompletionConfiguration : IEntityTypeConfiguration<CourseCompletion>
{
    public void Configure(EntityTypeBuilder<CourseCompletion> builder)
    {
        builder.ToTable("course_completions");
        builder.HasKey(c => c.Id);
        // One completion per person and course, whatever the number of evaluations racing.
        builder.HasIndex(c => new { c.LearnerId, c.CourseId }).IsUnique();
        builder.HasIndex(c => c.CourseId);
        builder.HasIndex(c => c.PathsEvaluatedAt);
        builder.HasIndex(c => c.RecordedAt);
        builder.Property(c => c.Evidence).HasConversion<int>();
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.AwardedBy).HasMaxLength(100);
        builder.Property(c => c.ScaledScore).HasPrecision(5, 4);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompletionRule>().WithMany().HasForeignKey(c => c.RuleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PathCompletionConfiguration : IEntityTypeConfiguration<PathCompletion>
{
    public void Configure(EntityTypeBuilder<PathCompletion> builder)
    {
        builder.ToTable("path_completions");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.LearnerId, c.PathId }).IsUnique();
        builder.HasIndex(c => new { c.PathId, c.CompletedAt });
        builder.HasIndex(c => c.RecordedAt);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(c => c.PathId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompletionRule>().WithMany().HasForeignKey(c => c.RuleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompletionReportConfiguration : IEntityTypeConfiguration<CompletionReport>
{
    public void Configure(EntityTypeBuilder<CompletionReport> builder)
    {
        builder.ToTable("completion_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Provider).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.ImportedBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.Provider, r.Sha256 }).IsUnique();
    }
}
