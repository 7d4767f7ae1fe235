using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.CohortResults;
using Semillero.Data;
using Semillero.Learners;

namespace Semillero.Dashboards;

// Keeps kpi_cells equal to what LearnerMarks says of every person's raw records. A person whose raw
// records changed is recomputed whole and diffed against the marks stored for them; the difference
// is added to the cells in the same transaction as the new marks, so a crash loses nothing and a
// retry changes nothing. Which people changed is found by reading each source past a position.
public sealed class KpiRollup(SemilleroDb db, TimeProvider clock)
{
    public const int ChunkSize = 500;

    // The rebuild's transactions are larger: people in one share most of their cells (same months,
    // states, paths), so fewer, larger transactions write each cell fewer times.
    public const int RebuildChunkSize = 5_000;

    // How far back each round re-reads its sources: a row committed late (a transaction that took
    // its sequence or timestamp before another's but committed after it) is still seen. The cursor
    // remembers what was already handled, so the overlap costs a read, not a recomputation.
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(15);

    private const string RevisionSource = "revision";

    // Rows read per source per round: a large backlog (the first round over an existing database)
    // is worked through in rounds rather than held in memory at once.
    public const int RoundLimit = 50_000;

    public sealed record RoundResult(int Learners, long Revision, bool MoreWaiting);

    // One round: the people whose records changed since the cursor, recomputed. Learners 0 means
    // nothing had changed.
    public async Task<RoundResult> RunRoundAsync(RollupCursor cursor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new HashSet<Guid>();
        await cursor.LoadAsync(db, ct);

        // Statements: new ones by insertion sequence; then, if the window behind the newest seen holds
        // rows the cursor has not seen (a transaction that committed after a later one), those.
        var top = cursor.SequenceTop;
        var statements = await db.Statements.AsNoTracking()
            .Where(s => s.Sequence > top)
            .OrderBy(s => s.Sequence)
            .Select(s => new { s.Sequence, s.LearnerId })
            .Take(RoundLimit)
            .ToListAsync(ct);
        var windowFloor = cursor.WindowFloor();
        if (windowFloor < top)
        {
            var present = await db.Statements.AsNoTracking().CountAsync(s => s.Sequence > windowFloor && s.Sequence <= top, ct);
            if (present != cursor.SeenBetween(windowFloor, top))
            {
                statements.AddRange(await db.Statements.AsNoTracking()
                    .Where(s => s.Sequence > windowFloor && s.Sequence <= top)
                    .Select(s => new { s.Sequence, s.LearnerId })
                    .ToListAsync(ct));
            }
        }

        foreach (var s in statements)
        {
            if (cursor.FirstSight(s.Sequence) && s.LearnerId is { } learner)
            {
                changed.Add(learner);
            }
        }

        cursor.AdvanceSequence();

        await ReadSinceAsync(cursor, "learners", since => db.Learners.Where(l => l.UpdatedAt > since).OrderBy(l => l.UpdatedAt).Select(l => new Row(l.Id, l.Id, l.UpdatedAt)), changed, ct);
        await ReadSinceAsync(cursor, "links", since => db.ActorLinks.Where(l => l.LinkedAt > since).OrderBy(l => l.LinkedAt).Select(l => new Row(l.LearnerId, l.LearnerId, l.LinkedAt)), changed, ct);
        await ReadSinceAsync(cursor, "course_completions", since => db.CourseCompletions.Where(c => c.RecordedAt > since).OrderBy(c => c.RecordedAt).Select(c => new Row(c.Id, c.LearnerId, c.RecordedAt)), changed, ct);
        await ReadSinceAsync(cursor, "path_completions", since => db.PathCompletions.Where(c => c.RecordedAt > since).OrderBy(c => c.RecordedAt).Select(c => new Row(c.Id, c.LearnerId, c.RecordedAt)), changed, ct);
        await ReadSinceAsync(cursor, "placements", since => db.Placements.Where(p => p.RecordedAt > since).OrderBy(p => p.RecordedAt).Select(p => new Row(p.Id, p.LearnerId, p.RecordedAt)), changed, ct);
        // Cohort enrolments change without an update time of their own: a new one by CreatedAt, a seat
        // (on enrolment or promoted from the waitlist) by SeatedAt, a withdrawal by WithdrawnAt.
        await ReadSinceAsync(cursor, "enrolments", since => db.CohortEnrolments.Where(e => e.CreatedAt > since).OrderBy(e => e.CreatedAt).Select(e => new Row(e.Registration, e.LearnerId, e.CreatedAt)), changed, ct);
        await ReadSinceAsync(cursor, "seats", since => db.CohortEnrolments.Where(e => e.SeatedAt > since).OrderBy(e => e.SeatedAt).Select(e => new Row(e.Registration, e.LearnerId, e.SeatedAt!.Value)), changed, ct);
        await ReadSinceAsync(cursor, "withdrawals", since => db.CohortEnrolments.Where(e => e.WithdrawnAt > since).OrderBy(e => e.WithdrawnAt).Select(e => new Row(e.Registration, e.LearnerId, e.WithdrawnAt!.Value)), changed, ct);

        // A changed catalog changes what everyone's past learning means for paths and providers.
        var catalog = await KpiCatalog.LoadAsync(db, ct);
        var fingerprint = catalog.Fingerprint();
        if (cursor.NeedsSweep(fingerprint))
        {
            cursor.StartSweep(fingerprint, await db.Learners.AsNoTracking().Select(l => l.Id).ToListAsync(ct));
        }

        changed.UnionWith(cursor.TakeSweep());

        long revision = 0;
        if (changed.Count > 0)
        {
            revision = await RecomputeAsync(changed.ToList(), ChunkSize, catalog, ct);
        }

        var more = statements.Count >= RoundLimit || cursor.Backlogged || cursor.Sweeping;
        await cursor.SaveAsync(db, now, ct);
        return new RoundResult(changed.Count, revision, more);
    }

