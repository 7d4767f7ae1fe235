using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Catalog;

// The program's three areas: nube, IA, innovación.
public enum PathArea
{
    Nube = 1,
    IA = 2,
    Innovacion = 3,
}

public enum PathLevel
{
    Fundamentos = 1,
    Intermedio = 2,
    Avanzado = 3,
}

// A learning path: what a person completes to become an egresado of it, and what their badge names.
// Its code is part of public addresses (/catalogo/{code}) and never changes once published.
public sealed class LearningPath
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public PathArea Area { get; set; }

    public PathLevel Level { get; set; }

    public required string NameEs { get; set; }

    public required string NameEn { get; set; }

    public required string SummaryEs { get; set; }

    public required string SummaryEn { get; set; }

    // What the badge's criteria say a holder did, in plain words.
    public required string CriteriaEs { get; set; }

    public required string CriteriaEn { get; set; }

    // Drafts are visible to operators only; a published path is public and can be completed.
    public bool Published { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public List<PathSkill> Skills { get; init; } = [];

    public List<PathCourse> Courses { get; init; } = [];
}

// A skill the path grants, by its id in the skills list Semillero ships (Skills/SkillCatalog).
public sealed class PathSkill
{
    public Guid PathId { get; init; }

    public required string SkillId { get; init; }
}

public sealed class PathCourse
{
    public Guid PathId { get; init; }

    public Guid CourseId { get; init; }

    public int Position { get; set; }
}

// A course a provider (an aliado, named as its API keys name it) offers. Its statements are
// recognised by the activity IRIs listed for it; its completion reports by its code.
public sealed class Course
{
    public Guid Id { get; init; }

    // The provider's own course code, as its completion reports name it; unique per provider.
    public required string Code { get; init; }

    public required string Provider { get; init; }

    public required string NameEs { get; set; }

    public required string NameEn { get; set; }

    public string? Url { get; set; }

    public int? Hours { get; set; }

    public DateTime CreatedAt { get; init; }

    public List<CourseActivity> Activities { get; init; } = [];
}

// "Statements about this activity are about that course." An activity belongs to one course.
public sealed class CourseActivity
{
    public required string ActivityId { get; init; }

    public Guid CourseId { get; init; }
}

internal sealed class LearningPathConfiguration : IEntityTypeConfiguration<LearningPath>
{
    public void Configure(EntityTypeBuilder<LearningPath> builder)
    {
        builder.ToTable("learning_paths");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.NameEs).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.SummaryEs).HasMaxLength(2000);
        builder.Property(p => p.SummaryEn).HasMaxLength(2000);
        builder.Property(p => p.CriteriaEs).HasMaxLength(2000);
        builder.Property(p => p.CriteriaEn).HasMaxLength(2000);
        builder.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.PathId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Courses).WithOne().HasForeignKey(c => c.PathId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PathSkillConfiguration : IEntityTypeConfiguration<PathSkill>
{
    public void Configure(EntityTypeBuilder<PathSkill> builder)
    {
        builder.ToTable("path_skills");
        builder.HasKey(s => new { s.PathId, s.SkillId });
        builder.Property(s => s.SkillId).HasMaxLength(60);
        builder.HasIndex(s => s.SkillId);
    }
}

internal sealed class PathCourseConfiguration : IEntityTypeConfiguration<PathCourse>
{
    public void Configure(EntityTypeBuilder<PathCourse> builder)
    {
        builder.ToTable("path_courses");
        builder.HasKey(c => new { c.PathId, c.CourseId });
        builder.HasIndex(c => c.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(100);
        builder.Property(c => c.Provider).HasMaxLength(100);
        builder.HasIndex(c => new { c.Provider, c.Code }).IsUnique();
        builder.Property(c => c.NameEs).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.Url).HasMaxLength(2048);
        builder.HasMany(c => c.Activities).WithOne().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseActivityConfiguration : IEntityTypeConfiguration<CourseActivity>
{
    public void Configure(EntityTypeBuilder<CourseActivity> builder)
    {
        builder.ToTable("course_activities");
        builder.HasKey(a => a.ActivityId);
        builder.Property(a => a.ActivityId).HasMaxLength(2048);
        builder.HasIndex(a => a.CourseId);
    }
}
