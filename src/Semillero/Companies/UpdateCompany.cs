using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Companies;

public abstract record UpdateCompanyOutcome
{
    public sealed record Updated(Company Company) : UpdateCompanyOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : UpdateCompanyOutcome;

    public sealed record NotFound : UpdateCompanyOutcome;
}

// A company corrects its profile. The RFC identifies it and does not change (the input's RFC is
// ignored); the size band follows the new workers and sales. A rejected company that corrects its
// data goes back to the operators' queue.
public sealed class UpdateCompany(SemilleroDb db, TimeProvider clock)
{
    public async Task<UpdateCompanyOutcome> RunAsync(Guid companyId, CompanyInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == companyId, ct);
        if (company is null)
        {
            return new UpdateCompanyOutcome.NotFound();
        }

        var (valid, errors, _) = CompanyRules.Validate(input with { Rfc = company.Rfc });
        if (valid is null)
        {
            return new UpdateCompanyOutcome.Invalid(errors);
        }

        RegisterCompany.Apply(company, valid, clock.GetUtcNow().UtcDateTime);
        company.RejectedReason = null;
        await db.SaveChangesAsync(ct);
        return new UpdateCompanyOutcome.Updated(company);
    }
}
