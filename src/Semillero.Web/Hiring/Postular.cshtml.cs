using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Vacancies;
using Semillero.Web.Access;

namespace Semillero.Web.Hiring;

// GET/POST /vacantes/{id}/postular — a signed-in learner confirms an application (with an optional
// note). Anonymous visitors are sent to sign in and come back here. Applying accepts contact with
// that company, and the page says so before the person confirms.
public sealed class PostularModel(SemilleroDb db, ApplyToVacancy apply, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "nota")]
    public string? Nota { get; set; }

    public Guid VacancyId { get; private set; }

    public string Title { get; private set; } = "";

    public string CompanyName { get; private set; } = "";

    public string? StateCode { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public bool Open { get; private set; }

    // The person's candidacy for this vacancy, if any.
    public ApplicationStage? Existing { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var t = HiringTexts.Current;
        switch (await apply.RunAsync(id, Nota, User.Actor(), ct))
        {
            case ApplyToVacancyOutcome.Applied applied:
                TempData[Semillero.Web.Hiring.MisPostulacionesModel.Flash] = applied.AcceptedInvitation ? t.Accepted : t.Applied;
                return LocalRedirect("/mi-aprendizaje/postulaciones");
            case ApplyToVacancyOutcome.AlreadyApplied:
                return LocalRedirect("/mi-aprendizaje/postulaciones");
            case ApplyToVacancyOutcome.VacancyNotOpen:
                Error = t.ApplyClosed;
                break;
            case ApplyToVacancyOutcome.Invalid:
                Error = t.ApplyNoteTooLong;
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == id && v.Status != VacancyStatus.Borrador)
            .Join(db.Companies.Where(c => c.VerifiedAt != null), v => v.CompanyId, c => c.Id, (v, c) => new { v.Title, c.TradeName, v.StateCode, v.ClosesOn, v.Status, c.VerifiedAt })
            .FirstOrDefaultAsync(ct);
        if (vacancy is null)
        {
            return false;
        }

        VacancyId = id;
        Title = vacancy.Title;
        CompanyName = vacancy.TradeName;
        StateCode = vacancy.StateCode;
        ClosesOn = vacancy.ClosesOn;
        Open = HiringRules.AcceptsCandidates(vacancy.Status, vacancy.ClosesOn, vacancy.VerifiedAt, HiringCalendar.Today(clock));
        var learnerId = User.Actor().LearnerId;
        Existing = await db.Applications.AsNoTracking().Where(a => a.VacancyId == id && a.LearnerId == learnerId).Select(a => (ApplicationStage?)a.Stage).FirstOrDefaultAsync(ct);
        return true;
    }
}
