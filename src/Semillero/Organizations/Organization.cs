using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Access;

namespace Semillero.Organizations;

// What part an organisation plays in the program (docs/organizations.md). Stored by its wire name.
public enum OrganizationKind
{
    // Training provider: the cloud provider's training arm, bootcamps, online platforms.
    Proveedor = 1,

    // University, tecnológico, CONALEP, school.
    Academia = 2,

    // Accelerator or incubator.
    Aceleradora = 3,

    // Investment fund or angel network.
    Inversion = 4,

    // Business chamber.
    Camara = 5,

    // State or municipal government.
    Gobierno = 6,
}

// A partner of the program, known once by its RFC (persona moral). It acts — registers people, sends
// learning, opens cohorts — only after an operator verified it, as companies are verified.
//
// Its id is the partner key: what API keys, accounts, learners registered by it (Learner.RegisteredBy),
// statements and xAPI documents it sent (StoredStatement.Partner) and the KPI cells' provider
// dimension hold, as Access/PartnerKey.Of(id). Renaming it therefore changes nothing it owns
// (docs/adr/0011-partners-are-organisations.md).
public sealed class Organization
{
    public Guid Id { get; init; }

    public OrganizationKind Kind { get; set; }

    // The name people know it by (shown in the directory, on cohorts and on its people's records).
    public required string Name { get; set; }

    // Razón social.
    public required string LegalName { get; set; }

    // Twelve characters: a persona moral. Null only for an organisation created from a partner name
    // that existed before organisations did, until its administrator completes it.
    public string? Rfc { get; set; }

    public bool RfcCheckDigitMatches { get; set; }

    // INEGI code of the state of its main office ("01".."32"); null only for a migrated name.
    public string? StateCode { get; set; }

    public string? Website { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    // A user id, "llave:{id}", or "migración" for one created from an existing partner name.
    public required string CreatedBy { get; init; }

    // Set by an operator after checking the organisation exists; until then it cannot act.
    public DateTime? VerifiedAt { get; set; }

    public string? VerifiedBy { get; set; }

    // An operator's reason for not verifying (shown to its administrators so they can correct it).
    public string? RejectedReason { get; set; }
}

// Where an operator's check of an organisation stands (derived from VerifiedAt and RejectedReason).
public enum OrganizationStatus
{
    Pendiente = 1,
    Verificada = 2,
    Rechazada = 3,
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.LegalName).HasMaxLength(300);
        builder.Property(o => o.Rfc).HasMaxLength(13);
        builder.HasIndex(o => o.Rfc).IsUnique();
        builder.Property(o => o.StateCode).HasMaxLength(2);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.ContactName).HasMaxLength(200);
        builder.Property(o => o.ContactEmail).HasMaxLength(254);
        builder.Property(o => o.ContactPhone).HasMaxLength(20);
        builder.Property(o => o.CreatedBy).HasMaxLength(100);
        builder.Property(o => o.VerifiedBy).HasMaxLength(100);
        builder.Property(o => o.RejectedReason).HasMaxLength(1000);
        builder.HasIndex(o => new { o.VerifiedAt, o.Kind });

        // Keys into organizations from lower features, declared here so Access need not know
        // Organizations (docs/adr/0009-dependencies-point-one-way.md).
        builder.HasMany<ApiKey>().WithOne().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<User>().WithOne().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
