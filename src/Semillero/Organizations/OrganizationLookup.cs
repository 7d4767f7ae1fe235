using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;

namespace Semillero.Organizations;

public sealed class OrganizationLookup(SemilleroDb db) : IOrganizationLookup
{
    // By id (with or without dashes), or by the exact name.
    public async Task<OrganizationRef?> FindAsync(string idOrName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var text = idOrName.Trim();
        var query = Guid.TryParse(text, out var id)
            ? db.Organizations.AsNoTracking().Where(o => o.Id == id)
            : db.Organizations.AsNoTracking().Where(o => o.Name == text);
        return await query.Select(o => new OrganizationRef(o.Id, o.Name, o.VerifiedAt != null)).FirstOrDefaultAsync(ct);
    }
}
