using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Badges;
using Semillero.Companies;
using Semillero.Learners;
using Semillero.Vacancies;

namespace Semillero.Hiring;

public enum ContractType
{
    // Contrato por tiempo indeterminado.
    Indeterminado = 1,

    // Por tiempo u obra determinados.
    Determinado = 2,

    // Periodo de prueba or capacitación inicial (LFT art. 39-A, 39-B).
    Prueba = 3,

    // Prácticas profesionales or internship.
    Practicas = 4,

    // Servicios profesionales (honorarios).
    Honorarios = 5,
}

// Monthly gross salary bands (pesos) used for placements and follow-up answers, so outcomes can be
// compared without anyone stating an exact salary.
public enum SalaryBand
{
    Hasta10k = 1,
    De10kA20k = 2,
    De20kA35k = 3,
    De35kA50k = 4,
    Mas50k = 5,
}

// A hire: the outcome the program is judged by. Attributed to the badges the person held before it
// started (PlacementBadge).
public sealed class Placement
{
    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid? VacancyId { get; init; }

    public Guid? ApplicationId { get; init; }

    public DateOnly StartsOn { get; init; }

    public SalaryBand SalaryBand { get; init; }

    public ContractType ContractType { get; init; }

    // The company's state at the time of the hire (or the vacancy's), for outcomes by state.
    public string? StateCode { get; init; }

    public DateTime RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}

// "This hire followed this badge": every badge the person held, unrevoked, before the start date.
public sealed class PlacementBadge
{
    public Guid PlacementId { get; init; }

    public Guid BadgeAwardId { get; init; }

    public Guid PathId { get; init; }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => p.LearnerId);
        builder.HasIndex(p => p.CompanyId);
        builder.HasIndex(p => p.RecordedAt);
        builder.Property(p => p.SalaryBand).HasConversion<string>().HasMaxLength(12);
        builder.Property(p => p.ContractType).HasConversion<string>().HasMaxLength(14);
        builder.Property(p => p.StateCode).HasMaxLength(2);
        builder.Property(p => p.RecordedBy).HasMaxLength(100);
        builder.HasOne<Learner>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PlacementBadgeConfiguration : IEntityTypeConfiguration<PlacementBadge>
{
    public void Configure(EntityTypeBuilder<PlacementBadge> builder)
    {
        builder.ToTable("placement_badges");
        builder.HasKey(b => new { b.PlacementId, b.BadgeAwardId });
        builder.HasIndex(b => b.PathId);
        builder.HasOne<Placement>().WithMany().HasForeignKey(b => b.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BadgeAward>().WithMany().HasForeignKey(b => b.BadgeAwardId).OnDelete(DeleteBehavior.Cascade);
    }
}
