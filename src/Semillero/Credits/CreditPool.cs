using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Companies;

namespace Semillero.Credits;

// Money the program may award in a period ("2026-H1"). Awards draw on the pool whose period holds
// the day of the decision. AwardedCents is the counter every award moves with one conditional
// UPDATE (CreditLedger), so the pool is never overdrawn however many approvals run at once.
public sealed class CreditPool
{
    public Guid Id { get; init; }

    // The period's name, e.g. "2026-H1"; unique.
    public required string Name { get; set; }

    public DateOnly StartsOn { get; init; }

    // Inclusive.
    public DateOnly EndsOn { get; init; }

    // USD cents, never floating point.
    public long AmountCents { get; set; }

    public long AwardedCents { get; set; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public required string Reason { get; set; }
}

// A company's running total of credits granted, checked against the program's lifetime cap by the
// same conditional UPDATE that moves it. One row per company that ever received credits.
public sealed class CreditAccount
{
    public Guid CompanyId { get; init; }

    public long GrantedCents { get; set; }

    // The total of the last award (a top-up grants only the difference above it).
    public long LastAwardCents { get; set; }
}

internal sealed class CreditPoolConfiguration : IEntityTypeConfiguration<CreditPool>
{
    public void Configure(EntityTypeBuilder<CreditPool> builder)
    {
        builder.ToTable("credit_pools", t => t.HasCheckConstraint("ck_credit_pools_within_amount", "awarded_cents >= 0 AND awarded_cents <= amount_cents"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(40);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => new { p.StartsOn, p.EndsOn });
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.Reason).HasMaxLength(1000);
    }
}

internal sealed class CreditAccountConfiguration : IEntityTypeConfiguration<CreditAccount>
{
    public void Configure(EntityTypeBuilder<CreditAccount> builder)
    {
        builder.ToTable("credit_accounts", t => t.HasCheckConstraint("ck_credit_accounts_nonnegative", "granted_cents >= 0"));
        builder.HasKey(a => a.CompanyId);
        builder.HasOne<Company>().WithOne().HasForeignKey<CreditAccount>(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}
