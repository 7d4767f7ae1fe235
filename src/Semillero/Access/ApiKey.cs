using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Access;

// A machine credential. The secret is shown once at creation and only its SHA-256 is stored: the
// secret is 256 random bits, so a fast hash is as strong as a slow one and verification stays cheap.
public sealed class ApiKey
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Role { get; init; }

    public required byte[] SecretHash { get; init; }

    // An empresa key acts for this company only.
    public Guid? CompanyId { get; init; }

    // An aliado key acts for this organisation (Organizations/Organization declares the key); its
    // partner key (PartnerKey) is what the key's statements and registrations are kept under.
    public Guid? OrganizationId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? RevokedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(32);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Role).HasMaxLength(20);
        builder.Property(k => k.SecretHash).HasMaxLength(32);
        builder.HasIndex(k => k.OrganizationId);
    }
}
