using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Learners;

namespace Semillero.LearningRecords.Linking;

public enum ActorLinkSource
{
    // An operator linked it from the resolution queue.
    Operator = 1,

    // The learner claimed it from their account.
    Learner = 2,
}

// "This xAPI actor is that learner": a provider account (homePage + name), an email, an OpenID or a
// hashed email that the automatic rules could not tie to anyone, linked by a person. Statements with
// this actor — past ones when the link is made, future ones on arrival — count for the learner.
public sealed class ActorLink
{
    // StatementShape.AgentKey of the actor ("account:https://lms.example|ana", "mbox:mailto:…").
    public required string ActorKey { get; init; }

    public Guid LearnerId { get; init; }

    public ActorLinkSource Source { get; init; }

    // The user who made the link (id), for the audit trail.
    public required string LinkedBy { get; init; }

    public DateTime LinkedAt { get; init; }
}

internal sealed class ActorLinkConfiguration : IEntityTypeConfiguration<ActorLink>
{
    public void Configure(EntityTypeBuilder<ActorLink> builder)
    {
        builder.ToTable("xapi_actor_links");
        builder.HasKey(l => l.ActorKey);
        builder.Property(l => l.ActorKey).HasMaxLength(2048);
        builder.Property(l => l.LinkedBy).HasMaxLength(100);
        builder.Property(l => l.Source).HasConversion<int>();
        builder.HasIndex(l => l.LearnerId);
        builder.HasIndex(l => l.LinkedAt);
        builder.HasOne<Learner>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
