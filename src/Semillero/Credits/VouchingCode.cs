using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Organizations;

namespace Semillero.Credits;

// An accelerator's or investment organisation's voucher for one startup: a code it generates and
// hands to the startup, which enters it in its application. Single-use (taken by one conditional
// UPDATE at submission), it expires and can be revoked. Only its SHA-256 is stored: the code is shown
// once, to whoever generated it.
public sealed class VouchingCode
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    // SHA-256 of the normalised code (upper case, no separators), hex.
    public required string CodeHash { get; init; }

    // The code's last four characters, so the organisation can tell its codes apart in its list.
    public required string Hint { get; init; }

    // The organisation's own note ("para Startup X, cohorte 3"); never shown to anyone else.
    public string? Note { get; init; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    // The version of the terms the organisation accepted when it generated the code.
    public int TermsVersion { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public DateTime? UsedAt { get; set; }

    public Guid? UsedByCompanyId { get; set; }

    public Guid? UsedByApplicationId { get; set; }
}

internal sealed class VouchingCodeConfiguration : IEntityTypeConfiguration<VouchingCode>
{
    public void Configure(EntityTypeBuilder<VouchingCode> builder)
    {
        builder.ToTable("vouching_codes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.Property(c => c.Hint).HasMaxLength(8);
        builder.Property(c => c.Note).HasMaxLength(200);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.RevokedBy).HasMaxLength(100);
        builder.HasIndex(c => new { c.OrganizationId, c.CreatedAt });
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
