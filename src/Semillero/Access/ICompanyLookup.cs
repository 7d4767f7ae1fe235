namespace Semillero.Access;

// An empresa API key acts for one company, named by its RFC when the key is created. Companies sit
// above Access (they use its actors, users and keys), so finding the company is theirs to answer
// (docs/adr/0009-dependencies-point-one-way.md).
public interface ICompanyLookup
{
    Task<Guid?> FindByRfcAsync(string rfc, CancellationToken ct);
}