    private sealed record Row(Guid Id, Guid LearnerId, DateTime At);

    private static async Task ReadSinceAsync(RollupCursor cursor, string source, Func<DateTime, IQueryable<Row>> rowsSince, HashSet<Guid> changed, CancellationToken ct)
    {
        var found = await rowsSince(cursor.TimeFloor(source)).AsNoTracking().Take(RoundLimit).ToListAsync(ct);
        foreach (var row in found)
        {
            if (cursor.FirstSight(source, row.Id, row.At))
            {
                changed.Add(row.LearnerId);
            }
        }

        cursor.AdvanceTime(source, found.Count > 0 ? found[^1].At : null, found.Count);
    }

    // The rebuild from raw records: every cell back to zero, every person's marks forgotten, then
    // everyone who has a registry row recomputed. Cells are zeroed rather than deleted, with a new
    // revision, so the web processes' copies (KpiCube) see them change. While it runs, dashboards
    // show partial figures; the background rollup may recompute some people first, which the
    // rebuild then finds already right.
    public async Task<int> RebuildAsync(Action<int>? progress, CancellationToken ct, int chunkSize = RebuildChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7346001)", ct);
            }

            var revision = await NextRevisionAsync(now, ct);
            await db.KpiCells.ExecuteUpdateAsync(u => u.SetProperty(c => c.People, 0).SetProperty(c => c.Revision, revision), ct);
            await db.KpiLearnerMarks.ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        // Where each source stands before anyone is recomputed: every row up to here is in some
        // person's recomputation below, so the background rollup need not read them again. The
        // catalog too: everyone is computed with this one; if it changes while the rebuild runs,
        // the next round finds it changed and recomputes everyone again.
        var catalog = await KpiCatalog.LoadAsync(db, ct);
        var sequenceTop = await db.Statements.MaxAsync(st => (long?)st.Sequence, ct) ?? 0;
        var timeTops = new Dictionary<string, DateTime?>(StringComparer.Ordinal)
        {
            ["learners"] = await db.Learners.MaxAsync(l => (DateTime?)l.UpdatedAt, ct),
            ["links"] = await db.ActorLinks.MaxAsync(l => (DateTime?)l.LinkedAt, ct),
            ["course_completions"] = await db.CourseCompletions.MaxAsync(c => (DateTime?)c.RecordedAt, ct),
            ["path_completions"] = await db.PathCompletions.MaxAsync(c => (DateTime?)c.RecordedAt, ct),
            ["placements"] = await db.Placements.MaxAsync(p => (DateTime?)p.RecordedAt, ct),
            ["enrolments"] = await db.CohortEnrolments.MaxAsync(e => (DateTime?)e.CreatedAt, ct),
            ["seats"] = await db.CohortEnrolments.MaxAsync(e => e.SeatedAt, ct),
            ["withdrawals"] = await db.CohortEnrolments.MaxAsync(e => e.WithdrawnAt, ct),
        };

        // People in the database's order of their ids, and every statement in one pass in the same
        // order. Reading each chunk's statements by learner instead visits the statements table at
        // random (a person's statements lie months apart): at 10M statements that was ~28 s of
        // reads per 5,000 people, against one sequential scan and sort for all.
        var ids = await db.Learners.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        var chunkOf = new Dictionary<Guid, int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            chunkOf[ids[i]] = i / chunkSize;
        }

        var done = 0;
        await using (var statements = await StatementsByLearner.OpenAsync(db, ct))
        {
            var chunkIndex = 0;
            foreach (var chunk in ids.Chunk(chunkSize))
            {
                var read = await statements.ReadChunkAsync(chunkOf, chunkIndex++, ct);
                await RecomputeChunkAsync(chunk, catalog, ct, read);
                done += chunk.Length;
                progress?.Invoke(done);
            }
        }

        // Without this, the first background round after a rebuild of an existing database read
        // every statement again (10M at the benchmark's size) to recompute people it had just done.
        await RollupCursor.RaiseAsync(db, sequenceTop, timeTops, catalog.Fingerprint(), clock.GetUtcNow().UtcDateTime, ct);

        // The statements were read as they stood when the pass began. Whoever's records changed
        // since (new or linked statements, a cancellation, a completion) may have been recomputed by
        // a background round before the pass reached them and then set back by it: a round from the
        // positions just saved recomputes them from what is there now.
        var catchUp = new RollupCursor();
        while ((await RunRoundAsync(catchUp, ct)).MoreWaiting)
        {
        }

        return ids.Count;
    }

    // Recomputes these people; returns the revision their cell changes carry.
    public Task<long> RecomputeAsync(IReadOnlyList<Guid> learnerIds, CancellationToken ct) => RecomputeAsync(learnerIds, ChunkSize, ct);

    private async Task<long> RecomputeAsync(IReadOnlyList<Guid> learnerIds, int chunkSize, CancellationToken ct) =>
        await RecomputeAsync(learnerIds, chunkSize, await KpiCatalog.LoadAsync(db, ct), ct);

    private async Task<long> RecomputeAsync(IReadOnlyList<Guid> learnerIds, int chunkSize, KpiCatalog catalog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(learnerIds);
        long revision = 0;
        foreach (var chunk in learnerIds.Chunk(chunkSize))
        {
            revision = await RecomputeChunkAsync(chunk, catalog, ct);
        }

        return revision;
    }

    private async Task<long> RecomputeChunkAsync(Guid[] ids, KpiCatalog catalog, CancellationToken ct, IReadOnlyList<StatementFact>? statements = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // One rollup writer at a time across processes: two diffing the same person against the
            // same stored marks would add the difference twice.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7346001)", ct);
        }

        var facts = await KpiFacts.LoadAsync(db, catalog, ids, ct, statements);
        var stored = await db.Set<KpiLearnerMarks>().Where(m => ids.Contains(m.LearnerId)).ToDictionaryAsync(m => m.LearnerId, ct);
        var deltas = new Dictionary<CellKey, int>();
        foreach (var id in ids)
        {
            stored.TryGetValue(id, out var old);
            facts.TryGetValue(id, out var person);
            var oldMarks = old is null ? [] : LearnerMarks.Parse(old.Marks);
            var newMarks = person is null ? [] : LearnerMarks.Compute(person.Facts);
            var sameAttributes = old is not null && person is not null
                && old.StateCode == person.StateCode && old.Sex == person.Sex && old.AgeBand == person.AgeBand && old.Segment == person.Segment;
            if (sameAttributes && oldMarks.SetEquals(newMarks))
            {
                continue;
            }

            if (old is not null)
            {
                foreach (var mark in oldMarks)
                {
                    Add(deltas, CellKey.Of(mark, old.StateCode, old.Sex, old.AgeBand, old.Segment), -1);
                }
            }

            if (person is not null)
            {
                foreach (var mark in newMarks)
                {
                    Add(deltas, CellKey.Of(mark, person.StateCode, person.Sex, person.AgeBand, person.Segment), +1);
                }

                var text = LearnerMarks.Serialize(newMarks);
                if (old is null)
                {
                    db.Add(new KpiLearnerMarks
                    {
                        LearnerId = id, StateCode = person.StateCode, Sex = person.Sex, AgeBand = person.AgeBand,
                        Segment = person.Segment, Marks = text, ComputedAt = now,
                    });
                }
                else
                {
                    (old.StateCode, old.Sex, old.AgeBand, old.Segment, old.Marks, old.ComputedAt) =
                        (person.StateCode, person.Sex, person.AgeBand, person.Segment, text, now);
                }
            }
            else if (old is not null)
            {
                db.Remove(old);
            }
        }

        long revision = 0;
        var changes = deltas.Where(d => d.Value != 0).ToList();
        if (changes.Count > 0)
        {
            revision = await NextRevisionAsync(now, ct);
            await UpsertCellsAsync(changes, revision, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return revision;
    }

    private static void Add(Dictionary<CellKey, int> deltas, CellKey key, int delta) =>
        deltas[key] = deltas.GetValueOrDefault(key) + delta;

    private async Task<long> NextRevisionAsync(DateTime now, CancellationToken ct)
    {
        var state = await db.Set<KpiRollupState>().FirstOrDefaultAsync(s => s.Source == RevisionSource, ct);
        if (state is null)
        {
            state = new KpiRollupState { Source = RevisionSource };
            db.Add(state);
        }

        state.Position++;
        state.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return state.Position;
    }

    // Adds the deltas in place with INSERT … ON CONFLICT DO UPDATE. Cells that fall to zero stay
    // (with the new revision) so mirrors see them change.
    private async Task UpsertCellsAsync(List<KeyValuePair<CellKey, int>> changes, long revision, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await UpsertCellsPostgresAsync(changes, revision, ct);
            return;
        }

        const int RowsPerStatement = 200;
        foreach (var batch in changes.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(
                "INSERT INTO kpi_cells (metric, period, state_code, sex, age_band, segment, path_key, provider, people, revision) VALUES ");
            var parameters = new List<object>(batch.Length * 9);
            for (var i = 0; i < batch.Length; i++)
            {
                var (key, delta) = (batch[i].Key, batch[i].Value);
                var p = parameters.Count;
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                    $"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}}, {{{p + 6}}}, {{{p + 7}}}, {{{p + 8}}}, {revision})");
                parameters.AddRange([(short)key.Metric, key.Period, key.StateCode, key.Sex, (short)key.AgeBand, key.Segment, key.PathKey, key.Provider, delta]);
            }

            sql.Append(" ON CONFLICT (metric, period, state_code, sex, age_band, segment, path_key, provider) DO UPDATE SET people = kpi_cells.people + excluded.people, revision = excluded.revision");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }

    // On PostgreSQL the rows travel as nine arrays unnested server-side: thousands of cells per
    // statement with nine parameters, where a VALUES list binds nine per row (the rebuild writes
    // millions of cells).
    private async Task UpsertCellsPostgresAsync(List<KeyValuePair<CellKey, int>> changes, long revision, CancellationToken ct)
    {
        const int RowsPerStatement = 5_000;
        foreach (var batch in changes.Chunk(RowsPerStatement))
        {
            object[] parameters =
            [
                new Npgsql.NpgsqlParameter("m", batch.Select(c => (short)c.Key.Metric).ToArray()),
                new Npgsql.NpgsqlParameter("p", batch.Select(c => c.Key.Period).ToArray()),
                new Npgsql.NpgsqlParameter("s", batch.Select(c => c.Key.StateCode).ToArray()),
                new Npgsql.NpgsqlParameter("x", batch.Select(c => c.Key.Sex).ToArray()),
                new Npgsql.NpgsqlParameter("a", batch.Select(c => (short)c.Key.AgeBand).ToArray()),
                new Npgsql.NpgsqlParameter("g", batch.Select(c => c.Key.Segment).ToArray()),
                new Npgsql.NpgsqlParameter("k", batch.Select(c => c.Key.PathKey).ToArray()),
                new Npgsql.NpgsqlParameter("v", batch.Select(c => c.Key.Provider).ToArray()),
                new Npgsql.NpgsqlParameter("n", batch.Select(c => c.Value).ToArray()),
                new Npgsql.NpgsqlParameter("r", revision),
            ];
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO kpi_cells (metric, period, state_code, sex, age_band, segment, path_key, provider, people, revision) "
                + "SELECT m, p, s, x, a, g, k, v, n, @r FROM unnest(@m, @p, @s, @x, @a, @g, @k, @v, @n) AS t(m, p, s, x, a, g, k, v, n) "
                + "ON CONFLICT (metric, period, state_code, sex, age_band, segment, path_key, provider) DO UPDATE SET people = kpi_cells.people + excluded.people, revision = excluded.revision",
                parameters,
                ct);
        }
    }
}

