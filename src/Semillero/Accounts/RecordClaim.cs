using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Learners;

namespace Semillero.Accounts;

// Someone registered with the CURP of a person already in the registry (imported by a partner).
// A CURP is printed on many everyday documents, so knowing it proves nothing: the claim holds the
// newcomer's account details, apart from the person's record, until it is proven — through a link
// sent to the email the record already holds, or by the registering partner or an operator
// vouching for it (docs/adr/0007-claiming-a-record-needs-proof-of-control.md). Until then nothing
// about the record changes and no account exists to sign in with.
public sealed class RecordClaim
{
    // How long the link sent to the record's email works; after that only a person can vouch.
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public Guid Id { get; init; }

    public Guid LearnerId { get; init; }

    public ClaimProof Proof { get; init; }

    public ClaimStatus Status { get; set; }

    // The newcomer's details: what the record becomes once the claim is proven.
    public required string Email { get; set; }

    public required string GivenNames { get; set; }

    public required string FirstSurname { get; set; }

    public string? SecondSurname { get; set; }

    public required string StateCode { get; set; }

    public Segment Segment { get; set; }

    // ASP.NET Core Identity's hash of the chosen password: the account is created with it on proof.
    public required string PasswordHash { get; set; }

    // The optional purposes the newcomer consented to, comma-separated codes.
    public string OptionalConsents { get; set; } = "";

    // SHA-256 of the emailed link's secret (hex); null for claims that wait for a vouch.
    public string? LinkSecretHash { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? LinkExpiresAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    // Who proved, vouched or rejected: "correo" for the record's mailbox, else the actor's id and name.
    public string? DecidedBy { get; set; }

    public string? DecidedByName { get; set; }

    public string? Reason { get; set; }

    // The account created when the claim was proven.
    public Guid? UserId { get; set; }

    public static string HashSecret(string secret) => Convert.ToHexStringLower(Access.ApiKeySecret.Hash(secret));

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public bool SecretMatches(string? secret) =>
        LinkSecretHash is not null && !string.IsNullOrEmpty(secret) &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(LinkSecretHash), Encoding.ASCII.GetBytes(HashSecret(secret)));
}

public enum ClaimProof
{
    // A link goes to the email the record already holds.
    Correo,

    // The record holds no email: the partner that registered the person, or an operator, vouches.
    Aval,
}

public enum ClaimStatus
{
    Pendiente,
    Aceptada,
    Rechazada,
}

internal sealed class RecordClaimConfiguration : IEntityTypeConfiguration<RecordClaim>
{
    public void Configure(EntityTypeBuilder<RecordClaim> builder)
    {
        builder.ToTable("record_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.LearnerId, c.Status });
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
        builder.Property(c => c.Proof).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Email).HasMaxLength(LearnerRules.MaxEmailLength);
        builder.Property(c => c.GivenNames).HasMaxLength(LearnerRules.MaxNameLength);
        builder.Property(c => c.FirstSurname).HasMaxLength(LearnerRules.MaxNameLength);
        builder.Property(c => c.SecondSurname).HasMaxLength(LearnerRules.MaxNameLength);
        builder.Property(c => c.StateCode).HasMaxLength(2);
        builder.Property(c => c.Segment).HasConversion(s => SegmentNames.ToWire(s), s => SegmentNames.FromWire(s)).HasMaxLength(16);
        builder.Property(c => c.PasswordHash).HasMaxLength(200);
        builder.Property(c => c.OptionalConsents).HasMaxLength(300);
        builder.Property(c => c.LinkSecretHash).HasMaxLength(64);
        builder.Property(c => c.DecidedBy).HasMaxLength(100);
        builder.Property(c => c.DecidedByName).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(500);
    }
}
