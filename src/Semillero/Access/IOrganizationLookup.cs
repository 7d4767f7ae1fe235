namespace Semillero.Access;

// An organisation as Access needs to know it to bind an aliado key to it.
public sealed record OrganizationRef(Guid Id, string Name, bool Verified);

// An aliado API key acts for one organisation, named by its id or its exact name when the key is
// created. Organizations sit above Access, so finding the organisation is theirs to answer
// (docs/adr/0009-dependencies-point-one-way.md).
public interface IOrganizationLookup
{
    Task<OrganizationRef?> FindAsync(string idOrName, CancellationToken ct);
}
