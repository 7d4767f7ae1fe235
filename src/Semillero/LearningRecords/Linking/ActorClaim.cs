using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Learners;

namespace Semillero.LearningRecords.Linking;

public enum ActorClaimStatus
{
    // Waiting for an operator in the resolution queue.
    Pending = 1,

    // Linked: at once (the names matched) or by an operator.
    Accepted = 2,

    // An operator said no, or the account was linked to someone else first.
    Rejected = 3,

    // The learner took it back before anyone decided.
    Withdrawn = 4,
}

// Why a claim was not linked at once and waits for an operator.
public enum ActorClaimReview
{
    // Linked at once: no review.
    None = 0,

    // The provider's name for the account is not the learner's registered name.
    NameDiffers = 1,

    // The provider sent no name to compare.
    NoName = 2,

    // Another registered person has the same name, so a match proves nothing.
    SameNameAsOthers = 3,

    // Someone else has claimed the same account too.
    Contested = 4,
}

// A learner saying "this provider account is mine". Typing a username must not be enough to take
// someone else's learning records, so a claim links at once only when the name the provider sent is
// the learner's registered name (and nobody else is registered with it); otherwise it waits here for
// an operator. Kept after the decision as the trail of who asked for what.
public sealed class ActorClaim
{
    public Guid Id { get; init; }

    // StatementShape.AgentKey of the claimed account ("account:https://lms.example|ana").
    public required string ActorKey { get; init; }

    public Guid LearnerId { get; init; }

    // The account (user id) that made the claim.
    public required string ClaimedBy { get; init; }

    public DateTime ClaimedAt { get; init; }

    public ActorClaimStatus Status { get; set; }

    public ActorClaimReview Review { get; init; }

    // The operator (user id) who decided, or the learner's own id for an automatic link or withdrawal.
    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }
}

internal sealed class ActorClaimConfiguration : IEntityTypeConfiguration<ActorClaim>
{
    public void Configure(EntityTypeBuilder<ActorClaim> builder)
    {
        builder.ToTable("xapi_actor_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ActorKey).HasMaxLength(2048);
        builder.Property(c => c.ClaimedBy).HasMaxLength(100);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.Property(c => c.Status).HasConversion<int>();
        builder.Property(c => c.Review).HasConversion<int>();
        // The operators' list (pending, oldest first) and the settling of every claim on an account.
        builder.HasIndex(c => new { c.Status, c.ClaimedAt });
        builder.HasIndex(c => new { c.ActorKey, c.Status });
        builder.HasIndex(c => new { c.LearnerId, c.ClaimedAt });
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
