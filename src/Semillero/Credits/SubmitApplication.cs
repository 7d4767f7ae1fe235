using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Credits;

// RequestedCents: the total the startup asks to reach, in USD cents (a top-up names the new total).
public sealed record ApplicationInput(string? TierKey, long? RequestedCents, string? UsePlan, string? VouchingCode);

public abstract record SubmitApplicationOutcome
{
    // Status: Enviada or EnRevision for a reviewed tier; Aprobada or ListaDeEspera for self-service.
    public sealed record Submitted(Guid ApplicationId, ApplicationStatus Status) : SubmitApplicationOutcome;

    // Every reason at once: eligibility, amounts, use plan, vouching code.
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SubmitApplicationOutcome;

    // The company already has an open application (also when two submits race).
    public sealed record AlreadyOpen(Guid ApplicationId) : SubmitApplicationOutcome;

    public sealed record NotFound : SubmitApplicationOutcome;
}

// A startup applies for credits (docs/credits.md, "Applying"). All checks are reported together;
// then one transaction takes the vouching code, inserts the application (the unique OpenCompanyId
// keeps one open application per company) and, for a self-service tier, approves it through the
// ledger or puts it on the waitlist. A reviewed tier gets its reviewers drawn after the commit.
public sealed class SubmitApplication(SemilleroDb db, CreditProgramVersions programs, CreditEligibility eligibility, CreditApproval approval,
    AssignReviewers assign, DeliverCredits deliver, TimeProvider clock)
{
    public static class Codes
    {
        public const string Tier = "nivel_desconocido";
        public const string Amount = "monto_no_valido";
        public const string OverTier = "monto_sobre_nivel";
        public const string OverCap = "monto_sobre_tope";
        public const string NotAboveLast = "monto_no_supera_anterior";
        public const string UsePlan = "plan_de_uso";
        public const string CodeMissing = "codigo_aval_requerido";
        public const string CodeInvalid = "codigo_aval_no_valido";
        public const string Eligibility = "no_elegible";
    }

    public async Task<SubmitApplicationOutcome> RunAsync(Guid companyId, ApplicationInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Roles.Empresa || actor.CompanyId != companyId || !await db.Companies.AnyAsync(c => c.Id == companyId, ct))
        {
            return new SubmitApplicationOutcome.NotFound();
        }

        if (await OpenIdAsync(companyId, ct) is { } open)
        {
            return new SubmitApplicationOutcome.AlreadyOpen(open);
        }

        var program = await programs.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ProgramCalendar.Today(clock);
        var errors = new List<FieldError>();
        var checks = await eligibility.CheckAsync(companyId, program, ct) ?? [];
        foreach (var failed in checks.Where(c => !c.Passed))
        {
            errors.Add(new FieldError("eligibility", new IdRejection(Codes.Eligibility + ":" + failed.Id, failed.ReasonEs, failed.ReasonEn)));
        }

        var tier = program.FindTier(input.TierKey?.Trim());
        if (tier is null)
        {
            errors.Add(new FieldError("tierKey", new IdRejection(Codes.Tier,
                $"Elija un nivel del programa: {string.Join(", ", program.Tiers.Select(t => t.Key))}.", $"Choose one of the program's tiers: {string.Join(", ", program.Tiers.Select(t => t.Key))}.")));
        }

        var last = await db.CreditAccounts.AsNoTracking().Where(a => a.CompanyId == companyId).Select(a => (long?)a.LastAwardCents).FirstOrDefaultAsync(ct) ?? 0;
        if (input.RequestedCents is not { } requested || requested <= 0)
        {
            errors.Add(new FieldError("requestedCents", new IdRejection(Codes.Amount, "Indique el monto en dólares, mayor que cero.", "Give the amount in dollars, above zero.")));
        }
        else
        {
            if (tier is not null && requested > tier.MaxCents)
            {
                errors.Add(new FieldError("requestedCents", new IdRejection(Codes.OverTier,
                    $"El nivel {tier.NameEs} otorga hasta {CreditRules.FormatUsd(tier.MaxCents)}.", $"The {tier.NameEn} tier grants up to {CreditRules.FormatUsd(tier.MaxCents)}.")));
            }

            if (requested > program.LifetimeCapCents)
            {
                errors.Add(new FieldError("requestedCents", new IdRejection(Codes.OverCap,
                    $"El tope por empresa es {CreditRules.FormatUsd(program.LifetimeCapCents)} en total.", $"The cap per company is {CreditRules.FormatUsd(program.LifetimeCapCents)} in total.")));
            }

            if (requested <= last)
            {
                errors.Add(new FieldError("requestedCents", new IdRejection(Codes.NotAboveLast,
                    $"Ya recibió {CreditRules.FormatUsd(last)}; una ampliación pide un total mayor y otorga solo la diferencia.",
                    $"You already received {CreditRules.FormatUsd(last)}; a top-up asks for a larger total and grants only the difference.")));
            }
        }

        var plan = input.UsePlan?.Trim() ?? "";
        if (plan.Length is < CreditRules.MinUsePlanLength or > CreditRules.MaxUsePlanLength)
        {
            errors.Add(new FieldError("usePlan", new IdRejection(Codes.UsePlan,
                $"Describa el plan de uso en {CreditRules.MinUsePlanLength} a {CreditRules.MaxUsePlanLength} caracteres (lleva {plan.Length}).",
                $"Describe the plan of use in {CreditRules.MinUsePlanLength} to {CreditRules.MaxUsePlanLength} characters (it has {plan.Length}).")));
        }

        VouchingCodes.Found? code = null;
        if (tier is { RequiresVouching: true })
        {
            if (string.IsNullOrWhiteSpace(input.VouchingCode))
            {
                errors.Add(new FieldError("vouchingCode", new IdRejection(Codes.CodeMissing,
                    $"El nivel {tier.NameEs} requiere el código de aval de una aceleradora u organización de inversión.", $"The {tier.NameEn} tier requires a vouching code from an accelerator or investment organisation.")));
            }
            else if ((code = await VouchingCodes.FindAsync(db, input.VouchingCode, now, ct)) is not { Usable: true })
            {
                errors.Add(new FieldError("vouchingCode", InvalidCode));
            }
        }

        if (errors.Count > 0)
        {
            return new SubmitApplicationOutcome.Invalid(errors);
        }

        var eligibilityJson = JsonSerializer.Serialize(checks.Select(c => new { c.Id, c.Passed, c.ReasonEs, c.ReasonEn }));
        var applicationId = Guid.NewGuid();
        var outcome = await CreditLedger.WithRetriesAsync<SubmitApplicationOutcome>(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (code is not null && await VouchingCodes.TryConsumeAsync(db, input.VouchingCode!, companyId, applicationId, now, ct) is not VouchingConsumeOutcome.Consumed)
            {
                await transaction.RollbackAsync(ct);
                return (new SubmitApplicationOutcome.Invalid([new FieldError("vouchingCode", InvalidCode)]), false);
            }

            db.CreditApplications.Add(new CreditApplication
            {
                Id = applicationId,
                CompanyId = companyId,
                OpenCompanyId = companyId,
                ProgramVersion = program.Version,
                TierKey = tier!.Key,
                RequestedCents = input.RequestedCents!.Value,
                UsePlan = plan,
                VouchingCodeId = code?.Id,
                VouchingOrganizationId = code?.OrganizationId,
                EligibilityJson = eligibilityJson,
                SubmittedAt = now,
                SubmittedBy = CreditAccess.Who(actor),
                Status = ApplicationStatus.Enviada,
                StatusChangedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (RegisterCompany.IsUniqueViolation(e))
            {
                // The other submit kept the open slot; the code taken above is rolled back with it.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return (new SubmitApplicationOutcome.AlreadyOpen(await OpenIdAsync(companyId, ct) ?? Guid.Empty), false);
            }

            var status = ApplicationStatus.Enviada;
            if (!tier.Reviewed)
            {
                switch (await approval.ApproveAsync(applicationId, input.RequestedCents.Value, program, CreditApproval.ApprovedByRules, CreditApproval.Program, now, today, ct))
                {
                    case ApprovalOutcome.Approved:
                        status = ApplicationStatus.Aprobada;
                        break;
                    case ApprovalOutcome.Waitlisted:
                        status = ApplicationStatus.ListaDeEspera;
                        break;
                    case ApprovalOutcome.Stale:
                        await transaction.RollbackAsync(ct);
                        return (null!, true);
                    case ApprovalOutcome.CapExceeded c:
                        await transaction.RollbackAsync(ct);
                        return (new SubmitApplicationOutcome.Invalid([new FieldError("requestedCents", new IdRejection(Codes.OverCap,
                            $"Quedan {CreditRules.FormatUsd(c.LeftCents)} bajo el tope por empresa.", $"{CreditRules.FormatUsd(c.LeftCents)} remain under the cap per company."))]), false);
                    default:
                        await transaction.RollbackAsync(ct);
                        return (new SubmitApplicationOutcome.Invalid([new FieldError("requestedCents", new IdRejection(Codes.NotAboveLast,
                            "El monto no supera su otorgamiento anterior.", "The amount is not above your last award."))]), false);
                }
            }

            await transaction.CommitAsync(ct);
            return (new SubmitApplicationOutcome.Submitted(applicationId, status), false);
        }, ct);

        if (outcome is SubmitApplicationOutcome.Submitted { Status: ApplicationStatus.Enviada })
        {
            // Reviewers are drawn after the commit; with too few eligible reviewers it stays Enviada
            // and operators assign them.
            var status = await assign.AutoAsync(applicationId, CreditApproval.Program, ct);
            return new SubmitApplicationOutcome.Submitted(applicationId, status);
        }

        if (outcome is SubmitApplicationOutcome.Submitted { Status: ApplicationStatus.Aprobada })
        {
            // A self-service approval's codes go out at once when the stock covers it.
            if (await db.CreditAwards.AsNoTracking().Where(a => a.ApplicationId == applicationId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } awardId)
            {
                await deliver.DeliverAsync(awardId, ct);
            }
        }

        return outcome;
    }

    private static IdRejection InvalidCode => new(Codes.CodeInvalid,
        "El código de aval no es válido: no existe, ya se usó, venció o fue revocado. Pida uno nuevo a la organización que le avala.",
        "The vouching code is not valid: it does not exist, was already used, expired or was revoked. Ask the vouching organisation for a new one.");

    private async Task<Guid?> OpenIdAsync(Guid companyId, CancellationToken ct) =>
        await db.CreditApplications.AsNoTracking().Where(a => a.OpenCompanyId == companyId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
}
