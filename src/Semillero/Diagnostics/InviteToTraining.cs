using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Email;
using Semillero.Learners;
using Semillero.Validation;

namespace Semillero.Diagnostics;

// What a company can invite its people to from a result: every published path (those recommended
// first) and the cohorts taking enrolments today that teach a recommended path.
public sealed record TrainingOption(string Value, string NameEs, string NameEn, bool Recommended, bool Cohort)
{
    public string Name(bool english) => english ? NameEn : NameEs;
}

public sealed record TrainingInvitationInput(Guid? AssessmentId, string? Emails, string? PathCode, Guid? CohortId);

public abstract record InviteToTrainingOutcome
{
    // Already: addresses invited to the same target before (not written to again).
    public sealed record Invited(int Sent, int Already) : InviteToTrainingOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : InviteToTrainingOutcome;

    // Another company's (or none): only the company's own accounts and keys invite for it.
    public sealed record CompanyNotFound : InviteToTrainingOutcome;
}

// A company invites its people, from its diagnostic's result, to a published path or an approved
// cohort: one email each, with the link to the path's or cohort's page, where they register and
// enrol themselves. Only the company's own accounts and keys invite for it.
public sealed class InviteToTraining(SemilleroDb db, EmailOutbox outbox, IOptions<SiteOptions> site, TimeProvider clock)
{
    public const int MaxPerInvitation = 50;

    public const string EmailKind = "diagnostico_formacion";

    public static class Fields
    {
        public const string Emails = "emails";
        public const string Target = "target";
    }

    public async Task<InviteToTrainingOutcome> RunAsync(Guid companyId, TrainingInvitationInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Roles.Empresa || actor.CompanyId != companyId)
        {
            return new InviteToTrainingOutcome.CompanyNotFound();
        }

        var errors = new List<FieldError>();
        var emails = (input.Emails ?? "").Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var bad = emails.Where(e => !LearnerRules.IsValidEmail(e)).ToList();
        if (emails.Count == 0)
        {
            errors.Add(new FieldError(Fields.Emails, new IdRejection("required",
                "Escriba al menos un correo, uno por línea.", "Enter at least one address, one per line.")));
        }
        else if (bad.Count > 0)
        {
            errors.Add(new FieldError(Fields.Emails, new IdRejection("email",
                $"Estos correos no son válidos: {string.Join(", ", bad.Take(5))}.", $"These addresses are not valid: {string.Join(", ", bad.Take(5))}.")));
        }
        else if (emails.Count > MaxPerInvitation)
        {
            errors.Add(new FieldError(Fields.Emails, new IdRejection("limit",
                $"Invite hasta {MaxPerInvitation} personas a la vez.", $"Invite up to {MaxPerInvitation} people at a time.")));
        }

        var (target, link, nameEs, nameEn) = await TargetAsync(input, ct);
        if (target is null)
        {
            errors.Add(new FieldError(Fields.Target, new IdRejection("unknown",
                "Elija una ruta publicada o una convocatoria con inscripciones abiertas.", "Choose a published path or a cohort taking enrolments.")));
        }

        if (input.AssessmentId is { } assessmentId && !await db.Assessments.AnyAsync(a => a.Id == assessmentId && a.CompanyId == companyId, ct))
        {
            errors.Add(new FieldError(Fields.Target, new IdRejection("assessment", "Ese diagnóstico no es de su empresa.", "That diagnostic is not your company's.")));
        }

        if (errors.Count > 0)
        {
            return new InviteToTrainingOutcome.Invalid(errors);
        }

