using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Matching;

// Reads visible candidates from the database for the index: everyone (at startup), a few people
// (after a change in this process), or whoever changed since a watermark (changes made by other
// processes: the CLI, other web instances).
public static class CandidateLoader
{
    // Changes are looked for this far before the previous look began: a row committed late with an
    // earlier timestamp, or written by a host whose clock is a little behind, is still seen.
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private const int Chunk = 500;

    // Who is visible: the latest visible_empleadores decision is "granted", the record is not
    // anonymised. Visible people without a talent profile get a default one (a new alias), so a
    // consent given at registration is enough to be found.
    public static async Task<IReadOnlyList<CandidateRecord>> LoadAsync(SemilleroDb db, IReadOnlyCollection<Guid>? learnerIds, TimeProvider clock, CancellationToken ct)
    {
        if (learnerIds is null)
        {
            return await LoadChunkAsync(db, null, clock, true, ct);
        }

        var all = new List<CandidateRecord>();
        foreach (var chunk in learnerIds.Distinct().Chunk(Chunk))
        {
            all.AddRange(await LoadChunkAsync(db, chunk, clock, true, ct));
        }

        return all;
    }

    public static async Task<CandidateRecord?> LoadOneAsync(SemilleroDb db, Guid learnerId, TimeProvider clock, CancellationToken ct) =>
        (await LoadChunkAsync(db, [learnerId], clock, true, ct)).SingleOrDefault();

    // The person as ranking sees them, visible to employers or not (their own view of vacancies);
    // without a profile, the default one, not stored. Null: no such (or an anonymised) learner.
    public static async Task<CandidateRecord?> LoadSelfAsync(SemilleroDb db, Guid learnerId, TimeProvider clock, CancellationToken ct) =>
        (await LoadChunkAsync(db, [learnerId], clock, false, ct)).SingleOrDefault();

