namespace Semillero.Access;

// Whoever is acting: a signed-in person or an API key. Role decides what they may do; LearnerId is
// set for a learner acting on their own data; Organization is the partner key that scopes partners
// (PartnerKey: the organisation's id; an operator's key name for operators' keys); CompanyId is the
// company an empresa account or key acts for.
public sealed record Actor(string Id, string Name, string Role, Guid? LearnerId = null, string? Organization = null, Guid? CompanyId = null)
{
    public bool IsSelf(Guid learnerId) => LearnerId == learnerId;

    // The organisation the actor acts for, when its partner key names one.
    public Guid? OrganizationId => PartnerKey.TryParse(Organization, out var id) ? id : null;
}
