using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.LearningRecords;

// One xAPI statement as the LRS stored it: the full statement JSON (with id, stored, timestamp,
// authority and version filled in) plus the columns the Statement resource filters on.
public sealed class StoredStatement
{
    public Guid Id { get; init; }

    // Insertion order; `more` links and ascending/descending queries page on it.
    public long Sequence { get; init; }

    public DateTime StoredAt { get; init; }

    public DateTime Timestamp { get; init; }

    public required string VerbId { get; init; }

    // The actor's inverse functional identifier, canonical ("mbox:mailto:ana@example.com",
    // "account:https://lms.example|ana"), for the agent filter and identity linking.
    public required string ActorKey { get; init; }

    // The object's key when the object is an Agent or Group: the `agent` filter matches actor or object.
    public string? ObjectAgentKey { get; init; }

    // The members of an actor or object Group, newline-wrapped like RelatedAgents, or "" (the
    // `agent` filter also matches a Group that has the agent as a member).
    public required string MemberAgents { get; init; }

    // Every agent key and activity id anywhere in the statement (authority, instructor, team, context
    // activities, a SubStatement's), each wrapped in newlines ("\nkey1\nkey2\n"), for the
    // related_agents / related_activities filters. Those are rare queries; a substring scan serves
    // them without a side table on the ingest path.
    public required string RelatedAgents { get; init; }

    public required string RelatedActivities { get; init; }

    public string? ActivityId { get; init; }

    public Guid? Registration { get; init; }

    // The statement this one targets with a StatementRef object (a voiding statement's target, or any
    // other reference): queries return a statement whose target matches the filter (xAPI 1.0.3
    // Communication §2.1.3, "Filter Conditions for StatementRefs").
    public Guid? TargetStatementId { get; init; }

    public bool Voided { get; set; }

    // The partner whose credentials sent it; partners read only their own statements.
    public required string Partner { get; init; }

    // The person the actor resolved to, or null while the actor waits in the resolution queue.
    public Guid? LearnerId { get; set; }

    // SHA-256 of the statement's content as sent (without the LRS-assigned properties), to tell a
    // retry of the same statement from a different one reusing its id (xAPI 1.0.3 §2.1.2).
    public required string ContentHash { get; init; }

    public required string Json { get; init; }

    // result.score.scaled, for completion rules with a minimum score (Completions/): evaluating a rule
    // over millions of statements must not parse each one's JSON.
    public double? ScoreScaled { get; init; }
}

internal sealed class StoredStatementConfiguration : IEntityTypeConfiguration<StoredStatement>
{
    public void Configure(EntityTypeBuilder<StoredStatement> builder)
    {
        builder.ToTable("xapi_statements");
        // The insertion sequence is the key (SQLite's rowid, PostgreSQL's identity): appends stay
        // at the end of the index, and paging walks it in order.
        builder.HasKey(s => s.Sequence);
        builder.Property(s => s.Sequence).ValueGeneratedOnAdd();
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.Id).IsUnique();
        builder.Property(s => s.VerbId).HasMaxLength(2048);
        builder.Property(s => s.ActorKey).HasMaxLength(2048);
        builder.Property(s => s.ActivityId).HasMaxLength(2048);
        builder.Property(s => s.Partner).HasMaxLength(100);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.HasIndex(s => new { s.Partner, s.Sequence });
        builder.HasIndex(s => new { s.Partner, s.StoredAt });
        builder.HasIndex(s => new { s.ObjectAgentKey, s.Sequence });
        builder.HasIndex(s => new { s.ActorKey, s.Sequence });
        builder.HasIndex(s => new { s.VerbId, s.Sequence });
        builder.HasIndex(s => new { s.ActivityId, s.Sequence });
        builder.HasIndex(s => new { s.LearnerId, s.Sequence });
        builder.HasIndex(s => s.Registration);
        builder.HasIndex(s => s.TargetStatementId);
    }
}
