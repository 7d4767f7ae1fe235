using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Cohorts;

// A learner's cohorts, as "Mi aprendizaje" lists them.
public sealed record MyEnrolment(
    Guid CohortId,
    string CohortName,
    string OrganizationName,
    DateOnly StartsOn,
    DateOnly EndsOn,
    CohortModality Modality,
    EnrolmentView Enrolment);

public sealed class ReadEnrolments(SemilleroDb db)
{
    // The waitlist position is counted, not stored: the waiting enrolments of the cohort up to this
    // one in arrival order, so a withdrawal or a promotion ahead moves everyone up at once.
    public static async Task<EnrolmentView?> ViewAsync(SemilleroDb db, long id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var e = await db.CohortEnrolments.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        int? position = e.Status == EnrolmentStatus.EnEspera
            ? await db.CohortEnrolments.CountAsync(w => w.CohortId == e.CohortId && w.Status == EnrolmentStatus.EnEspera && w.Id <= e.Id, ct)
            : null;
        return new EnrolmentView(e.Id, e.Registration, e.CohortId, e.LearnerId, e.Status, position, e.CreatedAt, e.SeatedAt, e.WithdrawnAt);
    }

    // Positions of many waiting enrolments of one cohort at once.
    public static async Task<IReadOnlyDictionary<long, int>> PositionsAsync(SemilleroDb db, Guid cohortId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.CohortEnrolments.AsNoTracking()
            .Where(w => w.CohortId == cohortId && w.Status == EnrolmentStatus.EnEspera)
            .OrderBy(w => w.Id).Select(w => w.Id).ToListAsync(ct);
        return ids.Select((id, i) => (id, i + 1)).ToDictionary(p => p.id, p => p.Item2);
    }

    public async Task<EnrolmentView?> FindAsync(Guid cohortId, Guid registration, CancellationToken ct)
    {
        var id = await db.CohortEnrolments.AsNoTracking().Where(e => e.CohortId == cohortId && e.Registration == registration)
            .Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await ViewAsync(db, found, ct) : null;
    }

    // The person's current enrolment in a cohort (seated or waiting), or their latest withdrawn one.
    public async Task<EnrolmentView?> ForLearnerInCohortAsync(Guid cohortId, Guid learnerId, CancellationToken ct)
    {
        var id = await db.CohortEnrolments.AsNoTracking().Where(e => e.CohortId == cohortId && e.LearnerId == learnerId)
            .OrderBy(e => e.Status == EnrolmentStatus.Baja ? 1 : 0).ThenByDescending(e => e.Id)
            .Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await ViewAsync(db, found, ct) : null;
    }

    // Active enrolments first (by the course's start), then the withdrawn ones.
    public async Task<IReadOnlyList<MyEnrolment>> ForLearnerAsync(Guid learnerId, CancellationToken ct)
    {
        var rows = await db.CohortEnrolments.AsNoTracking()
            .Where(e => e.LearnerId == learnerId)
            .Join(db.Cohorts, e => e.CohortId, c => c.Id, (e, c) => new { e, c })
            .Join(db.Organizations, x => x.c.OrganizationId, o => o.Id, (x, o) => new
            {
                x.e.Id, x.c.Name, Organization = o.Name, x.c.StartsOn, x.c.EndsOn, x.c.Modality, CohortId = x.c.Id, x.e.Status,
            })
            .ToListAsync(ct);
        var list = new List<MyEnrolment>(rows.Count);
        foreach (var r in rows.OrderBy(r => r.Status == EnrolmentStatus.Baja ? 1 : 0).ThenBy(r => r.StartsOn).ThenByDescending(r => r.Id))
        {
            var view = await ViewAsync(db, r.Id, ct);
            list.Add(new MyEnrolment(r.CohortId, r.Name, r.Organization, r.StartsOn, r.EndsOn, r.Modality, view!));
        }

        return list;
    }
}
