using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Vacancies;

namespace Semillero.Matching;

public sealed record VacancyFit(
    Guid VacancyId, string Title, string CompanyName, WorkModality Modality, string? StateCode, DateOnly ClosesOn, int Score, MatchExplanation Explanation);

// The open vacancies that fit a learner, best first, with what they have and what they lack for
// each and the path that closes the gap. The person's own view: it reads the database (no consent
// needed to look), with the same ranker employers' lists use.
public sealed class MatchVacancies(SemilleroDb db, TimeProvider clock)
{
    public const int MaxShown = 50;

    public async Task<IReadOnlyList<VacancyFit>?> RunAsync(Guid learnerId, CancellationToken ct)
    {
        var me = await CandidateLoader.LoadSelfAsync(db, learnerId, clock, ct);
        if (me is null)
        {
            return null;
        }

        var today = MatchingData.Today(clock);
        var vacancies = await MatchingData.OpenPublic(db, today).AsNoTracking().Include(v => v.Skills)
            .Join(db.Companies, v => v.CompanyId, c => c.Id, (v, c) => new { Vacancy = v, c.TradeName })
            .ToListAsync(ct);
        var paths = await MatchingData.PublishedPathsAsync(db, ct);
        var context = me.Context(today);
        return vacancies
            .Select(v => (v.Vacancy, v.TradeName, Query: MatchingData.QueryOf(v.Vacancy)))
            .Select(v => (v.Vacancy, v.TradeName, v.Query, Score: CandidateRanker.Score(v.Query, context, me.Holding)))
            .Where(v => v.Score is not null)
            .OrderByDescending(v => v.Score)
            .ThenBy(v => v.Vacancy.ClosesOn)
            .ThenBy(v => v.Vacancy.Id)
            .Take(MaxShown)
            .Select(v => new VacancyFit(v.Vacancy.Id, v.Vacancy.Title, v.TradeName, v.Vacancy.Modality, v.Vacancy.StateCode, v.Vacancy.ClosesOn, v.Score!.Value,
                CandidateRanker.Explain(v.Query, context, me.Holding, paths)))
            .ToList();
    }
}
