using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Companies;

namespace Semillero.Credits;

// Credits granted by an approval: drawn on one pool, counted against the company's cap. For a
// top-up TotalCents is the new level and GrantedCents only the difference above the last award.
public sealed class CreditAward
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    public Guid DecisionId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid PoolId { get; init; }

    public required string TierKey { get; init; }

    public long TotalCents { get; init; }

    public long GrantedCents { get; init; }

    public DateTime AwardedAt { get; init; }

    // The company's state, SCIAN sector and stage when it was awarded: the program reports what it
    // funded then, not what the company became.
    public required string StateCode { get; init; }

    public required string SectorCode { get; init; }

    public StartupStage Stage { get; init; }

    // The last day the credits can be redeemed (the program's validity from the award).
    public DateOnly ExpiresOn { get; init; }

    // When the startup's codes were delivered (all of them, in one transaction).
    public DateTime? DeliveredAt { get; set; }

    // The startup says it redeemed its codes with the provider; unredeemed credits past ExpiresOn
    // are reported as expired unused.
    public DateTime? RedeemedAt { get; set; }

    public DateTime? Reminder60SentAt { get; set; }

    public DateTime? Reminder30SentAt { get; set; }
}

// A batch of credit codes the cloud provider supplied, as an operator imported it.
public sealed class CreditCodeBatch
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public DateTime ImportedAt { get; init; }

    public required string ImportedBy { get; init; }

    public int Codes { get; init; }

    public long TotalCents { get; init; }
}

// One credit code as the provider issued it: encrypted at rest with the data-protection key ring
// (CreditCodeVault), its SHA-256 kept so the same code is never imported twice. Delivered once, to
// one award, by a conditional UPDATE (WHERE award_id IS NULL).
public sealed class CreditCode
{
    public Guid Id { get; init; }

    public Guid BatchId { get; init; }

    public required string Encrypted { get; init; }

    public required string CodeHash { get; init; }

    public long ValueCents { get; init; }

    // The provider's own expiry for the code, when it has one.
    public DateOnly? ProviderExpiresOn { get; init; }

    public Guid? AwardId { get; set; }

    public DateTime? DeliveredAt { get; set; }
}

internal sealed class CreditAwardConfiguration : IEntityTypeConfiguration<CreditAward>
{
    public void Configure(EntityTypeBuilder<CreditAward> builder)
    {
        builder.ToTable("credit_awards", t => t.HasCheckConstraint("ck_credit_awards_granted", "granted_cents > 0 AND granted_cents <= total_cents"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.ApplicationId).IsUnique();
        builder.HasIndex(a => a.DecisionId).IsUnique();
        builder.HasIndex(a => new { a.CompanyId, a.AwardedAt });
        builder.HasIndex(a => new { a.PoolId, a.AwardedAt });
        builder.HasIndex(a => a.ExpiresOn);
        builder.Property(a => a.TierKey).HasMaxLength(20);
        builder.Property(a => a.StateCode).HasMaxLength(2);
        builder.Property(a => a.SectorCode).HasMaxLength(10);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<CreditApplication>().WithOne().HasForeignKey<CreditAward>(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CreditDecision>().WithOne().HasForeignKey<CreditAward>(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CreditPool>().WithMany().HasForeignKey(a => a.PoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CreditCodeBatchConfiguration : IEntityTypeConfiguration<CreditCodeBatch>
{
    public void Configure(EntityTypeBuilder<CreditCodeBatch> builder)
    {
        builder.ToTable("credit_code_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(120);
        builder.Property(b => b.ImportedBy).HasMaxLength(100);
    }
}

internal sealed class CreditCodeConfiguration : IEntityTypeConfiguration<CreditCode>
{
    public void Configure(EntityTypeBuilder<CreditCode> builder)
    {
        builder.ToTable("credit_codes", t => t.HasCheckConstraint("ck_credit_codes_value", "value_cents > 0"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Encrypted).HasMaxLength(1000);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => new { c.AwardId, c.ValueCents });
        builder.HasOne<CreditCodeBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CreditAward>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Restrict);
    }
}
