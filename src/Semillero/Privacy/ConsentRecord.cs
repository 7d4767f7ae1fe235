using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Privacy;

// Append-only: a consent given or withdrawn is a new row, so the history proves what the person
// agreed to, under which notice version, and when. The latest row per purpose is the current state.
public sealed class ConsentRecord
{
    public long Id { get; init; }

    public Guid LearnerId { get; init; }

    public required string Purpose { get; init; }

    public int NoticeVersion { get; init; }

    public bool Granted { get; init; }

    public DateTime At { get; init; }

    // registro, cuenta, operador — where the decision was taken.
    public required string Source { get; init; }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consent_records");
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.HasIndex(c => new { c.LearnerId, c.Purpose, c.Id });
    }
}
