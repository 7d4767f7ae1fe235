using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Dashboards;

// What a target breaks down by, besides the year.
public enum TargetScope
{
    Total = 0,
    State = 1,
    Segment = 2,
    Sex = 3,
}

// One version of one target line ("495,000 people registered by 2028", "100,000 in 2026", "5,000 in
// Oaxaca in 2026"). Targets are data, never edited in place: a revision is a new version with its
// reason, and dashboards say which version they measure against (the press reports the
// total as 495,000 and also as 450,000).
public sealed class KpiTarget
{
    public Guid Id { get; init; }

    // Which line this is a version of: KpiTargets.KeyOf(metric, year, scope, value).
    public required string Key { get; init; }

    public int Version { get; init; }

    // Registered or Graduated: the program counts people trained, and egresados.
    public KpiMetric Metric { get; init; }

    // Null: the program total; otherwise people reached within that calendar year.
    public int? Year { get; init; }

    public TargetScope Scope { get; init; }

    // The state's INEGI code, the segment's wire name or the sex letter; "" for Total.
    public required string ScopeValue { get; init; }

    public long People { get; init; }

    public DateOnly DueOn { get; init; }

    public required string Reason { get; init; }

    // The reason in English for English pages; null when the operator wrote only the Spanish one
    // (pages then show the Spanish reason, marked as Spanish).
    public string? ReasonEn { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }
}

internal sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    public void Configure(EntityTypeBuilder<KpiTarget> builder)
    {
        builder.ToTable("kpi_targets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Key).HasMaxLength(80);
        builder.HasIndex(t => new { t.Key, t.Version }).IsUnique();
        builder.Property(t => t.Metric).HasConversion<short>();
        builder.Property(t => t.Scope).HasConversion<short>();
        builder.Property(t => t.ScopeValue).HasMaxLength(16);
        builder.Property(t => t.Reason).HasMaxLength(1000);
        builder.Property(t => t.ReasonEn).HasMaxLength(1000);
        builder.Property(t => t.CreatedBy).HasMaxLength(100);
    }
}
