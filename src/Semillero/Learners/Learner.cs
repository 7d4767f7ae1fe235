using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Semillero.Identity;

namespace Semillero.Learners;

// One person, known once by CURP. Birth date and sex are derived from the CURP, never typed in.
public sealed class Learner
{
    public Guid Id { get; init; }

    // Replaced by a random, non-CURP token when the person cancels (see Privacy/CancelAccount.cs).
    public required string Curp { get; set; }

    public required string GivenNames { get; set; }

    public required string FirstSurname { get; set; }

    public string? SecondSurname { get; set; }

    public DateOnly BirthDate { get; set; }

    public Sex Sex { get; init; }

    public string? Email
    {
        get;
        set
        {
            field = value;
            EmailSha1 = value is null ? null : MailtoSha1(value);
        }
    }

    // SHA-1 of "mailto:" + Email, lower-case hex: how xAPI clients that hide addresses identify the
    // person (mbox_sha1sum). Kept with the email so statements resolve without hashing every row.
    public string? EmailSha1 { get; private set; }

    public static string MailtoSha1(string email) =>
#pragma warning disable CA5350 // SHA-1 is what xAPI's mbox_sha1sum is defined as; not used for security.
        Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes("mailto:" + email)));
#pragma warning restore CA5350

    // INEGI code of the state of residence ("01".."32").
    public required string StateCode { get; set; }

    public Segment Segment { get; set; }

    // Who put the person in the registry: a partner's organisation (its API key's name or its
    // accounts' User.Organization), an operator, or the person themself; partners see and update
    // only the learners they registered (LearnerScope, Registrar).
    public string? RegisteredBy { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    // Set when the person exercised cancellation: the row stays only so aggregates keep their
    // counts, with nothing left that identifies anyone.
    public DateTime? AnonymizedAt { get; set; }
}

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.ToTable("learners");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Curp).HasMaxLength(18).IsFixedLength(false);
        builder.HasIndex(l => l.Curp).IsUnique();
        builder.Property(l => l.GivenNames).HasMaxLength(LearnerRules.MaxNameLength);
        builder.Property(l => l.FirstSurname).HasMaxLength(LearnerRules.MaxNameLength);
        builder.Property(l => l.SecondSurname).HasMaxLength(LearnerRules.MaxNameLength);
        builder.Property(l => l.Email).HasMaxLength(LearnerRules.MaxEmailLength);
        builder.Property(l => l.EmailSha1).HasMaxLength(40);
        builder.HasIndex(l => l.Email);
        builder.HasIndex(l => l.EmailSha1);
        builder.Property(l => l.Sex).HasConversion(s => s.ToString(), s => Enum.Parse<Sex>(s)).HasMaxLength(1);
        builder.Property(l => l.StateCode).HasMaxLength(2);
        builder.HasIndex(l => l.StateCode);
        builder.Property(l => l.Segment).HasConversion(s => SegmentNames.ToWire(s), s => SegmentNames.FromWire(s)).HasMaxLength(16);
        builder.Property(l => l.RegisteredBy).HasMaxLength(100);
        builder.HasIndex(l => l.RegisteredBy);
        // The KPI rollup finds changed people by it (Dashboards/KpiRollup).
        builder.HasIndex(l => l.UpdatedAt);
    }
}
