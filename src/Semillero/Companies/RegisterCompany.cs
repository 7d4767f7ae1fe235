using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Companies;

public abstract record RegisterCompanyOutcome
{
    // RfcWarning: the check digit does not verify (accepted; shown to the caller).
    public sealed record Registered(Company Company, IdRejection? RfcWarning) : RegisterCompanyOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors, IdRejection? RfcWarning) : RegisterCompanyOutcome;

    // One company per RFC.
    public sealed record Duplicate(Guid ExistingId, string Rfc) : RegisterCompanyOutcome;
}

// Registers a company (an operator through the API, or a company registering itself through
// RegisterCompanyAccount). It starts unverified unless an operator vouches for it at once.
public sealed class RegisterCompany(SemilleroDb db, TimeProvider clock)
{
    public async Task<RegisterCompanyOutcome> RunAsync(CompanyInput input, string createdBy, bool verified, CancellationToken ct)
    {
        var (valid, errors, warning) = CompanyRules.Validate(input);
        if (valid is null)
        {
            return new RegisterCompanyOutcome.Invalid(errors, warning);
        }

        if (await db.Companies.AsNoTracking().Where(c => c.Rfc == valid.Rfc.Value).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return new RegisterCompanyOutcome.Duplicate(existing, valid.Rfc.Value);
        }

        var company = NewCompany(valid, createdBy, clock.GetUtcNow().UtcDateTime, verified);
        db.Companies.Add(company);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // Two registrations of the same RFC at once: the unique index decides.
            db.ChangeTracker.Clear();
            var winner = await db.Companies.AsNoTracking().Where(c => c.Rfc == valid.Rfc.Value).Select(c => c.Id).FirstAsync(ct);
            return new RegisterCompanyOutcome.Duplicate(winner, valid.Rfc.Value);
        }

        return new RegisterCompanyOutcome.Registered(company, warning);
    }

    public static Company NewCompany(ValidCompany valid, string createdBy, DateTime now, bool verified)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var company = new Company
        {
            Id = Guid.CreateVersion7(now),
            Rfc = valid.Rfc.Value,
            RfcCheckDigitMatches = valid.Rfc.CheckDigitMatches,
            LegalName = valid.LegalName,
            TradeName = valid.TradeName,
            SectorCode = valid.Sector.Code,
            StateCode = valid.State.Clave,
            CreatedAt = now,
            CreatedBy = createdBy.Length <= 100 ? createdBy : createdBy[..100],
        };
        Apply(company, valid, now);
        if (verified)
        {
            company.VerifiedAt = now;
            company.VerifiedBy = company.CreatedBy;
        }

        return company;
    }

    // Everything but the RFC, which identifies the company and never changes.
    public static void Apply(Company company, ValidCompany valid, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(valid);
        company.LegalName = valid.LegalName;
        company.TradeName = valid.TradeName;
        company.SectorCode = valid.Sector.Code;
        company.StateCode = valid.State.Clave;
        company.Workers = valid.Workers;
        company.AnnualSalesMdp = valid.AnnualSalesMdp;
        company.SizeBand = valid.SizeBand;
        company.Kind = valid.Kind;
        company.Website = valid.Website;
        company.Description = valid.Description;
        company.UpdatedAt = now;
    }

    internal static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
