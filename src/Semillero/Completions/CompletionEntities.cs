using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Catalog;
using Semillero.Learners;

namespace Semillero.Completions;

// One version of the rule for a course or for a path. Rules are never edited: a change is a new
// version with a reason, evaluated over the history (RuleEvaluation says what it changed), and each
// completion keeps the version that granted it.
public sealed class CompletionRule
{
    public Guid Id { get; init; }

    // Exactly one of CourseId / PathId.
    public Guid? CourseId { get; init; }

    public Guid? PathId { get; init; }

    public int Version { get; init; }

    // Course rules: the xAPI verb IRIs that count, separated by spaces.
    public string? Verbs { get; init; }

    // Course rules: the lowest result.score.scaled that counts (null: any, or none).
    public decimal? MinScaledScore { get; init; }

    // Course rules: whether the provider's CSV completion reports count as evidence.
    public bool AcceptsReports { get; init; }

    // Path rules: how many of the path's courses must be completed (null: all of them).
    public int? MinCourses { get; init; }

    public required string Reason { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }
}

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

// What evaluating a new rule version over the history changed.
public sealed class RuleEvaluation
{
    public Guid Id { get; init; }

    public Guid RuleId { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime FinishedAt { get; set; }

    public int Examined { get; set; }

    // Completions this version granted that earlier versions had not.
    public int Added { get; set; }

    // Completions granted under earlier versions that this one would not grant. They are kept (the
    // person met the rule in force), and counted so the operator sees the rule's effect.
    public int NoLongerQualifying { get; set; }
}

internal sealed class CompletionRuleConfiguration : IEntityTypeConfiguration<CompletionRule>
{
    public void Configure(EntityTypeBuilder<CompletionRule> builder)
    {
        builder.ToTable("completion_rules", t => t.HasCheckConstraint("ck_completion_rules_one_target", "(course_id IS NULL) <> (path_id IS NULL)"));
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.CourseId, r.Version }).IsUnique();
        builder.HasIndex(r => new { r.PathId, r.Version }).IsUnique();
        builder.Property(r => r.Verbs).HasMaxLength(4000);
        builder.Property(r => r.MinScaledScore).HasPrecision(5, 4);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(r => r.PathId).OnDelete(DeleteBehavior.Cascade);
    }
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

internal sealed class RuleEvaluationConfiguration : IEntityTypeConfiguration<RuleEvaluation>
{
    public void Configure(EntityTypeBuilder<RuleEvaluation> builder)
    {
        builder.ToTable("rule_evaluations");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.RuleId);
        builder.HasOne<CompletionRule>().WithMany().HasForeignKey(e => e.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
