using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Companies;
using Semillero.Organizations;

namespace Semillero.Diagnostics;

// Whose assessment it is, said on every result (a complaint about such tools is that nobody can
// tell a self-assessment from an assessor's).
public enum AssessmentMode
{
    // Answered by the company's own people.
    Autodiagnostico = 1,

    // Run with the company by an organisation (a chamber, a state government) through its key.
    Acompanado = 2,
}

// One sitting of the diagnostic by one company: answers are saved as they come and can be changed
// until it is submitted; submitting freezes the scores and makes it immutable. The next sitting is a
// new assessment (T0, T1, …, by Sequence).
public sealed class Assessment
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    // The question bank version it was taken with; scores compare only within a version.
    public int BankVersion { get; init; }

    public AssessmentMode Mode { get; init; }

    // The organisation that runs it (Acompanado only).
    public Guid? OrganizationId { get; init; }

    // The user id or "llave:{id}" that started it.
    public required string StartedBy { get; init; }

    public DateTime StartedAt { get; init; }

    // The last time anyone saved an answer; also the row a save and a submission both update, so the
    // two cannot interleave (SaveAnswers, SubmitAssessment).
    public DateTime? LastAnsweredAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    // 0 for the company's first submitted assessment (T0), then 1, 2 … in submission order.
    public int? Sequence { get; set; }

    // True on the company's latest submitted assessment of its bank version (set by
    // SubmitAssessment): the program's figures and peer comparisons count each company once, by
    // it, with a GROUP BY over an index instead of a scan of every assessment.
    public bool Latest { get; set; }

    // Frozen at submission (MaturityScoring over the respondents' answers then).
    public int? OverallScore { get; set; }

    public int? Level { get; set; }

    public bool AdvancedAi { get; set; }

    public int Respondents { get; set; }

    public List<AssessmentRespondent> People { get; init; } = [];

    public List<AssessmentDimensionScore> Scores { get; init; } = [];
}

// Someone who answers: the lead (whoever acts for the owner: the company's accounts and keys, or the
// running organisation) or a colleague invited by email, who answers through a link.
public sealed class AssessmentRespondent
{
    public Guid Id { get; init; }

    public Guid AssessmentId { get; init; }

    public bool Lead { get; init; }

    // The colleague's address (null for the lead); seen only by the assessment's owner.
    public string? Email { get; init; }

    public DateTime InvitedAt { get; init; }

    public string? InvitedBy { get; init; }

    public DateTime? LastAnsweredAt { get; set; }

    // An invitation the owner withdrew: its link opens nothing and its answers do not count.
    public DateTime? RevokedAt { get; set; }

    public List<AssessmentAnswer> Answers { get; init; } = [];
}

public sealed class AssessmentAnswer
{
    public Guid RespondentId { get; init; }

    public required string QuestionId { get; init; }

    public int Score { get; set; }

    public DateTime AnsweredAt { get; set; }
}

public sealed class AssessmentDimensionScore
{
    public Guid AssessmentId { get; init; }

    public required string DimensionId { get; init; }

    public int Score { get; init; }
}

// A question bank version an operator published after the shipped one (QuestionBanks.Shipped).
public sealed class QuestionBankVersion
{
    public int Version { get; init; }

    public required string Json { get; init; }

    public DateTime PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public required string Reason { get; init; }
}

// A company inviting one of its people, from a result, to a path or an open cohort. What became of
// the invitation (registered, enrolled, egresado) is read from the registry, never stored here.
public sealed class TrainingInvitation
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    public Guid? AssessmentId { get; init; }

    public required string Email { get; init; }

    // One of the two: a catalog path, or a cohort (which teaches one or more paths).
    public Guid? PathId { get; init; }

    public Guid? CohortId { get; init; }

    public DateTime InvitedAt { get; init; }

    public required string InvitedBy { get; init; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.StartedBy).HasMaxLength(100);
        builder.Property(a => a.SubmittedBy).HasMaxLength(100);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.People).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CompanyId, a.SubmittedAt });
        builder.HasIndex(a => new { a.BankVersion, a.Latest });
    }
}

internal sealed class AssessmentRespondentConfiguration : IEntityTypeConfiguration<AssessmentRespondent>
{
    public void Configure(EntityTypeBuilder<AssessmentRespondent> builder)
    {
        builder.ToTable("assessment_respondents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.InvitedBy).HasMaxLength(100);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.RespondentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> builder)
    {
        builder.ToTable("assessment_answers");
        builder.HasKey(a => new { a.RespondentId, a.QuestionId });
        builder.Property(a => a.QuestionId).HasMaxLength(60);
    }
}

internal sealed class AssessmentDimensionScoreConfiguration : IEntityTypeConfiguration<AssessmentDimensionScore>
{
    public void Configure(EntityTypeBuilder<AssessmentDimensionScore> builder)
    {
        builder.ToTable("assessment_scores");
        builder.HasKey(s => new { s.AssessmentId, s.DimensionId });
        builder.Property(s => s.DimensionId).HasMaxLength(60);
    }
}

internal sealed class QuestionBankVersionConfiguration : IEntityTypeConfiguration<QuestionBankVersion>
{
    public void Configure(EntityTypeBuilder<QuestionBankVersion> builder)
    {
        builder.ToTable("question_bank_versions");
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.Json).HasMaxLength(QuestionBanks.MaxJsonLength);
        builder.Property(v => v.PublishedBy).HasMaxLength(100);
        builder.Property(v => v.Reason).HasMaxLength(1000);
    }
}

internal sealed class TrainingInvitationConfiguration : IEntityTypeConfiguration<TrainingInvitation>
{
    public void Configure(EntityTypeBuilder<TrainingInvitation> builder)
    {
        builder.ToTable("training_invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.InvitedBy).HasMaxLength(100);
        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CompanyId, i.Email, i.PathId, i.CohortId }).IsUnique();
    }
}
