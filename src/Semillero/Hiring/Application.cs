using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Learners;
using Semillero.Vacancies;

namespace Semillero.Hiring;

public enum ApplicationOrigin
{
    // The employer invited a pseudonymous candidate from the ranked list.
    Invitacion = 1,

    // The learner applied from the vacancy's page.
    Postulacion = 2,
}

// Where an application stands. Invitada → (the candidate accepts contact) Postulada → EnRevision →
// Entrevista → Oferta → Contratada; Descartada (employer), Declinada (candidate declined the
// invitation) and Retirada (candidate withdrew) end it. HiringRules.CanMove says which moves exist.
public enum ApplicationStage
{
    Invitada = 1,
    Postulada = 2,
    EnRevision = 3,
    Entrevista = 4,
    Oferta = 5,
    Contratada = 6,
    Descartada = 7,
    Declinada = 8,
    Retirada = 9,
}

// One person's candidacy to one vacancy. Until ContactAcceptedAt is set the employer sees only the
// candidate's pseudonymous profile; applying, or accepting an invitation, sets it.
public sealed class Application
{
    public Guid Id { get; init; }

    public Guid VacancyId { get; init; }

    public Guid LearnerId { get; init; }

    public ApplicationOrigin Origin { get; init; }

    public ApplicationStage Stage { get; set; }

    // The employer's invitation message, or the candidate's note when applying.
    public string? Message { get; set; }

    public DateTime? ContactAcceptedAt { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public required string CreatedBy { get; init; }
}

// Every stage change, with who and when: the employer's pipeline history and the learner's record.
public sealed class ApplicationEvent
{
    public long Id { get; init; }

    public Guid ApplicationId { get; init; }

    public ApplicationStage Stage { get; init; }

    public string? Note { get; init; }

    public DateTime At { get; init; }

    public required string By { get; init; }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // One candidacy per person per vacancy: inviting someone who applied (or the reverse) finds it.
        builder.HasIndex(a => new { a.VacancyId, a.LearnerId }).IsUnique();
        builder.HasIndex(a => a.LearnerId);
        builder.Property(a => a.Origin).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(12);
        builder.Property(a => a.Message).HasMaxLength(2000);
        builder.Property(a => a.CreatedBy).HasMaxLength(100);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("application_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.ApplicationId);
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(12);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.Property(e => e.By).HasMaxLength(100);
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
