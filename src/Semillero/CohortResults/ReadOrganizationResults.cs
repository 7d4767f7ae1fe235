using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Privacy;

namespace Semillero.CohortResults;

public sealed record CohortSummary(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, CohortStatus Status, int Capacity);

// One person's place in one of the organisation's cohorts, with what they achieved there. Names and
// CURP are for the organisation's own identified list (audited where shown), and only while Shared:
// a person who withdrew the "compartir_convocatorias" consent still counts in the aggregates, which
// read only the attributes, but leaves the list.
public sealed record PersonOutcome(
    Guid LearnerId,
    string Name,
    string Curp,
    string StateCode,
    string Sex,
    DateOnly BirthDate,
    DateOnly RegisteredOn,
    Guid CohortId,
    CohortOutcome Outcome,
    bool Shared = true);

public sealed record OrganizationResults(
    Guid OrganizationId,
    string Name,
    OrganizationKind Kind,
    bool Verified,
    IReadOnlyList<CohortSummary> Cohorts,
    IReadOnlyList<PersonOutcome> People);

public abstract record ReadOrganizationResultsOutcome
{
    public sealed record Found(OrganizationResults Results) : ReadOrganizationResultsOutcome;

    public sealed record NotFound : ReadOrganizationResultsOutcome;
}

// What each of an organisation's cohorts achieved, person by person (Attribution), from the raw
// records of the people enrolled in them: bounded by the organisation's enrolments, not by the
// program's size. The program-wide figures per cohort come from the KPI rollup instead
// (docs/cohorts-results.md).
public sealed class ReadOrganizationResults(SemilleroDb db)
{
    // People whose records are read per query: keeps IN lists short on both databases.
    private const int Chunk = 1_000;

