using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Matching;
using Semillero.Validation;

namespace Semillero.Hiring;

public abstract record ApplyToVacancyOutcome
{
    // AcceptedInvitation: the person had been invited; applying accepted the invitation.
    public sealed record Applied(Guid ApplicationId, bool AcceptedInvitation) : ApplyToVacancyOutcome;

    // One candidacy per person per vacancy: the existing one, at its stage.
    public sealed record AlreadyApplied(Guid ApplicationId, ApplicationStage Stage) : ApplyToVacancyOutcome;

    public sealed record VacancyNotFound : ApplyToVacancyOutcome;

    public sealed record VacancyNotOpen : ApplyToVacancyOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ApplyToVacancyOutcome;
}

// A learner applies from the vacancy's page. Applying is accepting contact with that company: it
// sees the person's name and email from then on (and only that company, for that vacancy).
public sealed class ApplyToVacancy(SemilleroDb db, TimeProvider clock)
{
    public async Task<ApplyToVacancyOutcome> RunAsync(Guid vacancyId, string? note, Actor actor, CancellationToken ct)
    {
        if (actor.LearnerId is not { } learnerId)
        {
            return new ApplyToVacancyOutcome.VacancyNotFound();
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > HiringRules.MaxMessageLength })
        {
            return new ApplyToVacancyOutcome.Invalid([new("note", new IdRejection("length",
                $"La nota excede {HiringRules.MaxMessageLength} caracteres.", $"The note exceeds {HiringRules.MaxMessageLength} characters."))]);
        }

        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == vacancyId)
            .Join(db.Companies, v => v.CompanyId, c => c.Id, (v, c) => new { v.Id, v.Status, v.ClosesOn, c.VerifiedAt })
            .FirstOrDefaultAsync(ct);
        // A draft, or a vacancy of a company not yet verified, is not public: not found.
        if (vacancy is null || vacancy.VerifiedAt is null || vacancy.Status == Vacancies.VacancyStatus.Borrador)
        {
            return new ApplyToVacancyOutcome.VacancyNotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = HiringRules.By(actor);
        var existing = await db.Applications.FirstOrDefaultAsync(a => a.VacancyId == vacancyId && a.LearnerId == learnerId, ct);
        if (existing is not null)
        {
            if (existing.Stage != ApplicationStage.Invitada)
            {
                return new ApplyToVacancyOutcome.AlreadyApplied(existing.Id, existing.Stage);
            }

            // Invited, then applied from the vacancy: one candidacy, the invitation accepted.
            existing.Stage = ApplicationStage.Postulada;
            existing.ContactAcceptedAt = now;
            existing.UpdatedAt = now;
            db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = existing.Id, Stage = ApplicationStage.Postulada, Note = text, At = now, By = by });
            await db.SaveChangesAsync(ct);
            return new ApplyToVacancyOutcome.Applied(existing.Id, AcceptedInvitation: true);
        }

        if (!HiringRules.AcceptsCandidates(vacancy.Status, vacancy.ClosesOn, vacancy.VerifiedAt, HiringCalendar.Today(clock)))
        {
            return new ApplyToVacancyOutcome.VacancyNotOpen();
        }

        // The pipeline shows every candidate by alias: someone applying without a work profile gets
        // one (visible to no one else: visibility is the visible_empleadores consent, not the row).
        if (!await db.TalentProfiles.AnyAsync(p => p.LearnerId == learnerId, ct))
        {
            db.TalentProfiles.Add(new TalentProfile { LearnerId = learnerId, Alias = await NewAliasAsync(ct), CreatedAt = now, UpdatedAt = now });
        }

        var application = new Application
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            VacancyId = vacancyId,
            LearnerId = learnerId,
            Origin = ApplicationOrigin.Postulacion,
            Stage = ApplicationStage.Postulada,
            Message = text,
            ContactAcceptedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = by,
        };
        db.Applications.Add(application);
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, Stage = ApplicationStage.Postulada, Note = text, At = now, By = by });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A double submit (or an invitation at the same moment): the unique index kept one.
            db.ChangeTracker.Clear();
            var kept = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.VacancyId == vacancyId && a.LearnerId == learnerId, ct);
            if (kept is null)
            {
                throw;
            }

            return new ApplyToVacancyOutcome.AlreadyApplied(kept.Id, kept.Stage);
        }

        return new ApplyToVacancyOutcome.Applied(application.Id, AcceptedInvitation: false);
    }

    // The same pseudonyms matching gives (TalentAliases); checked for uniqueness before the insert,
    // as the unique index would otherwise fail the application on a one-in-a-billion draw.
    private async Task<string> NewAliasAsync(CancellationToken ct)
    {
        while (true)
        {
            var alias = TalentAliases.New();
            if (!await db.TalentProfiles.AnyAsync(p => p.Alias == alias, ct))
            {
                return alias;
            }
        }
    }
}
