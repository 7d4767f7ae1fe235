using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Privacy;

public sealed record ConsentState(string Purpose, bool Granted, int NoticeVersion, DateTime At);

public abstract record ChangeConsentOutcome
{
    public sealed record Changed(ConsentState State) : ChangeConsentOutcome;

    public sealed record Unchanged(ConsentState State) : ChangeConsentOutcome;

    // Necessary purposes are the condition of taking part: withdrawing them is a cancellation.
    public sealed record NotOptional(string Purpose) : ChangeConsentOutcome;

    public sealed record UnknownPurpose(string Purpose) : ChangeConsentOutcome;
}

public sealed class Consents(SemilleroDb db, PrivacyNotices notices, TimeProvider clock, LearnerChanges changes)
{
    public async Task<IReadOnlyDictionary<string, ConsentState>> CurrentAsync(Guid learnerId, CancellationToken ct)
    {
        var rows = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.LearnerId == learnerId)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        var current = new Dictionary<string, ConsentState>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            current[r.Purpose] = new ConsentState(r.Purpose, r.Granted, r.NoticeVersion, DateTime.SpecifyKind(r.At, DateTimeKind.Utc));
        }

        return current;
    }

    // Purposes of the current notice the person has never answered: a new notice version that adds
    // a purpose asks again for exactly those.
    public async Task<IReadOnlyList<Purpose>> PendingAsync(Guid learnerId, CancellationToken ct)
    {
        var answered = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.LearnerId == learnerId)
            .Select(c => c.Purpose)
            .Distinct()
            .ToListAsync(ct);
        return notices.Current.Purposes.Where(p => !answered.Contains(p.Code)).ToList();
    }

    public async Task<bool> HasAsync(Guid learnerId, string purpose, CancellationToken ct) =>
        await db.ConsentRecords.AsNoTracking()
            .Where(c => c.LearnerId == learnerId && c.Purpose == purpose)
            .OrderByDescending(c => c.Id)
            .Select(c => (bool?)c.Granted)
            .FirstOrDefaultAsync(ct) == true;

    // The learners whose latest decision for a purpose is "granted": honoured at query time, so a
    // withdrawal takes effect from the moment it is stored.
    public static IQueryable<Guid> LearnersWith(SemilleroDb db, string purpose) =>
        db.ConsentRecords
            .Where(c => c.Purpose == purpose && c.Granted
                && !db.ConsentRecords.Any(later => later.LearnerId == c.LearnerId && later.Purpose == purpose && later.Id > c.Id))
            .Select(c => c.LearnerId);

    // Adds the decisions to the context; the caller saves them with the change that asked for them.
    public void Record(Guid learnerId, IEnumerable<KeyValuePair<string, bool>> decisions, string source)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var (purpose, granted) in decisions)
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                LearnerId = learnerId,
                Purpose = purpose,
                NoticeVersion = notices.Current.Version,
                Granted = granted,
                At = at,
                Source = source,
            });
        }
    }

    // At registration every purpose of the current notice is answered: necessary ones granted by
    // taking part, each optional one as the person decided.
    public void RecordAll(Guid learnerId, IReadOnlyCollection<string> grantedOptional, string source) =>
        Record(learnerId, notices.Current.Purposes.Select(p => new KeyValuePair<string, bool>(p.Code, p.Necessary || grantedOptional.Contains(p.Code))), source);

    // Answers to purposes asked for the first time (a new notice version): necessary ones are granted
    // by taking part; each optional one as the person decided.
    public async Task DecideAsync(Guid learnerId, IReadOnlyCollection<string> grantedOptional, string source, CancellationToken ct)
    {
        var pending = await PendingAsync(learnerId, ct);
        Record(learnerId, pending.Select(p => new KeyValuePair<string, bool>(p.Code, p.Necessary || grantedOptional.Contains(p.Code))), source);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ChangeConsentOutcome> ChangeAsync(Guid learnerId, string purpose, bool granted, string source, CancellationToken ct)
    {
        var known = Purposes.Find(purpose);
        if (known is null)
        {
            return new ChangeConsentOutcome.UnknownPurpose(purpose);
        }

        if (known.Necessary && !granted)
        {
            return new ChangeConsentOutcome.NotOptional(purpose);
        }

        var current = await CurrentAsync(learnerId, ct);
        if (current.TryGetValue(purpose, out var state) && state.Granted == granted && state.NoticeVersion == notices.Current.Version)
        {
            return new ChangeConsentOutcome.Unchanged(state);
        }

        Record(learnerId, [new(purpose, granted)], source);
        await db.SaveChangesAsync(ct);
        // Only visibility to employers changes what others see of the person; employers' results
        // (Matching) follow that decision before this request returns.
        if (purpose == Purposes.VisibleEmpleadores)
        {
            await changes.PublishAsync(db, learnerId, ct);
        }

        return new ChangeConsentOutcome.Changed(new ConsentState(purpose, granted, notices.Current.Version, clock.GetUtcNow().UtcDateTime));
    }
}
