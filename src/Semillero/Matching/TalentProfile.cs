using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Learners;
using Semillero.Vacancies;

namespace Semillero.Matching;

public enum Availability
{
    // Can start now.
    Inmediata = 1,

    // Can start within a month or two (notice period, end of term).
    Proxima = 2,

    // Open to hear about offers, not looking actively.
    Abierta = 3,
}

// What a learner tells employers about themselves, beyond what their badges prove. Whether employers
// see it at all is the "visible_empleadores" consent (Privacy/Purposes), never a flag here: the
// consent's history is the record of that decision.
public sealed class TalentProfile
{
    public Guid LearnerId { get; init; }

    // The pseudonym employers see until the person accepts contact ("C-7K3M9Q"): random, never
    // derived from the CURP or the id, and stable so an employer can follow a candidate.
    public required string Alias { get; init; }

    public Availability Availability { get; set; } = Availability.Abierta;

    // Modalities the person accepts (any of them; at least one).
    public bool AcceptsPresencial { get; set; } = true;

    public bool AcceptsHibrido { get; set; } = true;

    public bool AcceptsRemoto { get; set; } = true;

    // A short professional summary the person writes for employers; no contact details (the page says so).
    public string? Summary { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public List<DeclaredSkill> Skills { get; init; } = [];

    public bool Accepts(WorkModality modality) => modality switch
    {
        WorkModality.Presencial => AcceptsPresencial,
        WorkModality.Hibrido => AcceptsHibrido,
        WorkModality.Remoto => AcceptsRemoto,
        _ => false,
    };
}

// A skill the person says they have, at a level they choose. Verified skills come from badges.
public sealed class DeclaredSkill
{
    public Guid LearnerId { get; init; }

    public required string SkillId { get; init; }

    public SkillLevel Level { get; set; }
}

internal sealed class TalentProfileConfiguration : IEntityTypeConfiguration<TalentProfile>
{
    public void Configure(EntityTypeBuilder<TalentProfile> builder)
    {
        builder.ToTable("talent_profiles");
        builder.HasKey(p => p.LearnerId);
        builder.Property(p => p.Alias).HasMaxLength(12);
        builder.HasIndex(p => p.Alias).IsUnique();
        builder.Property(p => p.Availability).HasConversion<string>().HasMaxLength(12);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.HasIndex(p => p.UpdatedAt);
        builder.HasOne<Learner>().WithOne().HasForeignKey<TalentProfile>(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclaredSkillConfiguration : IEntityTypeConfiguration<DeclaredSkill>
{
    public void Configure(EntityTypeBuilder<DeclaredSkill> builder)
    {
        builder.ToTable("declared_skills");
        builder.HasKey(s => new { s.LearnerId, s.SkillId });
        builder.Property(s => s.SkillId).HasMaxLength(60);
        builder.Property(s => s.Level).HasConversion<int>();
    }
}
