using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.Dashboards;

// One cell of the KPI rollup: how many people reached `Metric` in `Period` with these attributes,
// in this path ("": any path) and with this provider ("": any provider). Cells are additive
// over periods and attributes because each person reaches each (metric, path, provider) once per
// period kind (LearnerMarks says when), so dashboards sum cells instead of counting distinct people.
public sealed class KpiCell
{
    public KpiMetric Metric { get; init; }

    // yyyymm for monthly metrics, yyyymmdd for LastActive.
    public int Period { get; init; }

    public required string StateCode { get; init; }

    public required string Sex { get; init; }

    public AgeBand AgeBand { get; init; }

    public required string Segment { get; init; }

    // The path's id ("N" format), or "" for any path. Text rather than a uuid so the rollup's upserts
    // bind the same way on both databases.
    public required string PathKey { get; init; }

    public required string Provider { get; init; }

    public int People { get; set; }

    // The rollup round that last changed the cell: web processes mirror the table by asking only
    // for cells changed since the revision they hold (KpiCube).
    public long Revision { get; set; }
}

// What a person currently contributes to the cells: their attributes and marks as of the last time
// their raw records were rolled up. A new computation is diffed against this, so a change of state
// or segment, a late-linked statement or a deleted record moves exactly their own counts.
public sealed class KpiLearnerMarks
{
    public Guid LearnerId { get; init; }

    public required string StateCode { get; set; }

    public required string Sex { get; set; }

    public AgeBand AgeBand { get; set; }

    public required string Segment { get; set; }

    // LearnerMarks.Serialize: one mark per line.
    public required string Marks { get; set; }

    public DateTime ComputedAt { get; set; }
}

// Where the rollup has read each source up to (KpiRollup.Sources), and the revision counter.
public sealed class KpiRollupState
{
    public required string Source { get; init; }

    public long Position { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class KpiCellConfiguration : IEntityTypeConfiguration<KpiCell>
{
    public void Configure(EntityTypeBuilder<KpiCell> builder)
    {
        builder.ToTable("kpi_cells");
        builder.HasKey(c => new { c.Metric, c.Period, c.StateCode, c.Sex, c.AgeBand, c.Segment, c.PathKey, c.Provider });
        builder.Property(c => c.Metric).HasConversion<short>();
        builder.Property(c => c.AgeBand).HasConversion<short>();
        builder.Property(c => c.StateCode).HasMaxLength(2);
        builder.Property(c => c.Sex).HasMaxLength(1);
        builder.Property(c => c.Segment).HasMaxLength(16);
        builder.Property(c => c.PathKey).HasMaxLength(32);
        builder.Property(c => c.Provider).HasMaxLength(100);
        builder.HasIndex(c => c.Revision);
    }
}

internal sealed class KpiLearnerMarksConfiguration : IEntityTypeConfiguration<KpiLearnerMarks>
{
    public void Configure(EntityTypeBuilder<KpiLearnerMarks> builder)
    {
        // No foreign key to learners: when a learner row goes, its marks must stay until the rollup
        // has subtracted them from the cells.
        builder.ToTable("kpi_learner_marks");
        builder.HasKey(m => m.LearnerId);
        builder.Property(m => m.LearnerId).ValueGeneratedNever();
        builder.Property(m => m.StateCode).HasMaxLength(2);
        builder.Property(m => m.Sex).HasMaxLength(1);
        builder.Property(m => m.AgeBand).HasConversion<short>();
        builder.Property(m => m.Segment).HasMaxLength(16);
    }
}

internal sealed class KpiRollupStateConfiguration : IEntityTypeConfiguration<KpiRollupState>
{
    public void Configure(EntityTypeBuilder<KpiRollupState> builder)
    {
        builder.ToTable("kpi_rollup_state");
        builder.HasKey(s => s.Source);
        builder.Property(s => s.Source).HasMaxLength(40);
    }
}
