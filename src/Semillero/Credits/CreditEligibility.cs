using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Companies;
using Semillero.Data;

namespace Semillero.Credits;

// The facts eligibility looks at, read from the registry now: the company's kind and verification,
// its startup profile, and which founders graduated. A founder counts as a graduate when their CURP
// is a registered learner's with at least one path completion, joined by CURP at the time of the
// check rather than trusting the founder row's LearnerId, which may be stale or unset.
public sealed class CreditEligibility(SemilleroDb db, TimeProvider clock)
{
    public async Task<EligibilityFacts?> FactsAsync(Guid companyId, CancellationToken ct)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId)
            .Select(c => new { c.Kind, Verified = c.VerifiedAt != null }).FirstOrDefaultAsync(ct);
        if (company is null)
        {
            return null;
        }

        var profile = await db.StartupProfiles.AsNoTracking().Where(p => p.CompanyId == companyId)
            .Select(p => new { p.FoundedOn, p.Stage }).FirstOrDefaultAsync(ct);
        var curps = await db.StartupFounders.AsNoTracking().Where(f => f.CompanyId == companyId).Select(f => f.Curp).ToListAsync(ct);
        var graduates = curps.Count == 0 ? 0 : await db.Learners.AsNoTracking()
            .Where(l => curps.Contains(l.Curp) && l.AnonymizedAt == null && db.PathCompletions.Any(p => p.LearnerId == l.Id))
            .Select(l => l.Curp).Distinct().CountAsync(ct);
        return new EligibilityFacts(profile?.FoundedOn, profile?.Stage, curps.Count, graduates, company.Verified, company.Kind == CompanyKind.Startup);
    }

    public async Task<IReadOnlyList<EligibilityCheck>?> CheckAsync(Guid companyId, CreditProgram program, CancellationToken ct) =>
        await FactsAsync(companyId, ct) is { } facts ? CreditRules.Eligibility(program, facts, ProgramCalendar.Today(clock)) : null;
}
