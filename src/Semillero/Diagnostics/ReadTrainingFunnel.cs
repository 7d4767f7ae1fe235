using Microsoft.EntityFrameworkCore;
using Semillero.Cohorts;
using Semillero.Data;

namespace Semillero.Diagnostics;

// How many of the people a company invited to one path or cohort went on: registered in the program
// (a learner with the invited address), enrolled (seated or waiting in the cohort; for a path, in a
// cohort that teaches it or with a course of it completed) and egresados (completed the path, or one
// of the cohort's paths). Counts only: the company learns nothing about who.
public sealed record TrainingFunnelRow(Guid? PathId, Guid? CohortId, string NameEs, string NameEn, int Invited, int Registered, int Enrolled, int Graduated)
{
    public string Name(bool english) => english ? NameEn : NameEs;
}

public sealed class ReadTrainingFunnel(SemilleroDb db)
{
    public async Task<IReadOnlyList<TrainingFunnelRow>> RunAsync(Guid companyId, CancellationToken ct)
    {
        var invitations = await db.TrainingInvitations.AsNoTracking().Where(i => i.CompanyId == companyId)
            .Select(i => new { i.Email, i.PathId, i.CohortId }).ToListAsync(ct);
        if (invitations.Count == 0)
        {
            return [];
        }

        var emails = invitations.Select(i => i.Email).Distinct(StringComparer.Ordinal).ToList();
        var learners = await db.Learners.AsNoTracking().Where(l => l.Email != null && emails.Contains(l.Email) && l.AnonymizedAt == null)
            .Select(l => new { l.Id, Email = l.Email! }).ToListAsync(ct);
        var byEmail = learners.GroupBy(l => l.Email, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(l => l.Id).ToList(), StringComparer.Ordinal);
        var learnerIds = learners.Select(l => l.Id).ToList();

        var pathIds = invitations.Where(i => i.PathId != null).Select(i => i.PathId!.Value).Distinct().ToList();
        var cohortIds = invitations.Where(i => i.CohortId != null).Select(i => i.CohortId!.Value).Distinct().ToList();
        var cohortPaths = await db.CohortPaths.AsNoTracking().Where(p => cohortIds.Contains(p.CohortId) || pathIds.Contains(p.PathId))
            .Select(p => new { p.CohortId, p.PathId }).ToListAsync(ct);
        var allPaths = pathIds.Concat(cohortPaths.Select(p => p.PathId)).Distinct().ToList();
        var names = await db.LearningPaths.AsNoTracking().Where(p => pathIds.Contains(p.Id)).Select(p => new { p.Id, p.NameEs, p.NameEn }).ToDictionaryAsync(p => p.Id, ct);
        var cohortNames = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var enrolments = await db.CohortEnrolments.AsNoTracking()
            .Where(e => learnerIds.Contains(e.LearnerId) && e.Status != EnrolmentStatus.Baja)
            .Select(e => new { e.LearnerId, e.CohortId }).ToListAsync(ct);
        var completions = await db.PathCompletions.AsNoTracking().Where(c => learnerIds.Contains(c.LearnerId) && allPaths.Contains(c.PathId))
            .Select(c => new { c.LearnerId, c.PathId }).ToListAsync(ct);
        var started = await db.CourseCompletions.AsNoTracking().Where(c => learnerIds.Contains(c.LearnerId))
            .Join(db.PathCourses.Where(pc => pathIds.Contains(pc.PathId)), c => c.CourseId, pc => pc.CourseId, (c, pc) => new { c.LearnerId, pc.PathId })
            .Distinct().ToListAsync(ct);

        return invitations.GroupBy(i => (i.PathId, i.CohortId)).Select(g =>
        {
            var people = g.Select(i => i.Email).Distinct(StringComparer.Ordinal).Select(e => byEmail.GetValueOrDefault(e) ?? []).ToList();
            var targetPaths = g.Key.PathId is { } p ? [p] : cohortPaths.Where(c => c.CohortId == g.Key.CohortId).Select(c => c.PathId).ToList();
            var teachingCohorts = g.Key.CohortId is { } c ? [c] : cohortPaths.Where(x => x.PathId == g.Key.PathId).Select(x => x.CohortId).ToList();
            bool Enrolled(Guid learner) =>
                enrolments.Any(e => e.LearnerId == learner && teachingCohorts.Contains(e.CohortId))
                || (g.Key.PathId is { } path && started.Any(s => s.LearnerId == learner && s.PathId == path));
            bool Graduated(Guid learner) => completions.Any(x => x.LearnerId == learner && targetPaths.Contains(x.PathId));
            var (nameEs, nameEn) = g.Key.PathId is { } id && names.TryGetValue(id, out var n) ? (n.NameEs, n.NameEn)
                : g.Key.CohortId is { } cid && cohortNames.TryGetValue(cid, out var cn) ? (cn, cn) : ("—", "—");
            return new TrainingFunnelRow(g.Key.PathId, g.Key.CohortId, nameEs, nameEn, people.Count,
                people.Count(ids => ids.Count > 0), people.Count(ids => ids.Any(Enrolled)), people.Count(ids => ids.Any(Graduated)));
        }).OrderBy(r => r.NameEs, StringComparer.Ordinal).ToList();
    }

    // Companies with at least one invited person who graduated from what they were invited to.
    public async Task<HashSet<Guid>> TrainedCompaniesAsync(CancellationToken ct)
    {
        var rows = await db.TrainingInvitations.AsNoTracking()
            .Join(db.Learners.Where(l => l.Email != null), i => i.Email, l => l.Email, (i, l) => new { i.CompanyId, i.PathId, i.CohortId, LearnerId = l.Id })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var learnerIds = rows.Select(r => r.LearnerId).Distinct().ToList();
        var completions = (await db.PathCompletions.AsNoTracking().Where(c => learnerIds.Contains(c.LearnerId))
            .Select(c => new { c.LearnerId, c.PathId }).ToListAsync(ct)).ToHashSet();
        var cohortIds = rows.Where(r => r.CohortId != null).Select(r => r.CohortId!.Value).Distinct().ToList();
        var cohortPaths = await db.CohortPaths.AsNoTracking().Where(p => cohortIds.Contains(p.CohortId)).Select(p => new { p.CohortId, p.PathId }).ToListAsync(ct);
        return rows.Where(r => r.PathId is { } p
                ? completions.Contains(new { r.LearnerId, PathId = p })
                : cohortPaths.Where(c => c.CohortId == r.CohortId).Any(c => completions.Contains(new { r.LearnerId, c.PathId })))
            .Select(r => r.CompanyId).ToHashSet();
    }
}
