using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Arco;

// Acceso, Rectificación, Cancelación, Oposición (LFPDPPP 2025, derechos ARCO).
public enum ArcoKind { Acceso, Rectificacion, Cancelacion, Oposicion }

public enum ArcoStatus { Recibida, Ejecutada, Rechazada }

// Every request and its outcome is kept, including those carried out at once from the account.
public sealed class ArcoRequest
{
    // LFPDPPP: the answer is due within 20 days of receipt, and an accepted request is carried out
    // within the 15 days after the answer. REVIEW: counted as calendar days; confirm with the
    // program's legal team whether business days apply.
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromDays(20);
    public static readonly TimeSpan ExecuteWithin = TimeSpan.FromDays(15);

    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public ArcoKind Kind { get; init; }

    public ArcoStatus Status { get; set; }

    // What the person asked, in their words (and the proposed values, for a rectification).
    public string? Details { get; set; }

    public DateTime ReceivedAt { get; init; }

    public DateTime AnswerDueAt { get; init; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? ExecuteDueAt { get; set; }

    public DateTime? ExecutedAt { get; set; }

    public string? Response { get; set; }

    // Who resolved it: "autoservicio" for what the account does by itself, else the operator's id.
    public string? HandledBy { get; set; }
}

internal sealed class ArcoRequestConfiguration : IEntityTypeConfiguration<ArcoRequest>
{
    public void Configure(EntityTypeBuilder<ArcoRequest> builder)
    {
        builder.ToTable("arco_requests");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Details).HasMaxLength(4000);
        builder.Property(r => r.Response).HasMaxLength(4000);
        builder.Property(r => r.HandledBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.Status, r.AnswerDueAt });
        builder.HasIndex(r => r.LearnerId);
    }
}
