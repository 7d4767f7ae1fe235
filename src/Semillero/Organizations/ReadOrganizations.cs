using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Organizations;

public sealed record OrganizationListItem(
    Guid Id,
    OrganizationKind Kind,
    string Name,
    string LegalName,
    string? Rfc,
    bool RfcCheckDigitMatches,
    string? StateCode,
    OrganizationStatus Status,
    string? RejectedReason,
    DateTime CreatedAt,
    DateTime? VerifiedAt);

// What anyone may read of a verified organisation: no RFC, no contact person.
public sealed record DirectoryEntry(Guid Id, OrganizationKind Kind, string Name, string? StateCode, string? Website, DateTime VerifiedAt);

public sealed record OrganizationCounts(int Pending, int Verified, int Rejected);

// Reads of organisations: one by id, the operators' verification queue and the public directory.
public sealed class ReadOrganizations(SemilleroDb db)
{
    public const int MaxDirectorySize = 500;

    public Task<Organization?> FindAsync(Guid id, CancellationToken ct) =>
        db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);

    public Task<DirectoryEntry?> FindVerifiedAsync(Guid id, CancellationToken ct) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == id && o.VerifiedAt != null)
            .Select(o => new DirectoryEntry(o.Id, o.Kind, o.Name, o.StateCode, o.Website, o.VerifiedAt!.Value))
            .FirstOrDefaultAsync(ct);

    // Verified organisations only, by name; kind and state narrow it.
    public async Task<IReadOnlyList<DirectoryEntry>> DirectoryAsync(OrganizationKind? kind, string? stateCode, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().Where(o => o.VerifiedAt != null);
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        if (!string.IsNullOrEmpty(stateCode))
        {
            query = query.Where(o => o.StateCode == stateCode);
        }

        var items = await query
            .Select(o => new DirectoryEntry(o.Id, o.Kind, o.Name, o.StateCode, o.Website, o.VerifiedAt!.Value))
            .Take(MaxDirectorySize)
            .ToListAsync(ct);
        var order = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-MX"), ignoreCase: true);
        return items.OrderBy(i => i.Name, order).ToList();
    }

    public async Task<OrganizationCounts> CountsAsync(CancellationToken ct)
    {
        var verified = await db.Organizations.CountAsync(o => o.VerifiedAt != null, ct);
        var rejected = await db.Organizations.CountAsync(o => o.VerifiedAt == null && o.RejectedReason != null, ct);
        var pending = await db.Organizations.CountAsync(o => o.VerifiedAt == null && o.RejectedReason == null, ct);
        return new OrganizationCounts(pending, verified, rejected);
    }

    // Pending ones oldest first (the queue); the others newest first.
    public async Task<(IReadOnlyList<OrganizationListItem> Items, int Total)> ListAsync(OrganizationStatus status, string? rfcOrName, int page, int pageSize, CancellationToken ct)
    {
        var query = status switch
        {
            OrganizationStatus.Verificada => db.Organizations.AsNoTracking().Where(o => o.VerifiedAt != null),
            OrganizationStatus.Rechazada => db.Organizations.AsNoTracking().Where(o => o.VerifiedAt == null && o.RejectedReason != null),
            _ => db.Organizations.AsNoTracking().Where(o => o.VerifiedAt == null && o.RejectedReason == null),
        };
        if (!string.IsNullOrWhiteSpace(rfcOrName))
        {
            // Case-insensitive on both engines (SQLite's LIKE folds ASCII; PostgreSQL needs ILIKE).
            var text = rfcOrName.Trim();
            var upper = text.ToUpperInvariant();
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = db.Provider == DatabaseProvider.Postgres
                ? query.Where(o => o.Rfc == upper || EF.Functions.ILike(o.Name, pattern, "\\") || EF.Functions.ILike(o.LegalName, pattern, "\\"))
                : query.Where(o => o.Rfc == upper || EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.LegalName, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var ordered = status == OrganizationStatus.Pendiente
            ? query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            : query.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id);
        var items = await ordered
            .Skip((Math.Max(page, 1) - 1) * pageSize)
            .Take(pageSize)
            .Select(o => new OrganizationListItem(
                o.Id, o.Kind, o.Name, o.LegalName, o.Rfc, o.RfcCheckDigitMatches, o.StateCode,
                o.VerifiedAt != null ? OrganizationStatus.Verificada : o.RejectedReason != null ? OrganizationStatus.Rechazada : OrganizationStatus.Pendiente,
                o.RejectedReason, o.CreatedAt, o.VerifiedAt))
            .ToListAsync(ct);
        return (items, total);
    }
}
