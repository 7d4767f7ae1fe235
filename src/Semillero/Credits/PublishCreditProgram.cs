using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record PublishCreditProgramOutcome
{
    public sealed record Published(int Version) : PublishCreditProgramOutcome;

    // Every problem at once, each worded "español / English"; nothing was published.
    public sealed record Invalid(IReadOnlyList<string> Errors) : PublishCreditProgramOutcome;
}

// An operator publishes a new version of the credit program's rules, with a reason. It must parse,
// pass every check and be numbered right after the latest version; from then on new applications
// are checked against it, while those already submitted keep the version they were checked against.
public sealed class PublishCreditProgram(SemilleroDb db, TimeProvider clock)
{
    public const int MaxReasonLength = 1000;

    public async Task<int> NextVersionAsync(CancellationToken ct) =>
        Math.Max(CreditPrograms.Shipped.Version, await db.CreditProgramVersions.MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;

    public async Task<PublishCreditProgramOutcome> RunAsync(string? json, string? reason, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (program, errors) = CreditPrograms.Parse(json);
        var problems = errors.ToList();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            problems.Add($"Indique el motivo de la nueva versión (hasta {MaxReasonLength:N0} caracteres). / Give the new version's reason (up to {MaxReasonLength:N0} characters).");
        }

        var next = await NextVersionAsync(ct);
        if (program is not null && program.Version != next)
        {
            problems.Add($"La nueva versión debe numerarse {next} (la última es {next - 1}). / The new version must be numbered {next} (the latest is {next - 1}).");
        }

        if (problems.Count > 0 || program is null)
        {
            return new PublishCreditProgramOutcome.Invalid(problems);
        }

        db.CreditProgramVersions.Add(new CreditProgramVersion
        {
            Version = program.Version,
            Json = json!,
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = actor.Id.Length <= 100 ? actor.Id : actor.Id[..100],
            Reason = reason!.Trim(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another operator published the same number first: the key refuses the second.
            return new PublishCreditProgramOutcome.Invalid([$"La versión {program.Version} ya se publicó. / Version {program.Version} is already published."]);
        }

        return new PublishCreditProgramOutcome.Published(program.Version);
    }
}
