using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Access;

// A key as operators see it: never the secret (only its hash exists).
public sealed record ApiKeyView(string Id, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt)
{
    public bool Active => RevokedAt is null;
}

public sealed class ListApiKeys(SemilleroDb db)
{
    // Working keys first (what an operator looks for), newest first within each group.
    public Task<IReadOnlyList<ApiKeyView>> RunAsync(CancellationToken ct) => RunAsync(organizationId: null, ct);

    // With an organisation: only the keys bound to it.
    public async Task<IReadOnlyList<ApiKeyView>> RunAsync(Guid? organizationId, CancellationToken ct)
    {
        var query = db.ApiKeys.AsNoTracking();
        if (organizationId is { } owner)
        {
            query = query.Where(k => k.OrganizationId == owner);
        }

        var keys = await query
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Role, k.CreatedAt, k.RevokedAt))
            .ToListAsync(ct);
        return keys
            .OrderBy(k => k.Active ? 0 : 1)
            .ThenByDescending(k => k.CreatedAt)
            .ThenBy(k => k.Id, StringComparer.Ordinal)
            .ToList();
    }
}
