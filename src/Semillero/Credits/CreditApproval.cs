using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record ApprovalOutcome
{
    public sealed record Approved(Guid DecisionId, Guid AwardId, long GrantedCents, DateOnly ExpiresOn) : ApprovalOutcome;

    // The pool could not cover it: decided ListaDeEspera instead.
    public sealed record Waitlisted(Guid DecisionId) : ApprovalOutcome;

    // Refused before anything moved: the caller rolls back. Left: what remains under the cap.
    public sealed record CapExceeded(long LeftCents) : ApprovalOutcome;

    public sealed record NothingToGrant(long LastAwardCents) : ApprovalOutcome;

    public sealed record Stale : ApprovalOutcome;
}

// The approval step, shared by a self-service submission and an operator's decision: the ledger
// moves the money and, in the same transaction, the decision, the award and the status change are
// written; when the pool cannot cover it the application goes to the waitlist instead.
public sealed class CreditApproval(SemilleroDb db, CreditLedger ledger)
{
    // The reasons the rules write themselves; the pages show them in English too (Reason).
    public const string ApprovedByRules = "aprobada por las reglas del nivel de autoservicio";
    public const string PoolExhausted = "presupuesto de la bolsa agotado";
    public const string NoPool = "presupuesto agotado: no hay una bolsa vigente";
    public const string Program = "programa";

    public static string Reason(string reasons, bool english) => !english ? reasons : reasons switch
    {
        ApprovedByRules => "approved by the self-service tier's rules",
        PoolExhausted => "the pool's budget is exhausted",
        NoPool => "budget exhausted: no pool is current",
        _ => reasons,
    };

    // Runs inside the caller's transaction, after the caller took the application's row.
    public async Task<ApprovalOutcome> ApproveAsync(Guid applicationId, long totalCents, CreditProgram program, string reasons, string decidedBy, DateTime now, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(program);
        var app = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.CompanyId, a.TierKey }).SingleAsync(ct);
        var drawn = await ledger.DrawAsync(app.CompanyId, totalCents, program.LifetimeCapCents, day, ct);
        switch (drawn)
        {
            case LedgerOutcome.Drawn d:
                var company = await db.Companies.AsNoTracking().Where(c => c.Id == app.CompanyId).Select(c => new { c.StateCode, c.SectorCode }).SingleAsync(ct);
                var stage = await db.StartupProfiles.AsNoTracking().Where(p => p.CompanyId == app.CompanyId).Select(p => (StartupStage?)p.Stage).FirstOrDefaultAsync(ct);
                var decision = NewDecision(applicationId, DecisionOutcome.Aprobada, totalCents, reasons, decidedBy, now);
                var award = new CreditAward
                {
                    Id = Guid.NewGuid(),
                    ApplicationId = applicationId,
                    DecisionId = decision.Id,
                    CompanyId = app.CompanyId,
                    PoolId = d.PoolId,
                    TierKey = app.TierKey,
                    TotalCents = totalCents,
                    GrantedCents = d.GrantedCents,
                    AwardedAt = now,
                    StateCode = company.StateCode,
                    SectorCode = company.SectorCode,
                    Stage = stage ?? StartupStage.Idea,
                    ExpiresOn = day.AddMonths(program.AwardValidityMonths),
                };
                db.CreditDecisions.Add(decision);
                db.CreditAwards.Add(award);
                await db.SaveChangesAsync(ct);
                await SetStatusAsync(db, applicationId, ApplicationStatus.Aprobada, now, ct);
                return new ApprovalOutcome.Approved(decision.Id, award.Id, d.GrantedCents, award.ExpiresOn);
            case LedgerOutcome.PoolExhausted or LedgerOutcome.NoPool:
                var waitlist = NewDecision(applicationId, DecisionOutcome.ListaDeEspera, null,
                    drawn is LedgerOutcome.NoPool ? NoPool : PoolExhausted, decidedBy, now);
                db.CreditDecisions.Add(waitlist);
                await db.SaveChangesAsync(ct);
                await SetStatusAsync(db, applicationId, ApplicationStatus.ListaDeEspera, now, ct);
                return new ApprovalOutcome.Waitlisted(waitlist.Id);
            case LedgerOutcome.CapExceeded c:
                return new ApprovalOutcome.CapExceeded(c.LeftCents);
            case LedgerOutcome.NothingToGrant n:
                return new ApprovalOutcome.NothingToGrant(n.LastAwardCents);
            default:
                return new ApprovalOutcome.Stale();
        }
    }

    public static CreditDecision NewDecision(Guid applicationId, DecisionOutcome outcome, long? amount, string reasons, string decidedBy, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        ApplicationId = applicationId,
        Outcome = outcome,
        AmountCents = amount,
        Reasons = reasons,
        DecidedAt = now,
        DecidedBy = decidedBy,
    };

    // A final status closes the application (its company may apply again); the waitlist keeps it open.
    public static async Task SetStatusAsync(SemilleroDb db, Guid applicationId, ApplicationStatus status, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = CreditApplication.IsOpen(status);
        await db.CreditApplications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, status)
            .SetProperty(a => a.StatusChangedAt, now)
            .SetProperty(a => a.OpenCompanyId, a => open ? a.OpenCompanyId : null), ct);
    }
}