public readonly record struct CellKey(KpiMetric Metric, int Period, string StateCode, string Sex, AgeBand AgeBand, string Segment, string PathKey, string Provider)
{
    public static CellKey Of(Mark mark, string state, string sex, AgeBand age, string segment) =>
        new(mark.Metric, mark.Period, state, sex, age, segment, PathKeys.Of(mark.PathId), mark.Provider);
}

public static class PathKeys
{
    public static string Of(Guid path) => path == Guid.Empty ? "" : path.ToString("N");

    public static Guid Parse(string key) => key.Length == 0 ? Guid.Empty : Guid.ParseExact(key, "N");
}

public sealed record KpiCohort(CohortTerms Terms, string OrganizationKey, string KindKey);

// A person's attributes as the cells break them down, and their raw facts.
public sealed record PersonFacts(string StateCode, string Sex, AgeBand AgeBand, string Segment, LearnerFacts Facts);

// Which course an activity belongs to, the course's provider and the published paths holding it.
// Since cohorts and organisations: each organisation's kind ("k:" + kind) by its partner key, and
// each cohort's terms and organisation, which decide what past learning counts for (a cohort whose
// dates or paths change, an organisation whose kind changes, re-marks everyone as a catalog change does).
public sealed record KpiCatalog(
    IReadOnlyDictionary<string, Guid> CourseByActivity,
    IReadOnlyDictionary<Guid, string> ProviderByCourse,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> PathsByCourse,
    IReadOnlyDictionary<string, string>? KindByProvider = null,
    IReadOnlyDictionary<Guid, KpiCohort>? Cohorts = null)
{
    public static async Task<KpiCatalog> LoadAsync(SemilleroDb db, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Kind }).ToListAsync(ct);
        var kinds = organizations.ToDictionary(o => Access.PartnerKey.Of(o.Id), o => LearnerMarks.KindKey(o.Kind.ToString().ToLowerInvariant()), StringComparer.Ordinal);
        var cohortPaths = (await db.CohortPaths.AsNoTracking().ToListAsync(ct)).ToLookup(p => p.CohortId, p => p.PathId);
        var cohorts = (await db.Cohorts.AsNoTracking().Select(c => new { c.Id, c.OrganizationId, c.StartsOn, c.EndsOn }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => new KpiCohort(
                new CohortTerms(c.Id, c.StartsOn, c.EndsOn, cohortPaths[c.Id].ToHashSet()),
                Access.PartnerKey.Of(c.OrganizationId),
                kinds.GetValueOrDefault(Access.PartnerKey.Of(c.OrganizationId)) ?? ""));
        var activities = await db.CourseActivities.AsNoTracking().Select(a => new { a.ActivityId, a.CourseId }).ToListAsync(ct);
        var courses = await db.Courses.AsNoTracking().Select(c => new { c.Id, c.Provider }).ToListAsync(ct);
        var pathCourses = await db.PathCourses.AsNoTracking()
            .Join(db.LearningPaths.Where(p => p.Published), pc => pc.PathId, p => p.Id, (pc, p) => new { pc.CourseId, pc.PathId })
            .ToListAsync(ct);
        return new KpiCatalog(
            activities.ToDictionary(a => a.ActivityId, a => a.CourseId, StringComparer.Ordinal),
            courses.ToDictionary(c => c.Id, c => c.Provider),
            pathCourses.GroupBy(pc => pc.CourseId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(pc => pc.PathId).Distinct().ToList()),
            kinds,
            cohorts);
    }

    // The kind key of the organisation a partner key names, as a LearningEvent's Also.
    public IReadOnlyList<string>? AlsoOf(string provider) =>
        KindByProvider is not null && KindByProvider.TryGetValue(provider, out var kind) ? [kind] : null;

    // A digest of everything above, the same for the same catalog in any order: what the rollup
    // compares to know whether people's marks were computed with this catalog.
    public long Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var (activity, course) in CourseByActivity.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append('a').Append(activity).Append('\t').Append(course.ToString("N")).Append('\n');
        }

        foreach (var (course, provider) in ProviderByCourse.OrderBy(c => c.Key))
        {
            text.Append('c').Append(course.ToString("N")).Append('\t').Append(provider).Append('\n');
        }

        foreach (var (course, paths) in PathsByCourse.OrderBy(c => c.Key))
        {
            text.Append('p').Append(course.ToString("N"));
            foreach (var path in paths.Order())
            {
                text.Append('\t').Append(path.ToString("N"));
            }

            text.Append('\n');
        }

        foreach (var (provider, kind) in (KindByProvider ?? new Dictionary<string, string>()).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            text.Append('k').Append(provider).Append('\t').Append(kind).Append('\n');
        }

        foreach (var (id, cohort) in (Cohorts ?? new Dictionary<Guid, KpiCohort>()).OrderBy(c => c.Key))
        {
            text.Append('h').Append(id.ToString("N")).Append('\t').Append(cohort.OrganizationKey).Append('\t')
                .Append(cohort.Terms.StartsOn.DayNumber).Append('\t').Append(cohort.Terms.EndsOn.DayNumber);
            foreach (var path in cohort.Terms.Paths.Order())
            {
                text.Append('\t').Append(path.ToString("N"));
            }

            text.Append('\n');
        }

        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0);
    }

    public IReadOnlyList<Guid> PathsOfActivity(string? activityId) =>
        activityId is not null && CourseByActivity.TryGetValue(activityId, out var course) ? PathsOfCourse(course) : [];

    public IReadOnlyList<Guid> PathsOfCourse(Guid course) => PathsByCourse.GetValueOrDefault(course) ?? [];
}

