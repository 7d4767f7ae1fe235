using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Matching;
using Semillero.Vacancies;

namespace Semillero.Hiring;

// One line of the backlog: a skill open vacancies require in a state ("Remoto": remote vacancies,
// any state). Demand: openings; supply: visible candidates with the skill proven at the level asked
// (in the state, or accepting remote work); placed: hires for vacancies that required it.
public sealed record SkillGapLine(string SkillId, string StateKey, int Level, int Demand, int Supply, int Placed, int Vacancies)
{
    public int Gap => Math.Max(0, Demand - Supply);
}

public sealed record SkillsGapReport(IReadOnlyList<SkillGapLine> Lines, DateOnly Today, int VisibleCandidates);

// The skills-gap backlog for operators and analysts: where open demand is not met by enough
// visible graduates, by skill and state, largest gap first. Training plans start here.
public sealed class SkillsGap(SemilleroDb db, CandidateIndex index, TimeProvider clock)
{
    public const string Remote = "Remoto";

    // Counts below this are shown as "<5" to analysts (docs/dashboards.md, suppression).
    public const int SuppressBelow = 5;

    public async Task<SkillsGapReport?> RunAsync(CancellationToken ct)
    {
        if (!await index.WaitReadyAsync(RankCandidates.WarmingWait, ct))
        {
            return null;
        }

        var today = MatchingData.Today(clock);
        var demand = await MatchingData.OpenPublic(db, today).AsNoTracking()
            .SelectMany(v => v.Skills.Where(s => s.Required), (v, s) => new { v.Id, v.Modality, v.StateCode, v.Openings, s.SkillId, s.Level })
            .ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.VacancyId != null)
            .Join(db.Vacancies, p => p.VacancyId, v => v.Id, (p, v) => new { p.Id, VacancyId = v.Id, v.Modality, State = v.StateCode ?? p.StateCode })
            .ToListAsync(ct);
        var placedVacancies = placements.Select(p => p.VacancyId).Distinct().ToList();
        var required = (await db.VacancySkills.AsNoTracking()
                .Where(s => s.Required && placedVacancies.Contains(s.VacancyId))
                .Select(s => new { s.VacancyId, s.SkillId })
                .ToListAsync(ct))
            .ToLookup(s => s.VacancyId, s => s.SkillId);
        var placedBy = placements
            .SelectMany(p => required[p.VacancyId].Select(skill => (Skill: skill, State: Key(p.Modality, p.State), p.Id)))
            .GroupBy(p => (p.Skill, p.State))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().Count());

        var lines = demand
            .GroupBy(d => (d.SkillId, State: Key(d.Modality, d.StateCode)))
            .Select(g =>
            {
                // The lowest level asked: the supply that could fill at least some of the openings.
                var level = g.Min(d => (int)d.Level);
                var supply = index.CountVerified(g.Key.SkillId, level, g.Key.State == Remote ? null : g.Key.State);
                return new SkillGapLine(g.Key.SkillId, g.Key.State, level, g.Sum(d => d.Openings), supply, placedBy.GetValueOrDefault(g.Key), g.Select(d => d.Id).Distinct().Count());
            })
            .OrderByDescending(l => l.Gap)
            .ThenByDescending(l => l.Demand)
            .ThenBy(l => l.SkillId, StringComparer.Ordinal)
            .ThenBy(l => l.StateKey, StringComparer.Ordinal)
            .ToList();
        return new SkillsGapReport(lines, today, index.Count);
    }

    private static string Key(WorkModality modality, string? state) => modality == WorkModality.Remoto || state is null ? Remote : state;

    // "<5" for a count an analyst may not see exactly; the number otherwise.
    public static string Shown(int count, bool suppress) => suppress && count > 0 && count < SuppressBelow ? "<5" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
