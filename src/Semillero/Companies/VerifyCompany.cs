using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Companies;

public abstract record VerifyCompanyOutcome
{
    public sealed record Verified(Company Company) : VerifyCompanyOutcome;

    public sealed record AlreadyVerified(Company Company) : VerifyCompanyOutcome;

    public sealed record NotFound : VerifyCompanyOutcome;
}

// An operator confirms the company exists (its RFC against its tax certificate): from then on its
// open vacancies are public. Who and when stay on the company.
public sealed class VerifyCompany(SemilleroDb db, TimeProvider clock)
{
    public async Task<VerifyCompanyOutcome> RunAsync(Guid companyId, Actor operatorActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operatorActor);
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == companyId, ct);
        if (company is null)
        {
            return new VerifyCompanyOutcome.NotFound();
        }

        if (company.VerifiedAt is not null)
        {
            return new VerifyCompanyOutcome.AlreadyVerified(company);
        }

        company.VerifiedAt = clock.GetUtcNow().UtcDateTime;
        company.VerifiedBy = Who(operatorActor);
        company.RejectedReason = null;
        await db.SaveChangesAsync(ct);
        return new VerifyCompanyOutcome.Verified(company);
    }

    internal static string Who(Actor actor)
    {
        var who = string.IsNullOrWhiteSpace(actor.Name) ? actor.Id : $"{actor.Name} ({actor.Id})";
        return who.Length <= 100 ? who : who[..100];
    }
}
