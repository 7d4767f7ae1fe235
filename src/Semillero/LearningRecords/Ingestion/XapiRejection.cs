using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.LearningRecords.Ingestion;

// A statement write the LRS refused (400, 409, 413…), kept so operators and the partner can see what
// their integration gets wrong. Holds the reason only — never the statement, which may carry
// personal data.
public sealed class XapiRejection
{
    public long Id { get; init; }

    public required string Partner { get; init; }

    public DateTime At { get; init; }

    public int Status { get; init; }

    // How many statements the refused request carried (1 for PUT; the array length for a batch).
    public int StatementCount { get; init; }

    // The validator's message (English, as the xAPI spec's error bodies are), cut to 1,000 characters.
    public required string Reason { get; init; }
}

internal sealed class XapiRejectionConfiguration : IEntityTypeConfiguration<XapiRejection>
{
    public void Configure(EntityTypeBuilder<XapiRejection> builder)
    {
        builder.ToTable("xapi_rejections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Partner).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasIndex(r => new { r.Partner, r.At });
        builder.HasIndex(r => r.At);
    }
}
