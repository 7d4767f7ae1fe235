using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Companies;

namespace Semillero.Vacancies;

public enum WorkModality
{
    Presencial = 1,
    Hibrido = 2,
    Remoto = 3,
}

public enum VacancyStatus
{
    // Being written; only the company and operators see it.
    Borrador = 1,

    // Published: public (once the company is verified) and open to candidates until it closes.
    Abierta = 2,

    // Closed by the company, filled, or past its closing date.
    Cerrada = 3,
}

// Skill proficiency, as vacancies ask for it and as paths grant it (a path's level is the level of
// the skills it grants; PathLevel Fundamentos/Intermedio/Avanzado = 1/2/3).
public enum SkillLevel
{
    Basico = 1,
    Intermedio = 2,
    Avanzado = 3,
}

// An opening a company offers. Its skills (VacancySkill) are what matching ranks candidates against.
public sealed class Vacancy
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public WorkModality Modality { get; set; }

    // INEGI code of the state the work is in; null only for remote work open to the whole country.
    public string? StateCode { get; set; }

    // Monthly gross salary in pesos, as a band (both ends inclusive; null: not stated).
    public int? SalaryMin { get; set; }

    public int? SalaryMax { get; set; }

    public int Openings { get; set; } = 1;

    // Last day applications are accepted (Mexico City's calendar).
    public DateOnly ClosesOn { get; set; }

    public VacancyStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public required string CreatedBy { get; init; }

    public List<VacancySkill> Skills { get; init; } = [];
}

// A skill a vacancy requires (Required) or would like (nice to have), at a level.
public sealed class VacancySkill
{
    public Guid VacancyId { get; init; }

    public required string SkillId { get; init; }

    public SkillLevel Level { get; set; }

    public bool Required { get; set; }
}

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.ToTable("vacancies", t => t.HasCheckConstraint("ck_vacancies_salary_band", "salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Title).HasMaxLength(VacancyRules.MaxTitleLength);
        builder.Property(v => v.Description).HasMaxLength(VacancyRules.MaxDescriptionLength);
        builder.Property(v => v.Modality).HasConversion<string>().HasMaxLength(12);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(v => v.StateCode).HasMaxLength(2);
        builder.Property(v => v.CreatedBy).HasMaxLength(100);
        builder.HasIndex(v => new { v.Status, v.ClosesOn });
        builder.HasIndex(v => v.CompanyId);
        builder.HasOne<Company>().WithMany().HasForeignKey(v => v.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Skills).WithOne().HasForeignKey(s => s.VacancyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VacancySkillConfiguration : IEntityTypeConfiguration<VacancySkill>
{
    public void Configure(EntityTypeBuilder<VacancySkill> builder)
    {
        builder.ToTable("vacancy_skills");
        builder.HasKey(s => new { s.VacancyId, s.SkillId });
        builder.Property(s => s.SkillId).HasMaxLength(60);
        builder.Property(s => s.Level).HasConversion<int>();
        builder.HasIndex(s => s.SkillId);
    }
}
