using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Catalog;
using Semillero.Hiring;
using Semillero.Learners;

namespace Semillero.FollowUp;

public enum EmploymentStatus
{
    // Employed by someone else (formal or informal).
    Empleado = 1,

    // Self-employed or running their own business.
    PorCuentaPropia = 2,

    Buscando = 3,

    Estudiando = 4,

    // Not working and not looking.
    NoBusca = 5,
}

public enum TrainingHelped
{
    Mucho = 1,
    Algo = 2,
    Nada = 3,
}

// One follow-up survey: 3, 6 or 12 months after the person first became an egresado (their first
// path completion), for people who consented to follow-up surveys. Cohort = the month of that
// first completion; the path and state are kept as they were then, so outcomes by cohort, path and
// state need no join to data the person may later change or cancel.
public sealed class FollowUpSurvey
{
    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public Guid PathCompletionId { get; init; }

    public Guid PathId { get; init; }

    // 3, 6 or 12.
    public int Months { get; init; }

    // First day of the month of the first path completion (UTC date).
    public DateOnly Cohort { get; init; }

    public required string StateCode { get; init; }

    public DateTime DueAt { get; init; }

    // After this the link no longer opens and the survey counts as unanswered.
    public DateTime ExpiresAt { get; init; }

    public DateTime? SentAt { get; set; }

    public int Reminders { get; set; }

    public DateTime? LastReminderAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public EmploymentStatus? Employment { get; set; }

    // SCIAN sector of the job, when employed.
    public string? SectorCode { get; set; }

    public SalaryBand? SalaryBand { get; set; }

    public TrainingHelped? Helped { get; set; }

    public string? Comment { get; set; }
}

internal sealed class FollowUpSurveyConfiguration : IEntityTypeConfiguration<FollowUpSurvey>
{
    public void Configure(EntityTypeBuilder<FollowUpSurvey> builder)
    {
        builder.ToTable("follow_up_surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        // One survey per person per milestone, however often the scheduler runs or races.
        builder.HasIndex(s => new { s.LearnerId, s.Months }).IsUnique();
        builder.HasIndex(s => s.DueAt);
        builder.HasIndex(s => new { s.Cohort, s.PathId });
        builder.Property(s => s.StateCode).HasMaxLength(2);
        builder.Property(s => s.Employment).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.SectorCode).HasMaxLength(10);
        builder.Property(s => s.SalaryBand).HasConversion<string>().HasMaxLength(12);
        builder.Property(s => s.Helped).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.HasOne<Learner>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(s => s.PathId).OnDelete(DeleteBehavior.Restrict);
    }
}
