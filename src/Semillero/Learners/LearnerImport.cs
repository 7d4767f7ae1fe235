using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Learners;

// The record of one completed import: who sent which file and what it did. Written in the same
// transaction as the rows, so it exists exactly when the rows do.
public sealed class LearnerImport
{
    public Guid Id { get; init; }

    public string? FileName { get; init; }

    public required string Sha256 { get; init; }

    public string? ImportedBy { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime CompletedAt { get; init; }

    public int Rows { get; init; }

    public int Inserted { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public int Duplicate { get; init; }

    public int Rejected { get; init; }
}

internal sealed class LearnerImportConfiguration : IEntityTypeConfiguration<LearnerImport>
{
    public void Configure(EntityTypeBuilder<LearnerImport> builder)
    {
        builder.ToTable("learner_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.ImportedBy).HasMaxLength(100);
    }
}
