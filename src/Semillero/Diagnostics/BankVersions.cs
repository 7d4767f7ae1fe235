using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Diagnostics;

public sealed record BankVersionView(int Version, DateTime? PublishedAt, string? PublishedBy, string? Reason, int Questions, bool Shipped);

// The question banks in force: the shipped version 1 and whatever operators published after it.
// A published version never changes, so each is parsed once per process and database (a process
// may hold several databases: the tests do).
public sealed class BankVersions(SemilleroDb db)
{
    private static readonly ConcurrentDictionary<(string Database, int Version), QuestionBank> Parsed = new();

    private string Database => db.Database.GetConnectionString() ?? "";

    public async Task<QuestionBank> CurrentAsync(CancellationToken ct)
    {
        var latest = await db.QuestionBankVersions.AsNoTracking().MaxAsync(v => (int?)v.Version, ct);
        return latest is { } version && version > QuestionBanks.Shipped.Version
            ? await FindAsync(version, ct) ?? QuestionBanks.Shipped
            : QuestionBanks.Shipped;
    }

    public async Task<QuestionBank?> FindAsync(int version, CancellationToken ct)
    {
        if (version == QuestionBanks.Shipped.Version)
        {
            return QuestionBanks.Shipped;
        }

        if (Parsed.TryGetValue((Database, version), out var cached))
        {
            return cached;
        }

        var json = await db.QuestionBankVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);
        if (json is null)
        {
            return null;
        }

        // It was checked when published; a row that no longer parses is a bug, not an outcome.
        var (bank, errors) = QuestionBanks.Parse(json);
        return Parsed.GetOrAdd((Database, version), bank ?? throw new InvalidOperationException($"Question bank version {version} no longer parses: {string.Join("; ", errors)}"));
    }

    public async Task<IReadOnlyList<BankVersionView>> ListAsync(CancellationToken ct)
    {
        var rows = await db.QuestionBankVersions.AsNoTracking().OrderBy(v => v.Version)
            .Select(v => new { v.Version, v.PublishedAt, v.PublishedBy, v.Reason }).ToListAsync(ct);
        var list = new List<BankVersionView> { new(QuestionBanks.Shipped.Version, null, null, null, QuestionBanks.Shipped.Questions.Count(), true) };
        foreach (var row in rows)
        {
            var bank = await FindAsync(row.Version, ct);
            list.Add(new BankVersionView(row.Version, row.PublishedAt, row.PublishedBy, row.Reason, bank?.Questions.Count() ?? 0, false));
        }

        return list;
    }
}
