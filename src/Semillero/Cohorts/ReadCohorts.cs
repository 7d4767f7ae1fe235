using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Learners;

namespace Semillero.Cohorts;

public sealed record CohortPathRef(Guid Id, string Code, string NameEs, string NameEn);

// A cohort as its pages and the API show it. Waiting: people on its waitlist.
public sealed record CohortDetail(
    Guid Id,
    string Name,
    string? Description,
    Guid OrganizationId,
    string OrganizationName,
    CohortModality Modality,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly EnrolmentOpensOn,
    DateOnly EnrolmentClosesOn,
    int Capacity,
    int Enrolled,
    int Waiting,
    CohortEnrolmentMode EnrolmentMode,
    IReadOnlyList<Segment> Segments,
    int? MinAge,
    int? MaxAge,
    CohortStatus Status,
    string? RejectedReason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ReviewedAt,
    IReadOnlyList<CohortPathRef> Paths,
    IReadOnlyList<string> States)
{
    public int SeatsLeft => Math.Max(0, Capacity - Enrolled);

    public CohortFacts Facts => new(Status, EnrolmentMode, EnrolmentOpensOn, EnrolmentClosesOn,
        CohortRules.SegmentsText(Segments), MinAge, MaxAge, States);
}

// Path: a path code; State: an INEGI code (cohorts with no states serve everyone); From/To bound
// the course's start date.
public sealed record CohortSearch(string? Path, string? State, CohortModality? Modality, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 20);

public sealed record CohortPage(IReadOnlyList<CohortDetail> Items, int Total, int Page, int PageSize);

public sealed record CohortCounts(int Pending, int Approved, int Rejected);

public sealed class ReadCohorts(SemilleroDb db, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    // The public search: approved cohorts of verified organisations whose enrolment window is open
    // today in the program's calendar, closing soonest first.
    public async Task<CohortPage> SearchAsync(CohortSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var today = ProgramCalendar.Today(clock);
        var query = db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.Aprobada && c.EnrolmentOpensOn <= today && c.EnrolmentClosesOn >= today)
            .Where(c => db.Organizations.Any(o => o.Id == c.OrganizationId && o.VerifiedAt != null));
        if (!string.IsNullOrWhiteSpace(search.Path))
        {
            var code = search.Path.Trim();
            var pathId = await db.LearningPaths.AsNoTracking().Where(p => p.Code == code).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
            if (pathId is null)
            {
                return new CohortPage([], 0, 1, PageSizeOf(search));
            }

            query = query.Where(c => c.Paths.Any(p => p.PathId == pathId));
        }

        if (search.State is { Length: > 0 } state)
        {
            query = query.Where(c => !c.States.Any() || c.States.Any(s => s.StateCode == state));
        }

        if (search.Modality is { } modality)
        {
            query = query.Where(c => c.Modality == modality);
        }

        if (search.From is { } from)
        {
            query = query.Where(c => c.StartsOn >= from);
        }

        if (search.To is { } to)
        {
            query = query.Where(c => c.StartsOn <= to);
        }

        var size = PageSizeOf(search);
        var page = Math.Max(1, search.Page);
        var total = await query.CountAsync(ct);
        var ids = await query.OrderBy(c => c.EnrolmentClosesOn).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).Select(c => c.Id).ToListAsync(ct);
        return new CohortPage(await LoadAsync(ids, ct), total, page, size);
    }

    public async Task<CohortDetail?> FindAsync(Guid id, CancellationToken ct) => await LoadAsync([id], ct) is [var found] ? found : null;

    // An organisation's own cohorts, every status, newest first.
    public async Task<IReadOnlyList<CohortDetail>> ForOrganizationAsync(Guid organizationId, CancellationToken ct)
    {
        var ids = await db.Cohorts.AsNoTracking().Where(c => c.OrganizationId == organizationId)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(500).Select(c => c.Id).ToListAsync(ct);
        return await LoadAsync(ids, ct);
    }

    // The operators' queue: one status, oldest first (pending ones wait longest at the top).
    public async Task<CohortPage> ForReviewAsync(CohortStatus status, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Cohorts.AsNoTracking().Where(c => c.Status == status);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var ids = await query.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).Select(c => c.Id).ToListAsync(ct);
        return new CohortPage(await LoadAsync(ids, ct), total, page, size);
    }

    public async Task<CohortCounts> CountsAsync(CancellationToken ct)
    {
        var counts = await db.Cohorts.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(CohortStatus s) => counts.Find(c => c.Key == s)?.Count ?? 0;
        return new CohortCounts(Of(CohortStatus.Pendiente), Of(CohortStatus.Aprobada), Of(CohortStatus.Rechazada));
    }

    private async Task<IReadOnlyList<CohortDetail>> LoadAsync(List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var cohorts = await db.Cohorts.AsNoTracking().Include(c => c.Paths).Include(c => c.States)
            .Where(c => ids.Contains(c.Id)).AsSplitQuery().ToListAsync(ct);
        var orgIds = cohorts.Select(c => c.OrganizationId).Distinct().ToList();
        var orgs = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var pathIds = cohorts.SelectMany(c => c.Paths.Select(p => p.PathId)).Distinct().ToList();
        var paths = await db.LearningPaths.AsNoTracking().Where(p => pathIds.Contains(p.Id))
            .Select(p => new CohortPathRef(p.Id, p.Code, p.NameEs, p.NameEn)).ToDictionaryAsync(p => p.Id, ct);
        var waiting = await db.CohortEnrolments.AsNoTracking()
            .Where(e => ids.Contains(e.CohortId) && e.Status == EnrolmentStatus.EnEspera)
            .GroupBy(e => e.CohortId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byId = cohorts.ToDictionary(c => c.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var c = byId[id];
            return new CohortDetail(c.Id, c.Name, c.Description, c.OrganizationId, orgs.GetValueOrDefault(c.OrganizationId) ?? "", c.Modality,
                c.StartsOn, c.EndsOn, c.EnrolmentOpensOn, c.EnrolmentClosesOn, c.Capacity, c.Enrolled, waiting.GetValueOrDefault(c.Id),
                c.EnrolmentMode, CohortRules.SegmentsOf(c.EligibleSegments), c.MinAge, c.MaxAge, c.Status, c.RejectedReason,
                c.CreatedAt, c.UpdatedAt, c.ReviewedAt,
                [.. c.Paths.Select(p => paths.GetValueOrDefault(p.PathId)).OfType<CohortPathRef>().OrderBy(p => p.Code, StringComparer.Ordinal)],
                [.. c.States.Select(s => s.StateCode).Order(StringComparer.Ordinal)]);
        }).ToList();
    }

    private static int PageSizeOf(CohortSearch search) => Math.Clamp(search.PageSize, 1, MaxPageSize);
}
