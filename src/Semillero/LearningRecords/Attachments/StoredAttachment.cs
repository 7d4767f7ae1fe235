using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.LearningRecords.Attachments;

// The raw content of a statement attachment sent as a multipart/mixed part (xAPI 1.0.3 §2.4.11),
// stored once per SHA-2 hash: statements reference it by the `sha2` of their attachment objects.
public sealed class StoredAttachment
{
    // Lower-case hex SHA-2 (256, 384 or 512) of Content, as the statement declares it.
    public required string Sha2 { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Content { get; init; }

    public DateTime StoredAt { get; init; }
}

internal sealed class StoredAttachmentConfiguration : IEntityTypeConfiguration<StoredAttachment>
{
    public void Configure(EntityTypeBuilder<StoredAttachment> builder)
    {
        builder.ToTable("xapi_attachments");
        builder.HasKey(a => a.Sha2);
        builder.Property(a => a.Sha2).HasMaxLength(128);
        builder.Property(a => a.ContentType).HasMaxLength(255);
    }
}
