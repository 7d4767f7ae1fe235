using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Forms;
using Semillero.Web.Hosting;

namespace Semillero.Web.Cohorts;

// GET/POST /organizacion/convocatorias/nueva — an organisation's member opens a cohort; it waits
// for the operators' review.
public sealed partial class NuevaConvocatoriaModel(SaveCohort save, SemilleroDb db, TimeProvider clock, ILogger<NuevaConvocatoriaModel> logger) : PageModel
{
    [BindProperty]
    public CohortForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<(string Code, string Name)> Paths { get; private set; } = [];

    public IdRejection? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = ProgramCalendar.Today(clock);
        Form = new CohortForm
        {
            EnrolmentOpensOn = CohortForm.Text(today),
            EnrolmentClosesOn = CohortForm.Text(today.AddDays(21)),
            StartsOn = CohortForm.Text(today.AddDays(28)),
            EndsOn = CohortForm.Text(today.AddDays(112)),
            Capacity = "30",
            Modality = "en_linea",
        };
        Paths = await PublishedPathsAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        Paths = await PublishedPathsAsync(db, ct);
        if (actor.OrganizationId is not { } org)
        {
            Refusal = new IdRejection("organization", CohortTexts.Es.OrgNoOrganization, CohortTexts.En.OrgNoOrganization);
            return Page();
        }

        switch (await save.CreateAsync(org, Form.ToInput(), actor.Id, ct))
        {
            case SaveCohortOutcome.Saved s:
                Log.Opened(logger, s.Cohort.Id, org);
                TempData[ConvocatoriaModel.Flash] = CohortTexts.Current.Saved;
                return Redirect("/organizacion/convocatorias");
            case SaveCohortOutcome.Invalid i:
                Errors.AddAll(i.Errors);
                Errors.OrderAs(CohortForm.FieldOrder);
                return Page();
            case SaveCohortOutcome.Refused r:
                Refusal = r.Reason;
                return Page();
            default:
                return NotFound();
        }
    }

    public string Pick(IdRejection reason) => Problems.Pick(reason.Es, reason.En);

    internal static async Task<IReadOnlyList<(string Code, string Name)>> PublishedPathsAsync(SemilleroDb db, CancellationToken ct)
    {
        var english = CohortTexts.Current.English;
        return (await db.LearningPaths.AsNoTracking().Where(p => p.Published).Select(p => new { p.Code, p.NameEs, p.NameEn }).ToListAsync(ct))
            .Select(p => (p.Code, english ? p.NameEn : p.NameEs)).OrderBy(p => p.Item2, StringComparer.CurrentCulture).ToList();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId} opened for organisation {OrganizationId}")]
        public static partial void Opened(ILogger logger, Guid cohortId, Guid organizationId);
    }
}
