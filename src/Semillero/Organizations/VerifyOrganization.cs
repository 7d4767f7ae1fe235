using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Organizations;

public abstract record VerifyOrganizationOutcome
{
    public sealed record Verified(Organization Organization) : VerifyOrganizationOutcome;

    public sealed record AlreadyVerified(Organization Organization) : VerifyOrganizationOutcome;

    public sealed record NotFound : VerifyOrganizationOutcome;
}

// An operator confirms the organisation exists (its RFC against its tax certificate): from then on
// it appears in the public directory, its administrators can create keys and its people act for it.
// Who and when stay on the organisation (and in the log, by id).
public sealed class VerifyOrganization(SemilleroDb db, IPartnerDirectory partners, TimeProvider clock)
{
    public async Task<VerifyOrganizationOutcome> RunAsync(Guid organizationId, Actor operatorActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operatorActor);
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null)
        {
            return new VerifyOrganizationOutcome.NotFound();
        }

        if (organization.VerifiedAt is not null)
        {
            return new VerifyOrganizationOutcome.AlreadyVerified(organization);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        organization.VerifiedAt = now;
        organization.VerifiedBy = Who(operatorActor);
        organization.RejectedReason = null;
        organization.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        partners.Invalidate();
        return new VerifyOrganizationOutcome.Verified(organization);
    }

    internal static string Who(Actor actor)
    {
        var who = string.IsNullOrWhiteSpace(actor.Name) ? actor.Id : $"{actor.Name} ({actor.Id})";
        return who.Length <= 100 ? who : who[..100];
    }
}
