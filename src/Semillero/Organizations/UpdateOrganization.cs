using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Organizations;

public abstract record UpdateOrganizationOutcome
{
    public sealed record Updated(Organization Organization, bool BackToReview) : UpdateOrganizationOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : UpdateOrganizationOutcome;

    public sealed record Taken(string Field, IdRejection Reason) : UpdateOrganizationOutcome;

    public sealed record NotFound : UpdateOrganizationOutcome;

    // Only the organisation's administrators (or an operator) change its data.
    public sealed record NotAllowed : UpdateOrganizationOutcome;
}

// An administrator corrects the organisation's data. The RFC identifies it and does not change
// (the input's is ignored), except for an organisation that has none yet (created from a partner
// name that existed before organisations did), which completes it here. A rejected organisation
// that corrects its data goes back to the operators' queue.
public sealed class UpdateOrganization(SemilleroDb db, IPartnerDirectory partners, OrganizationAccess access, TimeProvider clock)
{
    public async Task<UpdateOrganizationOutcome> RunAsync(Guid organizationId, OrganizationInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await access.AuthorityAsync(actor, organizationId, ct) is not (OrganizationAuthority.Administrator or OrganizationAuthority.Operator))
        {
            return new UpdateOrganizationOutcome.NotAllowed();
        }

        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null)
        {
            return new UpdateOrganizationOutcome.NotFound();
        }

        var (valid, errors, _) = OrganizationRules.Validate(organization.Rfc is null ? input : input with { Rfc = organization.Rfc });
        if (valid is null)
        {
            return new UpdateOrganizationOutcome.Invalid(errors);
        }

        if (await RegisterOrganization.FindDuplicateAsync(db, valid, ct, except: organization.Id) is { } duplicate)
        {
            return new UpdateOrganizationOutcome.Taken(duplicate.Field, duplicate.Reason);
        }

        RegisterOrganization.Apply(organization, valid, clock.GetUtcNow().UtcDateTime);
        if (organization.Rfc is null)
        {
            organization.Rfc = valid.Rfc.Value;
            organization.RfcCheckDigitMatches = valid.Rfc.CheckDigitMatches;
        }

        var backToReview = organization.RejectedReason is not null;
        organization.RejectedReason = null;
        await db.SaveChangesAsync(ct);
        partners.Invalidate();
        return new UpdateOrganizationOutcome.Updated(organization, backToReview);
    }
}
