using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Email;

// Every email Semillero sends is first a row here: SMTP delivers it when configured, and without
// SMTP (the offline demo) operators read it in the UI. A message is written in the same transaction
// as the change that caused it, so none is lost or sent for a change that rolled back.
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string BodyText { get; init; }

    public required string Kind { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.To).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.SentAt, m.CreatedAt });
        builder.HasIndex(m => m.To);
    }
}