// Reads the raw records LearnerMarks needs, for a set of people.
public static class KpiFacts
{
    // statements: these people's statements when the caller has read them already (the rebuild's
    // single pass); otherwise they are read here.
    public static async Task<Dictionary<Guid, PersonFacts>> LoadAsync(
        SemilleroDb db, KpiCatalog catalog, IReadOnlyCollection<Guid> ids, CancellationToken ct, IReadOnlyList<StatementFact>? statements = null)
    {
        var learners = await db.Learners.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.StateCode, l.Sex, l.BirthDate, l.Segment, l.CreatedAt })
            .ToListAsync(ct);
        statements ??= await db.Statements.AsNoTracking().Where(s => s.LearnerId != null && ids.Contains(s.LearnerId.Value))
            .Select(s => new StatementFact(s.LearnerId!.Value, s.Timestamp, s.Partner, s.ActivityId, s.Registration))
            .ToListAsync(ct);
        var courseCompletions = await db.CourseCompletions.AsNoTracking().Where(c => ids.Contains(c.LearnerId))
            .Select(c => new { c.LearnerId, c.CourseId, c.CompletedAt })
            .ToListAsync(ct);
        var pathCompletions = await db.PathCompletions.AsNoTracking().Where(c => ids.Contains(c.LearnerId))
            .Select(c => new { c.Id, c.LearnerId, c.PathId, c.CompletedAt })
            .ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Where(p => ids.Contains(p.LearnerId))
            .Select(p => new { p.Id, p.LearnerId, p.StartsOn })
            .ToListAsync(ct);
        var enrolments = await db.CohortEnrolments.AsNoTracking().Where(e => ids.Contains(e.LearnerId))
            .Select(e => new { e.LearnerId, e.CohortId, e.Registration, e.Status, e.CreatedAt, e.SeatedAt, e.WithdrawnAt })
            .ToListAsync(ct);
        var placementIds = placements.Select(p => p.Id).ToList();
        var attributions = placementIds.Count == 0
            ? []
            : await db.PlacementBadges.AsNoTracking().Where(b => placementIds.Contains(b.PlacementId))
                .Select(b => new { b.PlacementId, b.PathId })
                .ToListAsync(ct);

        var learning = statements
            .Select(s => (s.LearnerId, Event: new LearningEvent(ProgramCalendar.Local(s.Timestamp), s.Partner, catalog.PathsOfActivity(s.ActivityId), catalog.AlsoOf(s.Partner))))
            .Concat(courseCompletions.Select(c => (c.LearnerId, Event: CourseEvent(catalog, c.CourseId, c.CompletedAt))))
            .ToLookup(x => x.LearnerId, x => x.Event);

        // What Attribution reads of the people with an enrolment: the same learning (with the
        // statements' registrations) and path completions. Badges are the funnel's, not a KPI.
        var enrolled = enrolments.ToLookup(e => e.LearnerId);
        var withCohorts = enrolled.Select(g => g.Key).ToHashSet();
        var items = statements.Where(s => withCohorts.Contains(s.LearnerId))
            .Select(s => (s.LearnerId, Item: new LearningItem(ProgramCalendar.Local(s.Timestamp), catalog.PathsOfActivity(s.ActivityId), s.Registration)))
            .Concat(courseCompletions.Where(c => withCohorts.Contains(c.LearnerId))
                .Select(c => (c.LearnerId, Item: new LearningItem(ProgramCalendar.Local(c.CompletedAt), catalog.PathsOfCourse(c.CourseId), CourseDone: true))))
            .ToLookup(x => x.LearnerId, x => x.Item);
        var pathsDone = pathCompletions.Where(c => withCohorts.Contains(c.LearnerId))
            .ToLookup(c => c.LearnerId, c => new PathDone(c.Id, c.PathId, ProgramCalendar.Local(c.CompletedAt)));
        var starts = placements.ToLookup(p => p.LearnerId, p => p.StartsOn);
        List<CohortFact> CohortsOf(Guid learner)
        {
            if (!withCohorts.Contains(learner))
            {
                return [];
            }

            var record = new PersonRecords(items[learner].ToList(), pathsDone[learner].ToList(), new HashSet<Guid>(), starts[learner].ToList());
            var facts = new List<CohortFact>();
            foreach (var byCohort in enrolled[learner].GroupBy(e => e.CohortId))
            {
                if (catalog.Cohorts?.GetValueOrDefault(byCohort.Key) is not { } cohort)
                {
                    continue;
                }

                var outcome = Attribution.Evaluate(cohort.Terms, byCohort.Select(e => new EnrolmentTerms(e.Registration, e.Status, ProgramCalendar.Local(e.CreatedAt),
                    e.SeatedAt is { } seat ? ProgramCalendar.Local(seat) : null, e.WithdrawnAt is { } w ? ProgramCalendar.Local(w) : null)).ToList(), record);
                if (outcome.Counted)
                {
                    facts.Add(new CohortFact(byCohort.Key, cohort.OrganizationKey, cohort.KindKey, outcome));
                }
            }

            return facts;
        }
        var completed = pathCompletions.ToLookup(c => c.LearnerId, c => (c.PathId, ProgramCalendar.Local(c.CompletedAt)));
        var pathsByPlacement = attributions.ToLookup(a => a.PlacementId, a => a.PathId);
        var hired = placements.ToLookup(p => p.LearnerId, p => new PlacementFact(p.StartsOn, pathsByPlacement[p.Id].Distinct().ToList()));

        return learners.ToDictionary(
            l => l.Id,
            l => new PersonFacts(
                l.StateCode,
                l.Sex.ToString(),
                AgeBands.At(l.BirthDate, DateOnly.FromDateTime(ProgramCalendar.Local(l.CreatedAt))),
                SegmentNames.ToWire(l.Segment),
                new LearnerFacts(ProgramCalendar.Local(l.CreatedAt), learning[l.Id].ToList(), completed[l.Id].ToList(), hired[l.Id].ToList(), CohortsOf(l.Id))));
    }

    public static LearningEvent CourseEvent(KpiCatalog catalog, Guid course, DateTime completedAt)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var provider = catalog.ProviderByCourse.GetValueOrDefault(course) ?? "";
        return new LearningEvent(ProgramCalendar.Local(completedAt), provider, catalog.PathsOfCourse(course), catalog.AlsoOf(provider));
    }
}