    public async Task<ReadOrganizationResultsOutcome> RunAsync(Guid organizationId, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.Name, o.Kind, o.VerifiedAt })
            .FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return new ReadOrganizationResultsOutcome.NotFound();
        }

        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.OrganizationId == organizationId)
            .OrderBy(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortSummary(c.Id, c.Name, c.StartsOn, c.EndsOn, c.Status, c.Capacity))
            .ToListAsync(ct);
        var cohortIds = cohorts.Select(c => c.Id).ToList();
        var paths = (await db.CohortPaths.AsNoTracking().Where(p => cohortIds.Contains(p.CohortId)).ToListAsync(ct))
            .ToLookup(p => p.CohortId, p => p.PathId);
        var terms = cohorts.ToDictionary(c => c.Id, c => new CohortTerms(c.Id, c.StartsOn, c.EndsOn, paths[c.Id].ToHashSet()));
        var enrolments = await db.CohortEnrolments.AsNoTracking().Where(e => cohortIds.Contains(e.CohortId))
            .Select(e => new { e.CohortId, e.LearnerId, e.Registration, e.Status, e.CreatedAt, e.SeatedAt, e.WithdrawnAt })
            .ToListAsync(ct);

        // A withdrawal from the waitlist leaves nothing to show: the person is not the cohort's.
        var shown = enrolments.Where(e => e.Status != EnrolmentStatus.Baja || e.SeatedAt is not null).ToList();
        var learnerIds = shown.Select(e => e.LearnerId).Distinct().ToList();
        var allPaths = terms.Values.SelectMany(t => t.Paths).ToHashSet();
        var registrations = shown.Select(e => e.Registration).ToHashSet();
        var records = await CohortRecords.LoadAsync(db, learnerIds, allPaths, registrations, ct);

        var people = new List<PersonOutcome>();
        foreach (var group in shown.GroupBy(e => (e.CohortId, e.LearnerId)))
        {
            if (!records.People.TryGetValue(group.Key.LearnerId, out var person))
            {
                continue;
            }

            var outcome = Attribution.Evaluate(
                terms[group.Key.CohortId],
                group.Select(e => new EnrolmentTerms(e.Registration, e.Status, ProgramCalendar.Local(e.CreatedAt),
                    e.SeatedAt is { } s ? ProgramCalendar.Local(s) : null, e.WithdrawnAt is { } w ? ProgramCalendar.Local(w) : null)).ToList(),
                records.Of(group.Key.LearnerId));
            people.Add(new PersonOutcome(person.Id, person.Name, person.Curp, person.StateCode, person.Sex, person.BirthDate, person.RegisteredOn, group.Key.CohortId, outcome,
                Shared: !records.NotShared.Contains(person.Id)));
        }

        return new ReadOrganizationResultsOutcome.Found(new OrganizationResults(
            organization.Id, organization.Name, organization.Kind, organization.VerifiedAt is not null, cohorts, people));
    }

    // The records Attribution reads, for a set of people, restricted to what can count for the
    // cohorts: statements on their paths' activities or carrying one of the registrations, course
    // completions of their paths' courses, completions of their paths, badges and placements.
    internal sealed class CohortRecords
    {
        public sealed record Person(Guid Id, string Name, string Curp, string StateCode, string Sex, DateOnly BirthDate, DateOnly RegisteredOn);

        public Dictionary<Guid, Person> People { get; } = [];

        // People whose latest decision on sharing with a cohort's organisation is "no". No decision
        // is not a refusal: people the organisation enrolled itself were never asked, and it holds
        // their data already.
        public HashSet<Guid> NotShared { get; } = [];

        private readonly Dictionary<Guid, List<LearningItem>> _learning = [];
        private readonly Dictionary<Guid, List<PathDone>> _completions = [];
        private readonly HashSet<Guid> _badged = [];
        private readonly Dictionary<Guid, List<DateOnly>> _placements = [];

        public PersonRecords Of(Guid learner) => new(
            _learning.GetValueOrDefault(learner) ?? [],
            _completions.GetValueOrDefault(learner) ?? [],
            _badged,
            _placements.GetValueOrDefault(learner) ?? []);

        public static async Task<CohortRecords> LoadAsync(SemilleroDb db, IReadOnlyList<Guid> learnerIds, IReadOnlySet<Guid> paths, IReadOnlySet<Guid> registrations, CancellationToken ct)
        {
            var records = new CohortRecords();
            var pathList = paths.ToList();
            var courses = (await db.PathCourses.AsNoTracking()
                    .Where(pc => pathList.Contains(pc.PathId))
                    .Join(db.LearningPaths.Where(p => p.Published), pc => pc.PathId, p => p.Id, (pc, p) => new { pc.CourseId, pc.PathId })
                    .ToListAsync(ct))
                .GroupBy(x => x.CourseId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(x => x.PathId).Distinct().ToList());
            var courseIds = courses.Keys.ToList();
            var activities = (await db.CourseActivities.AsNoTracking().Where(a => courseIds.Contains(a.CourseId)).ToListAsync(ct))
                .ToDictionary(a => a.ActivityId, a => courses[a.CourseId], StringComparer.Ordinal);
            var activityIds = activities.Keys.ToList();
            var registrationList = registrations.ToList();

            foreach (var chunk in learnerIds.Chunk(Chunk))
            {
                var learners = await db.Learners.AsNoTracking().Where(l => chunk.Contains(l.Id))
                    .Select(l => new { l.Id, l.GivenNames, l.FirstSurname, l.SecondSurname, l.Curp, l.StateCode, l.Sex, l.BirthDate, l.CreatedAt })
                    .ToListAsync(ct);
                foreach (var l in learners)
                {
                    var name = string.Join(' ', new[] { l.GivenNames, l.FirstSurname, l.SecondSurname }.Where(n => !string.IsNullOrWhiteSpace(n)));
                    records.People[l.Id] = new Person(l.Id, name, l.Curp, l.StateCode, l.Sex.ToString(), l.BirthDate, DateOnly.FromDateTime(ProgramCalendar.Local(l.CreatedAt)));
                }

                var sharing = await db.ConsentRecords.AsNoTracking()
                    .Where(c => chunk.Contains(c.LearnerId) && c.Purpose == Purposes.CompartirConvocatorias)
                    .Select(c => new { c.LearnerId, c.Id, c.Granted })
                    .ToListAsync(ct);
                records.NotShared.UnionWith(sharing.GroupBy(c => c.LearnerId)
                    .Where(g => !g.MaxBy(c => c.Id)!.Granted).Select(g => g.Key));

                var statements = await db.Statements.AsNoTracking()
                    .Where(s => s.LearnerId != null && chunk.Contains(s.LearnerId.Value)
                        && ((s.ActivityId != null && activityIds.Contains(s.ActivityId)) || (s.Registration != null && registrationList.Contains(s.Registration.Value))))
                    .Select(s => new { LearnerId = s.LearnerId!.Value, s.Timestamp, s.ActivityId, s.Registration })
                    .ToListAsync(ct);
                foreach (var s in statements)
                {
                    records.Add(s.LearnerId, new LearningItem(ProgramCalendar.Local(s.Timestamp),
                        s.ActivityId is not null && activities.TryGetValue(s.ActivityId, out var p) ? p : [], s.Registration));
                }

                var courseDone = await db.CourseCompletions.AsNoTracking().Where(c => chunk.Contains(c.LearnerId) && courseIds.Contains(c.CourseId))
                    .Select(c => new { c.LearnerId, c.CourseId, c.CompletedAt }).ToListAsync(ct);
                foreach (var c in courseDone)
                {
                    records.Add(c.LearnerId, new LearningItem(ProgramCalendar.Local(c.CompletedAt), courses[c.CourseId], CourseDone: true));
                }

                var pathDone = await db.PathCompletions.AsNoTracking().Where(c => chunk.Contains(c.LearnerId) && pathList.Contains(c.PathId))
                    .Select(c => new { c.Id, c.LearnerId, c.PathId, c.CompletedAt }).ToListAsync(ct);
                foreach (var c in pathDone)
                {
                    (records._completions.TryGetValue(c.LearnerId, out var list) ? list : records._completions[c.LearnerId] = [])
                        .Add(new PathDone(c.Id, c.PathId, ProgramCalendar.Local(c.CompletedAt)));
                }

                var completionIds = pathDone.Select(c => c.Id).ToList();
                if (completionIds.Count > 0)
                {
                    records._badged.UnionWith(await db.BadgeAwards.AsNoTracking()
                        .Where(b => completionIds.Contains(b.PathCompletionId) && b.RevokedAt == null)
                        .Select(b => b.PathCompletionId).ToListAsync(ct));
                }

                var placements = await db.Placements.AsNoTracking().Where(p => chunk.Contains(p.LearnerId))
                    .Select(p => new { p.LearnerId, p.StartsOn }).ToListAsync(ct);
                foreach (var p in placements)
                {
                    (records._placements.TryGetValue(p.LearnerId, out var list) ? list : records._placements[p.LearnerId] = []).Add(p.StartsOn);
                }
            }

            return records;
        }

        private void Add(Guid learner, LearningItem item) =>
            (_learning.TryGetValue(learner, out var list) ? list : _learning[learner] = []).Add(item);
    }
}
