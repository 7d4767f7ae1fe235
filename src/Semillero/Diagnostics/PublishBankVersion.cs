using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Diagnostics;

public abstract record PublishBankVersionOutcome
{
    public sealed record Published(int Version) : PublishBankVersionOutcome;

    public sealed record Invalid(IReadOnlyList<string> Errors) : PublishBankVersionOutcome;
}

// An operator publishes a new version of the question bank, with a reason. It must parse, pass every
// check and be numbered after the latest version; from then on new assessments take it, while
// assessments already started keep theirs.
public sealed class PublishBankVersion(SemilleroDb db, TimeProvider clock)
{
    public const int MaxReasonLength = 1000;

    public async Task<PublishBankVersionOutcome> RunAsync(string? json, string? reason, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (bank, errors) = QuestionBanks.Parse(json);
        var problems = errors.ToList();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            problems.Add($"Indique el motivo de la nueva versión (hasta {MaxReasonLength:N0} caracteres). / Give the new version's reason (up to {MaxReasonLength:N0} characters).");
        }

        var latest = Math.Max(QuestionBanks.Shipped.Version, await db.QuestionBankVersions.MaxAsync(v => (int?)v.Version, ct) ?? 0);
        if (bank is not null && bank.Version != latest + 1)
        {
            problems.Add($"La nueva versión debe numerarse {latest + 1} (la última es {latest}). / The new version must be numbered {latest + 1} (the latest is {latest}).");
        }

        if (problems.Count > 0 || bank is null)
        {
            return new PublishBankVersionOutcome.Invalid(problems);
        }

        db.QuestionBankVersions.Add(new QuestionBankVersion
        {
            Version = bank.Version,
            Json = json!,
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = actor.Id,
            Reason = reason!.Trim(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another operator published the same number first.
            return new PublishBankVersionOutcome.Invalid([$"La versión {bank.Version} ya se publicó. / Version {bank.Version} is already published."]);
        }

        DiagnosticFiguresCache.Changed(db.Database.GetConnectionString());
        return new PublishBankVersionOutcome.Published(bank.Version);
    }
}
