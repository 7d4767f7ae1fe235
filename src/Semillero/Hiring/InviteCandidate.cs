using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Hiring;

public sealed record InviteCandidateInput(Guid VacancyId, string? Alias, string? Message);

public abstract record InviteCandidateOutcome
{
    // Created is false when the person was already invited or had applied: the existing candidacy.
    public sealed record Invited(Guid ApplicationId, string Alias, ApplicationStage Stage, bool Created) : InviteCandidateOutcome;

    public sealed record VacancyNotFound : InviteCandidateOutcome;

    // Unknown alias, or a person who does not (or no longer) consents to being visible to employers:
    // the same answer, so an employer learns nothing about who exists.
    public sealed record CandidateNotFound(string Alias) : InviteCandidateOutcome;

    public sealed record VacancyNotOpen : InviteCandidateOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : InviteCandidateOutcome;
}

// An employer invites a pseudonymous candidate, by alias, to apply: the candidacy starts as
// Invitada and the person gets an email; the company sees who they are only if they accept.
public sealed class InviteCandidate(SemilleroDb db, Consents consents, HiringMessages messages, TimeProvider clock)
{
    public async Task<InviteCandidateOutcome> RunAsync(InviteCandidateInput input, Actor actor, CancellationToken ct)
    {
        var alias = (input.Alias ?? "").Trim().ToUpperInvariant();
        var message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim();
        var errors = new List<FieldError>();
        if (alias.Length == 0)
        {
            errors.Add(new("alias", new IdRejection("required", "Falta el alias del candidato.", "The candidate's alias is required.")));
        }

        if (message is { Length: > HiringRules.MaxMessageLength })
        {
            errors.Add(new("message", new IdRejection("length",
                $"El mensaje excede {HiringRules.MaxMessageLength} caracteres.", $"The message exceeds {HiringRules.MaxMessageLength} characters.")));
        }

        if (errors.Count > 0)
        {
            return new InviteCandidateOutcome.Invalid(errors);
        }

        var vacancy = await HiringScope.Vacancies(db, actor).AsNoTracking()
            .Where(v => v.Id == input.VacancyId)
            .Join(db.Companies, v => v.CompanyId, c => c.Id, (v, c) => new { v.Id, v.Title, v.Status, v.ClosesOn, c.TradeName, c.VerifiedAt })
            .FirstOrDefaultAsync(ct);
        if (vacancy is null)
        {
            return new InviteCandidateOutcome.VacancyNotFound();
        }

        if (!HiringRules.AcceptsCandidates(vacancy.Status, vacancy.ClosesOn, vacancy.VerifiedAt, HiringCalendar.Today(clock)))
        {
            return new InviteCandidateOutcome.VacancyNotOpen();
        }

        var person = await db.TalentProfiles.AsNoTracking()
            .Where(p => p.Alias == alias)
            .Join(db.Learners.Where(l => l.AnonymizedAt == null), p => p.LearnerId, l => l.Id, (p, l) => new { l.Id, l.GivenNames, l.Email })
            .FirstOrDefaultAsync(ct);
        if (person is null || !await consents.HasAsync(person.Id, Purposes.VisibleEmpleadores, ct))
        {
            return new InviteCandidateOutcome.CandidateNotFound(alias);
        }

        var existing = await ExistingAsync(vacancy.Id, person.Id, ct);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = HiringRules.By(actor);
        var application = new Application
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            VacancyId = vacancy.Id,
            LearnerId = person.Id,
            Origin = ApplicationOrigin.Invitacion,
            Stage = ApplicationStage.Invitada,
            Message = message,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = by,
        };
        db.Applications.Add(application);
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, Stage = ApplicationStage.Invitada, Note = message, At = now, By = by });
        if (!string.IsNullOrWhiteSpace(person.Email))
        {
            messages.Invitation(person.Email, person.GivenNames, vacancy.Title, vacancy.TradeName);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Invited twice at once (or the person applied meanwhile): the unique index kept one.
            db.ChangeTracker.Clear();
            return await ExistingAsync(vacancy.Id, person.Id, ct) ?? throw new InvalidOperationException("The candidacy vanished after a unique-index conflict.");
        }

        return new InviteCandidateOutcome.Invited(application.Id, alias, application.Stage, Created: true);
    }

    private async Task<InviteCandidateOutcome.Invited?> ExistingAsync(Guid vacancyId, Guid learnerId, CancellationToken ct) =>
        await db.Applications.AsNoTracking()
            .Where(a => a.VacancyId == vacancyId && a.LearnerId == learnerId)
            .Join(db.TalentProfiles, a => a.LearnerId, p => p.LearnerId, (a, p) => new InviteCandidateOutcome.Invited(a.Id, p.Alias, a.Stage, false))
            .FirstOrDefaultAsync(ct);
}
