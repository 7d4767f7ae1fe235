using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Access;

namespace Semillero.Companies;

// What the program calls the company in its own segments (Pyme, startup or
// large company). The size band is the DOF 2009 stratification; the kind is what the company says
// it is, since a startup is defined by its stage, not by its size.
public enum CompanyKind
{
    Startup = 1,
    Pyme = 2,
    Grande = 3,
}

// DOF 30/06/2009 stratification (ReferenceData/pyme_estratificacion_dof2009.csv); Grande is anything
// above the mediana band's combined cap.
public enum SizeBand
{
    Micro = 1,
    Pequena = 2,
    Mediana = 3,
    Grande = 4,
}

// An employer, known once by its RFC. Its vacancies are public only once an operator verified it.
public sealed class Company
{
    public Guid Id { get; init; }

    // 12 characters for a persona moral, 13 for a persona física with business activity.
    public required string Rfc { get; init; }

    // False when the RFC's check digit does not verify (accepted with a warning: SAT has issued such RFCs).
    public bool RfcCheckDigitMatches { get; init; }

    // Razón social.
    public required string LegalName { get; set; }

    // Nombre comercial: what candidates and the public see.
    public required string TradeName { get; set; }

    // SCIAN 2023 sector code ("31-33", "54", …; ReferenceData/scian_sectores.csv).
    public required string SectorCode { get; set; }

    // INEGI code of the state of the company's main office ("01".."32").
    public required string StateCode { get; set; }

    public int Workers { get; set; }

    // Annual sales in millions of pesos, as the DOF stratification counts them.
    public decimal AnnualSalesMdp { get; set; }

    // Computed from Workers, AnnualSalesMdp and the sector (CompanyRules.SizeBandOf) on every change.
    public SizeBand SizeBand { get; set; }

    public CompanyKind Kind { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    // Who registered it: a user id, or "llave:{id}" / an operator's id when registered through the API.
    public required string CreatedBy { get; init; }

    // Set by an operator after checking the company exists (RFC against its tax certificate); until
    // then its vacancies are drafts only the company and operators see.
    public DateTime? VerifiedAt { get; set; }

    public string? VerifiedBy { get; set; }

    // An operator's reason for not verifying (shown to the company so it can correct its data).
    public string? RejectedReason { get; set; }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Rfc).HasMaxLength(13);
        builder.HasIndex(c => c.Rfc).IsUnique();
        builder.Property(c => c.LegalName).HasMaxLength(CompanyRules.MaxNameLength);
        builder.Property(c => c.TradeName).HasMaxLength(CompanyRules.MaxNameLength);
        builder.Property(c => c.SectorCode).HasMaxLength(10);
        builder.Property(c => c.StateCode).HasMaxLength(2);
        builder.Property(c => c.AnnualSalesMdp).HasPrecision(14, 2);
        builder.Property(c => c.SizeBand).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.Description).HasMaxLength(CompanyRules.MaxDescriptionLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.VerifiedBy).HasMaxLength(100);
        builder.Property(c => c.RejectedReason).HasMaxLength(1000);
        builder.HasIndex(c => c.VerifiedAt);
        // Keys into companies from lower features, declared here so Access need not know Companies
        // (docs/adr/0009-dependencies-point-one-way.md).
        builder.HasMany<ApiKey>().WithOne().HasForeignKey(k => k.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<User>().WithOne().HasForeignKey(u => u.CompanyId).OnDelete(DeleteBehavior.SetNull);
    }
}

// Where an operator's check of a company stands (derived from VerifiedAt and RejectedReason).
public enum CompanyStatus
{
    Pendiente = 1,
    Verificada = 2,
    Rechazada = 3,
}
