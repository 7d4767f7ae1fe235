using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Validation;

namespace Semillero.Companies;

public abstract record RejectCompanyOutcome
{
    public sealed record Rejected(Company Company) : RejectCompanyOutcome;

    public sealed record Invalid(IdRejection Reason) : RejectCompanyOutcome;

    public sealed record NotFound : RejectCompanyOutcome;
}

// An operator cannot verify a company: the reason is shown to the company so it can correct its
// data (which puts it back in the queue). Rejecting a verified company withdraws the verification,
// and with it the public listing of its vacancies.
public sealed class RejectCompany(SemilleroDb db, TimeProvider clock)
{
    public const int MinReasonLength = 10;
    public const int MaxReasonLength = 1000;

    public async Task<RejectCompanyOutcome> RunAsync(Guid companyId, string? reason, Actor operatorActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operatorActor);
        var text = reason?.Trim() ?? "";
        if (text.Length is < MinReasonLength or > MaxReasonLength)
        {
            return new RejectCompanyOutcome.Invalid(new IdRejection(IdRejectionCodes.Length,
                $"Escriba el motivo para la empresa ({MinReasonLength} a {MaxReasonLength} caracteres): lo verá para corregir sus datos.",
                $"Write the reason for the company ({MinReasonLength} to {MaxReasonLength} characters): it will see it to correct its data."));
        }

        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == companyId, ct);
        if (company is null)
        {
            return new RejectCompanyOutcome.NotFound();
        }

        company.RejectedReason = text;
        company.VerifiedAt = null;
        company.VerifiedBy = VerifyCompany.Who(operatorActor);
        company.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new RejectCompanyOutcome.Rejected(company);
    }
}
