using System.Collections.Frozen;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Geography;

namespace Semillero.Organizations;

// The organisations' names, held in memory: pages show a name for every partner key they list
// (statements, courses, learners), so the names are read once and kept until an organisation
// changes in this process (Invalidate) or, for changes made by another process (the CLI, another
// web instance), for at most Lifetime.
public sealed class PartnerDirectory(IServiceScopeFactory scopes, TimeProvider clock) : IPartnerDirectory
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;

    public string NameOf(string? partnerKey)
    {
        if (partnerKey is null)
        {
            return "";
        }

        return PartnerKey.TryParse(partnerKey, out var id) && Current().Names.TryGetValue(id, out var name) ? name : partnerKey;
    }

    public string KeyFor(string nameOrKey)
    {
        var text = nameOrKey.Trim();
        if (PartnerKey.TryParse(text, out var id) || Guid.TryParse(text, out id))
        {
            return Current().Names.ContainsKey(id) ? PartnerKey.Of(id) : text;
        }

        return Current().ByFoldedName.TryGetValue(Entidades.Fold(text), out var named) ? PartnerKey.Of(named) : text;
    }

    public IReadOnlyList<string> Names() => Current().Sorted;

    // From the held snapshot: every API request asks, and the cookie's every validation.
    public Task<bool> IsVerifiedAsync(Guid organizationId, CancellationToken ct) => Task.FromResult(Current().Verified.Contains(organizationId));

    public void Invalidate() => _snapshot = null;

    private Snapshot Current()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.TakenAt < Lifetime)
        {
            return snapshot;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var rows = db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, Verified = o.VerifiedAt != null && o.RejectedReason == null }).ToList();
        snapshot = new Snapshot(
            rows.ToFrozenDictionary(r => r.Id, r => r.Name),
            rows.GroupBy(r => Entidades.Fold(r.Name)).ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal),
            rows.Select(r => r.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("es-MX"), ignoreCase: true)).ToList(),
            rows.Where(r => r.Verified).Select(r => r.Id).ToFrozenSet(),
            clock.GetUtcNow());
        _snapshot = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(FrozenDictionary<Guid, string> Names, FrozenDictionary<string, Guid> ByFoldedName, IReadOnlyList<string> Sorted, FrozenSet<Guid> Verified, DateTimeOffset TakenAt);
}

public static class PartnerDirectoryModule
{
    public static IServiceCollection AddPartnerDirectory(this IServiceCollection services) =>
        services.AddSingleton<PartnerDirectory>().AddSingleton<IPartnerDirectory>(sp => sp.GetRequiredService<PartnerDirectory>());
}
