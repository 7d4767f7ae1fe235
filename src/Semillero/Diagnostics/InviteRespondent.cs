using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Email;
using Semillero.Learners;
using Semillero.Validation;

namespace Semillero.Diagnostics;

public abstract record InviteRespondentOutcome
{
    public sealed record Invited(Guid RespondentId) : InviteRespondentOutcome;

    public sealed record NotFound : InviteRespondentOutcome;

    public sealed record Closed : InviteRespondentOutcome;

    public sealed record Invalid(IdRejection Reason) : InviteRespondentOutcome;
}

// The owner invites a colleague to answer by email (at most MaxColleagues at a time), or withdraws
// an invitation. The link goes only into the email; the page shows who was invited and whether they
// answered, never the link.
public sealed class InviteRespondent(SemilleroDb db, EmailOutbox outbox, RespondentLinks links, TimeProvider clock)
{
    public const int MaxColleagues = 5;

    public const string EmailKind = "diagnostico_invitacion";

    public async Task<InviteRespondentOutcome> RunAsync(Guid assessmentId, string? email, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var assessment = await db.Assessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => new { a.CompanyId, a.Mode, a.OrganizationId, a.SubmittedAt }).FirstOrDefaultAsync(ct);
        if (assessment is null || !AssessmentAccess.CanWrite(actor, assessment.CompanyId, assessment.Mode, assessment.OrganizationId))
        {
            return new InviteRespondentOutcome.NotFound();
        }

        if (assessment.SubmittedAt is not null)
        {
            return new InviteRespondentOutcome.Closed();
        }

        var address = email?.Trim().ToLowerInvariant() ?? "";
        if (!LearnerRules.IsValidEmail(address))
        {
            return new InviteRespondentOutcome.Invalid(new IdRejection("email",
                "Escriba un correo electrónico válido, como nombre@empresa.mx.", "Enter a valid email address, such as name@company.mx."));
        }

        var invited = await db.AssessmentRespondents.AsNoTracking()
            .Where(r => r.AssessmentId == assessmentId && !r.Lead && r.RevokedAt == null).Select(r => r.Email).ToListAsync(ct);
        if (invited.Contains(address))
        {
            return new InviteRespondentOutcome.Invalid(new IdRejection("duplicate",
                "Esa persona ya está invitada a este diagnóstico.", "That person is already invited to this diagnostic."));
        }

        if (invited.Count >= MaxColleagues)
        {
            return new InviteRespondentOutcome.Invalid(new IdRejection("limit",
                $"Puede invitar hasta {MaxColleagues} colegas; retire una invitación para invitar a otra persona.",
                $"You can invite up to {MaxColleagues} colleagues; withdraw an invitation to invite someone else."));
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == assessment.CompanyId).Select(c => c.TradeName).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var respondent = new AssessmentRespondent
        {
            Id = Guid.CreateVersion7(now),
            AssessmentId = assessmentId,
            Lead = false,
            Email = address,
            InvitedAt = now.UtcDateTime,
            InvitedBy = actor.Id,
        };
        db.AssessmentRespondents.Add(respondent);
        var link = links.Url(respondent.Id);
        outbox.Enqueue(address,
            $"Le invitan a responder el diagnóstico de IA de {company} / You are invited to answer {company}'s AI diagnostic",
            $"""
            Hola:

            En {company} están respondiendo el diagnóstico de madurez en inteligencia artificial del programa Semillero y le piden su punto de vista. Son unas 25 preguntas de opción múltiple, unos 15 minutos; sus respuestas se guardan mientras avanza y puede volver después con este mismo enlace. El resultado combina las respuestas de todas las personas (la mediana de cada pregunta) y no muestra quién respondió qué.

            {link}

            El enlace es personal y vence en {RespondentLinks.Lifetime.Days} días o cuando la empresa envíe el diagnóstico.

            ---

            Hello,

            {company} is answering the Semillero program's artificial-intelligence maturity diagnostic and asks for your view. About 25 multiple-choice questions, some 15 minutes; your answers are saved as you go and you can come back later with this same link. The result combines everyone's answers (the median of each question) and does not show who answered what.

            {link}

            The link is personal and expires in {RespondentLinks.Lifetime.Days} days or when the company submits the diagnostic.
            """,
            EmailKind);
        await db.SaveChangesAsync(ct);
        return new InviteRespondentOutcome.Invited(respondent.Id);
    }

    public async Task<InviteRespondentOutcome> RevokeAsync(Guid assessmentId, Guid respondentId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var assessment = await db.Assessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => new { a.CompanyId, a.Mode, a.OrganizationId, a.SubmittedAt }).FirstOrDefaultAsync(ct);
        if (assessment is null || !AssessmentAccess.CanWrite(actor, assessment.CompanyId, assessment.Mode, assessment.OrganizationId))
        {
            return new InviteRespondentOutcome.NotFound();
        }

        if (assessment.SubmittedAt is not null)
        {
            return new InviteRespondentOutcome.Closed();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.AssessmentRespondents.Where(r => r.Id == respondentId && r.AssessmentId == assessmentId && !r.Lead && r.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RevokedAt, now), ct);
        return revoked == 0 ? new InviteRespondentOutcome.NotFound() : new InviteRespondentOutcome.Invited(respondentId);
    }
}
