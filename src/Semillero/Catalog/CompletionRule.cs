using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Catalog;

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
