using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Vacancies;

namespace Semillero.Hiring;

// The candidate's view of a stage change: the company's notes are the company's working notes and
// stay with it; the candidate sees their own.
public sealed record MyApplicationEvent(ApplicationStage Stage, HiringParty By, string? Note, DateTime At);

public sealed record MyApplication(
    Guid Id,
    Guid VacancyId,
    string VacancyTitle,
    string CompanyName,
    VacancyStatus VacancyStatus,
    ApplicationOrigin Origin,
    ApplicationStage Stage,
    string? Message,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<MyApplicationEvent> History,
    bool CanWithdraw,
    DateOnly? StartsOn);

public sealed record MyApplications(IReadOnlyList<MyApplication> Invitations, IReadOnlyList<MyApplication> Applications);

// A learner's invitations waiting for an answer, and their candidacies with each stage.
public sealed class ListMyApplications(SemilleroDb db)
{
    public async Task<MyApplications> RunAsync(Guid learnerId, CancellationToken ct)
    {
        var rows = await (
            from a in db.Applications.AsNoTracking()
            where a.LearnerId == learnerId
            join v in db.Vacancies on a.VacancyId equals v.Id
            join c in db.Companies on v.CompanyId equals c.Id
            select new { a, v.Title, c.TradeName, v.Status })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.a.Id).ToList();
        var events = (await db.ApplicationEvents.AsNoTracking()
                .Where(e => ids.Contains(e.ApplicationId))
                .OrderBy(e => e.Id)
                .ToListAsync(ct))
            .ToLookup(e => e.ApplicationId);
        var starts = await db.Placements.AsNoTracking()
            .Where(p => p.ApplicationId != null && ids.Contains(p.ApplicationId.Value))
            .Select(p => new { p.ApplicationId, p.StartsOn })
            .ToDictionaryAsync(p => p.ApplicationId!.Value, p => p.StartsOn, ct);

        var all = rows
            .OrderByDescending(r => r.a.UpdatedAt)
            .Select(r =>
            {
                var history = events[r.a.Id]
                    .Select(e => (Event: e, By: HiringRules.PartyOfBy(e.By)))
                    .Select(x => new MyApplicationEvent(x.Event.Stage, x.By, x.By == HiringParty.Candidato ? x.Event.Note : null, x.Event.At))
                    .ToList();
                // The invitation's message is addressed to the candidate: it is theirs to read.
                return new MyApplication(r.a.Id, r.a.VacancyId, r.Title, r.TradeName, r.Status, r.a.Origin, r.a.Stage, r.a.Message, r.a.CreatedAt, r.a.UpdatedAt,
                    history, HiringRules.CanMove(r.a.Stage, ApplicationStage.Retirada, HiringParty.Candidato) && r.a.Stage != ApplicationStage.Invitada,
                    starts.TryGetValue(r.a.Id, out var on) ? on : null);
            })
            .ToList();
        return new MyApplications(
            [.. all.Where(a => a.Stage == ApplicationStage.Invitada)],
            [.. all.Where(a => a.Stage != ApplicationStage.Invitada)]);
    }
}
