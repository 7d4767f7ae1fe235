using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Semillero.LearningRecords.Documents;

public enum DocumentKind
{
    State = 1,
    ActivityProfile = 2,
    AgentProfile = 3,
}

// One document of the xAPI State, Activity Profile or Agent Profile resources (xAPI 1.0.3 §7.3–7.6).
// Documents belong to the partner whose credentials wrote them, like statements.
public sealed class XapiDocument
{
    public long Id { get; init; }

    public required string Partner { get; init; }

    public DocumentKind Kind { get; init; }

    // The IRI of the activity (State, Activity Profile), or "" when the resource has none.
    public required string ActivityId { get; init; }

    // The agent's canonical key (StatementShape.AgentKey) for State and Agent Profile, or "".
    public required string AgentKey { get; init; }

    // The registration UUID in lower-case "D" format for State, or "" when none was given.
    public required string Registration { get; init; }

    // SHA-256 of kind, activity, agent and registration: one short indexable column for "the set
    // of documents these parameters address", since IRIs can exceed index entry limits.
    public required string Scope { get; init; }

    // stateId or profileId.
    public required string DocumentId { get; init; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    // Quoted strong ETag of the content: "\"<sha1 hex>\"".
    public required string ETag { get; set; }

    public DateTime Updated { get; set; }
}

internal sealed class XapiDocumentConfiguration : IEntityTypeConfiguration<XapiDocument>
{
    public void Configure(EntityTypeBuilder<XapiDocument> builder)
    {
        builder.ToTable("xapi_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Partner).HasMaxLength(100);
        builder.Property(d => d.ActivityId).HasMaxLength(2048);
        builder.Property(d => d.AgentKey).HasMaxLength(2048);
        builder.Property(d => d.Registration).HasMaxLength(36);
        builder.Property(d => d.Scope).HasMaxLength(64);
        builder.Property(d => d.DocumentId).HasMaxLength(1024);
        builder.Property(d => d.ContentType).HasMaxLength(255);
        builder.Property(d => d.ETag).HasMaxLength(66);
        builder.HasIndex(d => new { d.Partner, d.Scope, d.DocumentId }).IsUnique();
    }
}
