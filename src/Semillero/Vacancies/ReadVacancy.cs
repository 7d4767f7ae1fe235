using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;

namespace Semillero.Vacancies;

// A vacancy as its page shows it. The company's public face only: trade name, size, sector,
// state, website and description; never its users or its RFC.
public sealed record VacancyDetail(
    Guid Id,
    string Title,
    string Description,
    VacancyStatus Status,
    WorkModality Modality,
    string? StateCode,
    int? SalaryMin,
    int? SalaryMax,
    int Openings,
    DateOnly ClosesOn,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? PublishedAt,
    DateTime? ClosedAt,
    IReadOnlyList<VacancySkillView> Skills,
    PublicCompany Company,
    bool IsPublic);

public sealed record PublicCompany(Guid Id, string TradeName, SizeBand SizeBand, string SectorCode, string StateCode, CompanyKind Kind, string? Website, string? Description, bool Verified);

public sealed record CompanyVacancy(Guid Id, string Title, VacancyStatus Status, WorkModality Modality, string? StateCode, int Openings, DateOnly ClosesOn, DateTime? PublishedAt, DateTime UpdatedAt, bool IsPublic);

public sealed class ReadVacancy(SemilleroDb db, TimeProvider clock)
{
    // Public when open, not past its closing date and its company verified; otherwise only its own
    // company and operators see it, and everyone else gets null (a 404: its existence is not told).
    public async Task<VacancyDetail?> RunAsync(Guid id, Actor? viewer, CancellationToken ct)
    {
        var v = await db.Vacancies.AsNoTracking().Include(x => x.Skills).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }

        var c = await db.Companies.AsNoTracking().SingleAsync(x => x.Id == v.CompanyId, ct);
        var isPublic = IsPublic(v, c, VacancyRules.TodayInMexicoCity(clock));
        if (!isPublic && !MaySeeUnpublished(viewer, v.CompanyId))
        {
            return null;
        }

        return new VacancyDetail(
            v.Id, v.Title, v.Description, v.Status, v.Modality, v.StateCode, v.SalaryMin, v.SalaryMax, v.Openings, v.ClosesOn,
            v.CreatedAt, v.UpdatedAt, v.PublishedAt, v.ClosedAt,
            SearchVacancies.OrderSkills(v.Skills.Select(s => new VacancySkillView(s.SkillId, s.Level, s.Required))),
            new PublicCompany(c.Id, c.TradeName, c.SizeBand, c.SectorCode, c.StateCode, c.Kind, c.Website, c.Description, c.VerifiedAt is not null),
            isPublic);
    }

    // A company's own vacancies, for its home page: drafts and open first, newest first.
    // How many vacancies each company has (any status), for the operators' list of companies.
    public async Task<IReadOnlyDictionary<Guid, int>> CountByCompanyAsync(IReadOnlyCollection<Guid> companyIds, CancellationToken ct) =>
        await db.Vacancies.AsNoTracking()
            .Where(v => companyIds.Contains(v.CompanyId))
            .GroupBy(v => v.CompanyId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public async Task<IReadOnlyList<CompanyVacancy>> ForCompanyAsync(Guid companyId, CancellationToken ct)
    {
        var verified = await db.Companies.AnyAsync(c => c.Id == companyId && c.VerifiedAt != null, ct);
        var today = VacancyRules.TodayInMexicoCity(clock);
        var rows = await db.Vacancies.AsNoTracking().Where(v => v.CompanyId == companyId).ToListAsync(ct);
        return rows
            .OrderBy(v => v.Status == VacancyStatus.Cerrada)
            .ThenByDescending(v => v.UpdatedAt)
            .Select(v => new CompanyVacancy(v.Id, v.Title, v.Status, v.Modality, v.StateCode, v.Openings, v.ClosesOn, v.PublishedAt, v.UpdatedAt,
                verified && v.Status == VacancyStatus.Abierta && v.ClosesOn >= today))
            .ToList();
    }

    public static bool IsPublic(Vacancy vacancy, Company company, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(company);
        return vacancy.Status == VacancyStatus.Abierta && vacancy.ClosesOn >= today && company.VerifiedAt is not null;
    }

    public static bool MaySeeUnpublished(Actor? viewer, Guid companyId) =>
        viewer is not null && (viewer.Role == Roles.Operador || (viewer.Role == Roles.Empresa && viewer.CompanyId == companyId));
}
