using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Learners;

namespace Semillero.Dashboards;

// The same KpiReport as ReadKpis, counted straight from the raw rows (registry, statements,
// completions, placements) with sets of people, without marks or cells: `semillero kpis verify`
// and the tests compare the two. It reads every raw row into memory, so it is for checking, not
// for serving.
public sealed class RawKpis(SemilleroDb db)
{
    private sealed record Person(Guid Id, string State, string Sex, AgeBand Age, string Segment, DateTime RegisteredAt);

    private sealed record Event(Guid Learner, DateTime At, string Provider, IReadOnlyList<Guid> Paths, IReadOnlyList<string> Also)
    {
        public bool With(string provider) => Provider == provider || Also.Contains(provider);
    }

    public async Task<KpiReport> RunAsync(KpiFilter filter, DateOnly today, IReadOnlyList<PathInfo> paths, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(paths);
        var catalog = await KpiCatalog.LoadAsync(db, ct);
        var people = (await db.Learners.AsNoTracking().Select(l => new { l.Id, l.StateCode, l.Sex, l.BirthDate, l.Segment, l.CreatedAt }).ToListAsync(ct))
            .Select(l => new Person(l.Id, l.StateCode, l.Sex.ToString(), AgeBands.At(l.BirthDate, DateOnly.FromDateTime(ProgramCalendar.Local(l.CreatedAt))),
                SegmentNames.ToWire(l.Segment), ProgramCalendar.Local(l.CreatedAt)))
            .ToDictionary(p => p.Id);
        var events = (await db.Statements.AsNoTracking().Where(s => s.LearnerId != null)
                .Select(s => new { s.LearnerId, s.Timestamp, s.Partner, s.ActivityId }).ToListAsync(ct))
            .Select(s => new Event(s.LearnerId!.Value, ProgramCalendar.Local(s.Timestamp), s.Partner, catalog.PathsOfActivity(s.ActivityId), catalog.AlsoOf(s.Partner) ?? []))
            .Concat((await db.CourseCompletions.AsNoTracking().Select(c => new { c.LearnerId, c.CourseId, c.CompletedAt }).ToListAsync(ct))
                .Select(c => KpiFacts.CourseEvent(catalog, c.CourseId, c.CompletedAt) is var e ? new Event(c.LearnerId, e.At, e.Provider, e.Paths, e.Also ?? []) : null!))
            .Where(e => people.ContainsKey(e.Learner))
            .ToList();

        // What Attribution finds for each enrolled person in each cohort (CohortResults); their
        // attributed learning also counts for the cohort's organisation and kind.
        var enrolledIds = (await db.CohortEnrolments.AsNoTracking().Select(e => e.LearnerId).Distinct().ToListAsync(ct)).Where(people.ContainsKey).ToList();
        var cohortFacts = (await KpiFacts.LoadAsync(db, catalog, enrolledIds, ct))
            .SelectMany(p => (p.Value.Facts.Cohorts ?? []).Select(c => (Learner: p.Key, Fact: c))).ToList();
        events.AddRange(cohortFacts.SelectMany(c => c.Fact.Outcome.Learning.Select(at => new Event(c.Learner, at, c.Fact.OrganizationKey, [], [c.Fact.KindKey]))));
        // A cohort's own key: its attributed learning, and graduation and hire as Attribution counts them.
        events.AddRange(cohortFacts.SelectMany(c => c.Fact.Outcome.Learning.Select(at => new Event(c.Learner, at, LearnerMarks.CohortKey(c.Fact.CohortId), [], []))));
        Dictionary<Guid, int> CohortReached(Guid path, string key, Func<CohortResults.CohortOutcome, int?> month) =>
            path != Guid.Empty ? [] : cohortFacts.Where(c => LearnerMarks.CohortKey(c.Fact.CohortId) == key && month(c.Fact.Outcome) is not null)
                .ToDictionary(c => c.Learner, c => month(c.Fact.Outcome)!.Value);
        var completions = (await db.PathCompletions.AsNoTracking().Select(c => new { c.LearnerId, c.PathId, c.CompletedAt }).ToListAsync(ct))
            .Select(c => (c.LearnerId, c.PathId, At: ProgramCalendar.Local(c.CompletedAt))).ToList();
        var placementRows = await db.Placements.AsNoTracking().Select(p => new { p.Id, p.LearnerId, p.StartsOn }).ToListAsync(ct);
        var badgePaths = (await db.PlacementBadges.AsNoTracking().Select(b => new { b.PlacementId, b.PathId }).ToListAsync(ct)).ToLookup(b => b.PlacementId, b => b.PathId);
        var placements = placementRows.Select(p => (p.LearnerId, Month: LearnerMarks.Month(p.StartsOn), Paths: badgePaths[p.Id].ToHashSet())).ToList();

        var (from, to) = (LearnerMarks.Month(filter.From), LearnerMarks.Month(filter.To));
        var last30 = to >= LearnerMarks.Month(today);
        var (dayFrom, dayTo) = (LearnerMarks.Day(today.AddDays(-29).ToDateTime(TimeOnly.MinValue)), LearnerMarks.Day(today.ToDateTime(TimeOnly.MinValue)));

        bool Keep(Person p) => (filter.State is null || p.State == filter.State) && (filter.Segment is null || p.Segment == SegmentNames.ToWire(filter.Segment.Value));

        // Learning that counts for a (path, provider) key; Guid.Empty / "" match anything.
        IEnumerable<Event> Learning(Guid path, string provider) =>
            events.Where(e => (path == Guid.Empty || e.Paths.Contains(path)) && (provider.Length == 0 || e.With(provider)));

        bool LearnedWith(Guid learner, Guid path, string provider) =>
            provider.Length == 0 || Learning(path, provider).Any(e => e.Learner == learner);

        // Month each person reached each metric (first time), and active months and last day.
        Dictionary<Guid, int> Registered(Guid path, string provider) =>
            path == Guid.Empty && provider.Length == 0
                ? people.Values.ToDictionary(p => p.Id, p => LearnerMarks.Month(p.RegisteredAt))
                : Learning(path, provider).GroupBy(e => e.Learner).ToDictionary(g => g.Key, g => LearnerMarks.Month(g.Min(e => e.At)));

        Dictionary<Guid, int> Graduated(Guid path, string provider) => LearnerMarks.IsCohortKey(provider)
            ? CohortReached(path, provider, o => o.GraduatedAt is { } g ? LearnerMarks.Month(g) : null)
            : completions.Where(c => path == Guid.Empty || c.PathId == path).GroupBy(c => c.LearnerId)
                .Where(g => people.ContainsKey(g.Key) && LearnedWith(g.Key, path, provider))
                .ToDictionary(g => g.Key, g => LearnerMarks.Month(g.Min(c => c.At)));

        Dictionary<Guid, int> Placed(Guid path, string provider) => LearnerMarks.IsCohortKey(provider)
            ? CohortReached(path, provider, o => o.PlacedOn is { } p ? LearnerMarks.Month(p) : null)
            : placements.Where(p => path == Guid.Empty || p.Paths.Contains(path)).GroupBy(p => p.LearnerId)
                .Where(g => people.ContainsKey(g.Key) && LearnedWith(g.Key, path, provider))
                .ToDictionary(g => g.Key, g => g.Min(p => p.Month));

        HashSet<Guid> ActiveHeadline(Guid path, string provider) => last30
            ? Learning(path, provider).GroupBy(e => e.Learner)
                .Where(g => LearnerMarks.Day(g.Max(e => e.At)) is var d && d >= dayFrom && d <= dayTo).Select(g => g.Key).ToHashSet()
            : Learning(path, provider).Where(e => LearnerMarks.Month(e.At) == to).Select(e => e.Learner).ToHashSet();

        (HashSet<Guid>[] Sets, Dictionary<Guid, int>[] Months) Headline(Guid path, string provider)
        {
            var reg = Registered(path, provider);
            var grad = Graduated(path, provider);
            var placed = Placed(path, provider);
            HashSet<Guid> In(Dictionary<Guid, int> m) => m.Where(x => x.Value >= from && x.Value <= to && Keep(people[x.Key])).Select(x => x.Key).ToHashSet();
            var active = ActiveHeadline(path, provider).Where(id => Keep(people[id])).ToHashSet();
            return ([In(reg), active, In(grad), In(placed)], [reg, [], grad, placed]);
        }

        KpiValues Count(HashSet<Guid>[] sets, Func<Person, bool> where) =>
            new(sets[0].Count(id => where(people[id])), sets[1].Count(id => where(people[id])), sets[2].Count(id => where(people[id])), sets[3].Count(id => where(people[id])));

        var main = Headline(filter.PathId ?? Guid.Empty, filter.Provider ?? "");
        var totals = Count(main.Sets, _ => true);
        long Upto(Dictionary<Guid, int> m) => m.Count(x => x.Value <= to && Keep(people[x.Key]));
        var cumulative = new KpiValues(Upto(main.Months[0]), totals.Active, Upto(main.Months[2]), Upto(main.Months[3]));

        var byMonth = new List<KpiRow>();
        var key = (Path: filter.PathId ?? Guid.Empty, Provider: filter.Provider ?? "");
        for (var m = filter.From; m <= filter.To; m = m.AddMonths(1))
        {
            var month = LearnerMarks.Month(m);
            long Of(Dictionary<Guid, int> d) => d.Count(x => x.Value == month && Keep(people[x.Key]));
            var active = Learning(key.Path, key.Provider).Where(e => LearnerMarks.Month(e.At) == month).Select(e => e.Learner).Distinct().Count(id => Keep(people[id]));
            byMonth.Add(new KpiRow($"{m.Year:0000}-{m.Month:00}", new KpiValues(Of(main.Months[0]), active, Of(main.Months[2]), Of(main.Months[3]))));
        }

        var keys = events.SelectMany(e => e.Also.Prepend(e.Provider)).Where(p => p.Length > 0 && (filter.Provider is null || p == filter.Provider)).Distinct(StringComparer.Ordinal).ToList();
        var providers = keys.Where(LearnerMarks.IsProvider);

        // Cohorts: from the program's start to the period's end.
        var cohortRows = new List<CohortKpiRow>();
        foreach (var cohort in ReadKpis.CohortsFor(filter, await ReadKpis.CohortsAsync(db, ct)))
        {
            var facts = cohortFacts.Where(c => c.Fact.CohortId == cohort.Id && Keep(people[c.Learner])).Select(c => c.Fact.Outcome).ToList();
            long Reached(Func<CohortResults.CohortOutcome, int?> month) => facts.Count(o => month(o) is { } m && m <= to);
            var enrolled = Reached(o => o.SeatedAt is { } at ? LearnerMarks.Month(at) : null);
            var values = new KpiValues(
                Reached(o => o.Learning.Count > 0 ? LearnerMarks.Month(o.Learning.Min()) : null),
                facts.Count(o => o.Learning.Count > 0 && (last30
                    ? LearnerMarks.Day(o.Learning.Max()) is var d && d >= dayFrom && d <= dayTo
                    : o.Learning.Any(at => LearnerMarks.Month(at) == to))),
                Reached(o => o.GraduatedAt is { } g ? LearnerMarks.Month(g) : null),
                Reached(o => o.PlacedOn is { } p ? LearnerMarks.Month(p) : null));
            if (enrolled > 0 || values != KpiValues.Zero)
            {
                cohortRows.Add(new CohortKpiRow(LearnerMarks.CohortKey(cohort.Id), cohort.Name, cohort.OrganizationId, enrolled, values));
            }
        }

        return new KpiReport(
            filter,
            today,
            last30,
            totals,
            cumulative,
            byMonth,
            Entidades.All.Select(e => new KpiRow(e.Clave, Count(main.Sets, p => p.State == e.Clave))).ToList(),
            KpiCube.Sexes.Select(s => new KpiRow(s, Count(main.Sets, p => p.Sex == s))).ToList(),
            AgeBands.All.Select(a => new KpiRow(AgeBands.Wire(a), Count(main.Sets, p => p.Age == a))).ToList(),
            SegmentNames.WireNames.Select(w => new KpiRow(w, Count(main.Sets, p => p.Segment == w))).ToList(),
            paths.Where(x => filter.PathId is null || x.Id == filter.PathId)
                .Select(x => new KpiRow(x.Code, Count(Headline(x.Id, filter.Provider ?? "").Sets, _ => true))).ToList(),
            providers.Select(v => new KpiRow(v, Count(Headline(filter.PathId ?? Guid.Empty, v).Sets, _ => true)))
                .Where(r => r.Values != KpiValues.Zero)
                .OrderByDescending(r => r.Values.Registered).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            paths,
            cohortRows,
            keys.Where(LearnerMarks.IsKindKey).Select(k => new KpiRow(k, Count(Headline(filter.PathId ?? Guid.Empty, k).Sets, _ => true)))
                .Where(r => r.Values != KpiValues.Zero)
                .OrderBy(r => r.Key, StringComparer.Ordinal).ToList());
    }
}
