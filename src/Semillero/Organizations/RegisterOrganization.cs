using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Organizations;

public abstract record RegisterOrganizationOutcome
{
    // RfcWarning: the check digit does not verify (accepted; shown to the caller).
    public sealed record Registered(Organization Organization, IdRejection? RfcWarning) : RegisterOrganizationOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors, IdRejection? RfcWarning) : RegisterOrganizationOutcome;

    // One organisation per RFC and per name: Field says which one is taken.
    public sealed record Duplicate(Guid ExistingId, string Field, IdRejection Reason) : RegisterOrganizationOutcome;
}

// Registers an organisation (an operator through the API, or an organisation registering itself
// through RegisterOrganizationAccount). It starts pending unless an operator vouches for it at once.
public sealed class RegisterOrganization(SemilleroDb db, IPartnerDirectory partners, TimeProvider clock)
{
    public async Task<RegisterOrganizationOutcome> RunAsync(OrganizationInput input, string createdBy, bool verified, CancellationToken ct)
    {
        var (valid, errors, warning) = OrganizationRules.Validate(input);
        if (valid is null)
        {
            return new RegisterOrganizationOutcome.Invalid(errors, warning);
        }

        if (await FindDuplicateAsync(db, valid, ct) is { } duplicate)
        {
            return duplicate;
        }

        var organization = NewOrganization(valid, createdBy, clock.GetUtcNow().UtcDateTime, verified);
        db.Organizations.Add(organization);
        try
        {
            await db.SaveChangesAsync(ct);
            partners.Invalidate();
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // Two registrations of the same RFC or name at once: the unique indexes decide.
            db.ChangeTracker.Clear();
            return await FindDuplicateAsync(db, valid, ct)
                ?? throw new InvalidOperationException("A unique index refused the organisation but no duplicate was found.", e);
        }

        return new RegisterOrganizationOutcome.Registered(organization, warning);
    }

    // The organisation already holding the RFC or (case aside) the name.
    internal static async Task<RegisterOrganizationOutcome.Duplicate?> FindDuplicateAsync(SemilleroDb db, ValidOrganization valid, CancellationToken ct, Guid? except = null)
    {
        var rfc = valid.Rfc.Value;
        var byRfc = await db.Organizations.AsNoTracking().Where(o => o.Rfc == rfc && o.Id != except).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (byRfc is { } rfcOwner)
        {
            return new(rfcOwner, OrganizationRules.Fields.Rfc, new IdRejection(OrganizationRules.Codes.Duplicate,
                $"El RFC {rfc} ya está registrado: cada organización se registra una sola vez. Si es la suya, pida a su administrador que le invite.",
                $"RFC {rfc} is already registered: each organisation registers once. If it is yours, ask its administrator to invite you."));
        }

        // Case aside on both engines: a LIKE without wildcards (SQLite's folds ASCII; PostgreSQL needs ILIKE).
        var pattern = valid.Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var others = db.Organizations.AsNoTracking().Where(o => o.Id != except);
        var byName = await (db.Provider == DatabaseProvider.Postgres
                ? others.Where(o => EF.Functions.ILike(o.Name, pattern, "\\"))
                : others.Where(o => EF.Functions.Like(o.Name, pattern, "\\")))
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (byName is { } nameOwner)
        {
            return new(nameOwner, OrganizationRules.Fields.Name, new IdRejection(OrganizationRules.Codes.Duplicate,
                $"Ya hay una organización llamada «{valid.Name}»; use el nombre que la distinga (p. ej. con la ciudad).",
                $"There is already an organisation called «{valid.Name}»; use a name that sets it apart (e.g. with the city)."));
        }

        return null;
    }

    public static Organization NewOrganization(ValidOrganization valid, string createdBy, DateTime now, bool verified, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var organization = new Organization
        {
            Id = id ?? Guid.CreateVersion7(now),
            Name = valid.Name,
            LegalName = valid.LegalName,
            CreatedAt = now,
            CreatedBy = createdBy.Length <= 100 ? createdBy : createdBy[..100],
        };
        Apply(organization, valid, now);
        organization.Rfc = valid.Rfc.Value;
        organization.RfcCheckDigitMatches = valid.Rfc.CheckDigitMatches;
        if (verified)
        {
            organization.VerifiedAt = now;
            organization.VerifiedBy = organization.CreatedBy;
        }

        return organization;
    }

    // Everything but the RFC, which identifies the organisation and never changes once set.
    public static void Apply(Organization organization, ValidOrganization valid, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(valid);
        organization.Kind = valid.Kind;
        organization.Name = valid.Name;
        organization.LegalName = valid.LegalName;
        organization.StateCode = valid.State.Clave;
        organization.Website = valid.Website;
        organization.ContactName = valid.ContactName;
        organization.ContactEmail = valid.ContactEmail;
        organization.ContactPhone = valid.ContactPhone;
        organization.UpdatedAt = now;
    }

    internal static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
