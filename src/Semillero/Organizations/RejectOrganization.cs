using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Validation;

namespace Semillero.Organizations;

public abstract record RejectOrganizationOutcome
{
    public sealed record Rejected(Organization Organization) : RejectOrganizationOutcome;

    public sealed record Invalid(IdRejection Reason) : RejectOrganizationOutcome;

    public sealed record NotFound : RejectOrganizationOutcome;
}

// An operator cannot verify an organisation: the reason is shown to its people so they can correct
// its data (which puts it back in the queue). Rejecting a verified organisation withdraws the
// verification, and with it the directory listing and the creation of new keys.
public sealed class RejectOrganization(SemilleroDb db, IPartnerDirectory partners, TimeProvider clock)
{
    public const int MinReasonLength = 10;
    public const int MaxReasonLength = 1000;

    public async Task<RejectOrganizationOutcome> RunAsync(Guid organizationId, string? reason, Actor operatorActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operatorActor);
        var text = reason?.Trim() ?? "";
        if (text.Length is < MinReasonLength or > MaxReasonLength)
        {
            return new RejectOrganizationOutcome.Invalid(new IdRejection(IdRejectionCodes.Length,
                $"Escriba el motivo para la organización ({MinReasonLength} a {MaxReasonLength} caracteres): lo verá para corregir sus datos.",
                $"Write the reason for the organisation ({MinReasonLength} to {MaxReasonLength} characters): it will see it to correct its data."));
        }

        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null)
        {
            return new RejectOrganizationOutcome.NotFound();
        }

        organization.RejectedReason = text;
        organization.VerifiedAt = null;
        organization.VerifiedBy = VerifyOrganization.Who(operatorActor);
        organization.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        partners.Invalidate();
        return new RejectOrganizationOutcome.Rejected(organization);
    }
}
