namespace Semillero.Access;

// Whoever is acting: a signed-in person or an API key. Role decides what they may do; LearnerId is
// set for a learner acting on their own data; Organization scopes partners; CompanyId is the company
// an empresa account or key acts for.
public sealed record Actor(string Id, string Name, string Role, Guid? LearnerId = null, string? Organization = null, Guid? CompanyId = null)
{
    public bool IsSelf(Guid learnerId) => LearnerId == learnerId;
}
