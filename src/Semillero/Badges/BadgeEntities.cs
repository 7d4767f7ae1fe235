using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Learners;

namespace Semillero.Badges;

// One Open Badges 3.0 credential: a person's recognition for completing a path. Its id is the public
// address (/verificar/{id}); the credential itself is kept exactly as signed.
public sealed class BadgeAward
{
    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public Guid PathId { get; init; }

    public Guid PathCompletionId { get; init; }

    public DateTime IssuedAt { get; init; }

    // The compact VC-JWT, as issued.
    public required string Credential { get; init; }

    public required string KeyId { get; init; }

    // The credential's bit in the revocation status list. Chosen at random, as the Bitstring Status
    // List spec advises, so an index says nothing about when or to whom it was issued.
    public int StatusIndex { get; init; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public string? RevokedBy { get; set; }
}

// The stable, personal-data-free URI a person's credentials are about (credentialSubject.id).
public sealed class BadgeSubject
{
    public Guid LearnerId { get; init; }

    public Guid SubjectId { get; init; }
}

// A key the issuer signs credentials with. The private key is stored protected by ASP.NET Core Data
// Protection; retired keys stay published in the JWKS so the credentials they signed still verify.
public sealed class SigningKey
{
    public required string Kid { get; init; }

    // "RS256" or "ES256".
    public required string Algorithm { get; init; }

    public required string PublicJwk { get; init; }

    public required string ProtectedPrivateKey { get; init; }

    public DateTime CreatedAt { get; init; }

    // Null for the key that signs new credentials (exactly one).
    public DateTime? RetiredAt { get; set; }
}

internal sealed class BadgeAwardConfiguration : IEntityTypeConfiguration<BadgeAward>
{
    public void Configure(EntityTypeBuilder<BadgeAward> builder)
    {
        builder.ToTable("badge_awards");
        builder.HasKey(a => a.Id);
        // One badge per achievement per person, whatever the number of evaluations racing.
        builder.HasIndex(a => new { a.LearnerId, a.PathId }).IsUnique();
        builder.HasIndex(a => a.StatusIndex).IsUnique();
        builder.HasIndex(a => a.PathId);
        builder.Property(a => a.Credential).HasMaxLength(20000);
        builder.Property(a => a.KeyId).HasMaxLength(100);
        builder.Property(a => a.RevokedReason).HasMaxLength(1000);
        builder.Property(a => a.RevokedBy).HasMaxLength(100);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(a => a.PathId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PathCompletion>().WithMany().HasForeignKey(a => a.PathCompletionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BadgeSubjectConfiguration : IEntityTypeConfiguration<BadgeSubject>
{
    public void Configure(EntityTypeBuilder<BadgeSubject> builder)
    {
        builder.ToTable("badge_subjects");
        builder.HasKey(s => s.LearnerId);
        builder.HasIndex(s => s.SubjectId).IsUnique();
        builder.HasOne<Learner>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("badge_signing_keys");
        builder.HasKey(k => k.Kid);
        builder.Property(k => k.Kid).HasMaxLength(100);
        builder.Property(k => k.Algorithm).HasMaxLength(10);
        builder.Property(k => k.PublicJwk).HasMaxLength(4000);
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(8000);
    }
}
