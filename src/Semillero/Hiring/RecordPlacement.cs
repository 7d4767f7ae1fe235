using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Hiring;

public sealed record RecordPlacementInput(DateOnly? StartsOn, string? SalaryBand, string? ContractType);

public sealed record PlacementBadgeView(Guid BadgeAwardId, Guid PathId, string PathCode, string PathNameEs, string PathNameEn, DateTime IssuedAt);

public sealed record PlacementView(
    Guid Id,
    Guid ApplicationId,
    Guid? VacancyId,
    Guid CompanyId,
    DateOnly StartsOn,
    SalaryBand SalaryBand,
    ContractType ContractType,
    string? StateCode,
    DateTime RecordedAt,
    IReadOnlyList<PlacementBadgeView> Badges);

public abstract record RecordPlacementOutcome
{
    public sealed record Recorded(PlacementView Placement) : RecordPlacementOutcome;

    public sealed record NotFound : RecordPlacementOutcome;

    // One placement per application: the one already recorded.
    public sealed record AlreadyRecorded(PlacementView Placement) : RecordPlacementOutcome;

    // Hires are recorded from Oferta or Entrevista (HiringRules.CanHireFrom).
    public sealed record NotAllowed(ApplicationStage Stage) : RecordPlacementOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : RecordPlacementOutcome;
}

// The employer hires a candidate: the application becomes Contratada and a placement is recorded,
// attributed to every badge the person held, unrevoked, before the start date.
public sealed class RecordPlacement(SemilleroDb db, TimeProvider clock)
{
    // A start date further ahead than this is more likely a typo than a plan.
    public const int MaxDaysAhead = 365;

    public async Task<RecordPlacementOutcome> RunAsync(Guid applicationId, RecordPlacementInput input, Actor actor, CancellationToken ct)
    {
        if (HiringRules.PartyOf(actor) != HiringParty.Empresa)
        {
            return new RecordPlacementOutcome.NotFound();
        }

        var application = await HiringScope.Applications(db, actor).AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return new RecordPlacementOutcome.NotFound();
        }

        if (await ViewAsync(db, application.Id, ct) is { } existing)
        {
            return new RecordPlacementOutcome.AlreadyRecorded(existing);
        }

        var today = HiringCalendar.Today(clock);
        var errors = new List<FieldError>();
        if (input.StartsOn is not { } startsOn)
        {
            errors.Add(new("startsOn", new IdRejection("required", "Falta la fecha de inicio.", "The start date is required.")));
            startsOn = default;
        }
        else if (startsOn > today.AddDays(MaxDaysAhead))
        {
            errors.Add(new("startsOn", new IdRejection("range", "La fecha de inicio no puede ser a más de un año.", "The start date cannot be more than a year ahead.")));
        }
        else if (startsOn < DateOnly.FromDateTime(application.CreatedAt).AddDays(-1))
        {
            errors.Add(new("startsOn", new IdRejection("range",
                "La fecha de inicio no puede ser anterior a la postulación.", "The start date cannot be before the application.")));
        }

        if (!HiringRules.TryParse<SalaryBand>(input.SalaryBand, out var band))
        {
            errors.Add(new("salaryBand", new IdRejection(string.IsNullOrWhiteSpace(input.SalaryBand) ? "required" : "unknown",
                "Elija el rango de sueldo mensual.", $"Choose the monthly salary band: {string.Join(", ", Enum.GetNames<SalaryBand>())}.")));
        }

        if (!HiringRules.TryParse<ContractType>(input.ContractType, out var contract))
        {
            errors.Add(new("contractType", new IdRejection(string.IsNullOrWhiteSpace(input.ContractType) ? "required" : "unknown",
                "Elija el tipo de contrato.", $"Choose the contract type: {string.Join(", ", Enum.GetNames<ContractType>())}.")));
        }

        if (errors.Count > 0)
        {
            return new RecordPlacementOutcome.Invalid(errors);
        }

        if (!HiringRules.CanHireFrom(application.Stage))
        {
            return new RecordPlacementOutcome.NotAllowed(application.Stage);
        }

        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == application.VacancyId)
            .Join(db.Companies, v => v.CompanyId, c => c.Id, (v, c) => new { v.CompanyId, State = v.StateCode ?? c.StateCode })
            .FirstAsync(ct);

        // Attribution: the badges the person held on the morning the job started (Mexico City).
        var cutoff = HiringCalendar.StartOfDayUtc(startsOn);
        var badges = await db.BadgeAwards.AsNoTracking()
            .Where(b => b.LearnerId == application.LearnerId && b.RevokedAt == null && b.IssuedAt < cutoff)
            .Select(b => new { b.Id, b.PathId })
            .ToListAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var by = HiringRules.By(actor);
        var placement = new Placement
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            LearnerId = application.LearnerId,
            CompanyId = vacancy.CompanyId,
            VacancyId = application.VacancyId,
            ApplicationId = application.Id,
            StartsOn = startsOn,
            SalaryBand = band,
            ContractType = contract,
            StateCode = vacancy.State,
            RecordedAt = now,
            RecordedBy = by,
        };

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var changed = await db.Applications
                .Where(a => a.Id == application.Id && a.Stage == application.Stage)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Stage, ApplicationStage.Contratada).SetProperty(a => a.UpdatedAt, now), ct);
            if (changed == 0)
            {
                // Hired (or moved) by someone else meanwhile.
                await transaction.RollbackAsync(ct);
                return await ViewAsync(db, application.Id, ct) is { } raced
                    ? new RecordPlacementOutcome.AlreadyRecorded(raced)
                    : new RecordPlacementOutcome.NotAllowed(await db.Applications.Where(a => a.Id == application.Id).Select(a => a.Stage).FirstAsync(ct));
            }

            db.Placements.Add(placement);
            db.PlacementBadges.AddRange(badges.Select(b => new PlacementBadge { PlacementId = placement.Id, BadgeAwardId = b.Id, PathId = b.PathId }));
            db.ApplicationEvents.Add(new ApplicationEvent
            {
                ApplicationId = application.Id,
                Stage = ApplicationStage.Contratada,
                Note = null,
                At = now,
                By = by,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return new RecordPlacementOutcome.Recorded((await ViewAsync(db, application.Id, ct))!);
    }

    // The placement of an application, with the badges it is attributed to; null when none.
    public static async Task<PlacementView?> ViewAsync(SemilleroDb db, Guid applicationId, CancellationToken ct)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == applicationId, ct);
        if (placement is null)
        {
            return null;
        }

        var badges = await db.PlacementBadges.AsNoTracking()
            .Where(b => b.PlacementId == placement.Id)
            .Join(db.BadgeAwards, b => b.BadgeAwardId, a => a.Id, (b, a) => new { b.BadgeAwardId, b.PathId, a.IssuedAt })
            .Join(db.LearningPaths, x => x.PathId, p => p.Id, (x, p) => new PlacementBadgeView(x.BadgeAwardId, x.PathId, p.Code, p.NameEs, p.NameEn, x.IssuedAt))
            .ToListAsync(ct);
        return new PlacementView(placement.Id, applicationId, placement.VacancyId, placement.CompanyId, placement.StartsOn, placement.SalaryBand,
            placement.ContractType, placement.StateCode, placement.RecordedAt, [.. badges.OrderBy(b => b.IssuedAt).ThenBy(b => b.PathCode, StringComparer.Ordinal)]);
    }
}
