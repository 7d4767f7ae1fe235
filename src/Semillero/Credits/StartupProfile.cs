using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Companies;
using Semillero.Learners;

namespace Semillero.Credits;

// A startup's stage of financing, as the providers' startup programs ask it (docs/credits.md).
// Stored by name; the order is the order of the stages.
public enum StartupStage
{
    Idea = 1,
    PreSemilla = 2,
    Semilla = 3,
    SerieA = 4,
    SerieBOMas = 5,
}

// External funding raised to date, in bands (USD), so nobody has to state an exact figure.
public enum FundingBand
{
    Ninguno = 1,
    Menos100Mil = 2,
    De100MilA500Mil = 3,
    De500MilA2Millones = 4,
    De2A10Millones = 5,
    Mas10Millones = 6,
}

// What a company of kind startup tells the credits program about itself, beyond its company record
// (sector, state and website live on Company). One per company.
public sealed class StartupProfile
{
    public Guid CompanyId { get; init; }

    public DateOnly FoundedOn { get; set; }

    public StartupStage Stage { get; set; }

    public FundingBand Funding { get; set; }

    // One paragraph: what it does and for whom.
    public required string Pitch { get; set; }

    // Opt-in: investment organisations and accelerators see it in their startup directory.
    public bool VisibleToInvestors { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public List<StartupFounder> Founders { get; init; } = [];
}

// A founder, known by CURP: a learner of the program when the registry knows the CURP (LearnerId),
// which is how eligibility sees the founders' training. Seen only by the startup and operators;
// investors see the paths founders completed, never who they are.
public sealed class StartupFounder
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    public required string Curp { get; init; }

    public required string Name { get; set; }

    // Set when the CURP is (or later becomes) a registered learner's.
    public Guid? LearnerId { get; set; }

    public DateTime AddedAt { get; init; }
}

internal sealed class StartupProfileConfiguration : IEntityTypeConfiguration<StartupProfile>
{
    public void Configure(EntityTypeBuilder<StartupProfile> builder)
    {
        builder.ToTable("startup_profiles");
        builder.HasKey(p => p.CompanyId);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Funding).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Pitch).HasMaxLength(CreditRules.MaxPitchLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
        builder.HasIndex(p => new { p.VisibleToInvestors, p.Stage });
        builder.HasOne<Company>().WithOne().HasForeignKey<StartupProfile>(p => p.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Founders).WithOne().HasForeignKey(f => f.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StartupFounderConfiguration : IEntityTypeConfiguration<StartupFounder>
{
    public void Configure(EntityTypeBuilder<StartupFounder> builder)
    {
        builder.ToTable("startup_founders");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Curp).HasMaxLength(18);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.HasIndex(f => new { f.CompanyId, f.Curp }).IsUnique();
        builder.HasIndex(f => f.Curp);
        builder.HasOne<Learner>().WithMany().HasForeignKey(f => f.LearnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
