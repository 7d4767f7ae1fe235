using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Companies;

public sealed record CompanyListItem(
    Guid Id,
    string Rfc,
    bool RfcCheckDigitMatches,
    string LegalName,
    string TradeName,
    string SectorCode,
    string StateCode,
    SizeBand SizeBand,
    CompanyKind Kind,
    CompanyStatus Status,
    string? RejectedReason,
    DateTime CreatedAt,
    DateTime? VerifiedAt);

public sealed record CompanyCounts(int Pending, int Verified, int Rejected);

// Reads of companies: one by id, and the operators' verification queue.
public sealed class ReadCompanies(SemilleroDb db)
{
    public Task<Company?> FindAsync(Guid id, CancellationToken ct) =>
        db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<CompanyCounts> CountsAsync(CancellationToken ct)
    {
        var verified = await db.Companies.CountAsync(c => c.VerifiedAt != null, ct);
        var rejected = await db.Companies.CountAsync(c => c.VerifiedAt == null && c.RejectedReason != null, ct);
        var pending = await db.Companies.CountAsync(c => c.VerifiedAt == null && c.RejectedReason == null, ct);
        return new CompanyCounts(pending, verified, rejected);
    }

    // Pending ones oldest first (the queue); the others newest first.
    public async Task<(IReadOnlyList<CompanyListItem> Items, int Total)> ListAsync(CompanyStatus status, string? rfcOrName, int page, int pageSize, CancellationToken ct)
    {
        var query = status switch
        {
            CompanyStatus.Verificada => db.Companies.AsNoTracking().Where(c => c.VerifiedAt != null),
            CompanyStatus.Rechazada => db.Companies.AsNoTracking().Where(c => c.VerifiedAt == null && c.RejectedReason != null),
            _ => db.Companies.AsNoTracking().Where(c => c.VerifiedAt == null && c.RejectedReason == null),
        };
        if (!string.IsNullOrWhiteSpace(rfcOrName))
        {
            // Case-insensitive on both engines (SQLite's LIKE folds ASCII; PostgreSQL needs ILIKE).
            var text = rfcOrName.Trim();
            var upper = text.ToUpperInvariant();
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = db.Provider == DatabaseProvider.Postgres
                ? query.Where(c => c.Rfc == upper || EF.Functions.ILike(c.TradeName, pattern, "\\") || EF.Functions.ILike(c.LegalName, pattern, "\\"))
                : query.Where(c => c.Rfc == upper || EF.Functions.Like(c.TradeName, pattern, "\\") || EF.Functions.Like(c.LegalName, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var ordered = status == CompanyStatus.Pendiente
            ? query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id);
        var items = await ordered
            .Skip((Math.Max(page, 1) - 1) * pageSize)
            .Take(pageSize)
            .Select(c => new CompanyListItem(
                c.Id, c.Rfc, c.RfcCheckDigitMatches, c.LegalName, c.TradeName, c.SectorCode, c.StateCode, c.SizeBand, c.Kind,
                c.VerifiedAt != null ? CompanyStatus.Verificada : c.RejectedReason != null ? CompanyStatus.Rechazada : CompanyStatus.Pendiente,
                c.RejectedReason, c.CreatedAt, c.VerifiedAt))
            .ToListAsync(ct);
        return (items, total);
    }
}
