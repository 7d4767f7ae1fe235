using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Organizations;

public abstract record OrganizationKeyOutcome
{
    // Token is ID.SECRET, shown once.
    public sealed record Created(CreateApiKeyOutcome.Created Key) : OrganizationKeyOutcome;

    public sealed record Revoked(ApiKeyView Key) : OrganizationKeyOutcome;

    public sealed record AlreadyRevoked(ApiKeyView Key) : OrganizationKeyOutcome;

    public sealed record Invalid(FieldError Error) : OrganizationKeyOutcome;

    // No such organisation, or no such key of it (another organisation's key is not found either).
    public sealed record NotFound : OrganizationKeyOutcome;

    public sealed record NotAllowed(OrganizationAuthority Authority) : OrganizationKeyOutcome;

    // Keys act for the organisation: it has none until an operator verified it.
    public sealed record NotVerified(OrganizationStatus Status) : OrganizationKeyOutcome;
}

// An organisation's API keys, for its platforms and systems: its administrators (or an operator)
// create them once it is verified and revoke them at any time; its staff only see them.
public sealed class ManageOrganizationKeys(SemilleroDb db, OrganizationAccess access, CreateApiKey create, RevokeApiKey revoke, ListApiKeys list)
{
    public Task<IReadOnlyList<ApiKeyView>> ListAsync(Guid organizationId, CancellationToken ct) => list.RunAsync(organizationId, ct);

    public async Task<OrganizationKeyOutcome> CreateAsync(Guid organizationId, string? name, Actor actor, CancellationToken ct)
    {
        var authority = await access.AuthorityAsync(actor, organizationId, ct);
        if (authority is not (OrganizationAuthority.Administrator or OrganizationAuthority.Operator))
        {
            return new OrganizationKeyOutcome.NotAllowed(authority);
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.VerifiedAt, o.RejectedReason }).FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return new OrganizationKeyOutcome.NotFound();
        }

        if (organization.VerifiedAt is null)
        {
            return new OrganizationKeyOutcome.NotVerified(OrganizationRules.StatusOf(organization.VerifiedAt, organization.RejectedReason));
        }

        return await create.RunAsync(Roles.Aliado, name ?? "", companyRfc: null, organization: organizationId.ToString(), ct) switch
        {
            CreateApiKeyOutcome.Created c => new OrganizationKeyOutcome.Created(c),
            CreateApiKeyOutcome.Invalid i => new OrganizationKeyOutcome.Invalid(new FieldError(i.Field, i.Reason)),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    public async Task<OrganizationKeyOutcome> RevokeAsync(Guid organizationId, string? keyId, Actor actor, CancellationToken ct)
    {
        var authority = await access.AuthorityAsync(actor, organizationId, ct);
        if (authority is not (OrganizationAuthority.Administrator or OrganizationAuthority.Operator))
        {
            return new OrganizationKeyOutcome.NotAllowed(authority);
        }

        return await revoke.RunAsync(keyId ?? "", organizationId, ct) switch
        {
            RevokeApiKeyOutcome.Revoked r => new OrganizationKeyOutcome.Revoked(r.Key),
            RevokeApiKeyOutcome.AlreadyRevoked a => new OrganizationKeyOutcome.AlreadyRevoked(a.Key),
            _ => new OrganizationKeyOutcome.NotFound(),
        };
    }
}
