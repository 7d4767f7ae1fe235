using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Diagnostics;

public abstract record StartAssessmentOutcome
{
    // Created false: the owner already had one open, which is returned to be continued.
    public sealed record Started(Guid AssessmentId, bool Created) : StartAssessmentOutcome;

    // No such company, or one the actor may not act for.
    public sealed record CompanyNotFound : StartAssessmentOutcome;

    public sealed record NotAllowed(IdRejection Reason) : StartAssessmentOutcome;
}

// Starts an assessment with the current question bank: a company for itself (verified companies
// only), or a verified chamber or state government for a verified company. Each owner has at most
// one open assessment per company; starting again returns it.
public sealed class StartAssessment(SemilleroDb db, BankVersions banks, TimeProvider clock)
{
    public async Task<StartAssessmentOutcome> RunAsync(Guid companyId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var verified = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => (bool?)(c.VerifiedAt != null)).FirstOrDefaultAsync(ct);
        AssessmentMode mode;
        Guid? organizationId = null;
        if (actor.Role == Roles.Empresa)
        {
            if (verified is null || actor.CompanyId != companyId)
            {
                return new StartAssessmentOutcome.CompanyNotFound();
            }

            mode = AssessmentMode.Autodiagnostico;
        }
        else if (actor.Role == Roles.Aliado && actor.OrganizationId is { } orgId)
        {
            if (verified is null)
            {
                return new StartAssessmentOutcome.CompanyNotFound();
            }

            var kind = await db.Organizations.AsNoTracking().Where(o => o.Id == orgId && o.VerifiedAt != null).Select(o => (Organizations.OrganizationKind?)o.Kind).FirstOrDefaultAsync(ct);
            if (kind is null || !AssessmentAccess.RunningKinds.Contains(kind.Value))
            {
                return new StartAssessmentOutcome.NotAllowed(new IdRejection("tipo_organizacion",
                    "Solo las cámaras y los gobiernos estatales verificados aplican el diagnóstico a empresas.",
                    "Only verified chambers and state governments run the diagnostic with companies."));
            }

            mode = AssessmentMode.Acompanado;
            organizationId = orgId;
        }
        else
        {
            return new StartAssessmentOutcome.CompanyNotFound();
        }

        if (verified != true)
        {
            return new StartAssessmentOutcome.NotAllowed(new IdRejection("empresa_no_verificada",
                "La empresa aún no está verificada; el diagnóstico se abre cuando el equipo del programa confirme sus datos.",
                "The company is not verified yet; the diagnostic opens once the program team confirms its data."));
        }

        var open = await db.Assessments.AsNoTracking()
            .Where(a => a.CompanyId == companyId && a.SubmittedAt == null && a.Mode == mode && a.OrganizationId == organizationId)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (open is { } existing)
        {
            return new StartAssessmentOutcome.Started(existing, false);
        }

        var bank = await banks.CurrentAsync(ct);
        var now = clock.GetUtcNow();
        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(now),
            CompanyId = companyId,
            BankVersion = bank.Version,
            Mode = mode,
            OrganizationId = organizationId,
            StartedBy = actor.Id,
            StartedAt = now.UtcDateTime,
        };
        assessment.People.Add(new AssessmentRespondent { Id = Guid.CreateVersion7(now), AssessmentId = assessment.Id, Lead = true, InvitedAt = now.UtcDateTime });
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return new StartAssessmentOutcome.Started(assessment.Id, true);
    }
}