    // People whose visibility, profile, badges or activity may have changed since the time given.
    public static async Task<(IReadOnlyCollection<Guid> Changed, long LastConsentId)> ChangedSinceAsync(
        SemilleroDb db, long afterConsentId, DateTime since, CancellationToken ct)
    {
        var changed = new HashSet<Guid>();
        var consents = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.Id > afterConsentId && c.Purpose == Purposes.VisibleEmpleadores)
            .Select(c => new { c.Id, c.LearnerId })
            .ToListAsync(ct);
        changed.UnionWith(consents.Select(c => c.LearnerId));
        var lastConsent = consents.Count == 0 ? afterConsentId : consents.Max(c => c.Id);
        changed.UnionWith(await db.TalentProfiles.AsNoTracking().Where(p => p.UpdatedAt > since).Select(p => p.LearnerId).ToListAsync(ct));
        changed.UnionWith(await db.BadgeAwards.AsNoTracking().Where(a => a.IssuedAt > since || a.RevokedAt > since).Select(a => a.LearnerId).ToListAsync(ct));
        changed.UnionWith(await db.Learners.AsNoTracking().Where(l => l.UpdatedAt > since).Select(l => l.Id).ToListAsync(ct));
        changed.UnionWith(await db.CourseCompletions.AsNoTracking().Where(c => c.RecordedAt > since).Select(c => c.LearnerId).ToListAsync(ct));
        return (changed, lastConsent);
    }

    public static async Task<long> LastConsentIdAsync(SemilleroDb db, CancellationToken ct) =>
        await db.ConsentRecords.AsNoTracking().MaxAsync(c => (long?)c.Id, ct) ?? 0;

    // Verified level of each skill from the person's valid badges: the level of the path that
    // granted it (Fundamentos 1, Intermedio 2, Avanzado 3), the highest when several do.
    public static async Task<Dictionary<Guid, (int Level, string[] Skills)>> PathSkillsAsync(SemilleroDb db, CancellationToken ct)
    {
        var rows = await db.LearningPaths.AsNoTracking()
            .Select(p => new { p.Id, p.Level, Skills = p.Skills.Select(s => s.SkillId).ToList() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => ((int)r.Level, r.Skills.ToArray()));
    }

    private static async Task<List<CandidateRecord>> LoadChunkAsync(SemilleroDb db, Guid[]? ids, TimeProvider clock, bool visibleOnly, CancellationToken ct)
    {
        var consentRows = await Scope(db.ConsentRecords.AsNoTracking().Where(c => c.Purpose == Purposes.VisibleEmpleadores), ids, c => c.LearnerId)
            .Select(c => new { c.LearnerId, c.Id, c.Granted })
            .ToListAsync(ct);
        var visible = consentRows
            .GroupBy(c => c.LearnerId)
            .Where(g => g.MaxBy(c => c.Id)!.Granted)
            .Select(g => g.Key)
            .ToHashSet();
        if (visibleOnly && visible.Count == 0)
        {
            return [];
        }

        var learners = (await Scope(db.Learners.AsNoTracking().Where(l => l.AnonymizedAt == null), ids, l => l.Id)
                .Select(l => new { l.Id, l.StateCode })
                .ToListAsync(ct))
            .Where(l => !visibleOnly || visible.Contains(l.Id))
            .ToDictionary(l => l.Id, l => l.StateCode);
        var profiles = await Scope(db.TalentProfiles.AsNoTracking(), ids, p => p.LearnerId)
            .Select(p => new { p.LearnerId, p.Alias, p.Availability, p.AcceptsPresencial, p.AcceptsHibrido, p.AcceptsRemoto })
            .ToDictionaryAsync(p => p.LearnerId, ct);
        var missing = learners.Keys.Where(id => !profiles.ContainsKey(id)).ToList();
        if (!visibleOnly)
        {
            foreach (var id in missing)
            {
                profiles[id] = new { LearnerId = id, Alias = "", Availability = Availability.Abierta, AcceptsPresencial = true, AcceptsHibrido = true, AcceptsRemoto = true };
            }
        }
        else if (missing.Count > 0)
        {
            await CreateDefaultProfilesAsync(db, missing, clock, ct);
            var added = await db.TalentProfiles.AsNoTracking().Where(p => missing.Contains(p.LearnerId))
                .Select(p => new { p.LearnerId, p.Alias, p.Availability, p.AcceptsPresencial, p.AcceptsHibrido, p.AcceptsRemoto })
                .ToListAsync(ct);
            foreach (var p in added)
            {
                profiles[p.LearnerId] = p;
            }
        }

        var declared = (await Scope(db.DeclaredSkills.AsNoTracking(), ids, s => s.LearnerId)
                .Select(s => new { s.LearnerId, s.SkillId, s.Level })
                .ToListAsync(ct))
            .Where(s => learners.ContainsKey(s.LearnerId))
            .ToLookup(s => s.LearnerId);
        var badges = (await Scope(db.BadgeAwards.AsNoTracking().Where(a => a.RevokedAt == null), ids, a => a.LearnerId)
                .Select(a => new { a.LearnerId, a.PathId, a.IssuedAt })
                .ToListAsync(ct))
            .Where(a => learners.ContainsKey(a.LearnerId))
            .ToLookup(a => a.LearnerId);
        var completions = (await Scope(db.CourseCompletions.AsNoTracking(), ids, c => c.LearnerId)
                .GroupBy(c => c.LearnerId)
                .Select(g => new { LearnerId = g.Key, Last = g.Max(c => c.CompletedAt) })
                .ToListAsync(ct))
            .ToDictionary(c => c.LearnerId, c => c.Last);
        var paths = await PathSkillsAsync(db, ct);

        var records = new List<CandidateRecord>(learners.Count);
        foreach (var (id, state) in learners)
        {
            if (!profiles.TryGetValue(id, out var profile))
            {
                continue;
            }

            var skills = new Dictionary<string, (int Verified, int Declared)>(StringComparer.Ordinal);
            DateTime? last = completions.TryGetValue(id, out var completed) ? completed : null;
            foreach (var badge in badges[id])
            {
                last = last is { } l && l > badge.IssuedAt ? l : badge.IssuedAt;
                if (!paths.TryGetValue(badge.PathId, out var path))
                {
                    continue;
                }

                foreach (var skill in path.Skills)
                {
                    var held = skills.GetValueOrDefault(skill);
                    skills[skill] = (Math.Max(held.Verified, path.Level), held.Declared);
                }
            }

            foreach (var d in declared[id])
            {
                var held = skills.GetValueOrDefault(d.SkillId);
                skills[d.SkillId] = (held.Verified, (int)d.Level);
            }

            records.Add(new CandidateRecord(
                id,
                profile.Alias,
                state,
                profile.Availability,
                profile.AcceptsPresencial,
                profile.AcceptsHibrido,
                profile.AcceptsRemoto,
                last is { } at ? DateOnly.FromDateTime(at) : null,
                skills.Select(s => new CandidateSkill(s.Key, s.Value.Verified, s.Value.Declared)).ToList()));
        }

        return records;
    }

    private static IQueryable<T> Scope<T>(IQueryable<T> query, Guid[]? ids, System.Linq.Expressions.Expression<Func<T, Guid>> key)
    {
        if (ids is null)
        {
            return query;
        }

        // x => ids.Contains(key(x)), built so EF translates it to IN (...).
        var parameter = key.Parameters[0];
        var contains = System.Linq.Expressions.Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
            System.Linq.Expressions.Expression.Constant(ids), key.Body);
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, parameter));
    }

    public static async Task CreateDefaultProfilesAsync(SemilleroDb db, IReadOnlyList<Guid> learnerIds, TimeProvider clock, CancellationToken ct)
    {
        foreach (var id in learnerIds)
        {
            await CreateProfileAsync(db, id, clock, null, ct);
        }
    }

    // Adds a profile with a fresh alias; an alias already taken (rare: 31^6 of them) is drawn again,
    // and a profile another process created first is left as it is.
    public static async Task<TalentProfile> CreateProfileAsync(SemilleroDb db, Guid learnerId, TimeProvider clock, Action<TalentProfile>? fill, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var profile = new TalentProfile { LearnerId = learnerId, Alias = TalentAliases.New(), CreatedAt = now, UpdatedAt = now };
            fill?.Invoke(profile);
            db.TalentProfiles.Add(profile);
            try
            {
                await db.SaveChangesAsync(ct);
                return profile;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
                if (await db.TalentProfiles.Include(p => p.Skills).FirstOrDefaultAsync(p => p.LearnerId == learnerId, ct) is { } existing)
                {
                    return existing;
                }
            }
        }
    }
}

// The pseudonym employers see ("C-7K3M9Q"): random, from letters and digits that cannot be misread.
public static class TalentAliases
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => "C-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 6));
}