// What the rollup reads of a statement.
public sealed record StatementFact(Guid LearnerId, DateTime Timestamp, string Partner, string? ActivityId, Guid? Registration = null);

// Every attributed statement in one pass, ordered by learner, on a connection of its own, handed out
// a chunk of people at a time. The people are chunked in the database's order of their ids, so a
// chunk's statements are the next ones in the stream.
internal sealed class StatementsByLearner : IAsyncDisposable
{
    private readonly SemilleroDb _source;
    private readonly IAsyncEnumerator<StatementFact> _rows;
    private StatementFact? _pending;
    private bool _ended;

    private StatementsByLearner(SemilleroDb source, IAsyncEnumerator<StatementFact> rows)
    {
        _source = source;
        _rows = rows;
    }

    public static async Task<StatementsByLearner> OpenAsync(SemilleroDb db, CancellationToken ct)
    {
        var source = DataModule.CreateDb(new DatabaseOptions { Provider = db.Provider, ConnectionString = db.Database.GetConnectionString() });
        // The scan and sort of the whole table come before the first row.
        source.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (source.Database.IsNpgsql())
        {
            // One snapshot for the pass, and a sequential scan and sort rather than the learner
            // index, whose order sends every row to a different page of the table.
            await source.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            await source.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL work_mem = '64MB'", ct);
        }

        var rows = source.Statements.AsNoTracking()
            .Where(s => s.LearnerId != null)
            .OrderBy(s => s.LearnerId)
            .Select(s => new StatementFact(s.LearnerId!.Value, s.Timestamp, s.Partner, s.ActivityId, s.Registration))
            .AsAsyncEnumerable()
            .GetAsyncEnumerator(ct);
        return new StatementsByLearner(source, rows);
    }

    // The statements of chunk `index`. A statement of someone registered after the pass began is
    // left to the background rounds (their registration is a change they read); one of an earlier
    // chunk means the two orders differ, which would lose statements, so it stops the rebuild.
    public async Task<List<StatementFact>> ReadChunkAsync(Dictionary<Guid, int> chunkOf, int index, CancellationToken ct)
    {
        var chunk = new List<StatementFact>();
        while (true)
        {
            if (_pending is null)
            {
                if (_ended || !await _rows.MoveNextAsync())
                {
                    _ended = true;
                    return chunk;
                }

                _pending = _rows.Current;
            }

            var row = _pending;
            if (!chunkOf.TryGetValue(row.LearnerId, out var of))
            {
                _pending = null;
                continue;
            }

            if (of > index)
            {
                return chunk;
            }

            if (of < index)
            {
                throw new InvalidOperationException("The statements did not arrive in the order of the learners' ids; the rebuild stopped before writing them.");
            }

            chunk.Add(row);
            _pending = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _rows.DisposeAsync();
        await _source.DisposeAsync();
    }
}
