using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Learners;
using Semillero.Vacancies;

namespace Semillero.Demo;

// A little of what the program's people do, so each role's pages have something in them: the demo
// learner applies to a vacancy of the demo company and asks the operators to correct their name,
// and a newcomer claims a record the demo partner registered. Each through the feature's own use
// case, as a person would, so the emails those steps send are in the outbox too.
public sealed class SeedDemoActivity(SemilleroDb db, ApplyToVacancy apply, RectifyMyData rectify, RegisterAccount register)
{
    public async Task<bool> IsEmptyAsync(CancellationToken ct) =>
        !await db.Applications.AnyAsync(ct) && !await db.ArcoRequests.AnyAsync(ct) && !await db.RecordClaims.AnyAsync(ct);

    public async Task RunAsync(CancellationToken ct)
    {
        var learnerEmail = SeedDemoAccounts.Accounts.Single(a => a.Role == Roles.Aprendiz).Email.ToUpperInvariant();
        var learnerUser = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == learnerEmail && u.LearnerId != null, ct);
        var empresaEmail = SeedDemoCompanies.DemoEmpresaEmail.ToUpperInvariant();
        var companyId = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == empresaEmail)
            .Select(u => u.CompanyId).FirstOrDefaultAsync(ct);
        if (learnerUser?.LearnerId is not { } learnerId || companyId is null)
        {
            return;
        }

        // The company's latest vacancy: the one at the top of its list.
        var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.CompanyId == companyId && v.Status == VacancyStatus.Abierta)
            .OrderByDescending(v => v.UpdatedAt).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        if (vacancy is { } vacancyId)
        {
            var learnerActor = new Actor(learnerUser.Id.ToString(), learnerUser.DisplayName, Roles.Aprendiz, learnerId);
            await apply.RunAsync(vacancyId, "Terminé la ruta de nube y me interesa la vacante.", learnerActor, ct);
        }

        // A second given name the record lacks: name changes wait for an operator (ARCO queue).
        var learner = await db.Learners.AsNoTracking().FirstAsync(l => l.Id == learnerId, ct);
        await rectify.RunAsync(learnerId, new RectifyInput(null, null, null, learner.GivenNames + " Guadalupe", learner.FirstSurname, learner.SecondSurname), ct);

        // A newcomer registers with the CURP of someone the demo partner registered without an
        // email: the claim waits for the partner or an operator to vouch (claims queue).
        // (Every synthetic learner has an email; partners' imports often lack one, as this one.)
        var claimed = await db.Learners
            .Where(l => l.RegisteredBy == SeedDemoLearners.SeededBy && l.AnonymizedAt == null && !db.Users.Any(u => u.LearnerId == l.Id))
            .OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        if (claimed is not null)
        {
            claimed.Email = null;
            claimed.RegisteredBy = PartnerKey.Of(SeedDemoOrganizations.ProviderId);
            await db.SaveChangesAsync(ct);
            await register.RunAsync(new RegisterAccountInput(
                claimed.Curp, claimed.GivenNames, claimed.FirstSurname, claimed.SecondSurname, $"reclamo@{SeedDemoAccounts.Domain}",
                "hoja-de-maiz-2026", claimed.StateCode, SegmentNames.ToWire(claimed.Segment), AcceptsNotice: true, OptionalConsents: [], ConfirmNamesDespiteCurp: true), ct);
        }
    }
}
