using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Privacy;

// One access to a person's personal data by someone other than that person: who, in which role,
// when, what they saw or did, and why. Holds ids, never the data itself.
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    public required string ActorRole { get; init; }

    public Guid LearnerId { get; init; }

    // consulta, busqueda, exportacion, rectificacion, cancelacion
    public required string Action { get; init; }

    // The page or endpoint and the fields involved.
    public required string What { get; init; }

    public required string Why { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.ActorId).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.ActorRole).HasMaxLength(20);
        builder.Property(a => a.Action).HasMaxLength(20);
        builder.Property(a => a.What).HasMaxLength(300);
        builder.Property(a => a.Why).HasMaxLength(300);
        builder.HasIndex(a => new { a.LearnerId, a.At });
        builder.HasIndex(a => a.At);
    }
}
