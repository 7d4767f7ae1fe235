using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Credits;

public sealed record CreditProgramVersionView(int Version, DateTime? PublishedAt, string? PublishedBy, string? Reason, bool Shipped);

// The program versions in force: the shipped version 1 and whatever operators published after it.
// A published version never changes, so each is parsed once per process and database.
public sealed class CreditProgramVersions(SemilleroDb db)
{
    private static readonly ConcurrentDictionary<(string Database, int Version), CreditProgram> Parsed = new();

    private string Database => db.Database.GetConnectionString() ?? "";

    public async Task<CreditProgram> CurrentAsync(CancellationToken ct)
    {
        var latest = await db.CreditProgramVersions.AsNoTracking().MaxAsync(v => (int?)v.Version, ct);
        return latest is { } version && version > CreditPrograms.Shipped.Version
            ? await FindAsync(version, ct) ?? CreditPrograms.Shipped
            : CreditPrograms.Shipped;
    }

    public async Task<CreditProgram?> FindAsync(int version, CancellationToken ct)
    {
        if (version == CreditPrograms.Shipped.Version)
        {
            return CreditPrograms.Shipped;
        }

        if (Parsed.TryGetValue((Database, version), out var cached))
        {
            return cached;
        }

        var json = await db.CreditProgramVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);
        if (json is null)
        {
            return null;
        }

        // It was checked when published; a row that no longer parses is a bug, not an outcome.
        var (program, errors) = CreditPrograms.Parse(json);
        return Parsed.GetOrAdd((Database, version), program ?? throw new InvalidOperationException($"Credit program version {version} no longer parses: {string.Join("; ", errors)}"));
    }

    public async Task<IReadOnlyList<CreditProgramVersionView>> ListAsync(CancellationToken ct)
    {
        var rows = await db.CreditProgramVersions.AsNoTracking().OrderBy(v => v.Version)
            .Select(v => new CreditProgramVersionView(v.Version, v.PublishedAt, v.PublishedBy, v.Reason, false)).ToListAsync(ct);
        rows.Insert(0, new CreditProgramVersionView(CreditPrograms.Shipped.Version, null, null, null, true));
        return rows;
    }
}
