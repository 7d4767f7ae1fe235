using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Credits;

// Outcome: aprobada, rechazada or lista_de_espera. AmountCents: the approved total, approvals only.
public sealed record DecisionInput(string? Outcome, long? AmountCents, string? Reasons);

public abstract record DecideApplicationOutcome
{
    // Status: what the application is now (ListaDeEspera when an approval found the pool empty).
    public sealed record Decided(Guid DecisionId, ApplicationStatus Status, long? GrantedCents, DateOnly? ExpiresOn) : DecideApplicationOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : DecideApplicationOutcome;

    // The company's cap would be passed: nothing moved; Left is what remains under it.
    public sealed record CapExceeded(long LeftCents) : DecideApplicationOutcome;

    // The application is not in a state that decision applies to.
    public sealed record WrongStatus(ApplicationStatus Status) : DecideApplicationOutcome;

    public sealed record NotFound : DecideApplicationOutcome;
}

// An operator decides an application (docs/credits.md, "Decisions, the cap and the pool").
// Decisions are appended, never changed. An approval runs the ledger in the same transaction as the
// decision, the award and the status change; when the pool cannot cover it the decision becomes
// ListaDeEspera with the reason. The application's row is taken first by a conditional UPDATE on
// its status, so two decisions at once cannot both apply.
public sealed partial class DecideApplication(SemilleroDb db, CreditProgramVersions programs, CreditApproval approval, AuditLog audit, TimeProvider clock,
    DeliverCredits deliver, ILogger<DecideApplication> logger)
{
    public const string ApprovedAfterReview = "aprobada tras la revisión";

    public static IReadOnlyDictionary<string, DecisionOutcome> Outcomes { get; } = new Dictionary<string, DecisionOutcome>(StringComparer.OrdinalIgnoreCase)
    {
        ["aprobada"] = DecisionOutcome.Aprobada,
        ["rechazada"] = DecisionOutcome.Rechazada,
        ["lista_de_espera"] = DecisionOutcome.ListaDeEspera,
    };

    // Which statuses each decision applies to.
    public static IReadOnlyList<ApplicationStatus> From(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Aprobada => [ApplicationStatus.PorDecidir, ApplicationStatus.ListaDeEspera],
        DecisionOutcome.ListaDeEspera => [ApplicationStatus.PorDecidir],
        _ => [ApplicationStatus.Enviada, ApplicationStatus.EnRevision, ApplicationStatus.PorDecidir, ApplicationStatus.ListaDeEspera],
    };

    public async Task<DecideApplicationOutcome> RunAsync(Guid applicationId, DecisionInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var app = CreditAccess.IsOperator(actor)
            ? await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId)
                .Select(a => new { a.CompanyId, a.Status, a.TierKey, a.RequestedCents, a.ProgramVersion }).FirstOrDefaultAsync(ct)
            : null;
        if (app is null)
        {
            return new DecideApplicationOutcome.NotFound();
        }

        var program = await programs.FindAsync(app.ProgramVersion, ct) ?? throw new InvalidOperationException($"Credit program version {app.ProgramVersion} is missing.");
        var errors = new List<FieldError>();
        if (input.Outcome is null || !Outcomes.TryGetValue(input.Outcome.Trim(), out var outcome))
        {
            return new DecideApplicationOutcome.Invalid([new FieldError("outcome", new IdRejection("decision", "Elija la decisión: aprobada, rechazada o lista_de_espera.", "Choose the decision: aprobada, rechazada or lista_de_espera."))]);
        }

        var reasons = input.Reasons?.Trim() ?? "";
        if (reasons.Length > CreditRules.MaxCommentLength)
        {
            errors.Add(new FieldError("reasons", new IdRejection("motivos", $"Los motivos caben en {CreditRules.MaxCommentLength} caracteres.", $"Reasons fit in {CreditRules.MaxCommentLength} characters.")));
        }
        else if (reasons.Length == 0 && outcome != DecisionOutcome.Aprobada)
        {
            errors.Add(new FieldError("reasons", new IdRejection("motivos", "Escriba los motivos: la startup los lee.", "Write the reasons: the startup reads them.")));
        }

        long amount = 0;
        if (outcome == DecisionOutcome.Aprobada)
        {
            var tier = program.FindTier(app.TierKey);
            if (input.AmountCents is not { } a || a <= 0)
            {
                errors.Add(new FieldError("amountCents", new IdRejection("monto", "Indique el monto aprobado, mayor que cero.", "Give the approved amount, above zero.")));
            }
            else if (a > app.RequestedCents)
            {
                errors.Add(new FieldError("amountCents", new IdRejection("monto_sobre_solicitado", $"No puede exceder lo solicitado ({CreditRules.FormatUsd(app.RequestedCents)}).", $"It cannot exceed the amount requested ({CreditRules.FormatUsd(app.RequestedCents)}).")));
            }
            else if (tier is not null && a > tier.MaxCents)
            {
                errors.Add(new FieldError("amountCents", new IdRejection("monto_sobre_nivel", $"El nivel otorga hasta {CreditRules.FormatUsd(tier.MaxCents)}.", $"The tier grants up to {CreditRules.FormatUsd(tier.MaxCents)}.")));
            }
            else
            {
                amount = a;
            }
        }

        if (errors.Count > 0)
        {
            return new DecideApplicationOutcome.Invalid(errors);
        }

        var from = From(outcome);
        var decidedBy = CreditAccess.Who(actor);
        var result = await CreditLedger.WithRetriesAsync<DecideApplicationOutcome>(db, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var taken = await db.CreditApplications.Where(a => a.Id == applicationId && from.Contains(a.Status))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.StatusChangedAt, now), ct);
            if (taken == 0)
            {
                var status = await db.CreditApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(ct);
                return (new DecideApplicationOutcome.WrongStatus(status), false);
            }

            DecideApplicationOutcome decided;
            if (outcome == DecisionOutcome.Aprobada)
            {
                switch (await approval.ApproveAsync(applicationId, amount, program, reasons.Length == 0 ? ApprovedAfterReview : reasons, decidedBy, now, ProgramCalendar.Today(clock), ct))
                {
                    case ApprovalOutcome.Approved a:
                        decided = new DecideApplicationOutcome.Decided(a.DecisionId, ApplicationStatus.Aprobada, a.GrantedCents, a.ExpiresOn);
                        break;
                    case ApprovalOutcome.Waitlisted w:
                        decided = new DecideApplicationOutcome.Decided(w.DecisionId, ApplicationStatus.ListaDeEspera, null, null);
                        break;
                    case ApprovalOutcome.Stale:
                        await transaction.RollbackAsync(ct);
                        return (null!, true);
                    case ApprovalOutcome.CapExceeded c:
                        await transaction.RollbackAsync(ct);
                        return (new DecideApplicationOutcome.CapExceeded(c.LeftCents), false);
                    default:
                        await transaction.RollbackAsync(ct);
                        return (new DecideApplicationOutcome.Invalid([new FieldError("amountCents", new IdRejection("monto_no_supera_anterior",
                            "El monto no supera el último otorgamiento de la empresa: una ampliación otorga solo la diferencia.",
                            "The amount is not above the company's last award: a top-up grants only the difference."))]), false);
                }
            }
            else
            {
                var decision = CreditApproval.NewDecision(applicationId, outcome, null, reasons, decidedBy, now);
                db.CreditDecisions.Add(decision);
                await db.SaveChangesAsync(ct);
                var status = outcome == DecisionOutcome.Rechazada ? ApplicationStatus.Rechazada : ApplicationStatus.ListaDeEspera;
                await CreditApproval.SetStatusAsync(db, applicationId, status, now, ct);
                decided = new DecideApplicationOutcome.Decided(decision.Id, status, null, null);
            }

            await transaction.CommitAsync(ct);
            return (decided, false);
        }, ct);

        if (result is DecideApplicationOutcome.Decided d)
        {
            // The decision concerns the founders who are learners of the program: it is on their record.
            var learners = await db.StartupFounders.AsNoTracking().Where(f => f.CompanyId == app.CompanyId)
                .Join(db.Learners, f => f.Curp, l => l.Curp, (f, l) => l.Id).ToListAsync(ct);
            await audit.RecordAsync(actor, learners, "decision", $"solicitud de créditos {applicationId}: {d.Status}", null, ct);
            var log = logger;
            Log.Decided(log, applicationId, d.Status, d.GrantedCents ?? 0);
            await DeliverAsync(d.DecisionId, ct);
        }

        return result;
    }

    // An approval's codes go out at once when the stock covers it; otherwise the award waits for the
    // next import or the credits worker's next pass (DeliverCredits).
    private async Task DeliverAsync(Guid decisionId, CancellationToken ct)
    {
        if (await db.CreditAwards.AsNoTracking().Where(a => a.DecisionId == decisionId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } awardId)
        {
            await deliver.DeliverAsync(awardId, ct);
        }
    }

    // Ids and amounts only: never a name.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Credit application {ApplicationId} decided: {Status}, granted {GrantedCents} cents")]
        public static partial void Decided(ILogger logger, Guid applicationId, ApplicationStatus status, long grantedCents);
    }
}
