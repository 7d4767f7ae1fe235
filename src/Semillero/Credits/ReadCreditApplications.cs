using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Credits;

public sealed record ApplicationSummary(Guid Id, Guid CompanyId, string CompanyName, int ProgramVersion, string TierKey, long RequestedCents, ApplicationStatus Status,
    DateTime SubmittedAt, DateTime StatusChangedAt, int Reviewers, int ReviewsDone);

public sealed record DecisionView(Guid Id, DecisionOutcome Outcome, long? AmountCents, string Reasons, DateTime DecidedAt, string DecidedBy);

public sealed record AwardView(Guid Id, long TotalCents, long GrantedCents, DateTime AwardedAt, DateOnly ExpiresOn, DateTime? DeliveredAt);

// What the startup sees of its application: never its reviewers nor their scores.
public sealed record StartupApplicationView(ApplicationSummary Summary, string UsePlan, IReadOnlyList<EligibilityCheck> Eligibility,
    IReadOnlyList<DecisionView> Decisions, AwardView? Award);

// The startup as reviewers and operators read it: no founder is named; CompletedPaths counts the
// program paths the founders completed.
public sealed record ProfileSummary(StartupStage? Stage, DateOnly? FoundedOn, FundingBand? Funding, string? Pitch, string SectorCode, string StateCode,
    string? Website, int Founders, int GraduateFounders, int CompletedPaths);

public sealed record ReviewView(Guid Id, Guid ReviewerId, string ReviewerName, int Round, DateTime AssignedAt, DateTime? SubmittedAt,
    IReadOnlyDictionary<string, int>? Scores, int? Total, string? Comment);

// A reviewer's assignment: the application and their own review only.
public sealed record ReviewerItem(ApplicationSummary Summary, string UsePlan, ProfileSummary Profile, ReviewView Mine);

public sealed record ApplicationFounder(string Name, string Curp, bool Graduate);

public sealed record OperatorApplicationView(StartupApplicationView Application, ProfileSummary Profile, string? VouchingOrganization,
    IReadOnlyList<ReviewView> Reviews, int? ReviewScore, IReadOnlyList<ApplicationFounder> Founders, long LastAwardCents);

// Reads of applications by who is asking (docs/credits.md): the startup its own, reviewers what they
// were assigned, operators everything, founders' names included (an audited read).
public sealed class ReadCreditApplications(SemilleroDb db, AuditLog audit)
{
    public async Task<IReadOnlyList<StartupApplicationView>?> ForCompanyAsync(Guid companyId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CreditAccess.OwnsCompany(actor, companyId) && !CreditAccess.IsOperator(actor))
        {
            return null;
        }

        var ids = await db.CreditApplications.AsNoTracking().Where(a => a.CompanyId == companyId)
            .OrderByDescending(a => a.SubmittedAt).Select(a => a.Id).ToListAsync(ct);
        var list = new List<StartupApplicationView>();
        foreach (var id in ids)
        {
            list.Add((await StartupViewAsync(id, ct))!);
        }

