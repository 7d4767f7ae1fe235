using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Access;

// A person who signs in. A learner's account points at their one Learner record (by CURP); a
// partner's or company's account carries the organisation it acts for, which scopes what it sees.
public sealed class User : IdentityUser<Guid>
{
    public Guid? LearnerId { get; set; }

    public string? Organization { get; set; }

    // The organisation a partner account belongs to (Organizations/Organization declares the key),
    // and its role there (OrganizationRoles: administrador or personal).
    public Guid? OrganizationId { get; set; }

    public string? OrganizationRole { get; set; }

    // For an empresa account: the company it manages (Companies/Company, which declares the key).
    public Guid? CompanyId { get; set; }

    public required string DisplayName { get; set; }

    public DateTime CreatedAt { get; init; }
}

// An organisation's role for one of its members: its administrators invite staff and manage its
// keys; staff act for it (register people, open cohorts, read its results).
public static class OrganizationRoles
{
    public const string Administrador = "administrador";

    public const string Personal = "personal";

    public static IReadOnlyList<string> All { get; } = [Administrador, Personal];
}

public sealed class Role : IdentityRole<Guid>
{
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Organization).HasMaxLength(100);
        builder.HasIndex(u => u.LearnerId).IsUnique();
        builder.HasIndex(u => u.CompanyId);
        builder.Property(u => u.OrganizationRole).HasMaxLength(16);
        builder.HasIndex(u => u.OrganizationId);
    }
}
