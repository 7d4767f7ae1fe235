using Microsoft.EntityFrameworkCore;
using Semillero.Companies;
using Semillero.Data;

namespace Semillero.Vacancies;

public sealed record VacancySearch(string? Q, string? StateCode, WorkModality? Modality, string? SkillId, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

public sealed record VacancySkillView(string SkillId, SkillLevel Level, bool Required);

// What the public sees of a vacancy in a list. The company appears by its trade name, size and
// sector: never its users.
public sealed record VacancySummary(
    Guid Id,
    string Title,
    Guid CompanyId,
    string CompanyTradeName,
    SizeBand CompanySizeBand,
    string CompanySectorCode,
    WorkModality Modality,
    string? StateCode,
    int? SalaryMin,
    int? SalaryMax,
    int Openings,
    DateOnly ClosesOn,
    DateTime? PublishedAt,
    IReadOnlyList<VacancySkillView> Skills);

public sealed record VacancyPage(IReadOnlyList<VacancySummary> Items, int Total, int Page, int PageSize);

// The public listing: open vacancies of verified companies whose closing date has not passed,
// newest first. The state filter also returns remote vacancies open to the whole country.
public sealed class SearchVacancies(SemilleroDb db, TimeProvider clock)
{
    public async Task<VacancyPage> RunAsync(VacancySearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var page = Math.Max(search.Page, 1);
        var pageSize = Math.Clamp(search.PageSize, 1, VacancySearch.MaxPageSize);
        var query = Public(db, VacancyRules.TodayInMexicoCity(clock));
        if (search.StateCode is { } state)
        {
            query = query.Where(v => v.StateCode == state || (v.Modality == WorkModality.Remoto && v.StateCode == null));
        }

        if (search.Modality is { } modality)
        {
            query = query.Where(v => v.Modality == modality);
        }

        if (!string.IsNullOrWhiteSpace(search.SkillId))
        {
            var skill = search.SkillId.Trim();
            query = query.Where(v => v.Skills.Any(s => s.SkillId == skill));
        }

        var ordered = query.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id);
        List<Guid> ids;
        int total;
        if (string.IsNullOrWhiteSpace(search.Q))
        {
            total = await query.CountAsync(ct);
            ids = await ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(v => v.Id).ToListAsync(ct);
        }
        else
        {
            // REVIEW: accent-insensitive text search in memory over the already filtered open
            // vacancies (SQLite has no unaccent, PostgreSQL's needs an extension). Fine for the
            // thousands of open vacancies a program has; a folded search column would take over
            // beyond that.
            var words = VacancyRules.Fold(search.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var texts = await ordered.Select(v => new { v.Id, v.Title, v.Description }).ToListAsync(ct);
            var matching = texts
                .Where(t => VacancyRules.Fold(t.Title + " " + t.Description) is var folded && words.All(w => folded.Contains(w, StringComparison.Ordinal)))
                .Select(t => t.Id)
                .ToList();
            total = matching.Count;
            ids = matching.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        }

        var items = await Summaries(db, ids, ct);
        return new VacancyPage(items, total, page, pageSize);
    }

    // Open, not past its closing date, and its company verified.
    internal static IQueryable<Vacancy> Public(SemilleroDb db, DateOnly today) =>
        db.Vacancies.AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Abierta && v.ClosesOn >= today)
            .Where(v => db.Companies.Any(c => c.Id == v.CompanyId && c.VerifiedAt != null));

    internal static async Task<IReadOnlyList<VacancySummary>> Summaries(SemilleroDb db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Vacancies.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Join(db.Companies, v => v.CompanyId, c => c.Id, (v, c) => new { v, c.TradeName, c.SizeBand, c.SectorCode })
            .Select(x => new
            {
                x.v.Id, x.v.Title, x.v.CompanyId, x.TradeName, x.SizeBand, x.SectorCode, x.v.Modality, x.v.StateCode,
                x.v.SalaryMin, x.v.SalaryMax, x.v.Openings, x.v.ClosesOn, x.v.PublishedAt,
                Skills = x.v.Skills.Select(s => new VacancySkillView(s.SkillId, s.Level, s.Required)).ToList(),
            })
            .ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => new VacancySummary(
                r.Id, r.Title, r.CompanyId, r.TradeName, r.SizeBand, r.SectorCode, r.Modality, r.StateCode, r.SalaryMin, r.SalaryMax,
                r.Openings, r.ClosesOn, r.PublishedAt, OrderSkills(r.Skills)))
            .ToList();
    }

    // Required first, then by level (highest first), then by the skills list's order.
    internal static IReadOnlyList<VacancySkillView> OrderSkills(IEnumerable<VacancySkillView> skills) =>
        skills.OrderByDescending(s => s.Required).ThenByDescending(s => s.Level).ThenBy(s => s.SkillId, StringComparer.Ordinal).ToList();
}