        return list;
    }

    // The startup's own application, or any for an operator.
    public async Task<StartupApplicationView?> FindAsync(Guid applicationId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var companyId = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => (Guid?)a.CompanyId).FirstOrDefaultAsync(ct);
        return companyId is { } c && (CreditAccess.OwnsCompany(actor, c) || CreditAccess.IsOperator(actor)) ? await StartupViewAsync(applicationId, ct) : null;
    }

    public async Task<IReadOnlyList<ApplicationSummary>> ListAsync(ApplicationStatus? status, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CreditAccess.IsOperator(actor))
        {
            return [];
        }

        var query = db.CreditApplications.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        var ids = await query.OrderByDescending(a => a.SubmittedAt).Take(500).Select(a => a.Id).ToListAsync(ct);
        return await SummariesAsync(ids, ct);
    }

    public async Task<OperatorApplicationView?> ForOperatorAsync(Guid applicationId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CreditAccess.IsOperator(actor) || await StartupViewAsync(applicationId, ct) is not { } view)
        {
            return null;
        }

        var companyId = view.Summary.CompanyId;
        var vouching = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => db.Organizations.Where(o => o.Id == a.VouchingOrganizationId).Select(o => o.Name).FirstOrDefault()).SingleAsync(ct);
        var reviews = await ReviewsAsync(applicationId, null, ct);
        var founders = await db.StartupFounders.AsNoTracking().Where(f => f.CompanyId == companyId).OrderBy(f => f.AddedAt)
            .Select(f => new
            {
                f.Name,
                f.Curp,
                Learner = db.Learners.Where(l => l.Curp == f.Curp && l.AnonymizedAt == null).Select(l => (Guid?)l.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var learnerIds = founders.Where(f => f.Learner is not null).Select(f => f.Learner!.Value).ToList();
        var graduates = await db.PathCompletions.AsNoTracking().Where(p => learnerIds.Contains(p.LearnerId)).Select(p => p.LearnerId).Distinct().ToListAsync(ct);
        await audit.RecordAsync(actor, learnerIds, "consulta", $"solicitud de créditos {applicationId}: fundadores (nombre, CURP, rutas)", null, ct);
        var last = await db.CreditAccounts.AsNoTracking().Where(a => a.CompanyId == companyId).Select(a => (long?)a.LastAwardCents).FirstOrDefaultAsync(ct) ?? 0;
        return new OperatorApplicationView(view, await ProfileAsync(companyId, ct), vouching, reviews,
            CreditRules.ReviewScore(reviews.Where(r => r.Total is not null).Select(r => r.Total!.Value)),
            founders.Select(f => new ApplicationFounder(f.Name, f.Curp, f.Learner is { } l && graduates.Contains(l))).ToList(), last);
    }

    // The reviewer's queue: applications assigned to them that are still in review, and those done.
    public async Task<IReadOnlyList<ReviewerItem>> QueueAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CreditAccess.UserId(actor) is not { } reviewerId)
        {
            return [];
        }

        var ids = await db.CreditReviews.AsNoTracking().Where(r => r.ReviewerId == reviewerId)
            .Join(db.CreditApplications, r => r.ApplicationId, a => a.Id, (r, a) => new { a.Id, r.SubmittedAt, r.AssignedAt, a.Status })
            .Where(x => x.SubmittedAt != null || x.Status == ApplicationStatus.Enviada || x.Status == ApplicationStatus.EnRevision)
            .OrderBy(x => x.SubmittedAt != null).ThenBy(x => x.AssignedAt)
            .Select(x => x.Id).Take(500).ToListAsync(ct);
        var items = new List<ReviewerItem>();
        foreach (var id in ids)
        {
            if (await ReviewerItemAsync(id, reviewerId, ct) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public async Task<ReviewerItem?> ForReviewerAsync(Guid applicationId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CreditAccess.UserId(actor) is { } reviewerId ? await ReviewerItemAsync(applicationId, reviewerId, ct) : null;
    }

    private async Task<ReviewerItem?> ReviewerItemAsync(Guid applicationId, Guid reviewerId, CancellationToken ct)
    {
        var reviews = await ReviewsAsync(applicationId, reviewerId, ct);
        var mine = reviews.Count > 0 ? reviews[0] : null;
        if (mine is null)
        {
            return null;
        }

        var summary = (await SummariesAsync([applicationId], ct)).Single();
        var plan = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.UsePlan).SingleAsync(ct);
        return new ReviewerItem(summary, plan, await ProfileAsync(summary.CompanyId, ct), mine);
    }

    private async Task<StartupApplicationView?> StartupViewAsync(Guid applicationId, CancellationToken ct)
    {
        var summaries = await SummariesAsync([applicationId], ct);
        var summary = summaries.Count > 0 ? summaries[0] : null;
        if (summary is null)
        {
            return null;
        }

        var row = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => new { a.UsePlan, a.EligibilityJson }).SingleAsync(ct);
        var decisions = await db.CreditDecisions.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id)
            .Select(d => new DecisionView(d.Id, d.Outcome, d.AmountCents, d.Reasons, d.DecidedAt, d.DecidedBy)).ToListAsync(ct);
        var award = await db.CreditAwards.AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .Select(a => new AwardView(a.Id, a.TotalCents, a.GrantedCents, a.AwardedAt, a.ExpiresOn, a.DeliveredAt)).FirstOrDefaultAsync(ct);
        return new StartupApplicationView(summary, row.UsePlan, ParseEligibility(row.EligibilityJson), decisions, award);
    }

    private static List<EligibilityCheck> ParseEligibility(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<EligibilityCheck>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<ApplicationSummary>> SummariesAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var rows = await db.CreditApplications.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new ApplicationSummary(a.Id, a.CompanyId, c.TradeName, a.ProgramVersion, a.TierKey,
                a.RequestedCents, a.Status, a.SubmittedAt, a.StatusChangedAt,
                db.CreditReviews.Count(r => r.ApplicationId == a.Id), db.CreditReviews.Count(r => r.ApplicationId == a.Id && r.SubmittedAt != null)))
            .ToListAsync(ct);
        return ids.Select(id => rows.FirstOrDefault(r => r.Id == id)).OfType<ApplicationSummary>().ToList();
    }

    private async Task<IReadOnlyList<ReviewView>> ReviewsAsync(Guid applicationId, Guid? reviewerId, CancellationToken ct)
    {
        var rows = await db.CreditReviews.AsNoTracking().Where(r => r.ApplicationId == applicationId && (reviewerId == null || r.ReviewerId == reviewerId))
            .Join(db.Users, r => r.ReviewerId, u => u.Id, (r, u) => new { r, u.DisplayName })
            .OrderBy(x => x.r.Round).ThenBy(x => x.r.AssignedAt)
            .ToListAsync(ct);
        return rows.Select(x => new ReviewView(x.r.Id, x.r.ReviewerId, x.DisplayName, x.r.Round, x.r.AssignedAt, x.r.SubmittedAt,
            x.r.ScoresJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(x.r.ScoresJson), x.r.Total, x.r.Comment)).ToList();
    }

    private async Task<ProfileSummary> ProfileAsync(Guid companyId, CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => new { c.SectorCode, c.StateCode, c.Website }).SingleAsync(ct);
        var profile = await db.StartupProfiles.AsNoTracking().Where(p => p.CompanyId == companyId)
            .Select(p => new { p.Stage, p.FoundedOn, p.Funding, p.Pitch }).FirstOrDefaultAsync(ct);
        var curps = await db.StartupFounders.AsNoTracking().Where(f => f.CompanyId == companyId).Select(f => f.Curp).ToListAsync(ct);
        var learners = db.Learners.Where(l => curps.Contains(l.Curp) && l.AnonymizedAt == null).Select(l => l.Id);
        var completions = await db.PathCompletions.AsNoTracking().Where(p => learners.Contains(p.LearnerId)).Select(p => new { p.LearnerId, p.PathId }).Distinct().ToListAsync(ct);
        return new ProfileSummary(profile?.Stage, profile?.FoundedOn, profile?.Funding, profile?.Pitch, company.SectorCode, company.StateCode, company.Website,
            curps.Count, completions.Select(c => c.LearnerId).Distinct().Count(), completions.Count);
    }
}