        var (pathId, cohortId) = target!.Value;
        var already = await db.TrainingInvitations.AsNoTracking()
            .Where(i => i.CompanyId == companyId && i.PathId == pathId && i.CohortId == cohortId && emails.Contains(i.Email))
            .Select(i => i.Email).ToListAsync(ct);
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.TradeName).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var email in emails.Except(already, StringComparer.Ordinal))
        {
            db.TrainingInvitations.Add(new TrainingInvitation
            {
                Id = Guid.CreateVersion7(now),
                CompanyId = companyId,
                AssessmentId = input.AssessmentId,
                Email = email,
                PathId = pathId,
                CohortId = cohortId,
                InvitedAt = now.UtcDateTime,
                InvitedBy = actor.Id,
            });
            outbox.Enqueue(email,
                $"{company} le invita a formarse: {nameEs} / {company} invites you to train: {nameEn}",
                $"""
                Hola:

                {company} le invita a estudiar «{nameEs}» en el programa Semillero de formación en nube e inteligencia artificial. La formación es gratuita y al terminar recibe una insignia digital verificable (reconocimiento no oficial).

                Vea los detalles e inscríbase aquí:
                {link}

                ---

                Hello,

                {company} invites you to study "{nameEn}" in the Semillero cloud and AI training program. Training is free, and on finishing you receive a verifiable digital badge (a non-official recognition).

                See the details and enrol here:
                {link}
                """,
                EmailKind);
            sent++;
        }

        await db.SaveChangesAsync(ct);
        DiagnosticFiguresCache.Changed(db.Database.GetConnectionString());
        return new InviteToTrainingOutcome.Invited(sent, already.Count);
    }

    public async Task<IReadOnlyList<TrainingOption>> OptionsAsync(IReadOnlyCollection<Guid> recommended, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        var paths = await db.LearningPaths.AsNoTracking().Where(p => p.Published).OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.NameEs, p.NameEn }).ToListAsync(ct);
        var today = Calendar.ProgramCalendar.Today(clock);
        var cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.Aprobada && c.EnrolmentOpensOn <= today && c.EnrolmentClosesOn >= today && c.Paths.Any(p => recommended.Contains(p.PathId)))
            .OrderBy(c => c.StartsOn).Select(c => new { c.Id, c.Name }).Take(20).ToListAsync(ct);
        return
        [
            .. paths.Where(p => recommended.Contains(p.Id)).Select(p => new TrainingOption("ruta:" + p.Code, p.NameEs, p.NameEn, true, false)),
            .. cohorts.Select(c => new TrainingOption("convocatoria:" + c.Id.ToString("N"), c.Name, c.Name, true, true)),
            .. paths.Where(p => !recommended.Contains(p.Id)).Select(p => new TrainingOption("ruta:" + p.Code, p.NameEs, p.NameEn, false, false)),
        ];
    }

    // "ruta:{code}" or "convocatoria:{id}", as the options' values, into the input's two fields.
    public static (string? PathCode, Guid? CohortId) ParseOption(string? value)
    {
        const string Path = "ruta:", Cohort = "convocatoria:";
        if (value is null)
        {
            return (null, null);
        }

        if (value.StartsWith(Path, StringComparison.Ordinal))
        {
            return (value[Path.Length..], null);
        }

        return value.StartsWith(Cohort, StringComparison.Ordinal) && Guid.TryParseExact(value[Cohort.Length..], "N", out var id) ? (null, id) : (null, null);
    }

    private async Task<((Guid? PathId, Guid? CohortId)? Target, string Link, string NameEs, string NameEn)> TargetAsync(TrainingInvitationInput input, CancellationToken ct)
    {
        var root = site.Value.PublicUrl.TrimEnd('/');
        if (input.CohortId is { } cohortId)
        {
            var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId && c.Status == CohortStatus.Aprobada)
                .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
            return cohort is null ? (null, "", "", "") : ((null, cohort.Id), $"{root}/convocatorias/{cohort.Id}", cohort.Name, cohort.Name);
        }

        if (!string.IsNullOrWhiteSpace(input.PathCode))
        {
            var code = input.PathCode.Trim();
            var path = await db.LearningPaths.AsNoTracking().Where(p => p.Code == code && p.Published)
                .Select(p => new { p.Id, p.Code, p.NameEs, p.NameEn }).FirstOrDefaultAsync(ct);
            return path is null ? (null, "", "", "") : ((path.Id, null), $"{root}/catalogo/{path.Code}", path.NameEs, path.NameEn);
        }

        return (null, "", "", "");
    }
}
