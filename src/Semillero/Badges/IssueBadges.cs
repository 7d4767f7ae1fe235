using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Semillero.Badges.Credentials;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Badges;

// Issues the Open Badges 3.0 credential of every path completion that has none yet. The work list
// is a query (path completions without a badge_awards row), so a crash or a restart only delays
// issuing; the unique (learner, path) index makes racing issuers harmless: the loser finds the badge
// issued and moves on.
public sealed class IssueBadges(
    SemilleroDb db, SigningKeyStore keys, CredentialSigner signer, BadgeAddresses addresses, IOptions<BadgeOptions> options, TimeProvider clock,
    LearnerChanges changes)
{
    public const int BatchSize = 100;

    // A random index collides with an issued one rarely; a few redraws settle it.
    private const int IndexAttempts = 20;

    public sealed record Result(int Pending, int Issued);

    public async Task<Result> RunPendingAsync(CancellationToken ct)
    {
        // Cancelled accounts (anonymised people) get no new credentials; their completions stay out
        // of the work list rather than blocking it.
        var pending = await db.PathCompletions.AsNoTracking()
            .Where(c => !db.BadgeAwards.Any(a => a.LearnerId == c.LearnerId && a.PathId == c.PathId))
            .Where(c => db.Learners.Any(l => l.Id == c.LearnerId && l.AnonymizedAt == null))
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            return new Result(0, 0);
        }

        var pathIds = pending.Select(p => p.PathId).Distinct().ToList();
        var paths = await db.LearningPaths.AsNoTracking().Include(p => p.Skills)
            .Where(p => pathIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var issuer = Issuer();
        using var key = await keys.ActiveAsync(ct);
        var issued = 0;
        foreach (var completion in pending)
        {
            var subject = await SubjectAsync(completion.LearnerId, ct);
            if (await IssueAsync(completion, paths[completion.PathId], subject, issuer, key, ct))
            {
                issued++;
                // The new badge's skills count as verified (Matching) from now on.
                await changes.PublishAsync(db, completion.LearnerId, ct);
            }
        }

        return new Result(pending.Count, issued);
    }

    public CredentialIssuer Issuer() =>
        new(addresses.IssuerId, options.Value.IssuerName, addresses.Base, options.Value.IssuerDescription);

    // False when the person already had the badge (another issuer won the race).
    private async Task<bool> IssueAsync(
        PathCompletion completion, Catalog.LearningPath path, Guid subject, CredentialIssuer issuer, SigningKeyMaterial key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var awardId = Guid.CreateVersion7(now);
        var achievement = new CredentialAchievement(
            addresses.Achievement(path.Code),
            path.NameEs,
            Both(path.SummaryEs, path.SummaryEn),
            Both(path.CriteriaEs, path.CriteriaEn),
            "LearningProgram",
            [.. path.Skills.OrderBy(s => s.SkillId, StringComparer.Ordinal).Select(s => Skill(s.SkillId))]);
        for (var attempt = 0; attempt < IndexAttempts; attempt++)
        {
            // Bitstring Status List v1.0 §6.6 (herd privacy): the index is random, so it tells
            // nothing about when or to whom the credential was issued.
            var index = RandomNumberGenerator.GetInt32(StatusListPublisher.Length);
            var credential = OpenBadgeCredentialBuilder.Build(new OpenBadgeCredentialInput(
                addresses.Verify(awardId),
                issuer,
                BadgeAddresses.Subject(subject),
                achievement,
                now,
                new CredentialStatusEntry(addresses.StatusList, index)));
            var jwt = signer.Sign(credential, key);
            // No conflict target: either unique index (learner+path, status index) makes it a no-op.
            var inserted = await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO badge_awards (id, learner_id, path_id, path_completion_id, issued_at, credential, key_id, status_index) " +
                "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}) ON CONFLICT DO NOTHING",
                [awardId, completion.LearnerId, completion.PathId, completion.Id, OpenBadgeCredentialBuilder.WholeSeconds(now).UtcDateTime, jwt, key.KeyId, index],
                ct);
            if (inserted == 1)
            {
                return true;
            }

            if (await db.BadgeAwards.AnyAsync(a => a.LearnerId == completion.LearnerId && a.PathId == completion.PathId, ct))
            {
                return false;
            }
        }

        throw new InvalidOperationException($"No free status list index after {IndexAttempts} draws; the list needs to grow.");
    }

    // The person's stable, random credentialSubject id: no CURP, name or email ever goes in it.
    private async Task<Guid> SubjectAsync(Guid learnerId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO badge_subjects (learner_id, subject_id) VALUES ({0}, {1}) ON CONFLICT (learner_id) DO NOTHING",
            [learnerId, Guid.NewGuid()],
            ct);
        return await db.BadgeSubjects.AsNoTracking().Where(s => s.LearnerId == learnerId).Select(s => s.SubjectId).SingleAsync(ct);
    }

    // Named from the skills list Semillero ships; an id that left the list (never expected: ids are
    // never removed) still yields a readable name rather than blocking the badge.
    private CredentialSkill Skill(string skillId)
    {
        if (Skills.SkillCatalog.Find(skillId) is { } skill)
        {
            return new CredentialSkill(skill.Id, addresses.Skill(skill.Id), skill.NameEs, skill.NameEn);
        }

        var name = skillId.Replace('-', ' ');
        name = name.Length == 0 ? skillId : char.ToUpperInvariant(name[0]) + name[1..];
        return new CredentialSkill(skillId, addresses.Skill(skillId), name, name);
    }

    private static string Both(string es, string en) =>
        string.IsNullOrWhiteSpace(en) || string.Equals(es.Trim(), en.Trim(), StringComparison.Ordinal) ? es.Trim() : es.Trim() + "\n\n" + en.Trim();
}

// Runs IssueBadges when path completions are recorded (PathCompletionSignal), and every
// PollInterval in case another process recorded them.
public sealed partial class BadgeIssuer(IServiceScopeFactory scopes, PathCompletionSignal signal, ILogger<BadgeIssuer> log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (true)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<IssueBadges>().RunPendingAsync(stoppingToken);
                    if (result.Issued > 0)
                    {
                        Issued(log, result.Issued);
                    }

                    if (result.Pending < IssueBadges.BatchSize)
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The work list is a query; the next round retries. Only the type: a message could
                // quote a value from a person's record.
                IssuingFailed(log, e.GetType().Name, PollInterval);
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued {Count} badges")]
    private static partial void Issued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Issuing badges failed ({Error}); retrying in {Interval}")]
    private static partial void IssuingFailed(ILogger logger, string error, TimeSpan interval);
}
